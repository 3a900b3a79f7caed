import { uniquePeople } from "../graph/departments";
import { meetingText } from "../i18n/meeting-pane";
import type { Policy } from "../policy/config";
import { renderMinutesTemplate } from "../policy/text/minutes";
import type { Lang, LinkedMeeting, MeetingDraft, Person } from "../policy/types";
import { escapeText } from "./body-edit-html";
import { minutesMarkerHtml } from "./minutes-link";

// The minutes mail the meeting pane opens: to every attendee (the organizer excluded: it is
// their own mail), Cc the department heads who are not attendees, the subject in the
// organizer's language, the template with its four parts, and the link to the meeting.

export interface MinutesMessage {
  subject: string;
  html: string;
  to: Person[];
  cc: Person[];
  link: LinkedMeeting;
}

export interface MinutesOptions {
  lang: Lang;
  policy: Policy;
  heads: readonly Person[];
  minuteTaker?: Person;
  /** YYYY-MM-DD, from the check's parts. */
  minutesDue?: string;
  /** The link travels in the body (no Graph to store it with the draft). */
  withMarker: boolean;
}

const key = (p: Person) => p.address.trim().toLowerCase();

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

function linesToHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => `<div>${line === "" ? "<br>" : escapeText(line)}</div>`)
    .join("");
}

export function buildMinutesMessage(draft: MeetingDraft, options: MinutesOptions): MinutesMessage {
  const organizer = draft.organizer?.address.trim().toLowerCase();
  const attendees = uniquePeople([...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])]);
  const to = attendees.filter((p) => key(p) !== organizer);
  const toKeys = new Set(to.map(key));
  const cc = uniquePeople(options.heads).filter((p) => !toKeys.has(key(p)) && key(p) !== organizer);
  const subject = (draft.subject ?? "").trim();
  const link: LinkedMeeting = { subject, start: draft.start ?? "", end: draft.end ?? "", attendees, departmentHeads: uniquePeople(options.heads) };
  if (options.minutesDue) link.minutesDue = options.minutesDue;
  const text = renderMinutesTemplate(options.lang, {
    subject,
    when: formatWhen(draft, options.policy.workingHours.timeZone, options.lang),
    attendees: attendees.map((p) => p.name || p.address),
    minuteTaker: options.minuteTaker ? options.minuteTaker.name || options.minuteTaker.address : undefined,
  });
  const html = linesToHtml(text);
  return { subject: meetingText(options.lang, "minutesSubject", { subject }), html: options.withMarker ? html + minutesMarkerHtml(link) : html, to, cc, link };
}
