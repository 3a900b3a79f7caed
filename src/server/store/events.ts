import type { EventBatch, BatchReceipt } from "../../compliance/event";
import type { Db } from "../db/db";

// Storing a batch: one statement, so the events and their roll-up counts commit together.
// The batch travels as one JSON parameter (jsonb_to_recordset): the same SQL on PostgreSQL and
// PGlite, no statement text built from input. ON CONFLICT (id) DO NOTHING makes a retried
// batch a no-op, and only the rows really inserted reach the roll-up. The roll-up rows are
// upserted in key order, so two instances storing at once cannot deadlock on them.

const INSERT_BATCH = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
    id text, "time" timestamptz, "userKey" text, department text, "policyVersion" text, client text,
    "requirementSet" text, "itemKind" text, rule text, severity text, action text, reason text, "fixId" text, "checkId" text)
), inserted AS (
  INSERT INTO events (id, ts, day, user_key, department, policy_version, client, requirement_set, item_kind, rule, severity, action, reason, fix_id, check_id)
  SELECT id, "time", ("time" AT TIME ZONE 'UTC')::date, "userKey", department, "policyVersion", client, "requirementSet", "itemKind", rule, severity, action, reason, "fixId", "checkId"
  FROM input
  ON CONFLICT (id) DO NOTHING
  RETURNING day, rule, department, action
), counted AS (
  INSERT INTO daily_rollup AS r (day, rule, department, action, n)
  SELECT day, rule, department, action, count(*)::int FROM inserted
  GROUP BY day, rule, department, action
  ORDER BY day, rule, department, action
  ON CONFLICT (day, rule, department, action) DO UPDATE SET n = r.n + EXCLUDED.n
  RETURNING 1
)
SELECT count(*)::int AS stored FROM inserted`;

const RECORD_DROPS = `
INSERT INTO queue_drops (first_event_id, day, n) VALUES ($1, ($3::timestamptz AT TIME ZONE 'UTC')::date, $2)
ON CONFLICT (first_event_id) DO NOTHING`;

export async function storeBatch(db: Db, batch: EventBatch): Promise<BatchReceipt> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ stored: number }>(INSERT_BATCH, [JSON.stringify(batch.events)]);
    // Keyed by the batch's first event (and dated by it), so a retried batch reports its drops once.
    if (batch.dropped > 0) await tx.query(RECORD_DROPS, [batch.events[0].id, batch.dropped, batch.events[0].time]);
    const stored = row?.stored ?? 0;
    return { stored, duplicates: batch.events.length - stored };
  });
}
