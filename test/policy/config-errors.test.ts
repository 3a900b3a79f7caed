import { DEFAULT_POLICY, parsePolicy, parsePolicyText, policySchema } from "../../src/policy/config";
import { knownKeysAt, MAX_PROBLEMS, pathText, problemText, type PolicyProblem } from "../../src/policy/config-errors";
import { RULE_IDS } from "../../src/policy/engine";
import { LANGS, type Lang } from "../../src/policy/types";

// A broken policy file is reported whole: every problem at once, each with its key path, in
// the reader's language and our own words, with a "did you mean" for a mistyped key or rule id.

function problemsOf(input: unknown): PolicyProblem[] {
  const result = parsePolicy(input, RULE_IDS);
  if (result.ok) throw new Error("expected the policy to be refused");
  return result.problems;
}

function textsOf(input: unknown, lang: Lang): string[] {
  return problemsOf(input).map((p) => problemText(p, lang));
}

const ZOD_WORDS = /Invalid (input|option)|expected \w+, received|Unrecognized key|Too (small|big)|received undefined|>=|<=/;

const MANY = {
  internalDomain: ["contoso.com"],
  workingHour: { start: "09:00" },
  workingHours: { start: "9:00", dayz: ["mon"] },
  meeting: { minAdvanceHours: -1, joinEarlyMinutes: 2.5 },
  rules: { "mail/subjct-present": "error", "mail/politeness": "fatal" },
  helpdeskAddresses: ["it-support", 3],
  warningsOnSend: "maybe",
  timeBudgetMs: "3000",
};

