import { uniquePeople } from "../policy/people";
import type { MeetingBlock } from "../outlook/edit-plan";
import type { RuleEntry } from "../policy/catalog";
import type { AgendaEntry, CheckResult, Finding, MeetingDraft, Person, Severity } from "../policy/types";

// The meeting pane's pure parts: each rule's state from the engine's outcomes (the pane
// names no rule), the people of the meeting, and the agenda editor's rows.

export type RuleStatus = "pass" | Severity | "skipped";

export interface RuleState {
  id: string;
  clause: string;
  description: string;
  status: RuleStatus;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every rule the policy has on, in the catalog's order, with what this check made of it. */
export function ruleStates(catalog: readonly RuleEntry[], result: CheckResult): RuleState[] {
  return catalog
    .filter((rule) => result.outcomes[rule.id] !== undefined && result.outcomes[rule.id] !== "off")
    .map((rule) => {
      const findings = result.findings.filter((f) => f.rule === rule.id);
      const worst = findings.reduce<Severity | undefined>((w, f) => (w === undefined || RANK[f.severity] < RANK[w] ? f.severity : w), undefined);
      const outcome = result.outcomes[rule.id];
      const status: RuleStatus = worst ?? (outcome === "passed" ? "pass" : "skipped");
      return { ...rule, status, findings };
    });
}

/** What the pane writes or saves for the organizer: an invitation block's kind, or the reminder. */
export type MeetingEdit = MeetingBlock["kind"] | "reminder";

/** The organizer and every invitee, once each. */
export function meetingPeople(draft: MeetingDraft | undefined): Person[] {
  if (!draft) return [];
  return uniquePeople([...(draft.organizer ? [draft.organizer] : []), ...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])]);
}

/** One row of the agenda editor: what the organizer typed, as typed. */
export interface AgendaRow {
  key: number;
  title: string;
  minutes: string;
  owner: string;
}

let rowKey = 0;

export function toRow(item: AgendaEntry): AgendaRow {
  return { key: ++rowKey, title: item.title, minutes: item.minutes ? String(item.minutes) : "", owner: item.owner ?? "" };
}

export function fromRows(rows: readonly AgendaRow[]): AgendaEntry[] {
  return rows
    .filter((r) => r.title.trim() !== "")
    .map((r) => {
      const item: AgendaEntry = { title: r.title.trim() };
      const minutes = Number(r.minutes);
      if (r.minutes.trim() !== "" && Number.isFinite(minutes) && minutes > 0) item.minutes = Math.round(minutes);
      if (r.owner.trim() !== "") item.owner = r.owner.trim();
      return item;
    });
}
