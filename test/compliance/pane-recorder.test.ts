import { DEV_TENANT_KEY, mintDevToken } from "../../src/compliance/dev-token";
import { eventBatchSchema } from "../../src/compliance/event";
import { createPaneRecorder, panePolicy, type PaneComplianceWiring } from "../../src/compliance/pane-recorder";
import { memoryStorage } from "../../src/compliance/queue-storage";
import { appendSendFact, SEND_FACTS_KEY, type SendFact } from "../../src/compliance/send-facts";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { DEFAULT_POLICY } from "../../src/policy/config";

// The panes' recorder: who records comes from the service's token and the cached department,
// batches are valid for the service, sends never overlap, and without a sign-in or with
// recording off nothing is queued or sent.

const OID = "5e5e5e5e-0000-4000-8000-0000000000aa";
const META = { itemKind: "message" as const, policyVersion: "2026-11", client: "OfficeOnline", requirementSet: "1.15" };

function wiring(overrides: Partial<PaneComplianceWiring> = {}) {
  const posted: unknown[] = [];
  let inFlight = 0;
  let overlapped = false;
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    inFlight++;
    if (inFlight > 1) overlapped = true;
    await new Promise((r) => setTimeout(r, 5));
    posted.push(JSON.parse(String(init.body)));
    inFlight--;
    const count = (JSON.parse(String(init.body)) as { events: unknown[] }).events.length;
    return new Response(JSON.stringify({ stored: count, duplicates: 0 }), { status: 200 });
  }) as unknown as typeof fetch;
  const storage = memoryStorage();
  let departmentReads = 0;
  const w: PaneComplianceWiring = {
    storage,
    getToken: () => mintDevToken({ oid: OID }),
    readDepartment: async () => {
      departmentReads++;
      return "市场部";
    },
    policyOverride: { enabled: true, serviceUrl: "http://127.0.0.1:9", tenantKey: DEV_TENANT_KEY },
    fetch: fakeFetch,
    ...overrides,
  };
  return { w, posted, storage, overlapped: () => overlapped, departmentReads: () => departmentReads };
}

test("events carry the token's user under the tenant key, the department and the check id, and are valid batches", async () => {
  const { w, posted, departmentReads } = wiring();
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
  expect(recorder.active).toBe(true);
  await recorder.record([{ rule: "mail/politeness", severity: "warning", action: "shown" }], "pane-abcdef123456");
  await recorder.record([{ rule: "mail/politeness", severity: "warning", action: "reported-wrong", reason: "客户原话" }], "pane-abcdef123456");
  await recorder.flush();
  expect(posted).toHaveLength(1);
  const batch = eventBatchSchema.parse(posted[0]);
  expect(batch.events.map((e) => e.action)).toEqual(["shown", "reported-wrong"]);
  const userKey = await pseudonymousUserKey(OID, DEV_TENANT_KEY);
  for (const e of batch.events) expect(e).toMatchObject({ userKey, department: "市场部", checkId: "pane-abcdef123456", ...META });
  expect(departmentReads()).toBe(1);
});

test("the meeting pane's events say appointment, with the edit it applied as the fix id", async () => {
  const { w, posted } = wiring();
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, { ...META, itemKind: "appointment" });
  await recorder.record([{ rule: "meeting/agenda", severity: "error", action: "fixed", fixId: "agenda" }], "pane-meeting123456");
  await recorder.flush();
  expect(eventBatchSchema.parse(posted[0]).events).toEqual([expect.objectContaining({ itemKind: "appointment", rule: "meeting/agenda", action: "fixed", fixId: "agenda" })]);
});

test("a timer's flush and an action's flush never send side by side, and nothing is sent twice", async () => {
  const { w, posted, overlapped } = wiring();
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
  await recorder.record([{ rule: "mail/subject-present", severity: "error", action: "shown" }], "pane-abcdef123456");
  await Promise.all([recorder.flush(), recorder.flush(), recorder.record([{ rule: "mail/subject-present", severity: "error", action: "fixed", fixId: "setSubject" }], "pane-abcdef123456"), recorder.flush(1000)]);
  // An event queued while sends were under way goes with the next one.
  await recorder.flush();
  expect(overlapped()).toBe(false);
  const ids = posted.flatMap((b) => (b as { events: Array<{ id: string }> }).events.map((e) => e.id));
  expect(ids).toHaveLength(2);
  expect(new Set(ids).size).toBe(2);
});