describe("policy problems", () => {
  it("lists every problem of the file at once, each naming its key", () => {
    expect(textsOf(MANY, "en").sort()).toEqual(
      [
        "unknown key “internalDomain” (did you mean “internalDomains”?)",
        "unknown key “workingHour” (did you mean “workingHours”?)",
        "workingHours: unknown key “dayz” (did you mean “days”?)",
        "workingHours.start: must be a time as HH:MM (24-hour clock)",
        "meeting.minAdvanceHours: must be at least 0",
        "meeting.joinEarlyMinutes: must be a whole number",
        "rules: unknown rule id “mail/subjct-present” (did you mean “mail/subject-present”?)",
        "rules.mail/politeness: must be one of “error”, “warning”, “info”, “off”",
        "helpdeskAddresses[0]: must be an e-mail address",
        "helpdeskAddresses[1]: must be text in quotes",
        "warningsOnSend: must be one of “prompt”, “allow”",
        "timeBudgetMs: must be a number",
      ].sort(),
    );
  });

  it.each(LANGS)("says them in %s, in our own words", (lang) => {
    const texts = textsOf(MANY, lang);
    expect(texts).toHaveLength(12);
    for (const text of texts) expect(text).not.toMatch(ZOD_WORDS);
    if (lang !== "en") for (const text of texts) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ["zh-CN", "workingHours: 未知的设置项“dayz”（是否应为“days”？）", "rules: 未知的规则 ID“mail/subjct-present”（是否应为“mail/subject-present”？）", "meeting.minAdvanceHours：不能小于 0"],
    ["zh-TW", "workingHours：未知的設定項「dayz」（是否應為「days」？）", "rules：未知的規則 ID「mail/subjct-present」（是否應為「mail/subject-present」？）", "meeting.minAdvanceHours：不能小於 0"],
  ] as const)("in %s with full-width punctuation", (lang, ...expected) => {
    const texts = textsOf(MANY, lang);
    for (const text of expected) expect(texts).toContain(text.replace(/^(\w+): /, "$1："));
  });

  it("checks the rule ids even when another key is wrong", () => {
    expect(textsOf({ rules: { "mail/subjct-present": "off" }, failureMode: "explode" }, "en")).toEqual([
      "failureMode: must be one of “allow”, “block”",
      "rules: unknown rule id “mail/subjct-present” (did you mean “mail/subject-present”?)",
    ]);
  });

  it.each([
    [{ mail: { minSubjectChar: 4 } }, "mail: unknown key “minSubjectChar” (did you mean “minSubjectChars”?)"],
    [{ holidays: { extraHoliday: [] } }, "holidays: unknown key “extraHoliday” (did you mean “extraHolidays”?)"],
    [{ compliance: { enable: true } }, "compliance: unknown key “enable” (did you mean “enabled”?)"],
    [{ report: { dimensions: { timelines: [] } } }, "report.dimensions: unknown key “timelines” (did you mean “timeliness”?)"],
    [{ Lexicon: {} }, "unknown key “Lexicon” (did you mean “lexicon”?)"],
    [{ rules: { "meeting/agend": "off" } }, "rules: unknown rule id “meeting/agend” (did you mean “meeting/agenda”?)"],
    [{ rules: { "mail/politness": "off" } }, "rules: unknown rule id “mail/politness” (did you mean “mail/politeness”?)"],
  ])("suggests the key or rule meant in %j", (input, expected) => {
    expect(textsOf(input, "en")).toEqual([expected]);
  });

  it.each([
    [{ colour: "blue" }, "unknown key “colour”"],
    [{ mail: { signature: "x" } }, "mail: unknown key “signature”"],
    [{ rules: { "mail/typo-check": "off" } }, "rules: unknown rule id “mail/typo-check”"],
    [{ rules: { everything: "off" } }, "rules: unknown rule id “everything”"],
  ])("suggests nothing far from every known word: %j", (input, expected) => {
    expect(textsOf(input, "en")).toEqual([expected]);
  });

  it.each([
    [{ compliance: { tenantKey: "short" } }, "compliance.tenantKey: must be at least 32 random characters"],
    [{ compliance: { serviceUrl: "http://compliance.contoso.com" } }, "compliance.serviceUrl: must be an https URL such as https://compliance.contoso.com (http only for localhost)"],
    [{ compliance: { apiScope: "x".repeat(201) } }, "compliance.apiScope: is too long (at most 200 characters)"],
    [{ workingHours: { days: [] } }, "workingHours.days: must not be empty"],
    [{ mail: { singleBlockMaxChars: 10 } }, "mail.singleBlockMaxChars: must be at least 50"],
    [{ meeting: { joinEarlyMinutes: 500 } }, "meeting.joinEarlyMinutes: must be at most 120"],
    [{ confidentialLabels: [""] }, "confidentialLabels[0]: must not be empty"],
    [{ feedbackMailbox: 5 }, "feedbackMailbox: must be text in quotes"],
    [{ holidays: { country: "China" } }, "holidays.country: must be a two-letter country code such as CN"],
    [{ departmentHeads: { "IT Dept.": ["nobody"] } }, 'departmentHeads["IT Dept."][0]: must be an e-mail address'],
    [{ report: { dimensions: { accuracy: ["Accuracy!"] } } }, "report.dimensions.accuracy[0]: must be a rule id such as mail/politeness"],
    [[], "the file must hold a JSON object: { … }"],
    [null, "the file must hold a JSON object: { … }"],
  ])("says what %j must be", (input, expected) => {
    expect(textsOf(input, "en")).toEqual([expected]);
  });

  it("gives the line and column of a JSON syntax error, in every language", () => {
    const text = '{\n  "internalDomains": ["contoso.com"],\n  "meeting": { "minAdvanceHours": 24, }\n}';
    const result = parsePolicyText(text, RULE_IDS);
    if (result.ok) throw new Error("expected a syntax error");
    const [problem] = result.problems;
    expect(problem.data).toEqual({ line: 3, column: 39 });
    expect(problemText(problem, "en")).toBe("the file is not valid JSON: the error is at line 3, column 39");
    expect(problemText(problem, "zh-CN")).toBe("文件不是有效的 JSON：错误位于第 3 行第 39 列");
    expect(problemText(problem, "zh-TW")).toBe("檔案不是有效的 JSON：錯誤位於第 3 行第 39 欄");
    expect(parsePolicyText("", RULE_IDS)).toMatchObject({ ok: false, errors: ["the file is not valid JSON: the error is at line 1, column 1"] });
    expect(parsePolicyText('{"version": "1"', RULE_IDS)).toMatchObject({ ok: false, errors: ["the file is not valid JSON: the error is at line 1, column 16"] });
  });

  it("sums up a flood of problems after the first 50, and keeps every text short and on one line", () => {
    const flood: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) flood[`key${i}`] = i;
    flood[`\u202e${"x".repeat(100_000)}\n\u001b[2J`] = 1;
    const texts = textsOf(flood, "en");
    expect(texts).toHaveLength(MAX_PROBLEMS + 1);
    expect(texts[MAX_PROBLEMS]).toBe(`… and ${10_001 - MAX_PROBLEMS} more problems like these`);
    const hostile = textsOf({ [`\u202e${"x".repeat(100_000)}\n\u001b[2J`]: 1 }, "en")[0];
    expect(hostile.length).toBeLessThan(200);
    expect(hostile).not.toMatch(/[\n\u001b]/);
    expect(hostile).toMatch(/^unknown key “\u2068\u202ex+…\u2069”$/);
  });

  it("knows the keys of every block of the schema, for the suggestions", () => {
    expect(knownKeysAt(policySchema, [])).toEqual(Object.keys(policySchema.shape));
    expect(knownKeysAt(policySchema, ["workingHours"]).sort()).toEqual(Object.keys(DEFAULT_POLICY.workingHours).sort());
    expect(knownKeysAt(policySchema, ["report", "dimensions"]).sort()).toEqual(["accuracy", "effectiveness", "politeness", "timeliness"]);
    expect(knownKeysAt(policySchema, ["rules"])).toEqual([]);
  });

  it("writes key paths as a reader types them", () => {
    expect(pathText(["workingHours", "start"])).toBe("workingHours.start");
    expect(pathText(["helpdeskAddresses", 2])).toBe("helpdeskAddresses[2]");
    expect(pathText([1, "to", 0, "address"])).toBe("[1].to[0].address");
    expect(pathText(["departmentHeads", "研发部", 0])).toBe('departmentHeads["研发部"][0]');
  });
});
