// The on-send bundle's last steps, as a webpack plugin on its compilation:
// 1. before minification (stage OPTIMIZE_COMPATIBILITY): the whole bundle, dependencies
//    included, is lowered to ECMAScript 2016 syntax by Babel's preset-env (async functions
//    become generators, `?.` and `??` tests, object spread Object.assign, …), regular
//    expressions newer than ES2016 are built at run time (babel-deferred-regexp.js), and it
//    is wrapped in a function so that Babel's helpers are not globals;
// 2. after minification (just after stage OPTIMIZE_SIZE, where the minifier runs): every
//    conditional operator is rewritten (babel-no-conditional.js), printed compact.
// Classic Outlook on Windows before Version 2403 runs only ES2016 in its JavaScript-only
// runtime, times out on async/await and will not load a file with a conditional operator
// (office-js-docs-pr docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md).
// test/on-send/bundle-syntax.test.ts checks the output, not this source.
const babel = require("@babel/core");
const { Compilation, sources } = require("webpack");

const NAME = "OnSendEs2016Plugin";

// Chrome 52 (2016) is the first engine with all of ES2016: Babel lowers everything later.
const TARGETS = { chrome: "52" };
// Regular expressions are babel-deferred-regexp.js's: Babel's own would write \p{L} out in full.
const NOT_LOWERED = [
  "transform-unicode-property-regex",
  "transform-named-capturing-groups-regex",
  "transform-dotall-regex",
  "transform-unicode-sets-regex",
  "transform-duplicate-named-capturing-groups-regex",
];

function lowerToEs2016(code) {
  const result = babel.transformSync(code, {
    babelrc: false,
    configFile: false,
    sourceType: "script",
    comments: false,
    compact: false,
    generatorOpts: { jsescOption: { minimal: true } },
    // document.all does not exist here; object spread is only ever into fresh objects; the
    // objects the code reads through `?.` have no getters with side effects (zod/mini's lazy
    // getters compute once), so a chain need not keep each step in a temporary; object rest
    // is taken of plain data, without symbol keys. Together with the minifier's
    // `conditionals: false` (build.js), −268 B gzip.
    assumptions: { noDocumentAll: true, setSpreadProperties: true, pureGetters: true, objectRestNoSymbols: true },
    plugins: [require.resolve("./babel-deferred-regexp")],
    presets: [[require.resolve("@babel/preset-env"), { targets: TARGETS, bugfixes: true, modules: false, exclude: NOT_LOWERED }]],
  });
  return `(function () {\n${result.code}\n})();\n`;
}

function withoutConditionals(code) {
  const result = babel.transformSync(code, {
    babelrc: false,
    configFile: false,
    sourceType: "script",
    comments: false,
    compact: true,
    minified: true,
    // Chinese text as it is: escaped, each character takes six bytes.
    generatorOpts: { jsescOption: { minimal: true } },
    plugins: [require.resolve("./babel-no-conditional")],
  });
  return result.code;
}

class OnSendEs2016Plugin {
  /** @param {{ test: RegExp }} options the assets to rewrite */
  constructor(options) {
    this.test = options.test;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const rewrite = (stage, transform) =>
        compilation.hooks.processAssets.tap({ name: NAME, stage }, (assets) => {
          for (const name of Object.keys(assets)) {
            if (!this.test.test(name)) continue;
            const code = compilation.getAsset(name).source.source().toString();
            compilation.updateAsset(name, new sources.RawSource(transform(code)));
          }
        });
      rewrite(Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY, lowerToEs2016);
      rewrite(Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1, withoutConditionals);
    });
  }
}

module.exports = { OnSendEs2016Plugin, lowerToEs2016, withoutConditionals };
