// opencc-js publishes its Traditional→Simplified-only build as a subpath export, which the
// project's "node" module resolution does not follow for types; it has the same API.
declare module "opencc-js/t2cn" {
  export * from "opencc-js";
}
