import { createSendHandler, type OnSendDeps, type SendOutcome } from "../../src/on-send/on-send";
import type { LoadedPolicy } from "../../src/outlook/policy-source";
import { detectSendFeatures } from "../../src/outlook/requirements";
import { DEFAULT_POLICY, type Policy } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";
import type { CheckResult, Finding, Lang, Severity } from "../../src/policy/types";
import { fakeAppointment, fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";
import type { SimOptions } from "../../src/office-sim/office-sim";

/** The calls the handler makes after deciding: its record on the item. */
const WRITES = ["internetHeaders.setAsync", "sessionData.setAsync"];

// The handlers end to end on the simulated mailbox: every path completes the event exactly
// once, within the budget, with what the tenant chose for failures.

const DISPLAY: Record<Lang, string> = { en: "en-US", "zh-CN": "zh-CN", "zh-TW": "zh-TW" };
const LANGS: Lang[] = ["en", "zh-CN", "zh-TW"];

function policyWith(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...overrides };
}

function loaded(policy: Policy = DEFAULT_POLICY, source: LoadedPolicy["source"] = "network"): () => Promise<LoadedPolicy> {
  return async () => ({ policy, source });
}

function findings(...severities: Severity[]): (draft: unknown, policy: Policy, o: { lang?: Lang }) => CheckResult {
  return (_d, _p, o) => ({
    kind: "mail",
    notices: [],
    outcomes: {},
    findings: severities.map(
      (severity, i): Finding => ({ rule: `mail/r${i}`, severity, messageId: "m", data: {}, message: `${o.lang}: finding ${i + 1}`, clause: "§2.2" }),
    ),
  });
}

let fake: OfficeFake;
let outcomes: SendOutcome[];

function setup(sim: SimOptions = {}, deps: Partial<OnSendDeps> = {}, kind: "mail" | "meeting" = "mail") {
  fake = installOfficeFake(sim);
  outcomes = [];
  const handler = createSendHandler(kind, {
    now: () => new Date(),
    loadPolicy: loaded(),
    check: checkDraft,
    features: detectSendFeatures,
    displayLanguage: () => Office.context.displayLanguage,
    onOutcome: (o) => outcomes.push(o),
    ...deps,
  });
  const event = fake.launchEvent();
  return { event, run: () => handler(event) };
}

afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
});

describe.each(LANGS)("on send, in %s", (lang) => {
  it("lets a draft without findings go", async () => {
    const { event, run } = setup({ displayLanguage: DISPLAY[lang] }, { check: findings() });
    await run();
    expect(event.completions.map((c) => c.options)).toEqual([{ allowEvent: true }]);
  });

  it("holds warnings once with Send Anyway", async () => {
    const { event, run } = setup({ displayLanguage: DISPLAY[lang] }, { check: findings("warning") });
    await run();
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(String(event.completions[0].options?.errorMessage)).toContain(`${lang}: finding 1`);
  });

  it("blocks errors with the Fix button opening the pane", async () => {
    const { event, run } = setup({ displayLanguage: DISPLAY[lang] }, { check: findings("warning", "error", "error", "error", "error") });
    await run();
    const options = event.completions[0].options!;
    expect(options).toMatchObject({ allowEvent: false, commandId: "msgComposeCheckPolicy", cancelLabel: lang === "en" ? "Fix" : "修正" });
    expect(String(options.errorMessage).split("\n")[1]).toContain("finding 2");
    expect(typeof options.contextData).toBe("string");
    expect(event.completions).toHaveLength(1);
  });

  it("blocks a real mail without a subject, in the user's language (real engine)", async () => {
    const { event, run } = setup({ displayLanguage: DISPLAY[lang], item: fakeMessage({ subject: "" }) });
    await run();
    const message = String(event.completions[0].options?.errorMessage);
    expect(event.completions[0].options?.allowEvent).toBe(false);
    expect(message).toContain({ en: "The subject is empty", "zh-CN": "邮件主题为空", "zh-TW": "郵件主旨為空" }[lang]);
  });
});

