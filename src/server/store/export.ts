import type { Queryable } from "../db/db";
import type { SummaryRange } from "./summary";

// GET /api/export.csv: the stored events of a range, streamed page by page (keyset on the
// primary key, so a page costs the same at row 1 and at row 1,000,000). The user key is in the
// file only when the policy shows figures per person.

const PAGE = 5000;

const COLUMNS = ["id", "time", "department", "policy_version", "client", "requirement_set", "item_kind", "rule", "severity", "action", "reason", "fix_id", "check_id"] as const;

const PAGE_SQL = `
SELECT id, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS time, user_key, department, policy_version, client,
       requirement_set, item_kind, rule, severity, action, reason, coalesce(fix_id, '') AS fix_id, coalesce(check_id, '') AS check_id
FROM events WHERE day >= $1::date AND day <= $2::date AND id > $3
ORDER BY id LIMIT ${PAGE}`;

type Row = Record<(typeof COLUMNS)[number] | "user_key", string>;

/**
 * One CSV field (RFC 4180 quoting). A leading = + - @ tab or CR would make a spreadsheet run
 * the text as a formula, so such a field is prefixed with an apostrophe (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const first = value.charAt(0);
  const safe = first === "=" || first === "+" || first === "-" || first === "@" || first === "\t" || first === "\r" ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function* exportCsv(db: Queryable, range: SummaryRange, withUserKey: boolean): AsyncGenerator<string> {
  const columns: string[] = withUserKey ? ["user_key", ...COLUMNS] : [...COLUMNS];
  // A byte-order mark so Excel opens the Chinese text as UTF-8.
  yield `\uFEFF${columns.join(",")}\r\n`;
  let after = "";
  for (;;) {
    const rows = await db.query<Row>(PAGE_SQL, [range.from, range.to, after]);
    if (rows.length === 0) return;
    yield rows.map((row) => columns.map((c) => csvField(row[c as keyof Row] ?? "")).join(",")).join("\r\n") + "\r\n";
    after = rows[rows.length - 1].id;
  }
}
