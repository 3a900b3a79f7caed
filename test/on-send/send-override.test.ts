import { createSendHandler, type SendOutcome } from "../../src/on-send/on-send";
import { decodeHandoff } from "../../src/outlook/handoff";
import { detectSendFeatures } from "../../src/outlook/requirements";
import { decodeOverride, mayOverride, OVERRIDE_KEY, overrideCovers, overrideFor, type SendOverride } from "../../src/outlook/send-override";
import { DEFAULT_POLICY, type Policy } from "../../src/policy/config";
import { decodeStamp, STAMP_HEADER } from "../../src/policy/stamp";
import type { CheckResult, Finding, Severity } from "../../src/policy/types";
import type { SimOptions } from "../../src/office-sim/office-sim";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// "Send anyway" from the pane: the pane writes the user's decision into sessionData, the send
// starts the on-send check again, and the check lets the mail go only for a fresh decision that
// names every rule holding it now — never past an error the tenant says blocks.

const NOW = new Date("2026-12-01T06:00:00Z");
const SOFT = DEFAULT_POLICY.sendBehavior;
const HARD: Policy["sendBehavior"] = { ...SOFT, errors: "block" };

function finding(rule: string, severity: Severity): Finding {
  return { rule, severity, messageId: "m", data: {}, message: rule, clause: "§2.2" };
}

describe("a send-anyway decision", () => {
  const held = [finding("mail/subject-specific", "error"), finding("mail/politeness", "warning"), finding("mail/send-time", "info")];
  const decision = overrideFor(held, "k3j9x0a1b2c3", NOW);

  it("names the rules that held the mail, info left out, each once", () => {
    expect(overrideFor([...held, finding("mail/politeness", "warning")], "id", NOW).rules).toEqual(["mail/subject-specific", "mail/politeness"]);
  });

  it.each<[string, readonly Finding[], Policy["sendBehavior"], Date, boolean]>([
    ["the same findings, a minute later", held, SOFT, new Date(NOW.getTime() + 60_000), true],
    ["fewer findings (one fixed since)", held.slice(0, 1), SOFT, NOW, true],
    ["a rule the user did not see", [...held, finding("mail/attachment-mentioned", "warning")], SOFT, NOW, false],
    ["only info findings left (nothing to go past)", held.slice(2), SOFT, NOW, false],
    ["20 minutes later", held, SOFT, new Date(NOW.getTime() + 20 * 60_000), false],
    ["a decision dated in the future", held, SOFT, new Date(NOW.getTime() - 5 * 60_000), false],
    ["errors that the tenant says block", held, HARD, NOW, false],
  ])("covers %s: %s", (_name, findings, behaviour, at, expected) => {
    expect(overrideCovers(decision, findings, behaviour, at)).toBe(expected);
  });

  it("lets warnings go even where errors block", () => {
    expect(mayOverride([finding("mail/politeness", "warning")], HARD)).toBe(true);
    expect(mayOverride(held, HARD)).toBe(false);
  });

  it.each([["not json"], ["{}"], ['{"v":2,"checkId":"a","at":"x","rules":[]}'], ['{"v":1,"checkId":"a","at":"x","rules":[1]}'], [42], [undefined]])("refuses %p", (value) => {
    expect(decodeOverride(value)).toBeUndefined();
  });

  it("reads back what the pane wrote", () => {
    expect(decodeOverride(JSON.stringify(decision))).toEqual(decision);
  });
});

let fake: OfficeFake;
let outcomes: SendOutcome[];

function run(sim: SimOptions, override: SendOverride | string | undefined, severities: Severity[], sendBehavior = SOFT) {
  fake = installOfficeFake({ item: fakeMessage({ subject: "Server migration plan" }), ...sim });
  if (override !== undefined) fake.sim.state.sessionData[OVERRIDE_KEY] = typeof override === "string" ? override : JSON.stringify(override);
  outcomes = [];
  const result: CheckResult = { kind: "mail", notices: [], outcomes: {}, findings: severities.map((s, i) => finding(`mail/rule-${i}`, s)) };
  const handler = createSendHandler("mail", {
    now: () => new Date(),
    loadPolicy: async () => ({ policy: { ...DEFAULT_POLICY, version: "2026-12", sendBehavior }, source: "cache" }),
    check: () => result,
    features: detectSendFeatures,
    displayLanguage: () => "zh-CN",
    checkId: () => "k3j9x0a1b2c3",
    onOutcome: (o) => outcomes.push(o),
  });
  const event = fake.launchEvent();
  return handler(event).then(() => event);
}

afterEach(() => fake?.uninstall());

describe("the on-send check after a send-anyway decision", () => {
  const fresh = (rules: string[]): SendOverride => ({ v: 1, checkId: "pane-1", at: new Date().toISOString(), rules });

  it("lets the mail go, stamps it as sent despite the findings, and uses the decision once", async () => {
    const event = await run({}, fresh(["mail/rule-0", "mail/rule-1"]), ["error", "warning"]);
    expect(event.completions).toEqual([expect.objectContaining({ options: { allowEvent: true } })]);
    expect(decodeStamp(String(fake.sim.state.internetHeaders?.[STAMP_HEADER]))).toMatchObject({ decision: "override", findings: [{ rule: "mail/rule-0" }, { rule: "mail/rule-1" }] });
    expect(fake.sim.state.sessionData[OVERRIDE_KEY]).toBeUndefined();
  });

  it("holds the mail again for a rule the decision does not name", async () => {
    const event = await run({}, fresh(["mail/rule-0"]), ["error", "warning"]);
    expect(event.completions[0].options?.allowEvent).toBe(false);
    expect(fake.sim.state.sessionData[OVERRIDE_KEY]).toBeDefined();
  });

  it("holds an error the tenant says blocks, whatever the pane wrote", async () => {
    const event = await run({}, fresh(["mail/rule-0"]), ["error"], HARD);
    expect(event.completions[0].options?.allowEvent).toBe(false);
  });

  it("ignores a value it cannot read", async () => {
    const event = await run({}, "{ not the pane's", ["error"]);
    expect(event.completions[0].options?.allowEvent).toBe(false);
  });

  it("hands its check id to the pane, so the pane's events and the stamp name the same check", async () => {
    const event = await run({ mailboxVersion: "1.14" }, undefined, ["error"]);
    expect(decodeHandoff(event.completions[0].options?.contextData)?.checkId).toBe("k3j9x0a1b2c3");
    expect(outcomes[0].stamp).toContain("k3j9x0a1b2c3");
  });
});
