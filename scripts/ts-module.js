// Loads a TypeScript module that imports nothing (src/on-send/names.ts, src/graph/clouds.ts)
// into the Node build scripts, so the build, the manifests and the bundles read one list.
const fs = require("fs");
const ts = require("typescript");

const cache = new Map();

/** The exports of `file`, transpiled to CommonJS; refuses a module with imports or requires. */
function loadTsModule(file) {
  if (cache.has(file)) return cache.get(file);
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 }, fileName: file });
  const module = { exports: {} };
  const noRequire = (name) => {
    throw new Error(`${file} must import nothing to be read by the build (it asked for ${name})`);
  };
  new Function("module", "exports", "require", outputText)(module, module.exports, noRequire);
  cache.set(file, module.exports);
  return module.exports;
}

module.exports = { loadTsModule };
