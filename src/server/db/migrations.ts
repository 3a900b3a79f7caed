import type { Db } from "./db";

// Schema migrations, applied in order at start-up inside one transaction that holds an
// advisory lock, so several instances starting together apply each migration once. A
// migration is never edited once released: a change is a new entry.
//
// events        one row per event; the primary key is the client-made id (a retry is a no-op)
// daily_rollup  counts per day, rule, department, action: what the dashboard reads, so a
//               summary costs the number of distinct (day, rule, department, action), not events
// queue_drops   events devices dropped from a full queue, reported with the next batch

const MIGRATION_LOCK = 0x43504131; // "CPA1"

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "events, daily roll-up, queue drops",
    sql: `
      CREATE TABLE events (
        id              text PRIMARY KEY,
        ts              timestamptz NOT NULL,
        day             date NOT NULL,
        received_at     timestamptz NOT NULL DEFAULT now(),
        user_key        text NOT NULL,
        department      text NOT NULL,
        policy_version  text NOT NULL,
        client          text NOT NULL,
        requirement_set text NOT NULL,
        item_kind       text NOT NULL,
        rule            text NOT NULL,
        severity        text NOT NULL,
        action          text NOT NULL,
        reason          text NOT NULL,
        fix_id          text,
        check_id        text
      );
      CREATE INDEX events_day ON events (day);
      CREATE INDEX events_with_reason ON events (ts DESC) WHERE reason <> '';
      CREATE TABLE daily_rollup (
        day        date NOT NULL,
        rule       text NOT NULL,
        department text NOT NULL,
        action     text NOT NULL,
        n          integer NOT NULL,
        PRIMARY KEY (day, rule, department, action)
      );
      CREATE TABLE queue_drops (
        first_event_id text PRIMARY KEY,
        day            date NOT NULL,
        n              integer NOT NULL
      );
      CREATE INDEX queue_drops_day ON queue_drops (day);
    `,
  },
];

export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const done = new Set((await tx.query<{ version: number }>("SELECT version FROM schema_migrations")).map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
