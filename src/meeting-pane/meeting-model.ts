import { createWorkingCalendar } from "../policy/working-days/working-calendar";
import type { Policy } from "../policy/config";
import { htmlToLines } from "../policy/text/html";
import { readMeetingBody, renderAgenda, renderMinuteTaker, renderUrgency, type AgendaItem } from "../policy/text/meeting-body";
import { renderMinutesTemplate } from "../policy/text/minutes";
import { normalize } from "../policy/text/normalize";
import { parseBody, type ParsedBody } from "../policy/text/segment";
import { ALL_RULES } from "../policy/rules/index.generated";
import type { AnyRule } from "../policy/rule";
import type { CheckResult, Finding, InsertPlace, ItemBody, Lang, LinkedMeeting, MeetingDraft, Person, Severity } from "../policy/types";
import { insertIntoBody, escapeHtmlText } from "../outlook/body-edit";
import { minutesMarkerHtml } from "../outlook/minutes-link";
import { calendarStrings, fmt } from "../i18n/calendar";

// The meeting pane's logic, free of React and Office.js: rule states, notice and due dates,
// the blocks it writes into the invitation, and the minutes message.

export type RuleStatus = "pass" | Severity | "skipped";

export interface RuleState {
  id: string;
  clause: string;
  description: string;
  status: RuleStatus;
  findings: Finding[];
}

export function meetingRules(): AnyRule[] {
  return ALL_RULES.filter((r) => r.appliesTo === "meeting");
}

/** Every meeting rule with its state in this check (off rules are left out). */
export function ruleStates(result: CheckResult, draft: MeetingDraft, policy: Policy, lang: Lang): RuleState[] {
  const record = draft as unknown as Record<string, unknown>;
  return meetingRules()
    .filter((rule) => (policy.rules[rule.id] ?? rule.defaultSeverity) !== "off")
    .map((rule) => {
      const findings = result.findings.filter((f) => f.rule === rule.id);
      const skipped = (rule.requires ?? []).some((field) => record[String(field)] === undefined);
      const status: RuleStatus = findings.length > 0 ? findings[0].severity : skipped ? "skipped" : "pass";
      return { id: rule.id, clause: rule.clause, description: rule.description[lang], status, findings };
    });
}

export function hoursAhead(draft: MeetingDraft, now: Date): number | undefined {
  const start = draft.start ? Date.parse(draft.start) : NaN;
  return Number.isNaN(start) ? undefined : Math.floor((start - now.getTime()) / 3_600_000);
}

/** Meeting end + minutesDueWorkingDays working days, in the tenant's calendar (YYYY-MM-DD). */
export function minutesDueDate(draft: MeetingDraft, policy: Policy): string | undefined {
  const end = draft.end ? new Date(draft.end) : undefined;
  if (!end || Number.isNaN(end.getTime())) return undefined;
  const calendar = createWorkingCalendar(policy);
  return calendar.addWorkingDays(calendar.localDate(end), policy.meeting.minutesDueWorkingDays);
}

const MATERIAL_WORDS = /材料|资料|文档|文件|附件|幻灯片|演示文稿|报告|报表|方案|草案|ppt|slides?|deck|documents?|docs?|spreadsheets?|reports?|attachments?|handouts?|pre-?reads?|proposal|draft/g;

/** Material words in the agenda (and the sender's prose), when nothing is attached or linked. */
export function missingMaterials(parsed: ParsedBody, agenda: readonly AgendaItem[], draft: MeetingDraft): string[] {
  const attached = (draft.attachments ?? []).some((a) => !a.isInline);
  const meetingLink = draft.onlineMeetingUrl ?? "";
  const linked = parsed.links.some((l) => l !== meetingLink && !/teams\.microsoft\.com\/l\/meetup-join|zoom\.us\/j|webex\.com/.test(l) && /^https?:/.test(l));
  if (attached || linked) return [];
  // normalize() keeps offsets: match the folded text, show the words as the organizer wrote them.
  const text = [...agenda.map((a) => a.title), ...parsed.prose.map((s) => s.text)].join("\n");
  return Array.from(new Set(Array.from(normalize(text).matchAll(MATERIAL_WORDS), (m) => text.slice(m.index, m.index + m[0].length))));
}

export type BlockKind = "agenda" | "minuteTaker" | "urgency";

const PLACE: Record<BlockKind, InsertPlace> = { agenda: "end", minuteTaker: "end", urgency: "afterGreeting" };

