import { isCalendarMoment } from "../../working-days/working-calendar";
import { defineRule } from "../../rule";
import type { SubjectInfo } from "../../text/subject";
import type { MailDraft } from "../../types";

// §2.1.4 / §2.2.4: work mail goes out in working hours on working days. Outside them the
// finding offers to deliver it at the next working start; an urgent mail may go now, but the
// policy wants a phone call first, so it gets a reminder instead of a schedule.

// An incident's priority is its urgency mark in IT mail: "[P1] Payment API 5xx", "SEV1 - mail gateway down".
const URGENT_SUBJECT = /\b(?:urgent|asap|emergency|p0|p1|sev ?[01]|sev-[01]|severity ?1)\b|紧急|加急|急件|特急|火急|[[【(]\s*急\s*[\]】)]|^急(?:急|[!！:：\s])/;
// "Not urgent: update your signature", "不紧急：…", "非紧急 | …" say the opposite of the word they hold.
// So do the names of standing arrangements: 紧急联系人, 緊急聯絡人, "Emergency contact list", 应急预案.
const NOT_URGENT = /\b(?:not|non|no|less)[\s-](?:very |so |that |too )?urgent\b|(?:不|非|并不|不太|不是很|无需)(?:紧急|急)|\bemergency (?:contacts?|plan|drill|exit|procedures?|numbers?|kit)\b|紧急(?:联系人|联络人|预案|电话|出口|演练|疏散)/g;

function isUrgent(draft: MailDraft, subject: SubjectInfo): boolean {
  return draft.importance === "high" || URGENT_SUBJECT.test(subject.norm.replace(NOT_URGENT, " "));
}

export default defineRule({
  id: "mail/send-time",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.4",
  description: {
    en: "Work mail is sent in working hours on working days; urgent mail outside them follows a phone call.",
    "zh-CN": "工作邮件应在工作日的工作时间发送；非工作时间的紧急事项应先电话沟通。",
    "zh-TW": "工作郵件應在工作日的工作時間發送；非工作時間的緊急事項應先電話溝通。",
  },
  messages: {
    afterHours: {
      en: "It is outside working hours ({{sentAt}}). Schedule the mail for the next working start, {{nextStart}}.",
      "zh-CN": "当前为非工作时间（{{sentAt}}）。建议定时在下一个工作时间 {{nextStart}} 发送。",
      "zh-TW": "目前為非工作時間（{{sentAt}}）。建議排程在下一個工作時間 {{nextStart}} 發送。",
    },
    dayOff: {
      en: "{{sentAt}} is not a working day (weekend or public holiday). Schedule the mail for {{nextStart}}.",
      "zh-CN": "{{sentAt}} 不是工作日（周末或法定节假日）。建议定时在 {{nextStart}} 发送。",
      "zh-TW": "{{sentAt}} 不是工作日（週末或國定假日）。建議排程在 {{nextStart}} 發送。",
    },
    schedule: {
      en: "Schedule it for {{nextStart}}",
      "zh-CN": "定时发送：{{nextStart}}",
      "zh-TW": "排定傳送：{{nextStart}}",
    },
    urgentOffHours: {
      en: "This urgent mail goes out outside working hours ({{sentAt}}). Phone the person first, then send the details.",
      "zh-CN": "此紧急邮件在非工作时间发送（{{sentAt}}）。请先电话联系对方，再发送详细内容。",
      "zh-TW": "此緊急郵件在非工作時間發送（{{sentAt}}）。請先電話聯繫對方，再發送詳細內容。",
    },
  },
  check({ draft, subject, now, calendar }) {
    if (!isCalendarMoment(now) || calendar.isWorkingTime(now)) return [];
    // Moments, not text: the engine writes them in the reader's zone, labelled (moment-text.ts).
    const sent = { sentAt: { at: now.toISOString() } };
    if (isUrgent(draft, subject)) {
      return [{ messageId: "urgentOffHours", severity: "info", data: sent, location: { field: "time" } }];
    }
    const next = calendar.nextWorkingStart(now);
    const data = { ...sent, nextStart: { at: next.toISOString() }, nextStartIso: next.toISOString() };
    const dayOff = !calendar.isWorkingDay(calendar.localDate(now));
    return [{ messageId: dayOff ? "dayOff" : "afterHours", data, location: { field: "time" }, fix: { kind: "scheduleSend", at: next.toISOString() }, fixMessageId: "schedule" }];
  },
});
