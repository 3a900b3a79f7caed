import { parsePolicy, DEFAULT_POLICY, type Policy } from "./config";
import { createDeadline, DeadlinePassed, type Clock, type Deadline } from "./deadline";
import { createWorkingCalendar, type WorkingCalendar } from "./working-days/working-calendar";
import { readParts } from "./parts";
import { domainOf } from "./people";
import { findingKey, notice, render, sortFindings, SEVERITY_RANK, type Reader } from "./render";
import type { AnyRule, Report, RuleContext } from "./rule";
import { ALL_RULES } from "./rules/index.generated";
import { parseBody } from "./text/segment";
import { parseSubject } from "./text/subject";
import type { CheckResult, Draft, Finding, MailDraft, MeetingDraft, Notice, Person, RuleOutcome, Severity, Lang } from "./types";

// The engine: draft + policy in, findings out. Pure (no I/O, no clock unless the draft has
// no moment of sending or the caller sets a deadline) and total: a rule that throws becomes a
// notice, never an exception. Every rule's outcome is reported, so a caller can tell "passed"
// from "not run".

export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

export interface CheckOptions {
  lang?: Lang;
  /** Used when the draft carries no moment of sending / booking. */
  now?: Date;
  /** Rules to run instead of the registry (tests). */
  rules?: readonly AnyRule[];
  /**
   * A moment on `clock` (milliseconds) after which no further rule starts, and the costly rules
   * stop between segments. The findings so far are returned, with a notice naming the checks
   * that did not run (outcome "notRun").
   */
  deadline?: number;
  /** The clock the deadline is read on; `Date.now` unless given (tests give a fake one). */
  clock?: Clock;
  /** The reader's IANA time zone: moments are shown in it (the policy's zone beside). Default: the policy's. */
  timeZone?: string;
}

function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** The company's mail domains: the policy's, else the sender's own; none when neither is known. */
function companyDomains(policy: Policy, draft: Draft): string[] {
  if (policy.internalDomains.length > 0) return policy.internalDomains;
  const sender = draft.kind === "mail" ? draft.from : draft.organizer;
  return [domainOf(sender?.address ?? "")].filter(Boolean);
}

