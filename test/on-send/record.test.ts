import { createSendHandler, type OnSendDeps, type SendOutcome } from "../../src/on-send/on-send";
import { detectSendFeatures } from "../../src/outlook/requirements";
import { readMessageDraft } from "../../src/outlook/read-draft";
import type { ManifestSendMode } from "../../src/outlook/send-decision";
import { DEFAULT_POLICY, type Policy, type SendBehavior } from "../../src/policy/config";
import { decodeStamp, STAMP_HEADER } from "../../src/policy/stamp";
import type { CheckResult, Finding, Severity } from "../../src/policy/types";
import type { SimOptions } from "../../src/office-sim/office-sim";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// What the handler leaves behind and what a tenant's send behaviour does on each client: the
// x-comm-policy stamp (written after deciding, read back by the next reader), writes that
// never answer, and sendBehavior on Mailbox 1.12 / 1.13 / 1.14 / 1.15.

let fake: OfficeFake;
let outcomes: SendOutcome[];

function findings(...severities: Severity[]): () => CheckResult {
  return () => ({
    kind: "mail",
    notices: [],
    outcomes: {},
    findings: severities.map((severity, i): Finding => ({ rule: `mail/rule-${i}`, severity, messageId: "m", data: {}, message: `finding ${i + 1}`, clause: "§2.2" })),
  });
}

function setup(sim: SimOptions, policy: Policy, deps: Partial<OnSendDeps> = {}) {
  fake = installOfficeFake({ item: fakeMessage({ subject: "Server migration plan" }), ...sim });
  outcomes = [];
  const handler = createSendHandler("mail", {
    now: () => new Date(),
    loadPolicy: async () => ({ policy, source: "cache" }),
    check: findings("error"),
    features: detectSendFeatures,
    displayLanguage: () => "en-US",
    checkId: () => "k3j9x0a1b2c3",
    onOutcome: (o) => outcomes.push(o),
    ...deps,
  });
  const event = fake.launchEvent();
  return { event, run: () => handler(event) };
}

function policy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, version: "2026-11 IT", ...overrides };
}

afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
});

describe("the x-comm-policy stamp", () => {
  it("is written after deciding and read back by the next reader of the draft", async () => {
    const { event, run } = setup({}, policy(), { check: findings("error", "warning", "info") });
    await run();
    expect(event.completions).toHaveLength(1);
    const value = fake.sim.state.internetHeaders?.[STAMP_HEADER];
    expect(value).toBe(outcomes[0].stamp);
    expect(decodeStamp(String(value))).toEqual({
      id: "k3j9x0a1b2c3",
      policyVersion: "2026-11 IT",
      decision: "block",
      findings: [
        { rule: "mail/rule-0", severity: "error" },
        { rule: "mail/rule-1", severity: "warning" },
        { rule: "mail/rule-2", severity: "info" },
      ],
      omitted: 0,
      wentOn: false,
    });
    const again = await readMessageDraft(Office.context.mailbox.item as Office.MessageCompose, new Date());
    expect(again.previousStamp).toMatchObject({ id: "k3j9x0a1b2c3", decision: "block" });
  });

  it("says the user went on when warnings were shown with Send Anyway", async () => {
    const { run } = setup({}, policy(), { check: findings("warning") });
    await run();
    expect(decodeStamp(String(fake.sim.state.internetHeaders?.[STAMP_HEADER]))).toMatchObject({ decision: "prompt", wentOn: true });
  });

  it("records an allowed mail and a failure by the tenant's failureMode", async () => {
    const clean = setup({}, policy(), { check: findings() });
    await clean.run();
    expect(decodeStamp(String(fake.sim.state.internetHeaders?.[STAMP_HEADER]))).toMatchObject({ decision: "allow", findings: [], wentOn: false });
    fake.uninstall();
    const broken = setup({}, policy({ failureMode: "block" }), {
      check: () => {
        throw new Error("engine bug");
      },
    });
    await broken.run();
    expect(broken.event.completions[0].options?.allowEvent).toBe(false);
    const unsupported = setup({}, policy({ failureMode: "block" }), { engineCanRun: () => false });
    await unsupported.run();
    expect(unsupported.event.completions[0].options?.allowEvent).toBe(false);
    expect(outcomes[0].reason).toBe("unsupported");
    expect(decodeStamp(String(fake.sim.state.internetHeaders?.[STAMP_HEADER]))).toMatchObject({ decision: "fail-block" });
  });

  it("is not written on a client without Mailbox 1.8, and the send still completes once", async () => {
    const { event, run } = setup({ mailboxVersion: "1.7" }, policy());
    await run();
    expect(event.completions).toHaveLength(1);
    expect(fake.callNames()).not.toContain("internetHeaders.setAsync");
  });
});