describe("on send: the item", () => {
  it("reads the item in one wave before deciding, then only writes its record", async () => {
    const { event, run } = setup({}, { check: findings("error") });
    await run();
    expect(event.completions).toHaveLength(1);
    const reads = fake.sim.log.filter((c) => !WRITES.includes(c.name));
    expect(fake.waves(reads.length)).toBe(1);
    expect(fake.wavesBeforeCompletion()).toBe(2);
    expect(fake.callNames().slice(reads.length)).toEqual(["internetHeaders.setAsync"]);
    expect(fake.callNames()).toEqual(expect.arrayContaining(["subject.getAsync", "body.getAsync", "to.getAsync", "getAttachmentsAsync"]));
  });

  it("reads an appointment in one wave and points Fix at the meeting pane", async () => {
    const { event, run } = setup({ item: fakeAppointment({ subject: "" }) }, { check: findings("error") }, "meeting");
    await run();
    expect(fake.wavesBeforeCompletion()).toBe(1);
    expect(event.completions[0].options).toMatchObject({ allowEvent: false, commandId: "apptComposeCheckPolicy" });
  });

  it("writes the findings to sessionData after the decision where contextData is missing (Mailbox 1.13)", async () => {
    const { event, run } = setup({ mailboxVersion: "1.13" }, { check: findings("error") });
    await run();
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].options?.contextData).toBeUndefined();
    expect(fake.sim.state.sessionData["commPolicy.sendCheck"]).toContain('"findings"');
    const first = event.completions[0];
    const beforeDecision = fake.sim.log.filter((c) => !WRITES.includes(c.name));
    expect(fake.waves(beforeDecision.length)).toBe(1);
    expect(fake.callNames().slice(beforeDecision.length).sort()).toEqual(["internetHeaders.setAsync", "sessionData.setAsync"]);
    expect(first.callsBefore).toBe(fake.sim.log.length);
  });

  it.each(["subject.getAsync", "body.getAsync", "to.getAsync", "cc.getAsync", "bcc.getAsync", "from.getAsync", "getAttachmentsAsync", "sensitivityLabel.getAsync", "delayDeliveryTime.getAsync"])(
    "still checks and completes once when %s fails",
    async (call) => {
      const { event, run } = setup({});
      fake.sim.fail(call, { kind: "error" });
      await run();
      expect(event.completions).toHaveLength(1);
      expect(outcomes[0].reason).toBe("checked");
      expect(outcomes[0].failedReads).toHaveLength(1);
    },
  );

  it("applies failureMode when neither subject nor body can be read", async () => {
    const { event, run } = setup({ displayLanguage: "zh-TW" }, { loadPolicy: loaded(policyWith({ failureMode: "block" })) });
    fake.sim.fail("subject.getAsync");
    fake.sim.fail("body.getAsync", { kind: "throw" });
    await run();
    expect(outcomes[0].reason).toBe("unreadable");
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].options).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("溝通規範檢查未能執行") });
  });

  it("lets the mail go when there is no item at all (failureMode allow)", async () => {
    const { event, run } = setup({});
    const ctx = (Office.context as unknown as { mailbox: Record<string, unknown> }).mailbox;
    Object.defineProperty(ctx, "item", { get: () => undefined });
    await run();
    expect(event.completions.map((c) => c.options)).toEqual([{ allowEvent: true }]);
    expect(outcomes[0].reason).toBe("error");
  });
});

describe("on send: time budget", () => {
  it("completes once, at the budget, when a read never answers", async () => {
    jest.useFakeTimers();
    const { event, run } = setup({});
    fake.sim.fail("body.getAsync", { kind: "never" });
    void run();
    await jest.advanceTimersByTimeAsync(DEFAULT_POLICY.timeBudgetMs - 1);
    expect(event.completions).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(event.completions.map((c) => c.options)).toEqual([{ allowEvent: true }]);
    await jest.advanceTimersByTimeAsync(10000);
    expect(event.completions).toHaveLength(1);
    expect(outcomes[0].reason).toBe("timeout");
  });

  it("uses the tenant's budget and failureMode: block", async () => {
    jest.useFakeTimers();
    const { event, run } = setup({ displayLanguage: "zh-CN" }, { loadPolicy: loaded(policyWith({ timeBudgetMs: 1000, failureMode: "block" })) });
    fake.sim.fail("to.getAsync", { kind: "never" });
    void run();
    await jest.advanceTimersByTimeAsync(999);
    expect(event.completions).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].options).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("沟通规范检查未能运行") });
  });

  it("completes once when the policy never loads", async () => {
    jest.useFakeTimers();
    const { event, run } = setup({}, { loadPolicy: () => new Promise<LoadedPolicy>(() => undefined) });
    void run();
    await jest.advanceTimersByTimeAsync(DEFAULT_POLICY.timeBudgetMs + 5000);
    expect(event.completions.map((c) => c.options)).toEqual([{ allowEvent: true }]);
  });

  it("does not complete twice when the read answers after the budget", async () => {
    jest.useFakeTimers();
    const { event, run } = setup({});
    fake.sim.configure("subject.getAsync", { latencyMs: 4000 });
    const done = run();
    await jest.advanceTimersByTimeAsync(5000);
    await done;
    expect(event.completions).toHaveLength(1);
    expect(outcomes.map((o) => o.reason)).toEqual(["timeout"]);
  });
});

describe("on send: policy and engine failures", () => {
  it("checks with the built-in defaults when policy.json is broken and nothing is cached", async () => {
    const { event, run } = setup({ item: fakeMessage({ subject: "" }) }, { loadPolicy: loaded(DEFAULT_POLICY, "builtin") });
    await run();
    expect(outcomes[0]).toMatchObject({ reason: "checked", policySource: "builtin" });
    expect(event.completions[0].options?.allowEvent).toBe(false);
  });

  it("applies failureMode when loading the policy rejects outright", async () => {
    const { event, run } = setup({}, { loadPolicy: () => Promise.reject(new Error("boom")) });
    await run();
    expect(event.completions.map((c) => c.options)).toEqual([{ allowEvent: true }]);
  });

  it.each([
    ["allow", { allowEvent: true }],
    ["block", { allowEvent: false }],
  ] as const)("applies failureMode %s when the engine throws", async (failureMode, expected) => {
    const { event, run } = setup(
      {},
      {
        loadPolicy: loaded(policyWith({ failureMode })),
        check: () => {
          throw new Error("engine bug");
        },
      },
    );
    await run();
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].options).toMatchObject(expected);
    expect(outcomes[0].reason).toBe("error");
  });

  it("survives event.completed itself throwing", async () => {
    const { event, run } = setup({}, { check: findings() });
    const completed = event.completed;
    event.completed = (o) => {
      completed(o);
      throw new Error("host gone");
    };
    await expect(run()).resolves.toBeUndefined();
    expect(event.completions).toHaveLength(1);
  });
});
