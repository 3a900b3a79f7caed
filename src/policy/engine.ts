import { parsePolicy, DEFAULT_POLICY, type Policy } from "./config";
import { createWorkingCalendar, type WorkingCalendar } from "./working-days/working-calendar";
import { isolateBidi } from "./bidi";
import { interpolate } from "./interpolate";
import { momentForReader } from "./moment-text";
import { readParts } from "./parts";
import { readingOrder } from "./reading-order";
import type { AnyRule, DataValue, Report, Rule, RuleContext } from "./rule";
import { ALL_RULES } from "./rules/index.generated";
import { parseBody } from "./text/segment";
import { parseSubject } from "./text/subject";
import type { CheckResult, Draft, Finding, Lang, Notice, Person, RuleOutcome, Severity } from "./types";

// The engine: draft + policy in, findings out. Pure (no I/O, no clock unless the draft has
// no moment of sending) and total: a rule that throws becomes a notice, never an exception.

export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

export interface CheckOptions {
  lang?: Lang;
  /** Used when the draft carries no moment of sending / booking. */
  now?: Date;
  /** Rules to run instead of the registry (tests). */
  rules?: readonly AnyRule[];
  /** The reader's IANA time zone: moments are shown in it (the policy's zone beside). Default: the policy's. */
  timeZone?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

const NOTICE_TEXT = {
  fieldUnavailable: {
    en: "Not checked: Outlook did not give the add-in {{fields}}.",
    "zh-CN": "未检查：Outlook 未向加载项提供{{fields}}。",
    "zh-TW": "未檢查：Outlook 未向增益集提供{{fields}}。",
  },
  holidayDataMissing: {
    en: "The official holiday schedule for {{years}} is not published yet: statutory holidays are placed by their dates, make-up working days are not known.",
    "zh-CN": "{{years}} 年的放假安排尚未公布：法定节假日按日期估算，调休上班日暂不可知。",
    "zh-TW": "{{years}} 年的放假安排尚未公布：法定假日按日期估算，補班日暫不可知。",
  },
  ruleFailed: {
    en: "The check {{rule}} could not run on this item.",
    "zh-CN": "检查项 {{rule}} 无法在此邮件上运行。",
    "zh-TW": "檢查項 {{rule}} 無法在此郵件上執行。",
  },
} as const;

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).trim().toLowerCase();
}

function makeInternalTest(policy: Policy, sender: Person | undefined): (address: string) => boolean {
  const domains = policy.internalDomains.length > 0 ? policy.internalDomains : [domainOf(sender?.address ?? "")].filter(Boolean);
  return (address) => {
    const domain = domainOf(address);
    if (domain === "") return true; // unresolved names are people in the address book
    return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  };
}

function recipientsOf(draft: Draft): Person[] {
  return draft.kind === "mail"
    ? [...(draft.to ?? []), ...(draft.cc ?? []), ...(draft.bcc ?? [])]
    : [...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])];
}

function momentOf(draft: Draft, fallback: Date | undefined): Date {
  const iso = draft.kind === "mail" ? draft.sentAt : draft.bookedAt;
  const parsed = iso ? new Date(iso) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  return fallback ?? new Date();
}

/** What every rule of one check shares, built once. */
export function buildContext<D extends Draft>(draft: D, policy: Policy, now: Date, calendar?: WorkingCalendar): RuleContext<D> {
  const sender = draft.kind === "mail" ? draft.from : draft.organizer;
  return {
    draft,
    policy,
    body: parseBody(draft.body),
    subject: parseSubject(draft.subject),
    now,
    calendar: calendar ?? createWorkingCalendar(policy),
    recipients: recipientsOf(draft),
    isInternal: makeInternalTest(policy, sender),
  };
}

/** How a finding is written for its reader: the language, and the zones moments are shown in. */
interface Reader {
  lang: Lang;
  policyZone: string;
  timeZone?: string;
}

/** The data of one finding in the language it is rendered in. */
function localizeData(data: Readonly<Record<string, DataValue>> | undefined, reader: Reader): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    if (typeof value !== "object") out[key] = value;
    else if ("at" in value) out[key] = momentForReader(value.at, reader.lang, reader.policyZone, reader.timeZone);
    else out[key] = value[reader.lang];
  }
  return out;
}

/** A message with its values filled in; text from the draft is isolated so it cannot reorder the sentence. */
function fill(template: string, data: Record<string, string | number>, lang: Lang): string {
  const isolated: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) isolated[key] = typeof value === "string" ? isolateBidi(value) : value;
  return interpolate(template, isolated, lang);
}

