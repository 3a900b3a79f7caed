import { outlookReminderAtLeast } from "../../reminders";
import { defineRule } from "../../rule";
import { isNoMeeting } from "../../text/meeting-notice";

/**
 * §2.3.3: attendees join [X] minutes early, so the reminder must come at least that early.
 * An unknown reminder (the client did not say) is not guessed at: no finding. A negative
 * value is how the Outlook layer passes "no reminder".
 */
export default defineRule({
  id: "meeting/reminder",
  appliesTo: "meeting",
  defaultSeverity: "warning",
  clause: "§2.3.3",
  description: {
    en: "The reminder comes early enough to join the meeting ahead of time.",
    "zh-CN": "会议提醒足够提前，便于提前入会。",
    "zh-TW": "會議提醒足夠提前，便於提前入會。",
  },
  messages: {
    tooLate: {
      en: "The reminder is {minutes, plural, one {# minute} other {# minutes}} before the start, but attendees should join {required, plural, one {# minute} other {# minutes}} early.",
      "zh-CN": "提醒设置为开始前 {minutes, plural, other {# 分钟}}，但参会人应提前 {required, plural, other {# 分钟}}入会。",
      "zh-TW": "提醒設定為開始前 {minutes, plural, other {# 分鐘}}，但與會者應提前 {required, plural, other {# 分鐘}}入會。",
    },
    off: {
      en: "The meeting has no reminder, but attendees should join {required, plural, one {# minute} other {# minutes}} early.",
      "zh-CN": "会议未设置提醒，但参会人应提前 {required, plural, other {# 分钟}}入会。",
      "zh-TW": "會議未設定提醒，但與會者應提前 {required, plural, other {# 分鐘}}入會。",
    },
    setReminder: {
      en: "Set the reminder to {reminder, plural, one {# minute} other {# minutes}} before the start",
      "zh-CN": "将提醒设为开始前 {reminder, plural, other {# 分钟}}",
      "zh-TW": "將提醒設為開始前 {reminder, plural, other {# 分鐘}}",
    },
  },
  check({ draft, policy }) {
    if (isNoMeeting(draft)) return [];
    const minutes = draft.reminderMinutes;
    const required = policy.meeting.joinEarlyMinutes;
    if (minutes === undefined || Number.isNaN(minutes) || required <= 0) return [];
    const reminder = outlookReminderAtLeast(required);
    const fix = { kind: "setReminder", minutes: reminder } as const;
    const location = { field: "time" } as const;
    if (minutes < 0) return [{ messageId: "off", data: { required, reminder }, location, fix, fixMessageId: "setReminder" }];
    if (minutes >= required) return [];
    return [{ messageId: "tooLate", data: { minutes, required, reminder }, location, fix, fixMessageId: "setReminder" }];
  },
});
