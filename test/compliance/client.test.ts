import { randomUUID } from "crypto";
import type { ComplianceSummary } from "../../src/compliance/summary";
import { createEventQueue, QUEUE_KEY } from "../../src/compliance/queue";
import { deviceStorage, memoryStorage } from "../../src/compliance/queue-storage";
import { createRecorder, type RecordContext } from "../../src/compliance/recorder";
import { MIN_REQUEST_MS, sendQueued } from "../../src/compliance/sender";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { DEFAULT_POLICY } from "../../src/policy/config";
import type { CompliancePolicy } from "../../src/policy/config-compliance";
import { ADMIN_ROLE, event, freshDatabase, getWith, startJwks, startTestService, TENANT_KEY, testUser, type Jwks, type TestDatabase, type TestService, type TestUser } from "../support/compliance-service";

// The add-in side of compliance recording against the real service on 127.0.0.1: the queue
// bounds itself and counts drops, the sender empties it in batches and keeps what was not
// acknowledged, a deadline is respected, and recording never throws at the caller.

jest.setTimeout(60_000);

let database: TestDatabase;
let jwks: Jwks;
let service: TestService;
let user: TestUser;
let admin: TestUser;

beforeAll(async () => {
  database = await freshDatabase({ kind: "pglite" });
  jwks = await startJwks();
  service = await startTestService(database.db, jwks);
  user = await testUser(jwks);
  admin = await testUser(jwks, { roles: [ADMIN_ROLE] });
});

afterAll(async () => {
  await service?.close();
  await jwks?.close();
  await database?.dispose();
});

const storedCount = async (): Promise<number> => (await database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events"))[0].n;

function policyFor(url: string, changes: Partial<CompliancePolicy> = {}): CompliancePolicy {
  return { ...DEFAULT_POLICY.compliance, serviceUrl: url, tenantKey: TENANT_KEY, ...changes };
}

describe("user key", () => {
  test("is a keyed hash: stable per user and key, different across users and keys, not the id", async () => {
    const oid = "6b5c1c0e-4a0f-4a51-9d0b-3f1b2c3d4e5f";
    const key = await pseudonymousUserKey(oid, TENANT_KEY);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await pseudonymousUserKey(` ${oid.toUpperCase()} `, TENANT_KEY)).toBe(key);
    expect(await pseudonymousUserKey("0e1d2c3b-0000-4a51-9d0b-3f1b2c3d4e5f", TENANT_KEY)).not.toBe(key);
    expect(await pseudonymousUserKey(oid, `${TENANT_KEY}!`)).not.toBe(key);
    expect(key).not.toContain(oid.replace(/-/g, ""));
    await expect(pseudonymousUserKey(oid, "")).rejects.toThrow("tenant key");
  });
});

describe("queue", () => {
  test("keeps at most max events, drops the oldest and counts them", async () => {
    const queue = createEventQueue(memoryStorage(), 10);
    const events = Array.from({ length: 14 }, (_, i) => event(user, { id: `event-${String(i).padStart(4, "0")}` }));
    await queue.add(events.slice(0, 8));
    await queue.add(events.slice(8));
    const state = await queue.state();
    expect(state.events.map((e) => e.id)).toEqual(events.slice(4).map((e) => e.id));
    expect(state.dropped).toBe(4);
  });

  test("counts invalid events as dropped instead of queueing them", async () => {
    const queue = createEventQueue(memoryStorage(), 10);
    await queue.add([event(user), { ...event(user), rule: "not a rule" }]);
    expect((await queue.state()).events).toHaveLength(1);
    expect((await queue.state()).dropped).toBe(1);
  });

  test("a damaged or unreadable store neither throws nor blocks new events", async () => {
    const storage = memoryStorage();
    storage.data.set(QUEUE_KEY, "{not json");
    const queue = createEventQueue(storage, 10);
    await queue.add([event(user)]);
    expect((await queue.state()).events).toHaveLength(1);
    const broken = createEventQueue({ getItem: () => Promise.reject(new Error("quota")), setItem: () => Promise.reject(new Error("quota")) }, 10);
    await expect(broken.add([event(user)])).resolves.toBeUndefined();
    await expect(broken.peek(5)).resolves.toEqual({ events: [], dropped: 0 });
  });

  test("uses OfficeRuntime.storage where the host has it, else localStorage", async () => {
    const office = memoryStorage();
    await deviceStorage({ OfficeRuntime: { storage: office } }).setItem("k", "v");
    expect(office.data.get("k")).toBe("v");
    const local = new Map<string, string>();
    const localStorage = { getItem: (k: string) => local.get(k) ?? null, setItem: (k: string, v: string) => void local.set(k, v) };
    await deviceStorage({ localStorage }).setItem("k", "w");
    expect(local.get("k")).toBe("w");
  });
});

