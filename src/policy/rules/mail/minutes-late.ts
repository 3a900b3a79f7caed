import { addDays, dayText, isCalendarMoment } from "../../working-days/working-calendar";
import { defineRule } from "../../rule";

// §2.3.4: minutes are finished within [X] working days of the meeting (default 2). The due
// date is the one the meeting pane set, or else the meeting's end plus X working days in the
// tenant's calendar; both are compared as local dates in the tenant's time zone.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export default defineRule({
  id: "mail/minutes-late",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.3.4",
  description: {
    en: "Minutes are sent within the working days the policy allows after the meeting.",
    "zh-CN": "会议纪要应在会后规定的工作日内发出。",
    "zh-TW": "會議紀要應在會後規定的工作日內發出。",
  },
  messages: {
    late: {
      en: "The minutes of \"{{meeting}}\" were due on {{dueText}}; they go out {daysLate, plural, one {# working day} other {# working days}} late. Send them now and say why they are late.",
      "zh-CN": "“{{meeting}}”的会议纪要应于 {{dueText}} 前发出，现已逾期 {daysLate, plural, other {# 个工作日}}。请尽快发送并说明原因。",
      "zh-TW": "「{{meeting}}」的會議紀要應於 {{dueText}} 前發出，現已逾期 {daysLate, plural, other {# 個工作日}}。請盡快發送並說明原因。",
    },
  },
  check({ draft, now, calendar, policy }) {
    const meeting = draft.minutesOf;
    if (!meeting || !isCalendarMoment(now)) return [];
    let due = typeof meeting.minutesDue === "string" && ISO_DATE.test(meeting.minutesDue) ? meeting.minutesDue : undefined;
    if (!due) {
      const end = new Date(meeting.end);
      if (!isCalendarMoment(end)) return [];
      due = calendar.addWorkingDays(calendar.localDate(end), policy.meeting.minutesDueWorkingDays);
    }
    const sentOn = calendar.localDate(now);
    if (sentOn <= due) return [];
    // Working days after the due date up to the day of sending; a weekend after a Friday
    // deadline is still one day late.
    let daysLate = 0;
    for (let day = addDays(due, 1), i = 0; day <= sentOn && i < 400; day = addDays(day, 1), i++) {
      if (calendar.isWorkingDay(day)) daysLate++;
    }
    daysLate = Math.max(1, daysLate);
    return [
      {
        messageId: "late",
        data: {
          meeting: meeting.subject,
          due,
          sentOn,
          daysLate,
          dueText: dayText(due),
        },
        location: { field: "time" },
      },
    ];
  },
});
