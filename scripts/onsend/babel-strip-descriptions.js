// A Babel plugin for the on-send build only: drops the text that nobody reads at Send.
// - A rule's `description` (three languages per rule): the panes, the CLI and the policy's
//   JSON Schema show it; the on-send dialog shows the findings' messages only.
// - The policy schema's descriptions, written `.check(z.describe("…"))` (zod/mini): they feed
//   the JSON Schema IT's editor reads (comm-policy schema), not validation.
// The rules and the schema behave the same without them (test/on-send/bundle-size.test.ts
// checks that no description reaches the bundle).

/** A rule definition: defineRule's argument, the object with id, appliesTo and messages. */
function isRuleDefinition(t, node) {
  const keys = new Set(node.properties.filter((p) => t.isObjectProperty(p) && !p.computed).map((p) => (t.isIdentifier(p.key) ? p.key.name : p.key.value)));
  return keys.has("id") && keys.has("appliesTo") && keys.has("messages") && keys.has("description");
}

function isDescribeCheck(t, node) {
  return t.isCallExpression(node) && t.isMemberExpression(node.callee) && t.isIdentifier(node.callee.property, { name: "describe" }) && node.arguments.length === 1;
}

module.exports = function stripDescriptions({ types: t }) {
  return {
    name: "strip-descriptions",
    visitor: {
      ObjectExpression(path) {
        if (!isRuleDefinition(t, path.node)) return;
        for (const property of path.get("properties")) {
          const key = property.node.key;
          if (property.isObjectProperty() && (t.isIdentifier(key, { name: "description" }) || t.isStringLiteral(key, { value: "description" }))) property.remove();
        }
      },
      CallExpression(path) {
        // schema.check(z.describe("…")) → schema
        const { callee, arguments: args } = path.node;
        if (!t.isMemberExpression(callee) || !t.isIdentifier(callee.property, { name: "check" }) || args.length !== 1 || !isDescribeCheck(t, args[0])) return;
        path.replaceWith(callee.object);
      },
    },
  };
};
