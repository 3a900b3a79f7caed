import { DEFAULT_POLICY, policySchema } from "../../src/policy/config";
import { checkDraft, check } from "../../src/policy/engine";
import { defineRule, type Rule } from "../../src/policy/rule";
import { mail } from "../support/drafts";

// The deadline, on a clock the test moves itself: the engine stops between rules once the
// deadline has passed and inside a costly rule between its segments, returns what it found so
// far and names the checks that did not run. No wall-clock time is measured here.

function fakeClock(start = 1_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

const messages = {
  hit: { en: "hit {{n}}", "zh-CN": "命中 {{n}}", "zh-TW": "命中 {{n}}" },
};
const description = { en: "test rule", "zh-CN": "测试规则", "zh-TW": "測試規則" };

function rule(id: string, check: Rule<"mail">["check"]): Rule<"mail"> {
  return defineRule({ id, appliesTo: "mail", defaultSeverity: "warning", clause: "§0", description, messages, check });
}

const found = (id: string) => rule(id, () => [{ messageId: "hit", data: { n: id } }]);
/** Takes `ms` of the fake clock, as a rule that is slow on this draft would take real time. */
const slow = (id: string, clock: ReturnType<typeof fakeClock>, ms: number) =>
  rule(id, () => {
    clock.advance(ms);
    return [{ messageId: "hit", data: { n: id } }];
  });

describe("check with a deadline", () => {
  test("a slow rule uses up the time: the rules after it do not run and are named", () => {
    const clock = fakeClock();
    const rules = [found("test/first"), slow("test/slow", clock, 500), found("test/third"), found("test/fourth")];
    const result = checkDraft(mail(), DEFAULT_POLICY, { rules, deadline: clock.now() + 200, clock: clock.now });
    expect(result.findings.map((f) => f.rule)).toEqual(["test/first", "test/slow"]);
    expect(result.outcomes).toEqual({ "test/first": "found", "test/slow": "found", "test/third": "notRun", "test/fourth": "notRun" });
    const notice = result.notices.find((n) => n.code === "deadlineReached");
    expect(notice?.message).toBe("Not checked in the time available: test/third, test/fourth.");
  });

  test("a costly rule stops between its segments once the deadline has passed", () => {
    const clock = fakeClock();
    let segmentsJudged = 0;
    const perSegment = rule("test/per-segment", ({ checkpoint }) => {
      for (let i = 0; i < 10; i++) {
        checkpoint();
        segmentsJudged++;
        clock.advance(100);
      }
      return [{ messageId: "hit", data: { n: "all" } }];
    });
    const result = checkDraft(mail(), DEFAULT_POLICY, { rules: [found("test/first"), perSegment], deadline: clock.now() + 350, clock: clock.now });
    expect(segmentsJudged).toBe(4);
    expect(result.outcomes["test/per-segment"]).toBe("notRun");
    expect(result.findings.map((f) => f.rule)).toEqual(["test/first"]);
    expect(result.notices.map((n) => n.code)).toEqual(["deadlineReached"]);
  });

  test("a deadline already passed runs nothing and names every check, in each language", () => {
    const clock = fakeClock();
    const rules = [found("test/a"), found("test/b")];
    const expected = {
      en: "Not checked in the time available: test/a, test/b.",
      "zh-CN": "在可用时间内未能完成的检查：test/a, test/b。",
      "zh-TW": "在可用時間內未能完成的檢查：test/a, test/b。",
    } as const;
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const result = checkDraft(mail(), DEFAULT_POLICY, { lang, rules, deadline: clock.now(), clock: clock.now });
      expect(result.findings).toEqual([]);
      expect(result.outcomes).toEqual({ "test/a": "notRun", "test/b": "notRun" });
      expect(result.notices.find((n) => n.code === "deadlineReached")?.message).toBe(expected[lang]);
    }
  });

  test("the registry's costly rules stop between segments too", () => {
    const clock = fakeClock();
    // Each read of the clock moves it on, as time passes while the engine works.
    const ticking = (): number => {
      clock.advance(1);
      return clock.now();
    };
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: lol, pls recieve the 按装 notes.`).join("\n\n");
    const draft = mail({ body });
    const unlimited = checkDraft(draft, DEFAULT_POLICY);
    expect(unlimited.outcomes["mail/language-slang"]).toBe("found");
    const limited = checkDraft(draft, DEFAULT_POLICY, { deadline: clock.now() + 30, clock: ticking });
    const notRun = Object.entries(limited.outcomes).filter(([, o]) => o === "notRun").map(([id]) => id);
    expect(notRun.length).toBeGreaterThan(0);
    // What did run reports exactly what an unlimited check reports for it.
    for (const [id, outcome] of Object.entries(limited.outcomes)) {
      if (outcome === "notRun") continue;
      expect(limited.findings.filter((f) => f.rule === id)).toEqual(unlimited.findings.filter((f) => f.rule === id));
    }
    expect(limited.notices.find((n) => n.code === "deadlineReached")?.message).toContain(notRun.join(", "));
  });

  test("without a deadline nothing is cut, and check is checkDraft", () => {
    const clock = fakeClock();
    const rules = [slow("test/slow", clock, 10_000), found("test/after")];
    const result = check(mail(), policySchema.parse({}), { rules, clock: clock.now });
    expect(result.outcomes).toEqual({ "test/slow": "found", "test/after": "found" });
    expect(result.notices).toEqual([]);
  });
});
