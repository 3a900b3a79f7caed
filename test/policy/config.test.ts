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
    [{ workingHours: { start: "9:00" } }, ["workingHours.start: must be a time as HH:MM (24-hour clock)"]],
    [{ workingHours: { start: "18:00", end: "09:00" } }, ["workingHours.end: must be later than start"]],
    [{ meeting: { minAdvanceHours: -1 } }, ["meeting.minAdvanceHours: must be at least 0"]],
    [{ internalDomain: ["contoso.com"] }, ["unknown key “internalDomain” (did you mean “internalDomains”?)"]],
    [{ rules: { "mail/subjct-present": "error" } }, ["rules: unknown rule id “mail/subjct-present” (did you mean “mail/subject-present”?)"]],
    [{ rules: { "mail/subject-present": "fatal" } }, ["rules.mail/subject-present: must be one of “error”, “warning”, “info”, “off”"]],
    [{ workingHours: { timeZone: "China/Beijing" } }, ["workingHours.timeZone: must be an IANA time zone such as Asia/Shanghai"]],
  ])("refuses %j with a message naming the key", (input, errors) => {
    const result = parsePolicy(input, RULE_IDS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(errors);
  });

  test("JSON syntax errors are reported, a BOM is accepted", () => {
    expect(parsePolicyText("{ nope", RULE_IDS)).toMatchObject({ ok: false, errors: ["the file is not valid JSON: the error is at line 1, column 3"] });
    expect(parsePolicyText('\uFEFF{"internalDomains": ["contoso.com"]}', RULE_IDS).ok).toBe(true);
  });
});
