import type { MeetingDraft } from "../types";
import { normalize } from "./normalize";

// Calendar items that are sent like invitations but are no meeting anybody prepares for or
// joins (§2.3 is about meetings): a leave or out-of-office notice, a block of half a day or
// more titled "OOO", "Annual leave", "年假", "請假"; and the cancellation Outlook and Google
// send, titled "Canceled: …", "已取消: …". The meeting rules say nothing about them.

const ABSENCE =
  /\b(?:ooo|oof|out of (?:the )?office|annual leave|sick leave|on leave|parental leave|maternity leave|paternity leave|vacation|pto|day off|days off)\b|年假|休假|请假|病假|事假|调休|婚假|产假|陪产假|出差|不在办公室|不在公司/;
const CANCELLED = /^\s*(?:canceled|cancelled|已取消|取消)\s*[:：]/;
/** An absence is a block of time; "OOO sync" for an hour is a meeting about absences. */
const ABSENCE_MIN_HOURS = 3;

function hoursLong(draft: MeetingDraft): number {
  const ms = Date.parse(draft.end ?? "") - Date.parse(draft.start ?? "");
  return Number.isFinite(ms) ? ms / 3_600_000 : 0;
}

export function isAbsenceNotice(draft: MeetingDraft): boolean {
  if (!ABSENCE.test(normalize(draft.subject ?? ""))) return false;
  return draft.isAllDay === true || hoursLong(draft) >= ABSENCE_MIN_HOURS;
}

export function isCancellation(draft: MeetingDraft): boolean {
  return CANCELLED.test(normalize(draft.subject ?? ""));
}

/** A leave notice or a cancellation: not a meeting the meeting rules judge. */
export function isNoMeeting(draft: MeetingDraft): boolean {
  return isAbsenceNotice(draft) || isCancellation(draft);
}
