import type { Policy } from "../../policy/config";
import { DIMENSIONS, type Dimension } from "../../policy/config-report";
import type { Lang, Severity } from "../../policy/types";
import { createWorkingCalendar, type WorkingCalendar } from "../../policy/working-days/working-calendar";
import { reasonText, type Reason } from "../input-error";
import type { Directory } from "./directory";
import { countItem, emptyCounts, emptyLeadTime, emptySide, isoWeek, leadBucket, outcomeRank } from "./figures";
import { MinutesLedger } from "./minutes";
import type { Pseudonyms } from "./pseudonym";
import { EXAMPLES_KEPT, PROBLEMS_KEPT, TEXTS_KEPT, type Figures, type ItemRef, type ItemSummary, type Outcome, type SideFigures, type SideSummary, type TaskResult } from "./types";

// The parent's side of the run: each summary that comes back is added to the figures and
// dropped, so memory grows with the number of rules, departments, weeks, people and distinct
// finding texts, not with the export. Lists of examples are capped; their counts are not.

export interface AggregateOptions {
  lang: Lang;
  showNames: boolean;
  quotes: boolean;
  base: Policy;
  compare?: Policy;
  directory?: Directory;
  pseudonyms: Pseudonyms;
  /** Inclusive local dates (YYYY-MM-DD) in the policy's time zone. */
  from?: string;
  to?: string;
}

const OTHER_TEXTS = "…";

function dimensionIndex(policy: Policy): Map<string, Dimension[]> {
  const index = new Map<string, Dimension[]>();
  for (const dimension of DIMENSIONS) for (const rule of policy.report.dimensions[dimension]) index.set(rule, [...(index.get(rule) ?? []), dimension]);
  return index;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1);
}

export class ReportAggregator {
  readonly figures: Figures;
  private readonly calendar: WorkingCalendar;
  private readonly dimensions: Map<string, Dimension[]>;
  private readonly compareDimensions?: Map<string, Dimension[]>;
  private readonly minutes: MinutesLedger;

  constructor(private readonly options: AggregateOptions) {
    this.calendar = createWorkingCalendar(options.base);
    this.dimensions = dimensionIndex(options.base);
    if (options.compare) this.compareDimensions = dimensionIndex(options.compare);
    this.minutes = new MinutesLedger(this.calendar, options.base.meeting.minutesDueWorkingDays);
    this.figures = {
      format: "comm-policy-report",
      version: 1,
      generatedAt: new Date().toISOString(),
      lang: options.lang,
      showNames: options.showNames,
      quotes: options.quotes,
      secretId: options.pseudonyms.secretId,
      period: { from: options.from, to: options.to },
      settings: { directory: options.directory !== undefined, minAdvanceHours: options.base.meeting.minAdvanceHours, dimensions: { ...options.base.report.dimensions } },
      input: { files: 0, items: 0, outsidePeriod: 0, skipped: {}, refused: 0, timedOut: 0, notes: 0, problems: [] },
      run: { jobs: 0, elapsedMs: 0, messagesPerSecond: 0, peakRssMb: 0 },
      base: emptySide(options.base.version),
      stamps: { stamped: 0, decisions: {}, wentOn: 0, matrix: {}, examples: [] },
      meetings: { count: 0, withLeadTime: 0, bookedInTime: 0, leadTime: emptyLeadTime(), minutes: { mails: 0, matched: 0, onTime: 0, late: 0, meetingsEnded: 0, meetingsWithout: 0 } },
    };
    if (options.compare) {
      this.figures.compare = emptySide(options.compare.version);
      this.figures.changes = { newlyHeld: 0, newlyWarned: 0, released: 0, examples: { newlyHeld: [], newlyWarned: [], released: [] } };
    }
  }

  addResult(result: TaskResult): void {
    for (const problem of result.problems) this.refuse(problem.ref, problem.reason);
    for (const note of result.notes) this.note(note.ref, note.reason);
    for (const item of result.items) this.addItem(item);
  }

