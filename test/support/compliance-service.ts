import { randomUUID } from "crypto";
import { cpSync, existsSync, writeFileSync } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from "jose";
import { Client } from "pg";
import { DEV_TENANT_KEY } from "../../src/compliance/dev-token";
import type { ComplianceEventInput } from "../../src/compliance/event";
import { DEFAULT_DIMENSIONS } from "../../src/compliance/scorecard";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { buildService, type ServiceOptions } from "../../src/server/app";
import { createVerifier, type AuthConfig } from "../../src/server/auth";
import { openDb, type Db } from "../../src/server/db/db";
import { migrate } from "../../src/server/db/migrations";
import { DIST } from "./browser";

// The compliance service for tests: a tenant's signing keys served as a JWKS on 127.0.0.1,
// tokens signed with them (or with a stranger's key), and the real service on a free port
// over either database. PostgreSQL comes from DATABASE_URL (.ci/run starts a throw-away
// cluster); each test file gets a database of its own, dropped at the end.

export const TENANT = "11111111-2222-3333-4444-555555555555";
export const OTHER_TENANT = "99999999-8888-7777-6666-555555555555";
export const AUDIENCE = "api://comm-policy-compliance";
export const ADMIN_ROLE = "Compliance.Admin";
export const TENANT_KEY = "test tenant key: 32 characters or more, random in production";
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

export type DbTarget = { kind: "pglite" } | { kind: "postgres"; url: string };

/** PGlite always; PostgreSQL when DATABASE_URL is set. Under CI=true a missing DATABASE_URL fails the file. */
export function dbTargets(): DbTarget[] {
  const url = process.env.DATABASE_URL;
  if (!url && process.env.CI === "true") throw new Error("CI=true but DATABASE_URL is not set: .ci/run must start PostgreSQL for the compliance tests");
  return url ? [{ kind: "pglite" }, { kind: "postgres", url }] : [{ kind: "pglite" }];
}

export interface TestDatabase {
  db: Db;
  /** The connection string of this file's own database (postgres) or undefined (PGlite, in memory). */
  url?: string;
  dispose(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database: PGlite in memory, or a new PostgreSQL database on the server of DATABASE_URL. */
export async function freshDatabase(target: DbTarget): Promise<TestDatabase> {
  if (target.kind === "pglite") {
    const db = await openDb({});
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const name = `cpa_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await adminQuery(target.url, `CREATE DATABASE ${name}`);
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: url.toString(), poolSize: 8 });
  await migrate(db);
  return {
    db,
    url: url.toString(),
    dispose: async () => {
      await db.close();
      await adminQuery(target.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface Jwks {
  url: string;
  /** A token signed with the tenant's key; claims override the defaults (a user of the tenant). */
  token(claims?: JWTPayload, options?: { expiresIn?: string; key?: "tenant" | "stranger" }): Promise<string>;
  close(): Promise<void>;
}

export async function startJwks(): Promise<Jwks> {
  const tenant = await generateKeyPair("RS256");
  const stranger = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(tenant.publicKey)), kid: "tenant-key-1", alg: "RS256", use: "sig" };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  const sign = (key: KeyLike, claims: JWTPayload, expiresIn: string) =>
    new SignJWT({ tid: TENANT, oid: randomUUID(), roles: [], ...claims })
      .setProtectedHeader({ alg: "RS256", kid: "tenant-key-1", typ: "JWT" })
      .setIssuer(typeof claims.iss === "string" ? claims.iss : ISSUER)
      .setAudience(claims.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  return {
    url: `http://127.0.0.1:${port}/keys`,
    token: (claims = {}, options = {}) => sign(options.key === "stranger" ? stranger.privateKey : tenant.privateKey, claims, options.expiresIn ?? "1h"),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function authConfig(jwks: Jwks, extra: Partial<AuthConfig> = {}): AuthConfig {
  return { tenantId: TENANT, audiences: [AUDIENCE], jwksUrl: jwks.url, adminRole: ADMIN_ROLE, ...extra };
}

export interface TestService {
  url: string;
  close(): Promise<void>;
}

export async function startTestService(db: Db, jwks: Jwks, overrides: Partial<ServiceOptions> = {}): Promise<TestService> {
  const app = await buildService({
    db,
    verify: createVerifier(authConfig(jwks)),
    tenantKey: TENANT_KEY,
    perPerson: false,
    retentionDays: 400,
    dimensions: DEFAULT_DIMENSIONS,
    corsOrigins: ["https://addin.contoso.com"],
    rateLimitPerMinute: 10_000,
    ...overrides,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { url, close: () => app.close() };
}

/**
 * The service as `npm start` runs it for the playground and the dashboard: it trusts the
 * development token (src/compliance/dev-token.ts) and the pages' origins.
 */
export async function startDevService(db: Db, corsOrigins: string[], overrides: Partial<ServiceOptions> = {}): Promise<TestService> {
  const app = await buildService({
    db,
    verify: createVerifier({ tenantId: "unused", audiences: ["unused"], jwksUrl: "http://127.0.0.1:9/keys", adminRole: ADMIN_ROLE, allowDevTokens: true }),
    tenantKey: DEV_TENANT_KEY,
    perPerson: false,
    retentionDays: 400,
    dimensions: DEFAULT_DIMENSIONS,
    corsOrigins,
    rateLimitPerMinute: 1000,
    ...overrides,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { url, close: () => app.close() };
}

/**
 * The dashboard of the development output (dist-dev/, which npm test builds: only it has the
 * development sign-in) with the files IT puts beside it: no Entra app yet, and a policy.
 */
export function writeDashboardFolder(dir: string, policy: unknown): void {
  if (!existsSync(path.join(DIST, "admin.html"))) throw new Error("dist-dev/admin.html is missing: run `node scripts/build.js --dev` first (npm test does)");
  // admin.js and the chunks it loads on demand (the development sign-in is one; lazy chunks live in chunks/).
  cpSync(DIST, dir, { recursive: true, filter: (source) => !/\.(html|json)$/.test(source) || source.endsWith("admin.html") });
  writeFileSync(path.join(dir, "config.json"), "{}");
  writeFileSync(path.join(dir, "policy.json"), JSON.stringify(policy));
}

export interface TestUser {
  oid: string;
  userKey: string;
  token: string;
}

export async function testUser(jwks: Jwks, claims: JWTPayload = {}): Promise<TestUser> {
  const oid = typeof claims.oid === "string" ? claims.oid : randomUUID();
  return { oid, userKey: await pseudonymousUserKey(oid, TENANT_KEY), token: await jwks.token({ ...claims, oid }) };
}

let counter = 0;

/** A valid event of `user` (fields overridable). */
export function event(user: Pick<TestUser, "userKey">, fields: Partial<ComplianceEventInput> = {}): ComplianceEventInput {
  counter++;
  return {
    id: `${randomUUID()}`,
    time: "2026-11-24T02:00:00.000Z",
    userKey: user.userKey,
    department: "IT",
    policyVersion: "2026-11.3",
    client: "OutlookWebApp",
    requirementSet: "1.14",
    itemKind: "message",
    rule: counter % 2 ? "mail/subject-specific" : "mail/politeness",
    severity: "warning",
    action: "shown",
    reason: "",
    ...fields,
  };
}

export async function postJson(url: string, body: unknown, token?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: response.status, json };
}

export async function getWith(url: string, token?: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text(), headers: response.headers };
}
