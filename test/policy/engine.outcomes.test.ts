import { DEFAULT_POLICY, policySchema } from "../../src/policy/config";
import { checkDraft, RULE_IDS } from "../../src/policy/engine";
import { defineRule } from "../../src/policy/rule";
import { ALL_RULES } from "../../src/policy/rules/index.generated";
import { mail, meeting } from "../support/drafts";

// Every rule that applies to an item reports what became of it, so a face can tell a check
// that passed from one that never ran.

const description = { en: "test rule", "zh-CN": "测试规则", "zh-TW": "測試規則" };
const throwing = defineRule({
  id: "test/throws",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§0",
  description,
  messages: {},
  check: () => {
    throw new Error("rule bug");
  },
});

describe("per-rule outcomes", () => {
  test("every applicable rule of the registry has an outcome, and only those", () => {
    const mailResult = checkDraft(mail(), DEFAULT_POLICY);
    const meetingResult = checkDraft(meeting(), DEFAULT_POLICY);
    expect(Object.keys(mailResult.outcomes).sort()).toEqual(RULE_IDS.filter((id) => id.startsWith("mail/")).sort());
    expect(Object.keys(meetingResult.outcomes).sort()).toEqual(RULE_IDS.filter((id) => id.startsWith("meeting/")).sort());
  });

  test("found and passed follow the findings", () => {
    const result = checkDraft(mail({ subject: "" }), DEFAULT_POLICY);
    expect(result.outcomes["mail/subject-present"]).toBe("found");
    expect(result.outcomes["mail/recipients-present"]).toBe("passed");
    for (const [id, outcome] of Object.entries(result.outcomes)) {
      expect(outcome === "found").toBe(result.findings.some((f) => f.rule === id));
    }
  });

  test("a rule the policy turns off is off, and reports nothing", () => {
    const policy = policySchema.parse({ rules: { "mail/subject-present": "off" } });
    const result = checkDraft(mail({ subject: "" }), policy);
    expect(result.outcomes["mail/subject-present"]).toBe("off");
    expect(result.findings.some((f) => f.rule === "mail/subject-present")).toBe(false);
  });

  test("a rule without the data it needs is skipped, with the notice naming the data", () => {
    const result = checkDraft(mail({ attachments: undefined }), DEFAULT_POLICY);
    expect(result.outcomes["mail/attachments-described"]).toBe("skipped");
    expect(result.outcomes["mail/attachment-missing"]).toBe("skipped");
    expect(result.notices.find((n) => n.code === "fieldUnavailable")?.message).toContain("attachments");
  });

  describe("the company boundary", () => {
    const confidential = { subject: "Q4 roadmap draft", body: "Hi Lisa,\n\nInternal only: the Q4 roadmap is below.\n\nThanks,\nAnna", to: [{ name: "Lisa Wang", address: "lisa.wang@contoso.com" }] };

    test("without internalDomains and without a sender, who is external is not guessed", () => {
      const result = checkDraft(mail({ ...confidential, from: undefined }), DEFAULT_POLICY);
      expect(result.findings.map((f) => f.rule)).not.toContain("mail/confidential-external");
      expect(result.findings.map((f) => f.rule)).not.toContain("mail/recipients-external");
      expect(result.outcomes["mail/confidential-external"]).toBe("skipped");
      expect(result.outcomes["mail/recipients-external"]).toBe("skipped");
      expect(result.notices.find((n) => n.code === "fieldUnavailable")?.data).toEqual({ fields: "from" });
    });

    test.each([
      ["the sender's domain", { from: { name: "Anna", address: "anna@contoso.com" } }, DEFAULT_POLICY],
      ["the policy's domains", { from: undefined }, policySchema.parse({ internalDomains: ["contoso.com"] })],
    ])("with %s, an internal recipient is internal and an outside one is found", (_name, sender, policy) => {
      const inside = checkDraft(mail({ ...confidential, ...sender }), policy);
      expect(inside.outcomes["mail/confidential-external"]).toBe("passed");
      const outside = checkDraft(mail({ ...confidential, ...sender, to: [{ name: "Tom", address: "tom@partner.example" }] }), policy);
      expect(outside.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["mail/confidential-external", "mail/recipients-external"]));
    });
  });

  test("a rule that throws has failed; the others still run", () => {
    const rules = [throwing, ...ALL_RULES.filter((r) => r.id === "mail/subject-present")];
    const result = checkDraft(mail({ subject: "" }), DEFAULT_POLICY, { rules });
    expect(result.outcomes).toEqual({ "test/throws": "failed", "mail/subject-present": "found" });
    expect(result.notices.map((n) => n.code)).toEqual(["ruleFailed"]);
  });
});
