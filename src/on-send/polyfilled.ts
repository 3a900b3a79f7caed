import { installPolyfills } from "./polyfills";

// Imported first by the on-send entry, so that the built-ins are there before any other
// module of the bundle runs.
installPolyfills();
