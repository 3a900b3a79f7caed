// A Babel plugin that leaves no conditional (ternary) operator in a file. Microsoft's
// troubleshooting page for event-based add-ins says that classic Outlook on Windows before
// Version 2403 will not load an event handler file that contains one
// (office-js-docs-pr docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md), and
// minifiers write them everywhere, so this runs on the minified on-send bundle, last.
//
//   a ? b : c;            →  if (a) b; else c;
//   a ? b : c, d          →  a && (b, 1) || c, d        (the value is not used)
//   x = a ? {…} : c       →  x = a && {…} || c          (b can never be falsy)
//   x = a ? void 0 : c    →  x = (!a || void 0) && c    (b is always falsy)
//   return a ? b : c;     →  if (a) return b; else return c;
//   x = a ? b : c         →  x = (a && [b] || [c])[0]   (an array is never falsy)
//
// Each form evaluates `a` once and only the branch it picks, as the operator does.

/** True when the expression can never evaluate to a falsy value. */
function alwaysTruthy(t, node) {
  if (t.isObjectExpression(node) || t.isArrayExpression(node) || t.isFunction(node) || t.isClassExpression(node) || t.isNewExpression(node)) return true;
  if (t.isRegExpLiteral(node)) return true;
  if (t.isStringLiteral(node)) return node.value !== "";
  if (t.isNumericLiteral(node)) return node.value !== 0 && !Number.isNaN(node.value);
  if (t.isBooleanLiteral(node)) return node.value;
  if (t.isTemplateLiteral(node)) return node.quasis.some((q) => q.value.cooked !== "");
  // Minifiers write `true` as `!0`.
  if (t.isUnaryExpression(node, { operator: "!" }) && t.isNumericLiteral(node.argument)) return node.argument.value === 0;
  return false;
}

/** True when the expression can never evaluate to a truthy value (minifiers write `!1`, `void 0`). */
function alwaysFalsy(t, node) {
  if (t.isNullLiteral(node) || t.isIdentifier(node, { name: "undefined" })) return true;
  if (t.isStringLiteral(node)) return node.value === "";
  if (t.isNumericLiteral(node)) return node.value === 0;
  if (t.isBooleanLiteral(node)) return !node.value;
  if (t.isUnaryExpression(node, { operator: "void" }) && (t.isLiteral(node.argument) || t.isIdentifier(node.argument))) return true;
  if (t.isUnaryExpression(node, { operator: "!" }) && t.isNumericLiteral(node.argument)) return node.argument.value !== 0;
  return false;
}

/** A conditional whose value nothing reads: a statement, or a sequence member before the last. */
function valueUnused(path) {
  const parent = path.parentPath;
  if (parent.isSequenceExpression()) return path.key !== parent.node.expressions.length - 1 || valueUnused(parent);
  return parent.isExpressionStatement();
}

module.exports = function noConditional({ types: t }) {
  return {
    name: "no-conditional",
    visitor: {
      ConditionalExpression: {
        exit(path) {
          const { test, consequent, alternate } = path.node;
          const parent = path.parentPath;
          if (parent.isExpressionStatement()) {
            parent.replaceWith(t.ifStatement(test, t.expressionStatement(consequent), t.expressionStatement(alternate)));
            return;
          }
          if (alwaysTruthy(t, consequent)) {
            path.replaceWith(t.logicalExpression("||", t.logicalExpression("&&", test, consequent), alternate));
            return;
          }
          if (alwaysFalsy(t, consequent)) {
            path.replaceWith(t.logicalExpression("&&", t.logicalExpression("||", t.unaryExpression("!", test), consequent), alternate));
            return;
          }
          if (valueUnused(path)) {
            const done = t.sequenceExpression([consequent, t.numericLiteral(1)]);
            path.replaceWith(t.logicalExpression("||", t.logicalExpression("&&", test, done), alternate));
            return;
          }
          if (parent.isReturnStatement()) {
            parent.replaceWith(t.ifStatement(test, t.returnStatement(consequent), t.returnStatement(alternate)));
            return;
          }
          const picked = t.logicalExpression("||", t.logicalExpression("&&", test, t.arrayExpression([consequent])), t.arrayExpression([alternate]));
          path.replaceWith(t.memberExpression(picked, t.numericLiteral(0), true));
        },
      },
    },
  };
};
