// `node -r ./scripts/ts-register.js some.ts`: runs the project's TypeScript directly in Node
// (transpiled on load by the TypeScript compiler, no type check), so `npm start`, the bench
// and the service restart test can run src/server without a webpack build. Production runs
// the webpack bundle dist/server.js instead.
const fs = require("fs");
const ts = require("typescript");

const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX, sourceMap: false };

for (const extension of [".ts", ".tsx"]) {
  require.extensions[extension] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
    module._compile(outputText, filename);
  };
}
