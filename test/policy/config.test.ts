import { DEFAULT_POLICY, parsePolicy, parsePolicyText } from "../../src/policy/config";
import { RULE_IDS } from "../../src/policy/engine";

describe("tenant policy file", () => {
  test("defaults follow clauses.md", () => {
    expect(DEFAULT_POLICY.meeting).toEqual({ minAdvanceHours: 24, joinEarlyMinutes: 5, minutesDueWorkingDays: 2 });
    expect(DEFAULT_POLICY.workingHours).toEqual({ timeZone: "Asia/Shanghai", days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "18:00" });
    expect(DEFAULT_POLICY.failureMode).toBe("allow");
    expect(DEFAULT_POLICY.warningsOnSend).toBe("prompt");
  });

  test("the issue's example file is valid", () => {
    const result = parsePolicy(
      {
        internalDomains: ["contoso.com"],
        workingHours: { timeZone: "Asia/Shanghai", days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "18:00" },
        holidays: { country: "CN", extraHolidays: ["2026-12-31"], extraWorkdays: ["2026-11-29"] },
        helpdeskAddresses: ["it-support@contoso.com"],
        feedbackMailbox: "comm-feedback@contoso.com",
        confidentialLabels: ["Confidential", "Highly Confidential"],
        meeting: { minAdvanceHours: 24, joinEarlyMinutes: 5, minutesDueWorkingDays: 2 },
        rules: { "mail/language-typo": "warning", "mail/recipients-external": "off" },
        lexicon: { vagueSubjects: [], slang: [], confidentialMarkers: [], typos: {} },
      },
      RULE_IDS,
    );
    expect(result.ok).toBe(true);
  });

  test.each([
    [{ workingHours: { start: "9:00" } }, ["workingHours.start: a time as HH:MM (24-hour clock)"]],
    [{ workingHours: { start: "18:00", end: "09:00" } }, ["workingHours.end: start must be before end"]],
    [{ meeting: { minAdvanceHours: -1 } }, [expect.stringMatching(/^meeting\.minAdvanceHours: /)]],
    [{ internalDomain: ["contoso.com"] }, ['unknown key "internalDomain"']],
    [{ rules: { "mail/subjct-present": "error" } }, [expect.stringMatching(/^rules: unknown rule id "mail\/subjct-present"/)]],
    [{ rules: { "mail/subject-present": "fatal" } }, [expect.stringMatching(/^rules\.mail\/subject-present: /)]],
    [{ workingHours: { timeZone: "China/Beijing" } }, ["workingHours.timeZone: an IANA time zone such as Asia/Shanghai"]],
  ])("refuses %j with a message naming the key", (input, errors) => {
    const result = parsePolicy(input, RULE_IDS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(errors);
  });

  test("JSON syntax errors are reported, a BOM is accepted", () => {
    expect(parsePolicyText("{ nope", RULE_IDS).ok).toBe(false);
    expect(parsePolicyText('\uFEFF{"internalDomains": ["contoso.com"]}', RULE_IDS).ok).toBe(true);
  });
});
