import { DEV_TENANT_KEY, mintDevToken } from "../../src/compliance/dev-token";
import { eventBatchSchema } from "../../src/compliance/event";
import { createPaneRecorder, panePolicy, type PaneComplianceWiring } from "../../src/compliance/pane-recorder";
import { memoryStorage } from "../../src/compliance/queue-storage";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { DEFAULT_POLICY } from "../../src/policy/config";

// The panes' recorder: who records comes from the service's token and the cached department,
// batches are valid for the service, sends never overlap, and without a sign-in or with
// recording off nothing is queued or sent.

const OID = "5e5e5e5e-0000-4000-8000-0000000000aa";
const META = { policyVersion: "2026-11", client: "OfficeOnline", requirementSet: "1.15" };

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
  for (const e of batch.events) expect(e).toMatchObject({ userKey, department: "市场部", checkId: "pane-abcdef123456", itemKind: "message", ...META });
  expect(departmentReads()).toBe(1);
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
