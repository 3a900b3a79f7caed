// A Babel plugin for the on-send bundle's ES2016 build: regular expressions that use syntax
// newer than ES2016 (lookbehind, named groups, \p{…}, the s flag) are built when their code
// runs instead of being written as literals. A runtime that knows only ES2016 rejects such a
// literal when it parses the file, so the whole add-in would fail to load; built at run time,
// the file loads and registers its handlers everywhere, and src/on-send/runtime-support.ts
// finds out whether the engine can run (if not, the tenant's failureMode applies at once).
//
// The engine's own patterns are ES2016 (no lookbehind or named groups in its sources, \p{…}
// from src/policy/text/letters.ts written as ranges by letter-classes.js), and
// test/on-send/bundle-syntax.test.ts fails on any pattern that is not, built or literal; this
// pass stays as the guard that keeps a newer pattern from a dependency from stopping the whole
// file from loading (lookbehind cannot be rewritten into ES2016 syntax in general, so no
// transpiler does it).
//
//   /(?<!\s)and/gu             →  __cpaRegExp("(?<!\\s)and", "gu")
//   new RegExp(QING, "g")      →  __cpaRegExp(QING, "g")   (its text is not known here)
//   new RegExp("a|b", "g")     →  unchanged (an ES2016 pattern)
//
// __cpaRegExp builds the expression as RegExp does. Where construction fails it rethrows,
// unless the engine cannot read ES2018 patterns at all: then it returns an expression that
// never matches (with the same g/i/m/u/y flags), so that loading goes on.
const acorn = require("acorn");

const HELPER = "__cpaRegExp";
// The helper calls RegExp under another name, so that this plugin leaves its own calls alone.
const HELPER_SOURCE = `var __cpaRegExpConstructor = RegExp;
function __cpaModernRegExp() {
  try {
    var probe = new __cpaRegExpConstructor("(?<=a)(?<n>b)\\\\p{L}", "su");
    return probe.test("abc");
  } catch (error) {
    return false;
  }
}
function ${HELPER}(source, flags) {
  try {
    return new __cpaRegExpConstructor(source, flags);
  } catch (error) {
    if (__cpaModernRegExp()) throw error;
    return new __cpaRegExpConstructor("(?!)", String(flags || "").replace(/[^gimuy]/g, ""));
  }
}`;

/** Whether an ES2016 parser accepts this pattern and these flags as a literal. */
function isEs2016Pattern(pattern, flags) {
  try {
    acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: 2016 });
    return true;
  } catch {
    return false;
  }
}

module.exports = function deferredRegExp({ types: t, template }) {
  return {
    name: "deferred-regexp",
    visitor: {
      Program: {
        exit(path, state) {
          if (state.usedHelper) path.unshiftContainer("body", template.statements.ast(HELPER_SOURCE));
        },
      },
      RegExpLiteral(path, state) {
        const { pattern, flags } = path.node;
        if (isEs2016Pattern(pattern, flags)) return;
        state.usedHelper = true;
        path.replaceWith(t.callExpression(t.identifier(HELPER), [t.stringLiteral(pattern), t.stringLiteral(flags)]));
      },
      NewExpression(path, state) {
        const { callee, arguments: args } = path.node;
        if (!t.isIdentifier(callee, { name: "RegExp" }) || path.scope.hasBinding("RegExp") || args.length === 0) return;
        if (args.some((a) => t.isSpreadElement(a))) return;
        const [source, flags] = args;
        if (t.isStringLiteral(source) && (flags === undefined || t.isStringLiteral(flags)) && isEs2016Pattern(source.value, flags ? flags.value : "")) return;
        // A RegExp object as the pattern (a copy with other flags) keeps its own validity.
        if (t.isRegExpLiteral(source)) return;
        state.usedHelper = true;
        path.replaceWith(t.callExpression(t.identifier(HELPER), args));
      },
    },
  };
};

module.exports.HELPER = HELPER;
module.exports.isEs2016Pattern = isEs2016Pattern;
