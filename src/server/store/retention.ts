import type { Db } from "../db/db";

// compliance.retentionDays: events, roll-up rows and drop counts older than that are deleted.
// The service runs this at start and then daily; with several instances each runs it, which
// is harmless (the deletes are idempotent).

export const DAY_MS = 24 * 60 * 60 * 1000;

export async function purgeOlderThan(db: Db, retentionDays: number, now = new Date()): Promise<{ events: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const [events] = await tx.query<{ n: number }>("WITH gone AS (DELETE FROM events WHERE day < $1::date RETURNING 1) SELECT count(*)::int AS n FROM gone", [cutoff]);
    await tx.query("DELETE FROM daily_rollup WHERE day < $1::date", [cutoff]);
    await tx.query("DELETE FROM queue_drops WHERE day < $1::date", [cutoff]);
    return { events: events?.n ?? 0 };
  });
}

/** Runs the purge now and every day; the returned function stops it. Failures are logged, never thrown. */
export function scheduleRetention(db: Db, retentionDays: number, log: (message: string) => void): () => void {
  const run = () =>
    purgeOlderThan(db, retentionDays).then(
      (r) => log(`retention: ${r.events} events older than ${retentionDays} days purged`),
      (e: unknown) => log(`retention: purge failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  void run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
