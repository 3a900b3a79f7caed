import * as z from "zod/mini";

// zod/mini loads no language of its own: a policy file's errors are explained in English, as
// zod writes them, in the panes and the CLI. The on-send bundle leaves this module out
// (scripts/onsend/build.js): at Send an invalid file only means the cached copy is used.
z.config(z.locales.en());
