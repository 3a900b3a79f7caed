import type { Dimension } from "../../policy/config-report";
import type { StampDecision } from "../../policy/stamp";
import type { Lang, Severity } from "../../policy/types";
import type { Reason } from "../input-error";

// What travels between the report's parts: tasks to the workers, one compact summary per
// item back (never the mail's text beyond the finding texts), and the figures the parent
// adds up, which are also the --json output that `report --merge` reads back.

/** What the item would meet at Send under a policy. */
export type Outcome = "hold" | "warn" | "pass";

export type Task = { kind: "file"; path: string } | { kind: "bytes"; ref: string; format: "eml"; bytes: Uint8Array };

/**
 * Several tasks for one worker, run one after the other: a message to a worker thread and
 * back costs more than checking a small mail. `progress` (an Int32Array's buffer) holds the
 * number of tasks the worker has started, so each task's time limit runs from its own start.
 */
export interface Batch {
  tasks: Task[];
  progress?: SharedArrayBuffer;
}

export interface WorkerSettings {
  lang: Lang;
  showNames: boolean;
  quotes: boolean;
  /** Policy files' text; the worker validates them again (the parent already refused bad ones). */
  policyText?: string;
  compareText?: string;
}

export interface FindingSummary {
  rule: string;
  severity: Severity;
  text: string;
}

export interface SideSummary {
  outcome: Outcome;
  findings: FindingSummary[];
}

export interface ItemSummary {
  /** The file (with "#n" for the n-th item of a file that holds several). */
  ref: string;
  kind: "mail" | "meeting";
  /** Lower-case address of the sender or organizer; "" when unknown. */
  sender: string;
  senderName?: string;
  /** ISO moment of sending (mail) or booking (meeting). */
  at?: string;
  base: SideSummary;
  compare?: SideSummary;
  stamp?: { decision: StampDecision; wentOn: boolean };
  meeting?: { start?: string; end?: string; subjectKey: string; participants: string[] };
  /** A mail that is the minutes of a meeting, by its subject. */
  minutes?: { subjectKey: string };
}

export interface RefReason {
  ref: string;
  reason: Reason;
}

export interface TaskResult {
  items: ItemSummary[];
  /** Items (or the whole file) that could not be checked. */
  problems: RefReason[];
  /** Lines set aside while reading (the items were still checked). */
  notes: RefReason[];
}

export interface Counts {
  items: number;
  hold: number;
  warn: number;
  pass: number;
  error: number;
  warning: number;
  info: number;
}

export interface RuleCounts {
  error: number;
  warning: number;
  info: number;
  items: number;
}

export interface SideFigures {
  policyVersion: string;
  totals: Counts;
  mails: Counts;
  meetings: Counts;
  rules: Record<string, RuleCounts>;
  departments: Record<string, Counts>;
  weeks: Record<string, Counts>;
  dimensions: Record<Dimension, { findings: number; items: number }>;
  texts: Record<string, { rule: string; severity: Severity; count: number }>;
  people: Record<string, Counts & { department: string }>;
}

export interface ItemRef {
  ref: string;
  person: string;
  department: string;
  at?: string;
  kind: "mail" | "meeting";
  before: Outcome;
  after?: Outcome;
  /** Rules whose findings make the difference (or were shown at Send). */
  rules: string[];
  decision?: StampDecision;
}

export const LEAD_BUCKETS = ["after", "lt4h", "lt24h", "lt3d", "lt7d", "ge7d"] as const;
export type LeadBucket = (typeof LEAD_BUCKETS)[number];

export interface Figures {
  format: "comm-policy-report";
  version: 1;
  generatedAt: string;
  lang: Lang;
  showNames: boolean;
  quotes: boolean;
  /** Fingerprint of the pseudonym secret: equal in two reports means the same pseudonyms. */
  secretId: string;
  period: { from?: string; to?: string; first?: string; last?: string };
  /** What the report needs to know of how it was made (grouping, the policy's thresholds). */
  settings: { directory: boolean; minAdvanceHours: number; dimensions: Record<Dimension, string[]> };
  input: {
    files: number;
    items: number;
    outsidePeriod: number;
    skipped: Record<string, number>;
    refused: number;
    timedOut: number;
    notes: number;
    /** The first refusals and notes, rendered in the report's language. */
    problems: Array<{ ref: string; text: string; kind: "refused" | "note" }>;
  };
  run: { jobs: number; elapsedMs: number; messagesPerSecond: number; peakRssMb: number };
  base: SideFigures;
  compare?: SideFigures;
  changes?: { newlyHeld: number; newlyWarned: number; released: number; examples: { newlyHeld: ItemRef[]; newlyWarned: ItemRef[]; released: ItemRef[] } };
  stamps: {
    stamped: number;
    decisions: Partial<Record<StampDecision, number>>;
    wentOn: number;
    /** Decision at Send → what the policy says now. */
    matrix: Partial<Record<StampDecision, Record<Outcome, number>>>;
    /** Sent although findings were shown, or let through at Send and held now. */
    examples: ItemRef[];
  };
  meetings: {
    count: number;
    withLeadTime: number;
    bookedInTime: number;
    leadTime: Record<LeadBucket, number>;
    minutes: { mails: number; matched: number; onTime: number; late: number; meetingsEnded: number; meetingsWithout: number };
  };
}

/** How many of each list the figures keep (the counts are always complete). */
export const EXAMPLES_KEPT = 200;
export const PROBLEMS_KEPT = 1000;
export const TEXTS_KEPT = 20_000;
