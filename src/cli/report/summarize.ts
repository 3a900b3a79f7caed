import type { Policy } from "../../policy/config";
import { checkDraft } from "../../policy/engine";
import { isolateValues } from "../../policy/display-text";
import { interpolate } from "../../policy/interpolate";
import { ALL_RULES } from "../../policy/rules/index.generated";
import type { Stamp } from "../../policy/stamp";
import { isMinutesSubject } from "../../policy/text/minutes";
import { parseSubject } from "../../policy/text/subject";
import type { Draft, Finding, Lang, Person } from "../../policy/types";
import type { FindingSummary, ItemSummary, Outcome, SideSummary } from "./types";

// One item → its summary for the report: who, when, and for each policy the outcome at Send
// and the findings as rule, severity and text. The text is the finding's message, with the
// people it names masked unless names are shown, and every word quoted from the mail masked
// with --no-quotes; nothing else of the mail leaves the worker.

export interface SummaryOptions {
  lang: Lang;
  showNames: boolean;
  quotes: boolean;
  now?: Date;
}

const MASK = "…";
/** Message values that are the product's own words or figures, never the mail's. */
const OWN_VALUES = new Set(["count", "daysLate", "dueText", "hours", "length", "max", "minimum", "minutes", "nextStart", "required", "sentAt", "missingText", "missingZh", "due", "sentOn"]);
/** Values that name people (or their addresses), per rule. */
const PEOPLE_VALUES: Readonly<Record<string, readonly string[]>> = {
  "mail/recipients-mentioned": ["name"],
  "mail/recipients-external": ["addresses"],
  "mail/confidential-external": ["external"],
  "mail/minutes-recipients": ["missing", "name"],
  "meeting/minute-taker": ["name"],
};

const TEMPLATES = new Map(ALL_RULES.map((rule) => [rule.id, rule.messages]));

function maskedData(finding: Finding, options: SummaryOptions): Record<string, string | number> | undefined {
  const people = PEOPLE_VALUES[finding.rule] ?? [];
  let changed = false;
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding.data)) {
    const isPerson = people.includes(key);
    const hide = typeof value === "string" && !OWN_VALUES.has(key) && ((isPerson && !options.showNames) || !options.quotes);
    data[key] = hide ? MASK : value;
    changed ||= hide;
  }
  return changed ? data : undefined;
}

/** The finding's message, masked as the options say, with the draft's words isolated in it. */
export function findingText(finding: Finding, options: SummaryOptions): string {
  const data = maskedData(finding, options);
  if (!data) return isolateValues(finding.message, finding.data);
  const template = TEMPLATES.get(finding.rule)?.[finding.messageId]?.[options.lang];
  return template ? isolateValues(interpolate(template, data), data) : finding.messageId;
}

export function outcomeOf(findings: readonly { severity: string }[], policy: Policy): Outcome {
  if (findings.some((f) => f.severity === "error")) return "hold";
  if (policy.warningsOnSend === "prompt" && findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}

function side(draft: Draft, policy: Policy, options: SummaryOptions): SideSummary {
  const { findings } = checkDraft(draft, policy, { lang: options.lang, now: options.now });
  const summaries: FindingSummary[] = findings.map((f) => ({ rule: f.rule, severity: f.severity, text: findingText(f, options) }));
  return { outcome: outcomeOf(findings, policy), findings: summaries };
}

const MINUTES_WORDS = /会议纪要|会议记录|会议摘要|会议总结|纪要|meeting minutes|minutes of|minutes|meeting notes|notes of|notes from|recap of|recap|summary|\bmom\b/g;

/** A subject reduced to what identifies the meeting: normalized, minutes words and punctuation gone. */
export function subjectKey(subject: string | undefined): string {
  const norm = parseSubject(subject).norm.replace(MINUTES_WORDS, " ");
  let key = "";
  for (const ch of norm) if (/[\p{L}\p{N}]/u.test(ch)) key += ch;
  return key;
}

function address(person: Person | undefined): string {
  return (person?.address ?? "").trim().toLowerCase();
}

export function summarizeItem(ref: string, draft: Draft, stamp: Stamp | undefined, base: Policy, compare: Policy | undefined, options: SummaryOptions): ItemSummary {
  const sender = draft.kind === "mail" ? draft.from : draft.organizer;
  const summary: ItemSummary = { ref, kind: draft.kind, sender: address(sender), base: side(draft, base, options) };
  if (sender?.name) summary.senderName = sender.name;
  const at = draft.kind === "mail" ? draft.sentAt : draft.bookedAt;
  if (at) summary.at = at;
  if (compare) summary.compare = side(draft, compare, options);
  if (stamp) summary.stamp = { decision: stamp.decision, wentOn: stamp.wentOn };
  if (draft.kind === "meeting") {
    const participants = [...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? []), ...(draft.organizer ? [draft.organizer] : [])].map(address).filter(Boolean);
    summary.meeting = { start: draft.start, end: draft.end, subjectKey: subjectKey(draft.subject), participants };
  } else if (isMinutesSubject(parseSubject(draft.subject))) {
    summary.minutes = { subjectKey: subjectKey(draft.subject) };
  }
  return summary;
}
