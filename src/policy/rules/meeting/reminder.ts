import { defineRule } from "../../rule";

/** The reminder times Outlook offers, in minutes (0 = at the start time). */
const OUTLOOK_REMINDERS = [0, 5, 10, 15, 30, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720, 1080, 1440, 2880, 4320, 5760, 10080, 20160];

/** The smallest reminder Outlook offers that is at least `minutes` (beyond its list: `minutes` itself). */
export function outlookReminderAtLeast(minutes: number): number {
  return OUTLOOK_REMINDERS.find((m) => m >= minutes) ?? minutes;
}

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
      en: "The reminder is {{minutes}} minutes before the start, but attendees should join {{required}} minutes early.",
      "zh-CN": "提醒设置为开始前 {{minutes}} 分钟，但参会人应提前 {{required}} 分钟入会。",
      "zh-TW": "提醒設定為開始前 {{minutes}} 分鐘，但與會者應提前 {{required}} 分鐘入會。",
    },
    off: {
      en: "The meeting has no reminder, but attendees should join {{required}} minutes early.",
      "zh-CN": "会议未设置提醒，但参会人应提前 {{required}} 分钟入会。",
      "zh-TW": "會議未設定提醒，但與會者應提前 {{required}} 分鐘入會。",
    },
  },
  check({ draft, policy }) {
    const minutes = draft.reminderMinutes;
    const required = policy.meeting.joinEarlyMinutes;
    if (minutes === undefined || Number.isNaN(minutes) || required <= 0) return [];
    const fix = { kind: "setReminder", minutes: outlookReminderAtLeast(required) } as const;
    const location = { field: "time" } as const;
    if (minutes < 0) return [{ messageId: "off", data: { required }, location, fix }];
    if (minutes >= required) return [];
    return [{ messageId: "tooLate", data: { minutes, required }, location, fix }];
  },
});
