import ICAL from "ical.js";
import type { MeetingDraft } from "../../policy/types";
import { decodeText } from "../bytes";
import { isValidTimeZone } from "../zoned-time";
import { errorDetail, InputError, type Reason } from "../input-error";
import { mendSplitFolds } from "./fold-bytes";
import { toDraft, type Component, type IcsOptions } from "./event";
import { exceptionIndex, type ExceptionIndex } from "./occurrence";
import { parseCalendarText, type JCalComponent, type JCalProperty, type ParsedCalendar } from "./tolerant-parse";

// A calendar file (.ics, RFC 5545) → one MeetingDraft per meeting. The file is read line by
// line (tolerant-parse.ts), so one bad line costs that line and one bad meeting costs that
// meeting: the others are still checked. A meeting is refused, naming the line, when its
// start, end or duration is unreadable or impossible (30 February, a duration of 19 million
// years, an end before the start), instead of being silently moved to another day.
// A recurring series is one meeting: its exceptions are not checked again.

export type { IcsOptions } from "./event";

export interface IcsResult {
  drafts: MeetingDraft[];
  /** Meetings that could not be checked. */
  problems: Reason[];
  /** What was set aside while reading (the meetings were still checked). */
  notes: Reason[];
}

const TIME_PROPERTIES = ["dtstart", "dtend", "duration"];
const RECURRENCE_PROPERTIES = new Set(["RRULE", "EXRULE", "RDATE", "EXDATE"]);
const MAX_DURATION_SECONDS = 366 * 24 * 3600;

export function icsToItems(bytes: Uint8Array, options: IcsOptions): IcsResult {
  const parsed = parseCalendarText(decodeText(mendSplitFolds(bytes)));
  if (parsed.roots.length === 0) throw new InputError("noCalendar");
  const notes = [...parsed.notes];
  registerZones(parsed, notes);
  const all = parsed.roots.flatMap((c) => (c[0] === "vevent" ? [c] : c[2].filter((s) => s[0] === "vevent")));
  if (all.length === 0) throw new InputError("noEvent");
  // RFC 5546: a calendar sent with METHOD:CANCEL cancels the events in it.
  const cancelled = parsed.roots.some((c) => firstText(c, "method").toUpperCase() === "CANCEL");
  const events = cancelled ? [] : liveEvents(all);
  if (events.length === 0) throw new InputError("onlyCancelled");
  noteSetAside(parsed, parsed.roots, notes);
  const drafts: MeetingDraft[] = [];
  const problems: Reason[] = [];
  const read = withCalendarZone(parsed, options);
  const exceptions = exceptionsByUid(all);
  for (const event of events) {
    const outcome = readEvent(event, parsed, read, () => (props(event, "recurrence-id").length > 0 ? new Map() : exceptions(firstText(event, "uid"))));
    if ("draft" in outcome) drafts.push(outcome.draft);
    else problems.push(outcome.problem);
  }
  return { drafts, problems, notes };
}

/** The drafts of a file, or the reason none could be read (the CLI's simple path and tests). */
export function icsToDrafts(bytes: Uint8Array, options: IcsOptions): MeetingDraft[] {
  const result = icsToItems(bytes, options);
  if (result.drafts.length === 0 && result.problems.length > 0) throw new InputError(result.problems[0].code, result.problems[0].data);
  return result.drafts;
}

function props(component: JCalComponent, name: string): JCalProperty[] {
  return component[1].filter((p) => p[0] === name);
}

function firstText(component: JCalComponent, name: string): string {
  const value = props(component, name)[0]?.[3];
  return typeof value === "string" ? value : "";
}

/**
 * Google Calendar, Apple and many generators name the calendar's zone in X-WR-TIMEZONE; their
 * floating times ("DTSTART:20261126T090000") are on that clock, not on the policy's.
 */
function withCalendarZone(parsed: ParsedCalendar, options: IcsOptions): IcsOptions {
  const zone = parsed.roots.map((c) => firstText(c, "x-wr-timezone").trim()).find((z) => z !== "" && isValidTimeZone(z));
  return zone ? { ...options, floatingTimeZone: zone } : options;
}

/** Zones are looked up by name in ical.js's global service; each file brings its own. */
function registerZones(parsed: ParsedCalendar, notes: Reason[]): void {
  ICAL.TimezoneService.reset();
  for (const zone of parsed.roots.flatMap((c) => c[2].filter((s) => s[0] === "vtimezone"))) {
    const line = parsed.lineOf.get(zone) ?? 0;
    if (firstText(zone, "tzid").trim() === "") {
      notes.push({ code: "zoneIgnored", data: { line } });
      continue;
    }
    dropRunawayRules(zone, parsed, notes);
    try {
      ICAL.TimezoneService.register(new ICAL.Component(zone));
    } catch (e) {
      notes.push({ code: "lineIgnored", data: { line, property: "VTIMEZONE", detail: errorDetail(e) } });
    }
  }
}

/** What a zone's rule may say: real zones change their offset on a day of the year, a few times a year. */
const ZONE_RULE_PARTS = new Set(["freq", "interval", "until", "count", "wkst", "bymonth", "byday", "bymonthday", "byyearday", "byweekno", "bysetpos"]);

function isYearlyRule(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const rule = value as Record<string, unknown>;
  if (String(rule.freq).toUpperCase() !== "YEARLY") return false;
  return Object.keys(rule).every((k) => ZONE_RULE_PARTS.has(k.toLowerCase()));
}