describe("sender against the service", () => {
  test("empties the queue in batches of 100 and reports the drops once", async () => {
    const before = await storedCount();
    const queue = createEventQueue(memoryStorage(), 300);
    await queue.add(Array.from({ length: 310 }, () => event(user, { time: "2026-02-10T01:00:00Z" })));
    const outcome = await sendQueued(queue, { serviceUrl: service.url, getToken: async () => user.token });
    expect(outcome).toEqual({ sent: 300, batches: 3, stoppedBy: "empty" });
    expect(await storedCount()).toBe(before + 300);
    expect(await queue.state()).toEqual({ events: [], dropped: 0 });
    const summary = JSON.parse((await getWith(`${service.url}/api/summary?from=2026-02-10&to=2026-02-10`, admin.token)).text) as ComplianceSummary;
    expect(summary.droppedOnDevices).toBe(10);
  });

  test("keeps every event when the service cannot be reached, and sends them later once", async () => {
    const queue = createEventQueue(memoryStorage(), 500);
    await queue.add(Array.from({ length: 150 }, () => event(user)));
    const down = await sendQueued(queue, { serviceUrl: "http://127.0.0.1:9", getToken: async () => user.token });
    expect(down).toEqual({ sent: 0, batches: 0, stoppedBy: "network" });
    expect((await queue.state()).events).toHaveLength(150);
    const before = await storedCount();
    expect((await sendQueued(queue, { serviceUrl: service.url, getToken: async () => user.token })).sent).toBe(150);
    expect(await storedCount()).toBe(before + 150);
  });

  test("stops at a refused token and keeps the events", async () => {
    const queue = createEventQueue(memoryStorage(), 500);
    await queue.add([event(user)]);
    const outcome = await sendQueued(queue, { serviceUrl: service.url, getToken: async () => "not.a.token" });
    expect(outcome.stoppedBy).toBe("sign-in");
    expect((await queue.state()).events).toHaveLength(1);
  });

  test("starts no request when less than the minimum time is left before the deadline", async () => {
    const queue = createEventQueue(memoryStorage(), 500);
    await queue.add([event(user)]);
    let calls = 0;
    const fetchSpy: typeof fetch = (...args) => {
      calls++;
      return fetch(...args);
    };
    const outcome = await sendQueued(queue, { serviceUrl: service.url, getToken: async () => user.token, fetch: fetchSpy }, Date.now() + MIN_REQUEST_MS - 50);
    expect(outcome.stoppedBy).toBe("deadline");
    expect(calls).toBe(0);
    expect((await queue.state()).events).toHaveLength(1);
  });

  test("a request that would outlive the deadline is abandoned and its batch kept", async () => {
    const queue = createEventQueue(memoryStorage(), 500);
    await queue.add([event(user)]);
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted")));
      });
    const started = Date.now();
    const outcome = await sendQueued(queue, { serviceUrl: service.url, getToken: async () => user.token, fetch: never }, started + 400);
    expect(outcome.stoppedBy).toBe("network");
    expect((await queue.state()).events).toHaveLength(1);
  });

  test("a batch the service refuses whole (400) leaves the queue, counted as dropped, so it cannot block the rest", async () => {
    const queue = createEventQueue(memoryStorage(), 500);
    await queue.add([event(user), event(user)]);
    const refusing: typeof fetch = async () => new Response(JSON.stringify({ error: "invalid-request" }), { status: 400 });
    const outcome = await sendQueued(queue, { serviceUrl: service.url, getToken: async () => user.token, fetch: refusing });
    expect(outcome).toEqual({ sent: 0, batches: 1, stoppedBy: "empty" });
    expect(await queue.state()).toEqual({ events: [], dropped: 2 });
  });
});

describe("recorder", () => {
  const context = (objectId: string): RecordContext => ({ objectId, department: "Sales", policyVersion: "2026-11.3", client: "OutlookWebApp", requirementSet: "1.15", itemKind: "message", checkId: "k3j9x0a1b2c3" });

  test("records outcomes under the user's key and sends them within a deadline", async () => {
    const storage = memoryStorage();
    const recorder = createRecorder(policyFor(service.url), { storage, getToken: async () => user.token });
    expect(recorder.active).toBe(true);
    await recorder.record(context(user.oid), [
      { rule: "mail/subject-present", severity: "error", action: "blocked" },
      { rule: "mail/subject-present", severity: "error", action: "sent-despite", reason: "发给自己的备忘" },
    ]);
    const queued = (await recorder.queue.state()).events;
    expect(queued.map((e) => [e.userKey, e.department, e.checkId])).toEqual([
      [user.userKey, "Sales", "k3j9x0a1b2c3"],
      [user.userKey, "Sales", "k3j9x0a1b2c3"],
    ]);
    expect(JSON.stringify(queued)).not.toContain(user.oid);
    const outcome = await recorder.flushBefore(Date.now() + 2000);
    expect(outcome).toEqual({ sent: 2, batches: 1, stoppedBy: "empty" });
  });

  test("does nothing when recording is off or not configured", async () => {
    for (const changes of [{ enabled: false }, { serviceUrl: "" }, { tenantKey: "" }]) {
      const storage = memoryStorage();
      const recorder = createRecorder(policyFor(service.url, changes), { storage, getToken: async () => user.token });
      expect(recorder.active).toBe(false);
      await recorder.record(context(randomUUID()), [{ rule: "mail/politeness", severity: "warning", action: "shown" }]);
      expect(storage.data.size).toBe(0);
      expect(await recorder.flush()).toEqual({ sent: 0, batches: 0, stoppedBy: "empty" });
    }
  });

  test("never throws at the caller, whatever fails", async () => {
    const recorder = createRecorder(policyFor("http://127.0.0.1:9"), {
      storage: { getItem: () => Promise.reject(new Error("no storage")), setItem: () => Promise.reject(new Error("no storage")) },
      getToken: () => Promise.reject(new Error("no sign-in")),
    });
    await expect(recorder.record(context(user.oid), [{ rule: "mail/politeness", severity: "warning", action: "shown" }])).resolves.toBeUndefined();
    await expect(recorder.flush()).resolves.toMatchObject({ sent: 0 });
  });
});
