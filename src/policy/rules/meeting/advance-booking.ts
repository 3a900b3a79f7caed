import { isCalendarMoment, zonedInstant } from "../../working-days/working-calendar";
import type { RuleContext } from "../../rule";
import { defineRule } from "../../rule";
import { readMeetingBody } from "../../text/meeting-body";
import type { MeetingDraft } from "../../types";
import { isNoMeeting } from "../../text/meeting-notice";

const HOUR = 3_600_000;
/** "紧急" / "緊急" / "加急", but not "非紧急" / "不紧急". */
const URGENT_ZH = /(?:^|[^非不])(?:紧急|加急)/;
const URGENT_EN = /\burgent\b/g;
/** Up to the word "urgent": "not " / "non-" / "non " just before it negate it. */
const NEGATION_BEFORE = /(?:^|\W)(?:not |non-|non )$/;

/** "urgent", "紧急" in a subject, but not "not urgent", "non-urgent", "非紧急". */
function saysUrgent(norm: string): boolean {
  if (URGENT_ZH.test(norm)) return true;
  // Five characters before the word hold the negation and what precedes it (a lookbehind, which
  // the on-send check's ES2016 runtimes do not have, would say the same).
  for (const m of norm.matchAll(URGENT_EN)) if (!NEGATION_BEFORE.test(norm.slice(Math.max(0, m.index - 5), m.index))) return true;
  return false;
}

function clockMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

/**
 * When attendees are expected. An all-day event counts from the start of the working day
 * on its date (nobody is expected at midnight), in the tenant's time zone.
 */
function expectedStart({ draft, policy, calendar }: RuleContext<MeetingDraft>, start: Date): Date {
  if (!draft.isAllDay) return start;
  return zonedInstant(calendar.localDate(start), clockMinutes(policy.workingHours.start), policy.workingHours.timeZone);
}

function isUrgent({ draft, subject }: RuleContext<MeetingDraft>, stated: boolean): boolean {
  return draft.urgent === true || draft.importance === "high" || stated || saysUrgent(subject.norm);
}

/** A date the calendar can place (a broken export can say year 0 or 9999). */
function validDate(iso: string | undefined): Date | undefined {
  const date = iso ? new Date(iso) : undefined;
  return date && isCalendarMoment(date) ? date : undefined;
}

/**
 * §2.3.1: book at least [X] hours ahead (policy.meeting.minAdvanceHours); urgent meetings
 * may be shorter notice when they say why, and the organizer then tells people at once.
 * An urgent meeting is marked (the pane's switch, high importance, "紧急"/"urgent" in the
 * subject) or states its reason ("紧急原因：…"). A meeting that is under way counts as zero
 * hours ahead; one that is over is reported as a likely wrong date (a warning, since the
 * clause is about notice, not about dates). Hours are rounded down, so a meeting 23.6 hours
 * ahead never reads as "24 hours, minimum 24".
 */
export default defineRule({
  id: "meeting/advance-booking",
  appliesTo: "meeting",
  defaultSeverity: "error",
  clause: "§2.3.1",
  description: {
    en: "The meeting is booked far enough ahead, or is marked urgent with a reason.",
    "zh-CN": "会议须提前足够时间预约；紧急会议须标明紧急并说明原因。",
    "zh-TW": "會議須提前足夠時間預約；緊急會議須標明緊急並說明原因。",
  },
  messages: {
    tooSoon: {
      en: "The meeting starts {hours, plural, one {# hour} other {# hours}} after it is booked; meetings are booked at least {minimum, plural, one {# hour} other {# hours}} ahead. Move it later, or mark it urgent and give the reason.",
      "zh-CN": "会议在预约后 {hours, plural, other {# 小时}}即开始；会议须至少提前 {minimum, plural, other {# 小时}}预约。请改期，或标记为紧急会议并说明原因。",
      "zh-TW": "會議在預約後 {hours, plural, other {# 小時}}即開始；會議須至少提前 {minimum, plural, other {# 小時}}預約。請改期，或標記為緊急會議並說明原因。",
    },
    urgentNoReason: {
      en: "This urgent meeting starts {hours, plural, one {# hour} other {# hours}} after it is booked (normally {minimum, plural, one {# hour} other {# hours}} ahead). Say why it is urgent, e.g. \"Reason for urgency: …\".",
      "zh-CN": "此紧急会议在预约后 {hours, plural, other {# 小时}}即开始（通常须提前 {minimum, plural, other {# 小时}}）。请说明紧急原因，例如“紧急原因：……”。",
      "zh-TW": "此緊急會議在預約後 {hours, plural, other {# 小時}}即開始（通常須提前 {minimum, plural, other {# 小時}}）。請說明緊急原因，例如「緊急原因：……」。",
    },
    urgentNotify: {
      en: "Urgent meeting at {hours, plural, one {# hour's} other {# hours'}} notice: also tell the attendees at once by phone or chat.",
      "zh-CN": "紧急会议仅提前 {hours, plural, other {# 小时}}：请同时通过电话或即时消息立即通知参会人。",
      "zh-TW": "緊急會議僅提前 {hours, plural, other {# 小時}}：請同時透過電話或即時訊息立即通知與會者。",
    },
    inPast: {
      en: "The meeting is already over ({hours, plural, one {# hour} other {# hours}} ago). Check the date and time.",
      "zh-CN": "会议时间已过（{hours, plural, other {# 小时}}前）。请检查日期和时间。",
      "zh-TW": "會議時間已過（{hours, plural, other {# 小時}}前）。請檢查日期和時間。",
    },
  },
  requires: ["start"],
  check(context) {
    if (isNoMeeting(context.draft)) return [];
    const start = validDate(context.draft.start);
    if (!start) return [];
    const minimum = context.policy.meeting.minAdvanceHours;
    const now = context.now.getTime();
    const expected = expectedStart(context, start).getTime();
    const end = validDate(context.draft.end)?.getTime();
    const location = { field: "time" } as const;
    // A series that has begun is sent again to change it: its notice was given when it was booked.
    if (context.draft.recurring === true && expected < now) return [];
    if (expected < now && (end === undefined || end <= now)) {
      return [{ messageId: "inPast", severity: "warning", data: { hours: Math.floor((now - expected) / HOUR) }, location }];
    }
    const aheadMs = Math.max(0, expected - now);
    if (aheadMs >= minimum * HOUR) return [];
    const hours = Math.floor(aheadMs / HOUR);
    const read = readMeetingBody(context.body);
    // A labelled reason marks the meeting urgent by itself; a sentence of the organizer's counts
    // as the reason only once the meeting is marked urgent.
    if (!isUrgent(context, read.urgency !== undefined)) return [{ messageId: "tooSoon", data: { hours, minimum }, location }];
    const reason = read.urgency ?? read.urgencyInProse;
    if (!reason) return [{ messageId: "urgentNoReason", data: { hours, minimum }, location }];
    return [
      {
        messageId: "urgentNotify",
        severity: "info",
        data: { hours, minimum },
        location: { field: "body", excerpt: reason.excerpt, start: reason.start, end: reason.end },
      },
    ];
  },
});