test("without a sign-in nothing is recorded, and the pane goes on", async () => {
  const { w, posted, storage } = wiring({ getToken: () => Promise.reject(new Error("interaction required")) });
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
  await expect(recorder.record([{ rule: "mail/politeness", severity: "warning", action: "shown" }], "pane-abcdef123456")).resolves.toBeUndefined();
  await recorder.flush();
  expect(posted).toEqual([]);
  expect(storage.data.size).toBe(0);
});

test("a sign-in that fails once is asked again with the next event", async () => {
  let calls = 0;
  const { w, posted } = wiring({
    getToken: () => (++calls === 1 ? Promise.reject(new Error("offline")) : mintDevToken({ oid: OID })),
  });
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
  await recorder.record([{ rule: "mail/politeness", severity: "warning", action: "shown" }], "pane-abcdef123456");
  await recorder.record([{ rule: "mail/politeness", severity: "warning", action: "reported-wrong", reason: "" }], "pane-abcdef123456");
  await recorder.flush();
  expect(eventBatchSchema.parse(posted[0]).events.map((e) => e.action)).toEqual(["reported-wrong"]);
});

test("Graph unavailable: the department is \"\" and the events still go", async () => {
  const { w, posted } = wiring({ readDepartment: () => Promise.reject(new Error("Graph unavailable")) });
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
  await recorder.record([{ rule: "mail/politeness", severity: "warning", action: "shown" }], "pane-abcdef123456");
  await recorder.flush();
  expect(eventBatchSchema.parse(posted[0]).events[0].department).toBe("");
});

test("recording off in the policy: inactive, nothing queued or sent", async () => {
  const { w, posted, storage } = wiring({ policyOverride: undefined });
  const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
  expect(recorder.active).toBe(false);
  await recorder.record([{ rule: "mail/politeness", severity: "warning", action: "shown" }], "pane-abcdef123456");
  await recorder.flush();
  expect(posted).toEqual([]);
  expect(storage.data.size).toBe(0);
});

describe("what the on-send check held back (send-facts.ts)", () => {
  const held: SendFact = {
    checkId: "k3j9x0a1b2c3",
    time: "2026-11-24T02:00:00.000Z",
    itemKind: "appointment",
    policyVersion: "2026-10",
    rules: [
      { rule: "meeting/agenda", severity: "error" },
      { rule: "meeting/subject-specific", severity: "warning" },
    ],
  };

  test("a pane's flush completes each held send into `blocked` events under its user, at the send's moment, and clears them", async () => {
    const { w, posted, storage } = wiring();
    await appendSendFact(storage, held);
    const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
    await recorder.flush();
    const events = eventBatchSchema.parse(posted[0]).events;
    const userKey = await pseudonymousUserKey(OID, DEV_TENANT_KEY);
    expect(events).toEqual([
      expect.objectContaining({ action: "blocked", rule: "meeting/agenda", severity: "error", checkId: held.checkId, time: held.time, itemKind: "appointment", policyVersion: "2026-10", userKey, department: "市场部", client: META.client }),
      expect.objectContaining({ action: "blocked", rule: "meeting/subject-specific", severity: "warning", checkId: held.checkId }),
    ]);
    expect(JSON.parse(storage.data.get(SEND_FACTS_KEY) ?? "null")).toEqual([]);
    // A second flush sends nothing again.
    await recorder.flush();
    expect(posted).toHaveLength(1);
  });

  test("without a sign-in the held sends stay on the device for a later pane", async () => {
    const { w, posted, storage } = wiring({ getToken: () => Promise.reject(new Error("interaction required")) });
    await appendSendFact(storage, held);
    const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
    await recorder.flush();
    expect(posted).toEqual([]);
    expect(JSON.parse(storage.data.get(SEND_FACTS_KEY) ?? "null")).toEqual([held]);
  });

  test("a flush bounded for sendAsync leaves them for the next flush", async () => {
    const { w, posted, storage } = wiring();
    await appendSendFact(storage, held);
    const recorder = createPaneRecorder(panePolicy(DEFAULT_POLICY.compliance, w), w, META);
    await recorder.flush(2000);
    expect(posted).toEqual([]);
    expect(JSON.parse(storage.data.get(SEND_FACTS_KEY) ?? "null")).toHaveLength(1);
  });
});
