import { defineRule } from "../../src/policy/rule";
import { checkDraft } from "../../src/policy/engine";
import { policySchema } from "../../src/policy/config";
import { mail } from "./drafts";
import { withFrozenReadings } from "./rule-tester";

// The tester's own guarantees: a rule that writes into the shared readings fails its table.
const mutating = defineRule({
  id: "mail/test-mutating",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§0",
  description: { en: "x", "zh-CN": "x", "zh-TW": "x" },
  messages: { m: { en: "x", "zh-CN": "x", "zh-TW": "x" } },
  check({ body }) {
    (body.paragraphs as unknown as string[]).push("changed");
    return [];
  },
});

test("a rule that changes the parsed body throws inside the frozen readings", () => {
  const result = checkDraft(mail(), policySchema.parse({}), { rules: [withFrozenReadings(mutating)] });
  expect(result.notices.map((n) => n.code)).toContain("ruleFailed");
});

test("the same rule without the tester's freezing goes unnoticed", () => {
  const result = checkDraft(mail(), policySchema.parse({}), { rules: [mutating] });
  expect(result.notices.map((n) => n.code)).not.toContain("ruleFailed");
});