  refuse(ref: string, reason: Reason): void {
    this.figures.input.refused += 1;
    if (reason.code === "timeLimit") this.figures.input.timedOut += 1;
    this.keepProblem(ref, reason, "refused");
  }

  skip(extension: string): void {
    const key = extension === "" ? "(none)" : `.${extension}`;
    this.figures.input.skipped[key] = (this.figures.input.skipped[key] ?? 0) + 1;
  }

  countFile(): void {
    this.figures.input.files += 1;
  }

  private note(ref: string, reason: Reason): void {
    this.figures.input.notes += 1;
    this.keepProblem(ref, reason, "note");
  }

  private keepProblem(ref: string, reason: Reason, kind: "refused" | "note"): void {
    const list = this.figures.input.problems;
    if (list.length < PROBLEMS_KEPT) list.push({ ref: this.refOf(ref), text: reasonText(reason, this.options.lang), kind });
  }

  private refOf(ref: string): string {
    return this.options.showNames ? ref : this.options.pseudonyms.item(ref);
  }

  private personOf(address: string, name: string | undefined): string {
    if (!this.options.showNames) return this.options.pseudonyms.person(address);
    const known = this.options.directory?.get(address)?.name || name;
    return known ? `${known} <${address}>` : address || "—";
  }

  private departmentOf(address: string): string {
    if (this.options.directory) return this.options.directory.get(address)?.department || "(not in directory)";
    return domainOf(address) || "(unknown)";
  }

  private inPeriod(localDate: string | undefined): boolean {
    const { from, to } = this.options;
    if (!from && !to) return true;
    if (!localDate) return false;
    return (!from || localDate >= from) && (!to || localDate <= to);
  }

  addItem(item: ItemSummary): void {
    const moment = item.at ? new Date(item.at) : undefined;
    const localDate = moment && !Number.isNaN(moment.getTime()) ? this.calendar.localDate(moment) : undefined;
    if (!this.inPeriod(localDate)) {
      this.figures.input.outsidePeriod += 1;
      return;
    }
    this.figures.input.items += 1;
    const period = this.figures.period;
    if (localDate && (!period.first || localDate < period.first)) period.first = localDate;
    if (localDate && (!period.last || localDate > period.last)) period.last = localDate;
    const person = this.personOf(item.sender, item.senderName);
    const department = this.departmentOf(item.sender);
    const week = localDate ? isoWeek(localDate) : "—";
    this.addSide(this.figures.base, item.base, item, { person, department, week }, this.dimensions);
    if (item.compare && this.figures.compare && this.compareDimensions) {
      this.addSide(this.figures.compare, item.compare, item, { person, department, week }, this.compareDimensions);
      this.addChange(item, person, department);
    }
    this.addStamp(item, person, department);
    this.addMeeting(item);
  }

  private addSide(side: SideFigures, summary: SideSummary, item: ItemSummary, where: { person: string; department: string; week: string }, dimensions: Map<string, Dimension[]>): void {
    const severities = summary.findings.map((f) => f.severity);
    countItem(side.totals, summary.outcome, severities);
    countItem(item.kind === "mail" ? side.mails : side.meetings, summary.outcome, severities);
    countItem((side.departments[where.department] ??= emptyCounts()), summary.outcome, severities);
    countItem((side.weeks[where.week] ??= emptyCounts()), summary.outcome, severities);
    const person = (side.people[where.person] ??= { ...emptyCounts(), department: where.department });
    countItem(person, summary.outcome, severities);
    const rulesSeen = new Set<string>();
    const dimensionsSeen = new Set<Dimension>();
    for (const f of summary.findings) {
      const rule = (side.rules[f.rule] ??= { error: 0, warning: 0, info: 0, items: 0 });
      rule[f.severity] += 1;
      if (!rulesSeen.has(f.rule)) rule.items += 1;
      rulesSeen.add(f.rule);
      for (const d of dimensions.get(f.rule) ?? []) {
        side.dimensions[d].findings += 1;
        if (!dimensionsSeen.has(d)) side.dimensions[d].items += 1;
        dimensionsSeen.add(d);
      }
      this.countText(side, f.text, f.rule, f.severity);
    }
  }

