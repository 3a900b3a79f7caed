import { checkDeadline, createSendHandler, type SendOutcome } from "../../src/on-send/on-send";
import { detectSendFeatures } from "../../src/outlook/requirements";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft, type CheckOptions } from "../../src/policy/engine";
import { defineRule, type Rule } from "../../src/policy/rule";
import type { CheckResult, Draft } from "../../src/policy/types";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// The engine is synchronous, so the handler's timer cannot stop it: the handler gives it a
// deadline inside the budget. A rule that is slow on this draft moves the handler's own (fake)
// clock past it; the rules after it do not run and the send is still decided, once.

const description = { en: "test", "zh-CN": "测试", "zh-TW": "測試" };
const messages = { hit: { en: "{{n}} found", "zh-CN": "{{n}} 命中", "zh-TW": "{{n}} 命中" } };
const rule = (id: string, check: Rule<"mail">["check"]): Rule<"mail"> =>
  defineRule({ id, appliesTo: "mail", defaultSeverity: "error", clause: "§0", description, messages, check });

let fake: OfficeFake | undefined;
afterEach(() => fake?.uninstall());

describe("the on-send handler's deadline", () => {
  test("is the budget less what deciding and completing need", () => {
    const started = new Date("2026-11-24T02:00:00Z");
    expect(checkDeadline(started, 3000)).toBe(started.getTime() + 2500);
    expect(checkDeadline(started, 500)).toBe(started.getTime() + 375);
  });

  test("a slow rule cannot hold the send past the budget: later rules are not run, the item is decided once", async () => {
    fake = installOfficeFake({ item: fakeMessage({ subject: "Q3 budget approval", body: { type: "text", content: "Hi Lisa,\n\nPlease approve.\n\nTom" } }) });
    let now = Date.parse("2026-11-24T02:00:00Z");
    const rules = [
      rule("test/fast", () => [{ messageId: "hit", data: { n: "fast" } }]),
      rule("test/slow", () => {
        now += 4000; // the synchronous work takes longer than the whole budget
        return [];
      }),
      rule("test/after", () => [{ messageId: "hit", data: { n: "after" } }]),
    ];
    const seen: Array<{ options: CheckOptions; result: CheckResult }> = [];
    const outcomes: SendOutcome[] = [];
    const handler = createSendHandler("mail", {
      now: () => new Date(now),
      loadPolicy: async () => ({ policy: DEFAULT_POLICY, source: "network" as const }),
      check: (draft: Draft, policy, options) => {
        const result = checkDraft(draft, policy, { ...options, rules });
        seen.push({ options, result });
        return result;
      },
      features: detectSendFeatures,
      displayLanguage: () => "en-US",
      onOutcome: (o) => outcomes.push(o),
    });
    const event = fake.launchEvent();
    await handler(event);
    expect(event.completions).toHaveLength(1);
    expect(outcomes.map((o) => o.reason)).toEqual(["checked"]);
    expect(seen[0].result.outcomes).toEqual({ "test/fast": "found", "test/slow": "passed", "test/after": "notRun" });
    expect(seen[0].result.notices.find((n) => n.code === "deadlineReached")?.message).toContain("test/after");
    // The item is held for the error that was found in time.
    expect(event.completions[0].options).toMatchObject({ allowEvent: false });
  });
});
