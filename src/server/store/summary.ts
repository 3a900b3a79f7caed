import { EVENT_ACTIONS, type EventAction } from "../../compliance/event";
import { scorecard, type DepartmentRuleCounts } from "../../compliance/scorecard";
import { emptyCounts, ruleRates, type ActionCounts, type ComplianceSummary, type DimensionTable, type PersonFigures, type ReasonEntry, type WeekFigures } from "../../compliance/summary";
import type { Queryable } from "../db/db";

// The dashboard's summary, read from the daily roll-up: one pass with GROUPING SETS gives the
// totals per rule, per department and rule, per week and rule, and per week and department.
// Its cost follows the roll-up's rows in the range (days × rules × departments × actions), not
// the number of events. Only the reasons list and the optional per-person figures read events.

export interface SummaryRange {
  from: string;
  to: string;
}

export interface SummaryOptions {
  perPerson: boolean;
  retentionDays: number;
  dimensions: DimensionTable;
  reasonsLimit?: number;
}

const GROUPED = `
SELECT GROUPING(rule, department, week)::int AS g, rule, department, week, action, sum(n)::int AS n
FROM (
  SELECT rule, department, to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week, action, n
  FROM daily_rollup WHERE day >= $1::date AND day <= $2::date
) r
GROUP BY GROUPING SETS ((rule, action), (department, rule, action), (week, rule, action), (week, department, action))`;

// GROUPING() sets a bit per argument left out of the set: rule 4, department 2, week 1.
const BY_RULE = 3;
const BY_DEPARTMENT_RULE = 1;
const BY_WEEK_RULE = 2;
const BY_WEEK_DEPARTMENT = 4;

const REASONS = `
SELECT to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS time, rule, action, department, reason
FROM events WHERE reason <> '' AND day >= $1::date AND day <= $2::date
ORDER BY ts DESC LIMIT $3`;

const PER_PERSON = `
SELECT user_key, department, action, count(*)::int AS n
FROM events WHERE day >= $1::date AND day <= $2::date
GROUP BY user_key, department, action`;

const DROPS = "SELECT coalesce(sum(n), 0)::int AS n FROM queue_drops WHERE day >= $1::date AND day <= $2::date";

interface GroupedRow {
  g: number;
  rule: string | null;
  department: string | null;
  week: string | null;
  action: string;
  n: number;
}

function isAction(text: string): text is EventAction {
  return (EVENT_ACTIONS as readonly string[]).includes(text);
}

/** Adds `n` to the counts kept under `key`, creating them on first use. */
function addTo<K>(map: Map<K, ActionCounts>, key: K, action: string, n: number): void {
  if (!isAction(action)) return;
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  counts[action] += n;
}

function weeks(map: Map<string, ActionCounts>, field: "rule" | "department"): WeekFigures[] {
  return [...map.entries()]
    .map(([key, counts]) => {
      const [week, name] = JSON.parse(key) as [string, string];
      return { week, [field]: name, counts };
    })
    .sort((a, b) => a.week.localeCompare(b.week));
}

async function personFigures(db: Queryable, range: SummaryRange): Promise<PersonFigures[]> {
  const rows = await db.query<{ user_key: string; department: string; action: string; n: number }>(PER_PERSON, [range.from, range.to]);
  const map = new Map<string, ActionCounts>();
  for (const r of rows) addTo(map, JSON.stringify([r.user_key, r.department]), r.action, r.n);
  return [...map.entries()].map(([key, counts]) => {
    const [userKey, department] = JSON.parse(key) as [string, string];
    return { userKey, department, counts };
  });
}

export async function readSummary(db: Queryable, range: SummaryRange, options: SummaryOptions): Promise<ComplianceSummary> {
  const grouped = await db.query<GroupedRow>(GROUPED, [range.from, range.to]);
  const byRule = new Map<string, ActionCounts>();
  const byDepartment = new Map<string, ActionCounts>();
  const departmentRule = new Map<string, ActionCounts>();
  const weekRule = new Map<string, ActionCounts>();
  const weekDepartment = new Map<string, ActionCounts>();
  const totals = emptyCounts();
  for (const row of grouped) {
    if (row.g === BY_RULE) {
      addTo(byRule, row.rule ?? "", row.action, row.n);
      if (isAction(row.action)) totals[row.action] += row.n;
    } else if (row.g === BY_DEPARTMENT_RULE) {
      addTo(byDepartment, row.department ?? "", row.action, row.n);
      addTo(departmentRule, JSON.stringify([row.department ?? "", row.rule ?? ""]), row.action, row.n);
    } else if (row.g === BY_WEEK_RULE) addTo(weekRule, JSON.stringify([row.week, row.rule]), row.action, row.n);
    else if (row.g === BY_WEEK_DEPARTMENT) addTo(weekDepartment, JSON.stringify([row.week, row.department]), row.action, row.n);
  }
  const perDepartmentRule: DepartmentRuleCounts[] = [...departmentRule.entries()].map(([key, counts]) => {
    const [department, rule] = JSON.parse(key) as [string, string];
    return { department, rule, counts };
  });
  const reasons = await db.query<ReasonEntry>(REASONS, [range.from, range.to, options.reasonsLimit ?? 100]);
  const [drops] = await db.query<{ n: number }>(DROPS, [range.from, range.to]);
  return {
    ...range,
    totals,
    byRule: [...byRule.entries()].map(([rule, counts]) => ruleRates(rule, counts)).sort((a, b) => a.rule.localeCompare(b.rule)),
    byDepartment: [...byDepartment.entries()].map(([department, counts]) => ({ department, counts })).sort((a, b) => a.department.localeCompare(b.department)),
    byWeekRule: weeks(weekRule, "rule"),
    byWeekDepartment: weeks(weekDepartment, "department"),
    reasons,
    scorecard: scorecard(perDepartmentRule, options.dimensions),
    ...(options.perPerson ? { byPerson: await personFigures(db, range) } : {}),
    droppedOnDevices: drops?.n ?? 0,
    settings: { perPerson: options.perPerson, retentionDays: options.retentionDays },
  };
}
