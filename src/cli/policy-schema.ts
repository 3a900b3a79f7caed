import { z } from "zod";
import { policySchema } from "../policy/config";
import { ALL_RULES } from "../policy/rules/index.generated";

// The JSON Schema of the tenant policy file, generated from the zod schema the add-in
// validates with, plus the rule ids of the registry so that IT's editor completes them.
// assets/policy.schema.json is this output (`comm-policy schema`); a test keeps them equal.

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withRuleIds(rules: JsonObject): JsonObject {
  const severity = isObject(rules.additionalProperties) ? rules.additionalProperties : { type: "string", enum: ["error", "warning", "info", "off"] };
  const properties = Object.fromEntries(
    [...ALL_RULES]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((rule) => [rule.id, { ...severity, default: rule.defaultSeverity, description: `${rule.clause} ${rule.description.en} / ${rule.description["zh-CN"]}` }]),
  );
  const { propertyNames: _names, additionalProperties: _any, ...rest } = rules;
  return { ...rest, properties, additionalProperties: false };
}

export function policyJsonSchema(): JsonObject {
  // "input": what IT writes, so keys with defaults are optional.
  const schema = z.toJSONSchema(policySchema, { io: "input", target: "draft-7" }) as JsonObject;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const rules = isObject(properties.rules) ? withRuleIds(properties.rules) : properties.rules;
  return {
    $schema: schema.$schema,
    title: "Communication Policy Assistant: tenant policy",
    description: "The policy file IT deploys with the add-in. Every key is optional; a missing key takes the default of the written policy.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
    properties: { ...properties, rules },
  };
}

export function policySchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
