import ICAL from "ical.js";
import type { Attachment, Importance, MeetingDraft, Person } from "../../policy/types";
import { meetingServiceNamed } from "../../policy/meeting-hosts";
import { addressKey, personKey } from "../../policy/people";
import { formatWithOffset, isValidTimeZone, zonedIso } from "../zoned-time";
import { bookedTime, occurrenceToCheck, type ExceptionIndex } from "./occurrence";
import { statedOffset, windowsZone } from "./windows-zones";

// One VEVENT → one MeetingDraft. Outlook and Teams write Windows zone names ("China Standard
// Time") with their VTIMEZONE, all-day events as DATE values, the Teams link in
// X-MICROSOFT-SKYPETEAMSMEETINGURL and the HTML description in X-ALT-DESC.

export type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

export interface IcsOptions {
  /** Zone for floating times and all-day dates (the policy's working-hours zone). */
  timeZone: string;
  /** Zone for floating times when the calendar names one (X-WR-TIMEZONE); all-day dates keep `timeZone`. */
  floatingTimeZone?: string;
}

function text(event: Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === "string" ? value : undefined;
}

function param(prop: Property, name: string): string | undefined {
  const value = prop.getParameter(name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
}

export function toDraft(event: Component, options: IcsOptions, exceptions: ExceptionIndex = new Map()): MeetingDraft {
  const organizer = organizerOf(event);
  const attendees = attendeesOf(event, organizer?.address);
  const location = text(event, "location") ?? "";
  const onlineMeetingUrl = onlineUrlOf(event, location);
  const firstStart = timeOf(event, "dtstart");
  const occurrence = occurrenceToCheck(event, firstStart, endOf(event, firstStart), exceptions);
  const startTime = occurrence.start;
  const booked = bookedTime(event, occurrence);
  const draft: MeetingDraft = {
    kind: "meeting",
    subject: text(event, "summary") ?? "",
    body: bodyOf(event),
    requiredAttendees: attendees.required,
    optionalAttendees: attendees.optional,
    isAllDay: startTime?.isDate ?? false,
    location,
    isOnlineMeeting: onlineMeetingUrl !== undefined || meetingServiceNamed(location, "location") !== undefined,
    attachments: event.getAllProperties("attach").map(attachmentOf),
    importance: importanceOf(event),
    urgent: isMarkedUrgent(event),
  };
  if (organizer) draft.organizer = organizer;
  if (onlineMeetingUrl) draft.onlineMeetingUrl = onlineMeetingUrl;
  const start = startTime ? isoOf(startTime, event.getFirstProperty("dtstart"), options) : undefined;
  const endTime = occurrence.end;
  const end = endTime ? isoOf(endTime, event.getFirstProperty("dtend") ?? event.getFirstProperty("dtstart"), options) : undefined;
  if (start) draft.start = start;
  if (end) draft.end = end;
  const reminder = startTime ? reminderMinutesOf(event, startTime, endTime) : undefined;
  if (reminder !== undefined) draft.reminderMinutes = reminder;
  if (booked) draft.bookedAt = isoOf(booked, event.getFirstProperty("dtstamp"), options);
  if (occurrence.running) draft.recurring = true;
  return draft;
}

function addressOf(value: unknown): string {
  return typeof value === "string" ? value.replace(/^mailto:/i, "").trim() : "";
}

function personOf(prop: Property): Person {
  const address = addressOf(prop.getFirstValue());
  const name = param(prop, "cn");
  return name && name !== address ? { name, address } : { address };
}

function organizerOf(event: Component): Person | undefined {
  const prop = event.getFirstProperty("organizer");
  return prop ? personOf(prop) : undefined;
}

function attendeesOf(event: Component, organizerAddress: string | undefined): { required: Person[]; optional: Person[] } {
  const required: Person[] = [];
  const optional: Person[] = [];
  const seen = new Set<string>(organizerAddress ? [addressKey(organizerAddress)] : []);
  for (const prop of event.getAllProperties("attendee")) {
    const role = (param(prop, "role") ?? "REQ-PARTICIPANT").toUpperCase();
    const cutype = (param(prop, "cutype") ?? "INDIVIDUAL").toUpperCase();
    if (role === "NON-PARTICIPANT" || cutype === "ROOM" || cutype === "RESOURCE") continue;
    const person = personOf(prop);
    const key = personKey(person);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    (role === "OPT-PARTICIPANT" ? optional : required).push(person);
  }
  return { required, optional };
}

/** A tag name ends at a space, "/" or ">": "<Li.Na@contoso.com>" is an address, not <li>. */
const HTML_MARKUP = /<(?:br|p|div|span|a|b|i|u|strong|em|ul|ol|li|table|tr|td|h[1-6])(?=[\s/>])[^<>]{0,200}>/i;

function bodyOf(event: Component): MeetingDraft["body"] {
  const altDesc = event.getAllProperties("x-alt-desc").find((p) => (param(p, "fmttype") ?? "").toLowerCase() === "text/html");
  const value = altDesc?.getFirstValue();
  // ical.js leaves X- properties as raw "unknown" values; Outlook escapes them as TEXT.
  const html = typeof value === "string" && altDesc?.type !== "text" ? unescapeText(value) : value;
  const plain = text(event, "description") ?? "";
  if (typeof html === "string" && html.trim() !== "") return { contentType: "html", content: html + plainOnlyTail(plain, html) };
  // Google Calendar writes the description's HTML into DESCRIPTION itself ("Agenda:<br><ol><li>…").
  return { contentType: HTML_MARKUP.test(plain) ? "html" : "text", content: plain };
}

/**
 * Some tools write the join block only into the plain DESCRIPTION and the organizer's text into
 * X-ALT-DESC: the plain paragraphs from the first one carrying a link the HTML lacks are kept,
 * as HTML paragraphs after the HTML description.
 */
function plainOnlyTail(plain: string, html: string): string {
  const lines = plain.split(/\r?\n/);
  const first = lines.findIndex((line) => (line.match(URL_GLOBAL) ?? []).some((url) => !html.includes(url)));
  if (first < 0) return "";
  let start = first;
  while (start > 0 && lines[start - 1].trim() !== "") start--;
  return lines.slice(start).map((line) => `<div>${escapeHtml(line) || "<br>"}</div>`).join("");
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

function timeOf(event: Component, name: string): Time | undefined {
  const value = event.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value : undefined;
}

function endOf(event: Component, start: Time | undefined): Time | undefined {
  const end = timeOf(event, "dtend");
  if (end) return end;
  const duration = event.getFirstPropertyValue("duration");
  if (!start || !(duration instanceof ICAL.Duration)) return undefined;
  const computed = start.clone();
  computed.addDuration(duration);
  return computed;
}

/** A DATE-TIME in its own zone with the offset, a floating time or a DATE in the policy's zone. */
function isoOf(time: Time, prop: Property | null, options: IcsOptions): string {
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, second: time.isDate ? 0 : time.second };
  const floating = !time.zone || time.zone.tzid === "floating";
  const offset = floating || time.isDate ? undefined : offsetOf(time);
  if (offset !== undefined) return formatWithOffset(wall, offset);
  const tzid = prop ? param(prop, "tzid") : undefined;
  if (tzid && !time.isDate) {
    const zone = isValidTimeZone(tzid) ? tzid : windowsZone(tzid);
    if (zone) return zonedIso(wall, zone);
    const stated = statedOffset(tzid);
    if (stated !== undefined) return formatWithOffset(wall, stated);
  }
  return zonedIso(wall, time.isDate ? options.timeZone : (options.floatingTimeZone ?? options.timeZone));
}

/** Minutes east of UTC; undefined when the file's own zone rules cannot be evaluated. */
function offsetOf(time: Time): number | undefined {
  try {
    return Math.round(time.utcOffset() / 60);
  } catch {
    return undefined;
  }
}

/** The earliest reminder, in minutes before the start (a trigger may be relative to the end or absolute). */
function reminderMinutesOf(event: Component, start: Time, end: Time | undefined): number | undefined {
  const minutes: number[] = [];
  for (const alarm of event.getAllSubcomponents("valarm")) {
    // ACTION:NONE (RFC 9074) alerts nobody: Apple writes one dated 1976 as the placeholder of its
    // default alert, which read as a reminder 50 years ahead and hid a reminder at the start.
    if (String(alarm.getFirstPropertyValue("action") ?? "").trim().toUpperCase() === "NONE") continue;
    const prop = alarm.getFirstProperty("trigger");
    const trigger = prop?.getFirstValue();
    if (trigger instanceof ICAL.Duration) {
      const related = (prop ? param(prop, "related") : undefined)?.toUpperCase() === "END" && end ? end : start;
      const offsetFromStart = related.subtractDateTz(start).toSeconds() + trigger.toSeconds();
      minutes.push(-offsetFromStart / 60);
    } else if (trigger instanceof ICAL.Time) {
      // An absolute trigger is in UTC (RFC 5545 §3.8.6.3) and the start in its zone: subtractDate
      // compares the clock readings and put a trigger 2 minutes ahead of a Shanghai start 8 hours ahead.
      minutes.push(start.subtractDateTz(trigger).toSeconds() / 60);
    }
  }
  return minutes.length > 0 ? Math.max(0, Math.round(Math.max(...minutes))) : undefined;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/i;
const URL_GLOBAL = /https?:\/\/[^\s<>"]+/gi;

function onlineUrlOf(event: Component, location: string): string | undefined {
  // URL (RFC 5545 §3.8.4.6) is where 腾讯会议, 飞书, 钉钉, Zoom and Webex put the join link.
  const named = ["x-microsoft-skypeteamsmeetingurl", "x-microsoft-onlinemeetingconflink", "x-microsoft-onlinemeetingexternallink", "x-google-conference", "conference", "url"];
  for (const name of named) {
    for (const prop of event.getAllProperties(name)) {
      const value = prop.getFirstValue();
      const url = typeof value === "string" ? URL_IN_TEXT.exec(value)?.[0] : undefined;
      if (url) return url;
    }
  }
  return URL_IN_TEXT.exec(location)?.[0];
}

function attachmentOf(prop: Property): Attachment {
  const value = prop.getFirstValue();
  const contentType = param(prop, "fmttype");
  const declaredName = param(prop, "x-filename") ?? param(prop, "filename");
  if (value instanceof ICAL.Binary) {
    const base64 = value.value.replace(/\s+/g, "");
    const size = Math.max(0, Math.floor((base64.length * 3) / 4) - trailingPadding(base64));
    return { name: declaredName ?? "attachment", size, contentType, isInline: false, isCloud: false };
  }
  const uri = typeof value === "string" ? value.trim() : "";
  const isPart = /^cid:/i.test(uri);
  const declaredSize = Number(param(prop, "size"));
  const attachment: Attachment = { name: declaredName ?? nameFromUri(uri), contentType, isInline: false, isCloud: !isPart };
  if (Number.isFinite(declaredSize) && declaredSize >= 0) attachment.size = declaredSize;
  return attachment;
}

function trailingPadding(base64: string): number {
  let end = base64.length;
  while (end > 0 && base64[end - 1] === "=") end--;
  return base64.length - end;
}

/** The URI before its query or fragment (on its last line, as /[?#].*$/ reads it), in one pass. */
function withoutQuery(uri: string): string {
  const lastBreak = Math.max(uri.lastIndexOf("\n"), uri.lastIndexOf("\r"), uri.lastIndexOf("\u2028"), uri.lastIndexOf("\u2029"));
  for (let i = lastBreak + 1; i < uri.length; i++) if (uri[i] === "?" || uri[i] === "#") return uri.slice(0, i);
  return uri;
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}

function nameFromUri(uri: string): string {
  const path = withoutTrailingSlashes(withoutQuery(uri));
  const last = path.slice(path.lastIndexOf("/") + 1) || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** PRIORITY 1-4 is high, 5 normal, 6-9 low (RFC 5545); Outlook also writes X-MICROSOFT-CDO-IMPORTANCE. */
function importanceOf(event: Component): Importance {
  const priority = Number(event.getFirstPropertyValue("priority") ?? 0);
  if (priority >= 1 && priority <= 4) return "high";
  if (priority >= 6 && priority <= 9) return "low";
  if (priority === 5) return "normal";
  const cdo = String(event.getFirstPropertyValue("x-microsoft-cdo-importance") ?? "");
  return cdo === "2" ? "high" : cdo === "0" ? "low" : "normal";
}

function isMarkedUrgent(event: Component): boolean {
  const categories = event.getAllProperties("categories").flatMap((p) => p.getValues().map(String));
  return categories.some((c) => /urgent|紧急|緊急/i.test(c));
}