/**
 * A zone's STANDARD / DAYLIGHT rule that recurs more often than yearly (FREQ=SECONDLY from 1601)
 * made ical.js expand billions of offset changes when a time was converted: the file never
 * finished. Such a rule is set aside, and the observance counts from its DTSTART alone.
 */
function dropRunawayRules(zone: JCalComponent, parsed: ParsedCalendar, notes: Reason[]): void {
  for (const observance of zone[2]) {
    const kept = observance[1].filter((p) => p[0] !== "rrule" || isYearlyRule(p[3]));
    for (const p of observance[1].filter((q) => !kept.includes(q))) {
      notes.push({ code: "zoneRuleIgnored", data: { line: parsed.lineOf.get(p) ?? 0, zone: firstText(zone, "tzid"), value: parsed.rawOf.get(p) ?? "" } });
    }
    observance[1] = kept;
  }
}

/** Drops cancelled events and the exceptions of a series whose master is in the file. */
function liveEvents(events: JCalComponent[]): JCalComponent[] {
  const live = events.filter((e) => firstText(e, "status").toUpperCase() !== "CANCELLED");
  const masters = new Set(live.filter((e) => props(e, "recurrence-id").length === 0).map((e) => firstText(e, "uid")));
  return live.filter((e) => props(e, "recurrence-id").length === 0 || !masters.has(firstText(e, "uid")));
}

/**
 * The moved or changed occurrences (RECURRENCE-ID) in the file, by the UID of their series: one
 * pass, so a file of 50,000 events is not searched once per event.
 */
function exceptionsByUid(events: JCalComponent[]): (uid: string) => ExceptionIndex {
  const byUid = new Map<string, JCalComponent[]>();
  for (const e of events) {
    if (props(e, "recurrence-id").length === 0) continue;
    const uid = firstText(e, "uid");
    const list = byUid.get(uid);
    if (list) list.push(e);
    else byUid.set(uid, [e]);
  }
  // Built once per series, however many masters a hostile file gives one UID.
  const indexes = new Map<string, ExceptionIndex>();
  return (uid) => {
    let index = indexes.get(uid);
    if (index === undefined) {
      index = exceptionIndex((byUid.get(uid) ?? []).map((e) => new ICAL.Component(e) as Component));
      indexes.set(uid, index);
    }
    return index;
  };
}

/** Lines set aside outside the meetings' times: noted, never a refusal. */
function noteSetAside(parsed: ParsedCalendar, components: JCalComponent[], notes: Reason[]): void {
  for (const component of components) {
    for (const item of parsed.setAside.get(component) ?? []) {
      if (component[0] === "vevent" && TIME_PROPERTIES.includes(item.property.toLowerCase())) continue;
      const code = RECURRENCE_PROPERTIES.has(item.property) ? "recurrenceIgnored" : "lineIgnored";
      notes.push({ code, data: { line: item.line, property: item.property, detail: item.detail } });
    }
    noteSetAside(parsed, component[2], notes);
  }
}

type EventOutcome = { draft: MeetingDraft } | { problem: Reason };

function readEvent(event: JCalComponent, parsed: ParsedCalendar, options: IcsOptions, exceptions: () => ExceptionIndex): EventOutcome {
  const problem = timeProblem(event, parsed);
  if (problem) return { problem };
  let draft: MeetingDraft;
  try {
    draft = toDraft(new ICAL.Component(event) as Component, options, exceptions());
  } catch (e) {
    return { problem: { code: "meetingUnreadable", data: { line: parsed.lineOf.get(event) ?? 0, detail: errorDetail(e) } } };
  }
  if (draft.start && draft.end && Date.parse(draft.end) < Date.parse(draft.start)) {
    const endProp = props(event, "dtend")[0] ?? props(event, "duration")[0];
    const line = (endProp && parsed.lineOf.get(endProp)) ?? parsed.lineOf.get(event) ?? 0;
    return { problem: { code: "endBeforeStart", data: { line, property: (endProp?.[0] ?? "dtend").toUpperCase(), end: draft.end, start: draft.start } } };
  }
  return { draft };
}

function timeProblem(event: JCalComponent, parsed: ParsedCalendar): Reason | undefined {
  const unreadable = (parsed.setAside.get(event) ?? []).find((s) => TIME_PROPERTIES.includes(s.property.toLowerCase()));
  if (unreadable) return { code: "dateUnreadable", data: { line: unreadable.line, property: unreadable.property, value: unreadable.value, detail: unreadable.detail } };
  for (const prop of [...props(event, "dtstart"), ...props(event, "dtend")]) {
    const value = prop[3];
    if (typeof value === "string" && !isRealDateTime(value)) {
      return { code: "dateImpossible", data: { line: parsed.lineOf.get(prop) ?? 0, property: prop[0].toUpperCase(), value: parsed.rawOf.get(prop) ?? value } };
    }
  }
  for (const prop of props(event, "duration")) {
    if (typeof prop[3] === "string" && durationSeconds(prop[3]) > MAX_DURATION_SECONDS) {
      return { code: "durationTooLong", data: { line: parsed.lineOf.get(prop) ?? 0, value: parsed.rawOf.get(prop) ?? prop[3] } };
    }
  }
  return undefined;
}

function durationSeconds(text: string): number {
  try {
    return Math.abs(ICAL.Duration.fromString(text).toSeconds());
  } catch {
    return 0;
  }
}

const JCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** ical.js turns 2024-02-30 into 1 March without a word; a date that does not exist is refused. */
export function isRealDateTime(value: string): boolean {
  const m = JCAL_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if (m[4] === undefined) return true;
  return Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6]) <= 60;
}
