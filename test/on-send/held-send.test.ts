import { createSendHandler, KEEP_FACT_WAIT_MS, type OnSendDeps, type SendOutcome } from "../../src/on-send/on-send";
import { memoryStorage } from "../../src/compliance/queue-storage";
import { appendSendFact, parseSendFacts, SEND_FACTS_KEY, type SendFact } from "../../src/compliance/send-facts";
import { detectSendFeatures } from "../../src/outlook/requirements";
import { DEFAULT_POLICY, type Policy } from "../../src/policy/config";
import type { CheckResult, Finding, Severity } from "../../src/policy/types";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// A held send recorded for compliance (§5) without a network call at Send: the handler keeps
// the check's facts in the device storage the panes share, after deciding, and neither a store
// that hangs nor one that throws changes the decision or completes the event twice.

let fake: OfficeFake;

function check(...findings: Array<[string, Severity]>): () => CheckResult {
  return () => ({
    kind: "mail",
    notices: [],
    outcomes: {},
    findings: findings.map(([rule, severity]): Finding => ({ rule, severity, messageId: "m", data: {}, message: `${rule} ${severity}`, clause: "§2.2" })),
  });
}

function recordingPolicy(enabled = true): Policy {
  return { ...DEFAULT_POLICY, version: "2026-11 IT", timeBudgetMs: 1000, compliance: { ...DEFAULT_POLICY.compliance, enabled, serviceUrl: "https://compliance.contoso.com", tenantKey: "k".repeat(40) } };
}

function handler(policy: Policy, deps: Partial<OnSendDeps>) {
  fake = installOfficeFake({ item: fakeMessage({ subject: "Server migration plan" }) });
  const outcomes: SendOutcome[] = [];
  const run = createSendHandler("mail", {
    now: () => new Date(),
    loadPolicy: async () => ({ policy, source: "cache" }),
    check: check(["mail/recipients-present", "error"], ["mail/politeness", "warning"], ["mail/politeness", "error"], ["mail/language-typo", "info"]),
    features: detectSendFeatures,
    displayLanguage: () => "zh-CN",
    checkId: () => "k3j9x0a1b2c3",
    onOutcome: (o) => outcomes.push(o),
    ...deps,
  });
  const event = fake.launchEvent();
  return { event, outcomes, run: () => run(event) };
}

afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
});

test("a blocked send keeps one fact per held rule (an error winning), notes left out, for the panes", async () => {
  const storage = memoryStorage();
  const { event, run } = handler(recordingPolicy(), { keepHeldSend: (fact) => appendSendFact(storage, fact) });
  await run();
  expect(event.completions).toHaveLength(1);
  expect(event.completions[0].options).toMatchObject({ allowEvent: false });
  const facts = parseSendFacts(storage.data.get(SEND_FACTS_KEY) ?? null);
  expect(facts).toEqual([
    {
      checkId: "k3j9x0a1b2c3",
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      itemKind: "message",
      policyVersion: "2026-11 IT",
      rules: [
        { rule: "mail/recipients-present", severity: "error" },
        { rule: "mail/politeness", severity: "error" },
      ],
    },
  ]);
});

test.each([
  ["a prompt (warnings only: the user may still go on or go back)", recordingPolicy(), check(["mail/politeness", "warning"])],
  ["an allowed send", recordingPolicy(), check(["mail/language-typo", "info"])],
  ["a block with recording off in the policy", recordingPolicy(false), check(["mail/recipients-present", "error"])],
])("%s keeps nothing", async (_name, policy, checkFn) => {
  const kept: SendFact[] = [];
  const { event, run } = handler(policy, { check: checkFn, keepHeldSend: async (fact) => void kept.push(fact) });
  await run();
  expect(event.completions).toHaveLength(1);
  expect(kept).toEqual([]);
});

/** Fake milliseconds until the event is completed (the simulated item's writes take some). */
async function msUntilCompleted(event: { completions: unknown[] }, limit = 5000): Promise<number> {
  for (let ms = 0; ms <= limit; ms++) {
    if (event.completions.length > 0) return ms;
    await jest.advanceTimersByTimeAsync(1);
  }
  return Infinity;
}

test("a store that never answers: the same decision, completed once, at most KEEP_FACT_WAIT_MS later", async () => {
  jest.useFakeTimers({ now: new Date("2026-11-24T02:00:00Z") });
  const plain = handler(recordingPolicy(), {});
  void plain.run();
  const plainMs = await msUntilCompleted(plain.event);
  const expected = plain.event.completions[0];
  fake.uninstall();

  jest.setSystemTime(new Date("2026-11-24T02:00:00Z"));
  let asked = 0;
  const hanging = handler(recordingPolicy(), { keepHeldSend: () => (asked++, new Promise<void>(() => undefined)) });
  void hanging.run();
  const hangingMs = await msUntilCompleted(hanging.event);
  expect(asked).toBe(1);
  expect(hangingMs).toBeLessThanOrEqual(plainMs + KEEP_FACT_WAIT_MS + 1);
  expect(hangingMs).toBeLessThan(recordingPolicy().timeBudgetMs);
  expect(hanging.event.completions).toEqual([expected]);
  expect(hanging.outcomes[0]).toMatchObject({ reason: "checked", decision: { verdict: "block" } });
  await jest.advanceTimersByTimeAsync(10_000);
  expect(hanging.event.completions).toHaveLength(1);
});

test.each([
  ["throws at once", () => {
    throw new Error("storage gone");
  }],
  ["rejects", () => Promise.reject(new Error("quota exceeded"))],
])("a store that %s: the same block, completed once", async (_name, keepHeldSend) => {
  const { event, outcomes, run } = handler(recordingPolicy(), { keepHeldSend });
  await run();
  expect(event.completions).toHaveLength(1);
  expect(event.completions[0].options).toMatchObject({ allowEvent: false });
  expect(outcomes[0].reason).toBe("checked");
});

test("the device keeps the newest facts only, and damaged or foreign entries are left out", async () => {
  const storage = memoryStorage();
  storage.data.set(SEND_FACTS_KEY, JSON.stringify([{ checkId: 1 }, "x", null, { checkId: "old", time: "t", itemKind: "fax", policyVersion: "", rules: [] }]));
  const fact = (n: number): SendFact => ({ checkId: `check${n}`, time: new Date(n).toISOString(), itemKind: "appointment", policyVersion: "v", rules: [{ rule: "meeting/agenda", severity: "error" }] });
  for (let n = 0; n < 5; n++) await appendSendFact(storage, fact(n), 3);
  expect(parseSendFacts(storage.data.get(SEND_FACTS_KEY) ?? null).map((f) => f.checkId)).toEqual(["check2", "check3", "check4"]);
  storage.data.set(SEND_FACTS_KEY, "{not json");
  expect(parseSendFacts(storage.data.get(SEND_FACTS_KEY) ?? null)).toEqual([]);
  await appendSendFact(storage, fact(9));
  expect(parseSendFacts(storage.data.get(SEND_FACTS_KEY) ?? null).map((f) => f.checkId)).toEqual(["check9"]);
});
