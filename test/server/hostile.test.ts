import { randomUUID } from "crypto";
import { SignJWT, UnsecuredJWT } from "jose";
import { mintDevToken } from "../../src/compliance/dev-token";
import type { ComplianceSummary } from "../../src/compliance/summary";
import { createVerifier } from "../../src/server/auth";
import { ADMIN_ROLE, AUDIENCE, authConfig, dbTargets, event, freshDatabase, getWith, OTHER_TENANT, postJson, startJwks, startTestService, testUser, TENANT, type Jwks, type TestDatabase, type TestService, type TestUser } from "../support/compliance-service";

// Hostile input against the service on each database: wrong types, huge strings and
// batches, SQL and HTML in the reason (stored and returned as text), and every kind of bad
// token. Nothing of a refused request may be stored.

jest.setTimeout(60_000);

describe.each(dbTargets())("hostile requests on $kind", (target) => {
  let database: TestDatabase;
  let jwks: Jwks;
  let service: TestService;
  let user: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    database = await freshDatabase(target);
    jwks = await startJwks();
    service = await startTestService(database.db, jwks, { rateLimitPerMinute: 40 });
    user = await testUser(jwks);
    admin = await testUser(jwks, { roles: [ADMIN_ROLE] });
  });

  afterAll(async () => {
    await service?.close();
    await jwks?.close();
    await database?.dispose();
  });

  const storedEvents = async (): Promise<number> => {
    const [row] = await database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events");
    return row.n;
  };

  test.each([
    ["a number for the rule", { events: [{ ...event({ userKey: "0".repeat(64) }), rule: 42 }] }],
    ["a missing action", { events: [{ ...event({ userKey: "0".repeat(64) }), action: undefined }] }],
    ["an unknown field", { events: [{ ...event({ userKey: "0".repeat(64) }), subject: "Q3 budget" }] }],
    ["an unknown action", { events: [{ ...event({ userKey: "0".repeat(64) }), action: "deleted" }] }],
    ["a time that is no time", { events: [{ ...event({ userKey: "0".repeat(64) }), time: "yesterday" }] }],
    ["events as an object", { events: { 0: event({ userKey: "0".repeat(64) }) } }],
    ["an empty batch", { events: [] }],
    ["a negative drop count", { events: [event({ userKey: "0".repeat(64) })], dropped: -1 }],
    ["a NUL in the reason", { events: [event({ userKey: "0".repeat(64) }, { reason: "a\u0000b" })] }],
    ["a reason of 10,000 characters", { events: [event({ userKey: "0".repeat(64) }, { reason: "长".repeat(10_000) })] }],
    ["the same id twice", (() => { const e = event({ userKey: "0".repeat(64) }); return { events: [e, e] }; })()],
    ["501 events", { events: Array.from({ length: 501 }, () => event({ userKey: "0".repeat(64) })) }],
  ])("%s is refused with 400", async (_name, body) => {
    const before = await storedEvents();
    const withOwnKey = JSON.parse(JSON.stringify(body).replaceAll("0".repeat(64), user.userKey)) as unknown;
    const answer = await postJson(`${service.url}/api/events`, withOwnKey, user.token);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe("invalid-request");
    expect(await storedEvents()).toBe(before);
  });

  test.each([
    ["not JSON", "{events: [", 400],
    ["JSON null", "null", 400],
    ["an array", "[]", 400],
  ])("a body that is %s is refused", async (_name, body, status) => {
    expect((await postJson(`${service.url}/api/events`, body, user.token)).status).toBe(status);
  });

  test("a batch of 10,000 events is refused as too large, and nothing is stored", async () => {
    const before = await storedEvents();
    const events = Array.from({ length: 10_000 }, () => event(user));
    const answer = await postJson(`${service.url}/api/events`, { events }, user.token);
    expect(answer.status).toBe(413);
    expect(await storedEvents()).toBe(before);
  });

  test("a 5 MB string is refused before it is read", async () => {
    const answer = await postJson(`${service.url}/api/events`, { events: [event(user, { reason: "x".repeat(5_000_000) })] }, user.token);
    expect(answer.status).toBe(413);
  });

  test("SQL and HTML in the reason are stored and returned as text", async () => {
    const reasons = ["'); DROP TABLE events; --", "<img src=x onerror=alert(1)><script>alert('x')</script>", "Robert'); DELETE FROM daily_rollup;-- 并且 <b>粗体</b>"];
    const events = reasons.map((reason) => event(user, { action: "sent-despite", reason, time: "2026-06-01T03:00:00Z" }));
    expect((await postJson(`${service.url}/api/events`, { events }, user.token)).status).toBe(200);
    const summary = JSON.parse((await getWith(`${service.url}/api/summary?from=2026-06-01&to=2026-06-01`, admin.token)).text) as ComplianceSummary;
    expect(summary.reasons.map((r) => r.reason).sort()).toEqual([...reasons].sort());
    expect(summary.totals["sent-despite"]).toBe(3);
    const csv = (await getWith(`${service.url}/api/export.csv?from=2026-06-01&to=2026-06-01`, admin.token)).text;
    expect(csv).toContain("<img src=x onerror=alert(1)><script>alert('x')</script>");
  });

  describe("tokens", () => {
    const post = (token: string) => postJson(`${service.url}/api/events`, { events: [event(user)] }, token);

    test("another tenant's token is refused, even signed with the right key", async () => {
      const foreign = await jwks.token({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`, oid: user.oid });
      expect((await post(foreign)).status).toBe(401);
      const foreignTidOnly = await jwks.token({ tid: OTHER_TENANT, oid: user.oid });
      expect((await post(foreignTidOnly)).status).toBe(401);
    });

    test("expired, wrong audience, wrong issuer and a stranger's key are refused", async () => {
      expect((await post(await jwks.token({ oid: user.oid }, { expiresIn: "-5m" }))).status).toBe(401);
      expect((await post(await jwks.token({ oid: user.oid, aud: "api://some-other-api" }))).status).toBe(401);
      expect((await post(await jwks.token({ oid: user.oid, iss: "https://evil.example/v2.0" }))).status).toBe(401);
      expect((await post(await jwks.token({ oid: user.oid }, { key: "stranger" }))).status).toBe(401);
    });

    test("unsigned (alg none) and HMAC tokens are refused", async () => {
      const claims = { tid: TENANT, oid: user.oid, roles: [ADMIN_ROLE] };
      const unsigned = new UnsecuredJWT(claims).setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`).setAudience(AUDIENCE).setExpirationTime("1h").encode();
      expect((await post(unsigned)).status).toBe(401);
      expect((await getWith(`${service.url}/api/summary`, unsigned)).status).toBe(401);
      const hmac = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`).setAudience(AUDIENCE).setExpirationTime("1h").sign(new TextEncoder().encode("guessable"));
      expect((await post(hmac)).status).toBe(401);
      // Development tokens are not trusted by a service that was not told to trust them.
      expect((await post(await mintDevToken({ oid: user.oid, roles: [ADMIN_ROLE] }))).status).toBe(401);
    });

    test("garbage, a missing token and a token without a user are refused", async () => {
      expect((await post("not.a.jwt")).status).toBe(401);
      expect((await postJson(`${service.url}/api/events`, { events: [event(user)] }, undefined, { authorization: "Basic YWRtaW46YWRtaW4=" })).status).toBe(401);
      expect((await post(await jwks.token({ oid: "" }))).status).toBe(401);
    });

    test("a user flooding the service gets 429; another user is still served", async () => {
      const flooder = await testUser(jwks);
      const statuses: number[] = [];
      for (let i = 0; i < 45; i++) statuses.push((await postJson(`${service.url}/api/events`, { events: [event(flooder)] }, flooder.token)).status);
      expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(40)).toEqual([429, 429, 429, 429, 429]);
      const other = await testUser(jwks);
      expect((await postJson(`${service.url}/api/events`, { events: [event(other)] }, other.token)).status).toBe(200);
    });
  });
});

describe("development tokens", () => {
  let jwks: Jwks;
  const env = process.env.NODE_ENV;

  beforeAll(async () => {
    jwks = await startJwks();
  });
  afterAll(async () => {
    process.env.NODE_ENV = env;
    await jwks.close();
  });

  test("a development build trusts them when told to, with the role they carry", async () => {
    const verify = createVerifier(authConfig(jwks, { allowDevTokens: true }));
    const oid = randomUUID();
    await expect(verify(`Bearer ${await mintDevToken({ oid, roles: [ADMIN_ROLE] })}`)).resolves.toMatchObject({ oid, admin: true });
    await expect(verify(`Bearer ${await mintDevToken({ oid })}`)).resolves.toMatchObject({ oid, admin: false });
  });

  test("a production build never trusts them, whatever it is told", async () => {
    process.env.NODE_ENV = "production";
    const verify = createVerifier(authConfig(jwks, { allowDevTokens: true }));
    await expect(verify(`Bearer ${await mintDevToken({ oid: randomUUID(), roles: [ADMIN_ROLE] })}`)).rejects.toMatchObject({ statusCode: 401 });
    process.env.NODE_ENV = env;
  });
});
