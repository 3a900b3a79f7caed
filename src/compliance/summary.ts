import type { EventAction } from "./event";

// What GET /api/summary answers, shared by the service (which computes it from the daily
// roll-up) and the dashboard (which shows it). Counts only: no text but the reasons list.

export type ActionCounts = Record<EventAction, number>;

export interface RuleFigures {
  rule: string;
  counts: ActionCounts;
  /** Shares of the times the finding was put before a user (shown + blocked); null when never. */
  fixedRate: number | null;
  sentDespiteRate: number | null;
  reportedWrongRate: number | null;
}

export interface DepartmentFigures {
  department: string;
  counts: ActionCounts;
}

export interface WeekFigures {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  rule?: string;
  department?: string;
  counts: ActionCounts;
}

export interface ReasonEntry {
  time: string;
  rule: string;
  action: EventAction;
  department: string;
  reason: string;
}

// The §5.2 dimensions are the policy file's (report.dimensions): one table for the CLI report and the dashboard.
export { DIMENSIONS as SCORE_DIMENSIONS, type Dimension as ScoreDimension } from "../policy/config-report";
import type { Dimension as ScoreDimension } from "../policy/config-report";
/** §5.2: which rules feed which appraisal dimension. */
export type DimensionTable = Record<ScoreDimension, readonly string[]>;

export interface ScorecardRow {
  department: string;
  /** 0–100: fixed / (fixed + sent-despite) over the dimension's rules; null without such events. */
  scores: Record<ScoreDimension, number | null>;
}

export interface PersonFigures {
  userKey: string;
  department: string;
  counts: ActionCounts;
}

export interface ComplianceSummary {
  from: string;
  to: string;
  totals: ActionCounts;
  byRule: RuleFigures[];
  byDepartment: DepartmentFigures[];
  byWeekRule: WeekFigures[];
  byWeekDepartment: WeekFigures[];
  reasons: ReasonEntry[];
  scorecard: ScorecardRow[];
  /** Only when compliance.perPerson is on. */
  byPerson?: PersonFigures[];
  /** Events devices dropped from a full queue. */
  droppedOnDevices: number;
  settings: { perPerson: boolean; retentionDays: number };
}

export function emptyCounts(): ActionCounts {
  return { shown: 0, fixed: 0, "sent-despite": 0, "reported-wrong": 0, blocked: 0 };
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function ruleRates(rule: string, counts: ActionCounts): RuleFigures {
  const putBefore = counts.shown + counts.blocked;
  return {
    rule,
    counts,
    fixedRate: share(counts.fixed, putBefore),
    sentDespiteRate: share(counts["sent-despite"], putBefore),
    reportedWrongRate: share(counts["reported-wrong"], putBefore),
  };
}
