import type { ComplianceSummary } from "../../src/compliance/summary";
import { purgeOlderThan } from "../../src/server/store/retention";
import { ADMIN_ROLE, dbTargets, event, freshDatabase, getWith, postJson, startJwks, startTestService, testUser, type Jwks, type TestDatabase, type TestService, type TestUser } from "../support/compliance-service";

// The compliance API against each database (PGlite always, PostgreSQL from DATABASE_URL):
// storing batches once, the summary from the roll-up, the CSV export, the purge, and who may
// read what.

jest.setTimeout(60_000);

describe.each(dbTargets())("API on $kind", (target) => {
  let database: TestDatabase;
  let jwks: Jwks;
  let service: TestService;
  let alice: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    database = await freshDatabase(target);
    jwks = await startJwks();
    service = await startTestService(database.db, jwks);
    alice = await testUser(jwks, { name: "Alice" });
    admin = await testUser(jwks, { roles: [ADMIN_ROLE] });
  });

  afterAll(async () => {
    await service?.close();
    await jwks?.close();
    await database?.dispose();
  });

  const summary = async (query = "from=2026-01-01&to=2026-12-31"): Promise<ComplianceSummary> => {
    const answer = await getWith(`${service.url}/api/summary?${query}`, admin.token);
    expect(answer.status).toBe(200);
    return JSON.parse(answer.text) as ComplianceSummary;
  };

  test("health names the database", async () => {
    const answer = await getWith(`${service.url}/health`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ status: "ok", database: target.kind });
  });

  test("a batch is stored once, however often it is sent", async () => {
    const batch = { events: [event(alice, { rule: "mail/send-time", action: "shown" }), event(alice, { rule: "mail/send-time", action: "fixed", fixId: "schedule-send" })] };
    const first = await postJson(`${service.url}/api/events`, batch, alice.token);
    expect(first).toEqual({ status: 200, json: { stored: 2, duplicates: 0 } });
    const again = await postJson(`${service.url}/api/events`, batch, alice.token);
    expect(again).toEqual({ status: 200, json: { stored: 0, duplicates: 2 } });
    const sendTime = (await summary()).byRule.find((r) => r.rule === "mail/send-time");
    expect(sendTime?.counts).toMatchObject({ shown: 1, fixed: 1 });
    expect(sendTime?.fixedRate).toBe(1);
  });

  test("the summary counts per rule, department and week, with rates, reasons and the scorecard", async () => {
    const bob = await testUser(jwks);
    const day = (d: number) => `2026-03-${String(d).padStart(2, "0")}T09:00:00+08:00`;
    const events = [
      event(bob, { department: "Finance", rule: "mail/politeness", action: "shown", time: day(2) }),
      event(bob, { department: "Finance", rule: "mail/politeness", action: "shown", time: day(3) }),
      event(bob, { department: "Finance", rule: "mail/politeness", action: "fixed", time: day(3) }),
      event(bob, { department: "Finance", rule: "mail/politeness", action: "sent-despite", reason: "客户要求的措辞", time: day(10) }),
      event(bob, { department: "Finance", rule: "mail/subject-present", severity: "error", action: "blocked", time: day(10) }),
      event(bob, { department: "Finance", rule: "mail/subject-present", severity: "error", action: "reported-wrong", reason: "The subject is there: 'RE: 预算'", time: day(10) }),
    ];
    expect((await postJson(`${service.url}/api/events`, { events, dropped: 4 }, bob.token)).status).toBe(200);
    const s = await summary("from=2026-03-01&to=2026-03-31");
    expect(s.totals).toEqual({ shown: 2, fixed: 1, "sent-despite": 1, "reported-wrong": 1, blocked: 1 });
    const politeness = s.byRule.find((r) => r.rule === "mail/politeness");
    expect(politeness?.fixedRate).toBe(0.5);
    expect(politeness?.sentDespiteRate).toBe(0.5);
    expect(s.byRule.find((r) => r.rule === "mail/subject-present")?.reportedWrongRate).toBe(1);
    expect(s.byDepartment).toEqual([{ department: "Finance", counts: { shown: 2, fixed: 1, "sent-despite": 1, "reported-wrong": 1, blocked: 1 } }]);
    // 2 and 3 March 2026 are Monday and Tuesday of one week; the 10th is the next.
    expect(s.byWeekDepartment.map((w) => [w.week, w.department, w.counts.shown + w.counts.fixed])).toEqual([
      ["2026-03-02", "Finance", 3],
      ["2026-03-09", "Finance", 0],
    ]);
    expect(s.reasons.map((r) => r.reason).sort()).toEqual(["The subject is there: 'RE: 预算'", "客户要求的措辞"]);
    expect(s.scorecard).toEqual([{ department: "Finance", scores: { timeliness: null, accuracy: null, effectiveness: null, politeness: 50 } }]);
    expect(s.droppedOnDevices).toBe(4);
    expect(s.byPerson).toBeUndefined();
    expect(s.settings).toEqual({ perPerson: false, retentionDays: 400 });
  });

  test("a batch with one bad event is refused whole and nothing of it is stored", async () => {
    const before = (await summary()).totals;
    const answer = await postJson(`${service.url}/api/events`, { events: [event(alice), event(alice, { severity: "fatal" as never })] }, alice.token);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json.issues)).toContain("events.1.severity");
    expect((await summary()).totals).toEqual(before);
  });

  test("events under another user's key are refused whole", async () => {
    const mallory = await testUser(jwks);
    const before = (await summary()).totals;
    const answer = await postJson(`${service.url}/api/events`, { events: [event(mallory), event(alice)] }, mallory.token);
    expect(answer.status).toBe(403);
    expect((await summary()).totals).toEqual(before);
  });

  test("only administrators read the summary and the export; nobody without a token", async () => {
    expect((await getWith(`${service.url}/api/summary`, alice.token)).status).toBe(403);
    expect((await getWith(`${service.url}/api/export.csv`, alice.token)).status).toBe(403);
    expect((await getWith(`${service.url}/api/summary`)).status).toBe(401);
    expect((await postJson(`${service.url}/api/events`, { events: [event(alice)] })).status).toBe(401);
  });

  test("the summary refuses a range that is not one", async () => {
    expect((await getWith(`${service.url}/api/summary?from=2026-05-01&to=2026-04-01`, admin.token)).status).toBe(400);
    expect((await getWith(`${service.url}/api/summary?from=yesterday`, admin.token)).status).toBe(400);
    expect((await getWith(`${service.url}/api/summary?from=2026-01-01&limit=5`, admin.token)).status).toBe(400);
  });

  test("the CSV export quotes text and defuses spreadsheet formulas", async () => {
    const carol = await testUser(jwks);
    const reasons = ['=HYPERLINK("http://x","y")', 'two "quoted", words\nand a line', "@SUM(A1)"];
    const events = reasons.map((reason) => event(carol, { action: "sent-despite", reason, time: "2026-04-15T01:00:00Z" }));
    expect((await postJson(`${service.url}/api/events`, { events }, carol.token)).status).toBe(200);
    const answer = await getWith(`${service.url}/api/export.csv?from=2026-04-15&to=2026-04-15`, admin.token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = answer.text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(header).toBe("id,time,department,policy_version,client,requirement_set,item_kind,rule,severity,action,reason,fix_id,check_id");
    expect(header).not.toContain("user_key");
    const body = rows.join("\r\n");
    expect(body).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(body).toContain('"two ""quoted"", words\nand a line"');
    expect(body).toContain("'@SUM(A1)");
    expect(body).toContain("2026-04-15T01:00:00.000Z");
  });

  test("the purge removes events and roll-up rows older than the retention", async () => {
    const dave = await testUser(jwks);
    const events = [event(dave, { time: "2024-01-10T08:00:00Z", rule: "meeting/agenda" }), event(dave, { time: "2026-11-20T08:00:00Z", rule: "meeting/agenda" })];
    expect((await postJson(`${service.url}/api/events`, { events }, dave.token)).status).toBe(200);
    const agenda = async (from: string) => (await summary(`from=${from}&to=2026-12-31`)).byRule.find((r) => r.rule === "meeting/agenda")?.counts.shown;
    expect(await agenda("2024-01-01")).toBe(2);
    const purged = await purgeOlderThan(database.db, 400, new Date("2026-11-24T00:00:00Z"));
    expect(purged.events).toBe(1);
    expect(await agenda("2024-01-01")).toBe(1);
  });

  test("the browser may ask from the add-in's origin, not from another", async () => {
    const allowed = await fetch(`${service.url}/api/events`, { method: "OPTIONS", headers: { origin: "https://addin.contoso.com", "access-control-request-method": "POST" } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://addin.contoso.com");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
    const other = await fetch(`${service.url}/api/events`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("per-person figures", () => {
  test("appear only when the policy enables them, keyed by the pseudonymous key", async () => {
    const database = await freshDatabase({ kind: "pglite" });
    const jwks = await startJwks();
    const service = await startTestService(database.db, jwks, { perPerson: true });
    try {
      const erin = await testUser(jwks);
      const admin = await testUser(jwks, { roles: [ADMIN_ROLE] });
      await postJson(`${service.url}/api/events`, { events: [event(erin, { department: "HR" }), event(erin, { department: "HR", action: "fixed" })] }, erin.token);
      const s = JSON.parse((await getWith(`${service.url}/api/summary?from=2026-11-01&to=2026-11-30`, admin.token)).text) as ComplianceSummary;
      expect(s.byPerson).toEqual([{ userKey: erin.userKey, department: "HR", counts: { shown: 1, fixed: 1, "sent-despite": 0, "reported-wrong": 0, blocked: 0 } }]);
      const csv = (await getWith(`${service.url}/api/export.csv?from=2026-11-01&to=2026-11-30`, admin.token)).text;
      expect(csv.replace(/^\uFEFF/, "").startsWith("user_key,id,")).toBe(true);
      expect(csv).toContain(erin.userKey);
    } finally {
      await service.close();
      await jwks.close();
      await database.dispose();
    }
  });
});
