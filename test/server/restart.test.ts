import { spawn, type ChildProcess } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { createServer, type AddressInfo } from "net";
import { tmpdir } from "os";
import path from "path";
import { createEventQueue } from "../../src/compliance/queue";
import { memoryStorage } from "../../src/compliance/queue-storage";
import { sendQueued } from "../../src/compliance/sender";
import { openDb } from "../../src/server/db/db";
import { AUDIENCE, dbTargets, event, freshDatabase, startJwks, TENANT, TENANT_KEY, testUser, type Jwks, type TestDatabase } from "../support/compliance-service";

// The service killed (SIGKILL, no goodbye) in the middle of a stream of batches, then started
// again on the same data: every batch it acknowledged is stored once, and every batch it did
// not is retried by the client's queue and stored once. The service runs as its own process
// (src/server/index.ts through scripts/ts-register.js), on each database.

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const BATCHES = 30;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startChild(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["-r", path.join(ROOT, "scripts", "ts-register.js"), path.join(ROOT, "src", "server", "index.ts")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", process.env.RESTART_DEBUG ? "inherit" : "ignore", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => process.env.RESTART_DEBUG && process.stdout.write(d));
  return child;
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the service did not become healthy in 120 s");
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

describe.each(dbTargets())("restart on $kind", (target) => {
  let jwks: Jwks;
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    jwks = await startJwks();
    if (target.kind === "postgres") database = await freshDatabase(target);
    else dataDir = mkdtempSync(path.join(tmpdir(), "cpa-pglite-"));
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      await exited(child);
    }
    await jwks?.close();
    await database?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("acknowledged batches are stored once; unacknowledged ones are retried and stored once", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      AUTH_TENANT_ID: TENANT,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_JWKS_URL: jwks.url,
      COMPLIANCE_TENANT_KEY: TENANT_KEY,
      RATE_LIMIT_PER_MINUTE: "100000",
      // Set both, so a DATABASE_URL in the test environment cannot send the PGlite run to PostgreSQL.
      ...(database?.url ? { DATABASE_URL: database.url, PGLITE_DIR: "" } : { DATABASE_URL: "", PGLITE_DIR: dataDir as string }),
    };
    child = startChild(env);
    await waitHealthy(url, child);

    const user = await testUser(jwks);
    const queue = createEventQueue(memoryStorage(), BATCHES * 100);
    const events = Array.from({ length: BATCHES * 100 }, () => event(user));
    await queue.add(events);

    const acknowledged = new Set<string>();
    let answered = 0;
    const running = child;
    // Counts acknowledged events, and kills the service right after the fifth answer, while the next batch is on its way.
    const watching: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.ok) {
        for (const e of (JSON.parse(String(init?.body)) as { events: { id: string }[] }).events) acknowledged.add(e.id);
        if (++answered === 5) setTimeout(() => running.kill("SIGKILL"), 2);
      }
      return response;
    };
    const first = await sendQueued(queue, { serviceUrl: url, getToken: async () => user.token, fetch: watching });
    expect(first.stoppedBy).toBe("network");
    await exited(running);
    expect(acknowledged.size).toBeGreaterThanOrEqual(500);
    const leftAfterKill = (await queue.state()).events.length;
    expect(leftAfterKill).toBe(events.length - acknowledged.size);

    child = startChild(env);
    await waitHealthy(url, child);
    const second = await sendQueued(queue, { serviceUrl: url, getToken: async () => user.token });
    expect(second.stoppedBy).toBe("empty");
    expect((await queue.state()).events).toEqual([]);

    // Graceful stop: SIGTERM drains and exits 0, releasing the data folder for the check below.
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);

    const db = await openDb(database?.url ? { databaseUrl: database.url } : { pgliteDir: dataDir });
    try {
      const ids = new Set((await db.query<{ id: string }>("SELECT id FROM events")).map((r) => r.id));
      expect(ids.size).toBe(events.length);
      for (const id of acknowledged) expect(ids.has(id)).toBe(true);
      const [rollup] = await db.query<{ n: number }>("SELECT coalesce(sum(n), 0)::int AS n FROM daily_rollup");
      expect(rollup.n).toBe(events.length);
    } finally {
      await db.close();
    }
  });
});
