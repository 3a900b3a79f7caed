// Jest transform for PGlite's CommonJS build (@electric-sql/pglite/dist/*.cjs): it loads Node's
// built-in modules with `await import("fs/promises")` and the like, which Jest's CommonJS
// runtime refuses ("dynamic import callback … without --experimental-vm-modules"). Those
// calls become a require of the same built-in, shaped like an ES module namespace. Only
// literal built-in names are rewritten; anything else stays as it was.
const { builtinModules } = require("module");

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const LITERAL_IMPORT = /\bimport\("([a-z:/_]+)"\)/g;
const HELPER =
  "const __cpaBuiltin = (name) => { const m = require(name); return Object.assign({ default: m }, m); };\n";

module.exports = {
  process(source) {
    const code = source.replace(LITERAL_IMPORT, (call, name) => (BUILTINS.has(name) ? `Promise.resolve().then(() => __cpaBuiltin(${JSON.stringify(name)}))` : call));
    return { code: HELPER + code };
  },
};