function render(rule: AnyRule, report: Report, severity: Severity, reader: Reader): Finding {
  const { lang } = reader;
  const data = localizeData(report.data, reader);
  const template = rule.messages[report.messageId];
  const finding: Finding = {
    rule: rule.id,
    severity,
    messageId: report.messageId,
    data,
    message: template ? fill(template[lang], data, lang) : report.messageId,
    clause: rule.clause,
  };
  if (report.location) finding.location = report.location;
  if (report.fix) finding.fix = report.fix;
  const fixLabel = report.fixMessageId ? rule.messages[report.fixMessageId] : undefined;
  if (report.fix && report.fixMessageId && fixLabel) {
    finding.fixMessageId = report.fixMessageId;
    finding.fixLabel = fill(fixLabel[lang], data, lang);
  }
  if (report.suggestions && report.suggestions.length > 0) {
    finding.suggestions = report.suggestions.map((s) => {
      const label = rule.messages[s.messageId];
      return { messageId: s.messageId, label: label ? fill(label[lang], localizeData(s.data, reader), lang) : s.messageId, fix: s.fix };
    });
  }
  return finding;
}

function missingFields(rule: AnyRule, draft: Draft): string[] {
  const record = draft as unknown as Record<string, unknown>;
  return (rule.requires ?? []).map(String).filter((field) => record[field] === undefined);
}

function runRule(rule: AnyRule, context: RuleContext<Draft>): Report[] {
  // The registry pairs each rule with drafts of its own kind; the cast only restores that link.
  return (rule as Rule<Draft["kind"]>).check(context as never);
}

function findingKey(f: Finding): string {
  return `${f.rule}|${f.messageId}|${JSON.stringify(f.data)}|${f.location?.start ?? ""}`;
}

/** Errors first; within a severity, in reading order (subject, recipients, body top to bottom). */
function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index, at: readingOrder(f.location) }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.at - b.at || a.index - b.index)
    .map(({ f }) => f);
}

/** Checks a draft against a policy. Never throws. */
export function checkDraft(draft: Draft, policy: Policy = DEFAULT_POLICY, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? "en";
  const reader: Reader = { lang, policyZone: policy.workingHours.timeZone, timeZone: options.timeZone };
  const rules = (options.rules ?? ALL_RULES).filter((r) => r.appliesTo === draft.kind);
  const notices: Notice[] = [];
  const findings: Finding[] = [];
  const outcomes: Record<string, RuleOutcome> = {};
  const seen = new Set<string>();
  let context: RuleContext<Draft>;
  try {
    context = buildContext(draft, policy, momentOf(draft, options.now));
  } catch (error) {
    notices.push(notice("ruleFailed", lang, { rule: "*" }));
    for (const rule of rules) outcomes[rule.id] = "failed";
    return { kind: draft.kind, findings, notices, outcomes };
  }

  const unavailable = new Map<string, string[]>();
  for (const rule of rules) {
    const setting = policy.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === "off") {
      outcomes[rule.id] = "off";
      continue;
    }
    const missing = missingFields(rule, draft);
    if (missing.length > 0) {
      unavailable.set(rule.id, missing);
      outcomes[rule.id] = "skipped";
      continue;
    }
    let reports: Report[];
    try {
      reports = runRule(rule, context);
    } catch {
      notices.push({ ...notice("ruleFailed", lang, { rule: rule.id }), rule: rule.id });
      outcomes[rule.id] = "failed";
      continue;
    }
    outcomes[rule.id] = reports.length > 0 ? "found" : "passed";
    for (const report of reports) {
      const severity = report.severity ? milder(report.severity, setting) : setting;
      const finding = render(rule, report, severity, reader);
      const key = findingKey(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }

  const fields = Array.from(new Set(Array.from(unavailable.values()).flat()));
  if (fields.length > 0) {
    notices.push({ ...notice("fieldUnavailable", lang, { fields: fields.join(", ") }) });
  }
  if (context.calendar.uncoveredYears.size > 0) {
    notices.push(notice("holidayDataMissing", lang, { years: Array.from(context.calendar.uncoveredYears).sort().join(", ") }));
  }
  return { kind: draft.kind, findings: sortFindings(findings), notices, outcomes, parts: readParts(context) };
}

function notice(code: keyof typeof NOTICE_TEXT, lang: Lang, data: Record<string, string>): Notice {
  return { code, message: interpolate(NOTICE_TEXT[code][lang], data, lang), data };
}

/** Validates a policy with the registry's rule ids. */
export function parseTenantPolicy(input: unknown): ReturnType<typeof parsePolicy> {
  return parsePolicy(input, RULE_IDS);
}