  private readonly textCounts = new Map<SideFigures, number>();

  /** Distinct texts are capped (a quoted word makes each one different); the rest count as one. */
  private countText(side: SideFigures, text: string, rule: string, severity: Severity): void {
    let entry = side.texts[text];
    if (!entry) {
      const distinct = this.textCounts.get(side) ?? 0;
      if (distinct < TEXTS_KEPT) {
        entry = side.texts[text] = { rule, severity, count: 0 };
        this.textCounts.set(side, distinct + 1);
      } else entry = side.texts[OTHER_TEXTS] ??= { rule: "", severity: "info", count: 0 };
    }
    entry.count += 1;
  }

  private ref(item: ItemSummary, person: string, department: string, before: Outcome, after: Outcome | undefined, rules: string[]): ItemRef {
    const ref: ItemRef = { ref: this.refOf(item.ref), person, department, kind: item.kind, before, rules };
    if (item.at) ref.at = item.at;
    if (after) ref.after = after;
    return ref;
  }

  private addChange(item: ItemSummary, person: string, department: string): void {
    const changes = this.figures.changes;
    if (!changes || !item.compare) return;
    const before = item.base.outcome;
    const after = item.compare.outcome;
    if (before === after) return;
    const baseRules = new Set(item.base.findings.map((f) => `${f.rule}:${f.severity}`));
    const newRules = new Set(item.compare.findings.map((f) => `${f.rule}:${f.severity}`));
    const differing = [...new Set([...newRules].filter((r) => !baseRules.has(r)).concat([...baseRules].filter((r) => !newRules.has(r))))];
    const kind = outcomeRank(after) < outcomeRank(before) ? "released" : after === "hold" ? "newlyHeld" : "newlyWarned";
    changes[kind] += 1;
    if (changes.examples[kind].length < EXAMPLES_KEPT) changes.examples[kind].push(this.ref(item, person, department, before, after, differing));
  }

  private addStamp(item: ItemSummary, person: string, department: string): void {
    if (!item.stamp) return;
    const stamps = this.figures.stamps;
    const { decision, wentOn } = item.stamp;
    stamps.stamped += 1;
    stamps.decisions[decision] = (stamps.decisions[decision] ?? 0) + 1;
    if (wentOn) stamps.wentOn += 1;
    const now = item.base.outcome;
    const row = (stamps.matrix[decision] ??= { hold: 0, warn: 0, pass: 0 });
    row[now] += 1;
    const surprising = wentOn || ((decision === "allow" || decision === "fail-allow") && now === "hold");
    if (surprising && stamps.examples.length < EXAMPLES_KEPT) {
      const example = this.ref(item, person, department, now, undefined, item.base.findings.filter((f) => f.severity !== "info").map((f) => f.rule));
      example.decision = decision;
      stamps.examples.push(example);
    }
  }

  private addMeeting(item: ItemSummary): void {
    if (item.minutes) this.minutes.addMinutes(item.sender, item.at, item.minutes.subjectKey);
    if (!item.meeting) return;
    const meetings = this.figures.meetings;
    meetings.count += 1;
    const start = item.meeting.start ? Date.parse(item.meeting.start) : NaN;
    const booked = item.at ? Date.parse(item.at) : NaN;
    if (!Number.isNaN(start) && !Number.isNaN(booked)) {
      const hours = (start - booked) / 3_600_000;
      meetings.withLeadTime += 1;
      meetings.leadTime[leadBucket(hours)] += 1;
      if (hours >= this.options.base.meeting.minAdvanceHours) meetings.bookedInTime += 1;
    }
    this.minutes.addMeeting(item.meeting.participants, item.meeting.end, item.meeting.subjectKey);
  }

  finish(run: Figures["run"]): Figures {
    this.figures.run = run;
    this.figures.meetings.minutes = this.minutes.figures(new Date(this.figures.generatedAt));
    return this.figures;
  }
}
