import Ajv from "ajv";
import { readFileSync } from "fs";
import * as path from "path";
import { policyJsonSchema, policySchemaText } from "../../src/cli/policy-schema";
import { DEFAULT_POLICY, parsePolicyText } from "../../src/policy/config";
import { RULE_IDS } from "../../src/policy/engine";
import { fixture, run } from "./helpers";

const ASSETS = path.join(__dirname, "..", "..", "assets");
const read = (file: string) => readFileSync(file, "utf8");

describe("the policy file's JSON Schema", () => {
  it("is what assets/policy.schema.json holds (regenerate: node scripts/write-policy-schema.js --build)", () => {
    expect(read(path.join(ASSETS, "policy.schema.json"))).toBe(policySchemaText());
  });

  it("is printed by `comm-policy schema`", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(policySchemaText());
  });

  it("describes every key of the policy and every rule id of the registry", () => {
    const schema = policyJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(DEFAULT_POLICY)));
    expect(Object.keys(schema.properties.rules.properties ?? {}).sort()).toEqual([...RULE_IDS].sort());
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("assets/policy.json, the example tenant policy", () => {
  const text = read(path.join(ASSETS, "policy.json"));

  it("is valid for the add-in, rule ids included", () => {
    const result = parsePolicyText(text, RULE_IDS);
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    if (!result.ok) return;
    expect(result.policy.internalDomains).toEqual(["contoso.com"]);
    expect(result.policy.holidays.extraWorkdays).toEqual(["2026-11-29"]);
    expect(result.policy.rules["mail/recipients-external"]).toBe("off");
  });

  it("points its editor at the schema beside it", () => {
    expect(JSON.parse(text).$schema).toBe("./policy.schema.json");
  });

  it("validates against the schema, and the broken fixture does not", () => {
    const ajv = new Ajv({ allErrors: true });
    const schema = policyJsonSchema();
    expect(ajv.validate(schema, JSON.parse(text))).toBe(true);
    expect(ajv.validate(schema, JSON.parse(read(fixture("policy-sunday.json"))))).toBe(true);
    expect(ajv.validate(schema, JSON.parse(read(fixture("policy-invalid.json"))))).toBe(false);
    expect(ajv.validate(schema, JSON.parse(read(fixture("policy-unknown-rule.json"))))).toBe(false);
  });
});