describe("writes that never answer", () => {
  it.each(["internetHeaders.setAsync", "sessionData.setAsync"])("%s hanging never lets an error finding go, even with failureMode allow", async (call) => {
    jest.useFakeTimers();
    const { event, run } = setup({ mailboxVersion: "1.13" }, policy({ failureMode: "allow", timeBudgetMs: 1000 }));
    fake.sim.fail(call, { kind: "never" });
    void run();
    await jest.advanceTimersByTimeAsync(1000);
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0].options).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("finding 1") });
    await jest.advanceTimersByTimeAsync(10000);
    expect(event.completions).toHaveLength(1);
  });

  it("a failing write costs the record only", async () => {
    const { event, run } = setup({}, policy());
    fake.sim.fail("internetHeaders.setAsync", { kind: "error", message: "quota" });
    await run();
    expect(event.completions.map((c) => c.options?.allowEvent)).toEqual([false]);
  });
});

// One finding of the severity under test; the tenant sets that severity's behaviour.
const CLIENTS = ["1.12", "1.13", "1.14", "1.15"] as const;
const BEHAVIORS: SendBehavior[] = ["block", "softBlock", "promptUser"];

describe.each(CLIENTS)("sendBehavior on a Mailbox %s client", (version) => {
  const modern = version === "1.14" || version === "1.15";

  it.each(BEHAVIORS)("errors: %s", async (behavior) => {
    const { event, run } = setup({ mailboxVersion: version }, policy({ sendBehavior: { errors: behavior, warnings: "promptUser" } }));
    await run();
    const options = event.completions[0].options!;
    expect(options.allowEvent).toBe(false);
    // Send Anyway only where the override exists; elsewhere errors stay held as the manifest says.
    expect(options.sendModeOverride).toBe(behavior === "promptUser" && modern ? "promptUser" : undefined);
    expect(options.errorMessageMarkdown === undefined).toBe(version !== "1.15");
    expect(decodeStamp(String(fake.sim.state.internetHeaders?.[STAMP_HEADER]))?.decision).toBe(options.sendModeOverride ? "prompt" : "block");
  });

  it.each(BEHAVIORS)("warnings: %s", async (behavior) => {
    const { event, run } = setup({ mailboxVersion: version }, policy({ sendBehavior: { errors: "softBlock", warnings: behavior } }), { check: findings("warning") });
    await run();
    const options = event.completions[0].options!;
    if (behavior === "promptUser") {
      // Without Send Anyway a held warning would have no way past: older clients let it go.
      expect(options).toEqual(modern ? expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" }) : { allowEvent: true });
    } else {
      expect(options.allowEvent).toBe(false);
      expect(options.sendModeOverride).toBeUndefined();
    }
  });
});

describe("the manifest's SendMode", () => {
  it.each([
    ["SoftBlock", "block"],
    ["Block", "block"],
    ["PromptUser", "prompt"],
  ] as const)("%s: an error held without override is recorded as %s", async (mode: ManifestSendMode, decision) => {
    const { run } = setup({}, policy(), { manifestSendMode: mode });
    await run();
    expect(decodeStamp(String(fake.sim.state.internetHeaders?.[STAMP_HEADER]))?.decision).toBe(decision);
  });
});
