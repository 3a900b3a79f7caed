import { randomUUID } from "crypto";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { Client } from "pg";
import { DEFAULT_DIMENSIONS } from "../../src/compliance/scorecard";
import { SCORE_DIMENSIONS } from "../../src/compliance/summary";
import { buildService } from "../../src/server/app";
import { createVerifier } from "../../src/server/auth";
import { openDb, type Db } from "../../src/server/db/db";
import { migrate } from "../../src/server/db/migrations";
import { authConfig, event, startJwks, TENANT_KEY, testUser, type Jwks } from "../support/compliance-service";

// `npm run bench`'s compliance-service section (run by scripts/bench.js through
// scripts/ts-register.js): ingest through the real HTTP service in batches of 100, and the
// dashboard summary over one million stored events, on PGlite and, with DATABASE_URL, on
// PostgreSQL. Prints one JSON object of figures on its last line; medians, never asserted.

type Figures = Record<string, number>;

const BATCH = 100;
const BATCHES_PER_RUN = 60;
const CLIENTS = 4;
const RUNS = 3;
const MILLION = 1_000_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startOn(db: Db, jwks: Jwks) {
  const app = await buildService({ db, verify: createVerifier(authConfig(jwks)), tenantKey: TENANT_KEY, perPerson: false, retentionDays: 400, dimensions: DEFAULT_DIMENSIONS, corsOrigins: [], rateLimitPerMinute: 1_000_000 });
  return { url: await app.listen({ host: "127.0.0.1", port: 0 }), close: () => app.close() };
}

/** CLIENTS users send BATCHES_PER_RUN batches of 100 between them, each user one batch at a time. */
async function ingestRun(url: string, jwks: Jwks): Promise<number> {
  const users = await Promise.all(Array.from({ length: CLIENTS }, () => testUser(jwks)));
  const bodies = users.map((u) => Array.from({ length: BATCHES_PER_RUN / CLIENTS }, () => JSON.stringify({ events: Array.from({ length: BATCH }, () => event(u)) })));
  const t0 = performance.now();
  await Promise.all(
    users.map(async (u, i) => {
      for (const body of bodies[i]) {
        const r = await fetch(`${url}/api/events`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${u.token}` }, body });
        if (r.status !== 200) throw new Error(`ingest: HTTP ${r.status}`);
        await r.arrayBuffer();
      }
    }),
  );
  return (BATCHES_PER_RUN * BATCH) / ((performance.now() - t0) / 1000);
}

const RULES = SCORE_DIMENSIONS.flatMap((d) => DEFAULT_DIMENSIONS[d]);

/** One million events over the last 90 days (27 rules, 12 departments, 2,000 people), written in SQL, then the roll-up built from them. */
async function seedMillion(db: Db): Promise<void> {
  const rules = `ARRAY[${RULES.map((r) => `'${r}'`).join(",")}]`;
  const actions = "ARRAY['shown','shown','shown','fixed','sent-despite','reported-wrong','blocked']";
  for (let start = 1; start <= MILLION; start += 100_000) {
    await db.query(
      `INSERT INTO events (id, ts, day, user_key, department, policy_version, client, requirement_set, item_kind, rule, severity, action, reason)
       SELECT 'bench-' || g, ts, (ts AT TIME ZONE 'UTC')::date, md5((g % 2000)::text) || md5((g % 2000)::text), 'Dept ' || (g % 12), '2026-11', 'OutlookWebApp', '1.14', 'message',
              (${rules})[1 + (g % ${RULES.length})], 'warning', (${actions})[1 + ((g / ${RULES.length}) % 7)], CASE WHEN g % 50 = 0 THEN 'reason ' || g ELSE '' END
       FROM (SELECT g, now() - ((g % 89) * interval '1 day') - ((g % 80000) * interval '1 second') AS ts FROM generate_series($1::int, $2::int) g) s`,
      [start, start + 99_999],
    );
  }
  await db.query("INSERT INTO daily_rollup (day, rule, department, action, n) SELECT day, rule, department, action, count(*)::int FROM events GROUP BY 1, 2, 3, 4");
  await db.query("ANALYZE");
}

async function summaryMs(url: string, jwks: Jwks): Promise<number> {
  const admin = await jwks.token({ roles: ["Compliance.Admin"], oid: randomUUID() });
  const samples: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t0 = performance.now();
    const r = await fetch(`${url}/api/summary`, { headers: { authorization: `Bearer ${admin}` } });
    const body = (await r.json()) as { totals: Record<string, number> };
    if (r.status !== 200 || Object.values(body.totals).reduce((a, b) => a + b, 0) < MILLION * 0.99) throw new Error("summary: did not count the million events");
    if (i > 0) samples.push(performance.now() - t0);
  }
  return median(samples);
}

async function measure(db: Db, label: string, suffix: string, figures: Figures): Promise<void> {
  const jwks = await startJwks();
  await migrate(db);
  const service = await startOn(db, jwks);
  try {
    const rates: number[] = [];
    for (let i = 0; i < RUNS; i++) rates.push(await ingestRun(service.url, jwks));
    figures[`server.ingestEventsPerSecond${suffix}`] = Math.round(median(rates));
    process.stderr.write(`bench: ${label}: ingest done, seeding one million events…\n`);
    await db.query("TRUNCATE events, daily_rollup, queue_drops");
    await seedMillion(db);
    figures[`server.summaryMsAt1M${suffix}`] = Math.round(median([await summaryMs(service.url, jwks)]));
  } finally {
    await service.close();
    await jwks.close();
  }
}

async function withPostgres(url: string, work: (db: Db) => Promise<void>): Promise<void> {
  const name = `cpa_bench_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: target.toString(), poolSize: 10 });
  try {
    await work(db);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const figures: Figures = {};
  const dir = mkdtempSync(path.join(tmpdir(), "cpa-bench-pglite-"));
  const pglite = await openDb({ pgliteDir: dir });
  try {
    await measure(pglite, "PGlite", ".pglite", figures);
  } finally {
    await pglite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (url) await withPostgres(url, (db) => measure(db, "PostgreSQL", "", figures));
  else process.stderr.write("bench: server.ingestEventsPerSecond and server.summaryMsAt1M (PostgreSQL) skipped: no DATABASE_URL given\n");
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: compliance service section failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