function makeInternalTest(domains: readonly string[]): (address: string) => boolean {
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
export function buildContext<D extends Draft>(draft: D, policy: Policy, now: Date, calendar?: WorkingCalendar, deadline: Deadline = createDeadline(undefined)): RuleContext<D> {
  return {
    draft,
    policy,
    body: parseBody(draft.body),
    subject: parseSubject(draft.subject),
    now,
    calendar: calendar ?? createWorkingCalendar(policy),
    recipients: recipientsOf(draft),
    isInternal: makeInternalTest(companyDomains(policy, draft)),
    checkpoint: deadline.checkpoint,
  };
}

function missingFields(rule: AnyRule, draft: Draft, policy: Policy): string[] {
  const record = draft as unknown as Record<string, unknown>;
  const missing = (rule.requires ?? []).map(String).filter((field) => record[field] === undefined);
  // Without a company domain every recipient would count as external: a confidential internal
  // mail would be held as if it left the company. Such a rule is not run; the notice says why.
  if (rule.needsCompanyDomains && companyDomains(policy, draft).length === 0) missing.push(draft.kind === "mail" ? "from" : "organizer");
  return missing;
}

function isMailContext(context: RuleContext<Draft>): context is RuleContext<MailDraft> {
  return context.draft.kind === "mail";
}

function isMeetingContext(context: RuleContext<Draft>): context is RuleContext<MeetingDraft> {
  return context.draft.kind === "meeting";
}

function runRule(rule: AnyRule, context: RuleContext<Draft>): Report[] {
  // The registry pairs each rule with drafts of its own kind (check filters by appliesTo);
  // narrowing both sides lets the compiler see that link instead of being told it.
  if (rule.appliesTo === "mail") return isMailContext(context) ? rule.check(context) : [];
  return isMeetingContext(context) ? rule.check(context) : [];
}

interface Run {
  findings: Finding[];
  notices: Notice[];
  outcomes: Record<string, RuleOutcome>;
  seen: Set<string>;
  unavailable: Map<string, string[]>;
  notRun: string[];
}

/** Runs one rule into the check's result and records its outcome. */
function runInto(run: Run, rule: AnyRule, context: RuleContext<Draft>, policy: Policy, reader: Reader, deadline: Deadline): void {
  const lang = reader.lang;
  const setting = policy.rules[rule.id] ?? rule.defaultSeverity;
  if (setting === "off") {
    run.outcomes[rule.id] = "off";
    return;
  }
  const missing = missingFields(rule, context.draft, policy);
  if (missing.length > 0) {
    run.unavailable.set(rule.id, missing);
    run.outcomes[rule.id] = "skipped";
    return;
  }
  if (deadline.passed()) {
    run.notRun.push(rule.id);
    run.outcomes[rule.id] = "notRun";
    return;
  }
  let reports: Report[];
  try {
    reports = runRule(rule, context);
  } catch (error) {
    if (error instanceof DeadlinePassed) {
      // A rule stopped half-way: what it found so far is not reported as its judgement.
      run.notRun.push(rule.id);
      run.outcomes[rule.id] = "notRun";
      return;
    }
    run.notices.push({ ...notice("ruleFailed", lang, { rule: rule.id }), rule: rule.id });
    run.outcomes[rule.id] = "failed";
    return;
  }
  run.outcomes[rule.id] = reports.length > 0 ? "found" : "passed";
  for (const report of reports) {
    const severity = report.severity ? milder(report.severity, setting) : setting;
    const finding = render(rule, report, severity, reader);
    const key = findingKey(finding);
    if (run.seen.has(key)) continue;
    run.seen.add(key);
    run.findings.push(finding);
  }
}

/** Checks a draft against a policy. Never throws. */
export function checkDraft(draft: Draft, policy: Policy = DEFAULT_POLICY, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? "en";
  const rules = (options.rules ?? ALL_RULES).filter((r) => r.appliesTo === draft.kind);
  const deadline = createDeadline(options.deadline, options.clock);
  const run: Run = { findings: [], notices: [], outcomes: {}, seen: new Set(), unavailable: new Map(), notRun: [] };
  let context: RuleContext<Draft>;
  try {
    context = buildContext(draft, policy, momentOf(draft, options.now), undefined, deadline);
  } catch {
    run.notices.push(notice("ruleFailed", lang, { rule: "*" }));
    for (const rule of rules) run.outcomes[rule.id] = (policy.rules[rule.id] ?? rule.defaultSeverity) === "off" ? "off" : "failed";
    return { kind: draft.kind, findings: run.findings, notices: run.notices, outcomes: run.outcomes };
  }

  const reader: Reader = { lang, policyZone: policy.workingHours.timeZone, timeZone: options.timeZone };
  for (const rule of rules) runInto(run, rule, context, policy, reader, deadline);

  const fields = Array.from(new Set(Array.from(run.unavailable.values()).flat()));
  if (fields.length > 0) {
    run.notices.push({ ...notice("fieldUnavailable", lang, { fields: fields.join(", ") }) });
  }
  if (context.calendar.uncoveredYears.size > 0) {
    run.notices.push(notice("holidayDataMissing", lang, { years: Array.from(context.calendar.uncoveredYears).sort().join(", ") }));
  }
  if (run.notRun.length > 0) run.notices.push(notice("deadlineReached", lang, { rules: run.notRun.join(", ") }));
  return { kind: draft.kind, findings: sortFindings(run.findings), notices: run.notices, outcomes: run.outcomes, parts: readParts(context) };
}

/** `checkDraft` under the name the on-send handler and the issue use. */
export const check = checkDraft;

/** Validates a policy with the registry's rule ids. */
export function parseTenantPolicy(input: unknown): ReturnType<typeof parsePolicy> {
  return parsePolicy(input, RULE_IDS);
}
