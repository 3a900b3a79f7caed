import { DIMENSIONS } from "../../policy/config-report";
import type { Severity } from "../../policy/types";
import { LEAD_BUCKETS, type Counts, type Figures, type LeadBucket, type Outcome, type SideFigures } from "./types";

// Empty figures and the small pure steps that add to them; `report --merge` adds whole
// figures with the same steps, so a merged report is the sum of its parts.

export function emptyCounts(): Counts {
  return { items: 0, hold: 0, warn: 0, pass: 0, error: 0, warning: 0, info: 0 };
}

export function emptySide(policyVersion: string): SideFigures {
  return {
    policyVersion,
    totals: emptyCounts(),
    mails: emptyCounts(),
    meetings: emptyCounts(),
    rules: {},
    departments: {},
    weeks: {},
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { findings: 0, items: 0 }])) as SideFigures["dimensions"],
    texts: {},
    people: {},
  };
}

export function emptyLeadTime(): Record<LeadBucket, number> {
  return Object.fromEntries(LEAD_BUCKETS.map((b) => [b, 0])) as Record<LeadBucket, number>;
}

export function countItem(counts: Counts, outcome: Outcome, severities: readonly Severity[]): void {
  counts.items += 1;
  counts[outcome] += 1;
  for (const s of severities) counts[s] += 1;
}

export function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
}

/** Adds a record of numbers or of number records, key by key. */
export function addRecord<T extends object>(into: Record<string, T>, from: Record<string, T>, empty: () => T): void {
  for (const [key, value] of Object.entries(from)) {
    const target = (into[key] ??= empty()) as Record<string, unknown>;
    for (const [field, n] of Object.entries(value as Record<string, unknown>)) {
      if (typeof n === "number") target[field] = ((target[field] as number | undefined) ?? 0) + n;
      else if (target[field] === undefined) target[field] = n;
    }
  }
}

export function addSide(into: SideFigures, from: SideFigures): void {
  addCounts(into.totals, from.totals);
  addCounts(into.mails, from.mails);
  addCounts(into.meetings, from.meetings);
  addRecord(into.rules, from.rules, () => ({ error: 0, warning: 0, info: 0, items: 0 }));
  addRecord(into.departments, from.departments, emptyCounts);
  addRecord(into.weeks, from.weeks, emptyCounts);
  addRecord(into.dimensions, from.dimensions, () => ({ findings: 0, items: 0 }));
  addRecord(into.texts, from.texts, () => ({ rule: "", severity: "info" as Severity, count: 0 }));
  addRecord(into.people, from.people, () => ({ ...emptyCounts(), department: "" }));
}

export function leadBucket(hours: number): LeadBucket {
  if (hours < 0) return "after";
  if (hours < 4) return "lt4h";
  if (hours < 24) return "lt24h";
  if (hours < 72) return "lt3d";
  if (hours < 168) return "lt7d";
  return "ge7d";
}

/** ISO-8601 week ("2026-W48") of a local date (YYYY-MM-DD). */
export function isoWeek(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function outcomeRank(outcome: Outcome): number {
  return outcome === "hold" ? 2 : outcome === "warn" ? 1 : 0;
}

export function sortedEntries<T>(record: Record<string, T>, by: (value: T) => number): Array<[string, T]> {
  return Object.entries(record).sort((a, b) => by(b[1]) - by(a[1]) || a[0].localeCompare(b[0]));
}

export type { Figures };