function lineStarts(lines: { text: string }[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  return starts;
}

/** Replaces whole lines [start, end) of an HTML body's text by `text`, keeping all else byte for byte. */
function replaceHtmlLines(html: string, start: number, end: number, text: string): string | undefined {
  const { lines } = htmlToLines(html);
  const starts = lineStarts(lines);
  const first = starts.findIndex((s, i) => start >= s && start <= s + lines[i].text.length);
  const last = starts.findIndex((s, i) => end >= s && end <= s + lines[i].text.length);
  if (first < 0 || last < first) return undefined;
  const a = lines[first];
  const b = lines[last];
  // Only whole lines: a block inside a sentence is left alone (a new line is added instead).
  if (a.text.slice(0, start - starts[first]).trim() !== "" || b.text.slice(end - starts[last]).trim() !== "") return undefined;
  if (a.htmlStart === undefined || b.htmlEnd === undefined || a.quoted || b.quoted) return undefined;
  const markup = text.split("\n").map(escapeHtmlText).join("<br>");
  return html.slice(0, a.htmlStart) + markup + html.slice(b.htmlEnd);
}

function appendHtml(html: string, text: string): string {
  const markup = text
    .split("\n")
    .map((line) => `<div>${line === "" ? "<br>" : escapeHtmlText(line)}</div>`)
    .join("");
  const close = html.search(/<\/body>/i);
  return close >= 0 ? html.slice(0, close) + markup + html.slice(close) : html + markup;
}

function existingBlock(parsed: ParsedBody, kind: BlockKind): { start: number; end: number } | undefined {
  const read = readMeetingBody(parsed);
  if (kind === "agenda") return read.agenda ?? read.emptyAgendaHeading;
  return kind === "minuteTaker" ? read.minuteTaker : read.urgency;
}

/**
 * Writes one of the pane's blocks into the invitation: replaces the block the engine finds
 * (so editing again never duplicates it), or inserts it where a person would put it.
 */
export function writeBlock(body: ItemBody, kind: BlockKind, text: string): ItemBody {
  const parsed = parseBody(body);
  const found = existingBlock(parsed, kind);
  if (found) {
    if (body.contentType === "html") {
      const replaced = replaceHtmlLines(body.content, found.start, found.end, text);
      if (replaced !== undefined) return { ...body, content: replaced };
    } else if (body.content.replace(/\r\n/g, "\n") === parsed.text) {
      const content = body.content.replace(/\r\n/g, "\n");
      return { ...body, content: content.slice(0, found.start) + text + content.slice(found.end) };
    }
  }
  const inserted = parsed.prose.length > 0 ? insertIntoBody(body, PLACE[kind], text) : null;
  if (inserted) return inserted.body;
  return body.contentType === "html" ? { ...body, content: appendHtml(body.content, text) } : { ...body, content: body.content ? `${body.content}\n\n${text}` : text };
}

export function agendaText(items: readonly AgendaItem[], lang: Lang): string {
  return renderAgenda(items, lang);
}

export { renderMinuteTaker, renderUrgency };

const key = (p: Person) => p.address.trim().toLowerCase();

export function uniquePeople(people: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) if (p.address && !seen.has(key(p))) seen.set(key(p), p);
  return Array.from(seen.values());
}

export interface MinutesMessage {
  subject: string;
  html: string;
  to: Person[];
  cc: Person[];
  link: LinkedMeeting;
}

function formatWhen(draft: MeetingDraft, timeZone: string, lang: Lang): string {
  if (!draft.start) return "";
  const locale = lang === "en" ? "en-GB" : lang;
  const options: Intl.DateTimeFormatOptions = { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  try {
    const start = new Intl.DateTimeFormat(locale, options).format(new Date(draft.start));
    const end = draft.end ? new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(draft.end)) : "";
    return end ? `${start}–${end}` : start;
  } catch {
    return draft.start;
  }
}

/**
 * The minutes mail: to every attendee (organizer excluded: it is their own mail), Cc the
 * department heads who are not attendees, the subject in the organizer's language, the
 * template with its four parts, and the link to the meeting.
 */
export function buildMinutesMessage(
  draft: MeetingDraft,
  options: { lang: Lang; policy: Policy; heads: readonly Person[]; minuteTaker?: Person; withMarker: boolean },
): MinutesMessage {
  const s = calendarStrings(options.lang);
  const organizer = draft.organizer?.address.toLowerCase();
  const attendees = uniquePeople([...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])]);
  const to = attendees.filter((p) => key(p) !== organizer);
  const toKeys = new Set(to.map(key));
  const cc = uniquePeople(options.heads).filter((p) => !toKeys.has(key(p)) && key(p) !== organizer);
  const subjectText = (draft.subject ?? "").trim();
  const link: LinkedMeeting = {
    subject: subjectText,
    start: draft.start ?? "",
    end: draft.end ?? "",
    attendees,
    departmentHeads: uniquePeople(options.heads),
  };
  const due = minutesDueDate(draft, options.policy);
  if (due) link.minutesDue = due;
  const text = renderMinutesTemplate(options.lang, {
    subject: subjectText,
    when: formatWhen(draft, options.policy.workingHours.timeZone, options.lang),
    attendees: attendees.map((p) => p.name || p.address),
    minuteTaker: options.minuteTaker ? options.minuteTaker.name || options.minuteTaker.address : undefined,
  });
  const html = text
    .split("\n")
    .map((line) => `<div>${line === "" ? "<br>" : escapeHtmlText(line)}</div>`)
    .join("");
  return {
    subject: fmt(s.minutesSubject, { subject: subjectText }),
    html: options.withMarker ? html + minutesMarkerHtml(link) : html,
    to,
    cc,
    link,
  };
}
