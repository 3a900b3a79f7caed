import rule from "../../../../src/policy/rules/meeting/reminder";
import { outlookReminderAtLeast } from "../../../../src/policy/reminders";
import { meeting } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

test("reminder choices round up to what Outlook offers", () => {
  expect([0, 1, 5, 6, 12, 16, 45, 90, 20000, 30000].map(outlookReminderAtLeast)).toEqual([0, 5, 5, 10, 15, 30, 60, 120, 20160, 30000]);
});

runRuleTable(rule, {
  valid: [
    { name: "Outlook's default 15 minutes", draft: meeting() },
    { name: "exactly the join-early minutes", draft: meeting({ reminderMinutes: 5 }) },
    { name: "10 minutes", draft: meeting({ reminderMinutes: 10 }) },
    { name: "one day ahead", draft: meeting({ reminderMinutes: 1440 }) },
    { name: "all-day event with 18 hours", draft: meeting({ isAllDay: true, start: "2026-11-27T00:00:00+08:00", end: "2026-11-28T00:00:00+08:00", reminderMinutes: 1080 }) },
    { name: "unknown reminder is not guessed", draft: meeting({ reminderMinutes: undefined }) },
    { name: "policy without join-early time", draft: meeting({ reminderMinutes: 0 }), policy: { meeting: { joinEarlyMinutes: 0 } } },
    { name: "policy of 10 minutes, 15 set", draft: meeting({ reminderMinutes: 15 }), policy: { meeting: { joinEarlyMinutes: 10 } } },
    { name: "in-person meeting with 30 minutes to walk over", draft: meeting({ location: "深圳总部 A座 5F 大会议室", isOnlineMeeting: false, onlineMeetingUrl: undefined, reminderMinutes: 30 }) },
    { name: "Traditional subject, 5 minutes", draft: meeting({ subject: "供應商季度檢討會議", reminderMinutes: 5 }) },
    { name: "not a number", draft: meeting({ reminderMinutes: Number.NaN }) },
  ],
  invalid: [
    {
      name: "at the start time",
      draft: meeting({ reminderMinutes: 0 }),
      errors: [{ messageId: "tooLate", data: { minutes: 0, required: 5 }, fix: { kind: "setReminder", minutes: 5 }, fixLabel: "setReminder" }],
    },
    {
      name: "2 minutes typed by hand",
      draft: meeting({ reminderMinutes: 2 }),
      errors: [{ messageId: "tooLate", data: { minutes: 2, required: 5 }, fix: { kind: "setReminder", minutes: 5 }, fixLabel: "setReminder" }],
    },
    {
      name: "5 minutes under a 10-minute policy",
      draft: meeting({ reminderMinutes: 5 }),
      policy: { meeting: { joinEarlyMinutes: 10 } },
      errors: [{ messageId: "tooLate", data: { minutes: 5, required: 10 }, fix: { kind: "setReminder", minutes: 10 }, fixLabel: "setReminder" }],
    },
    {
      name: "10 minutes under a 12-minute policy rounds up to 15",
      draft: meeting({ reminderMinutes: 10 }),
      policy: { meeting: { joinEarlyMinutes: 12 } },
      errors: [{ messageId: "tooLate", data: { minutes: 10, required: 12 }, fix: { kind: "setReminder", minutes: 15 }, fixLabel: "setReminder" }],
    },
    {
      name: "15 minutes under a 20-minute policy rounds up to 30",
      draft: meeting({ subject: "上線前檢查會 / Go-live readiness", reminderMinutes: 15 }),
      policy: { meeting: { joinEarlyMinutes: 20 } },
      errors: [{ messageId: "tooLate", data: { minutes: 15, required: 20 }, fix: { kind: "setReminder", minutes: 30 }, fixLabel: "setReminder" }],
    },
    {
      name: "reminder switched off",
      draft: meeting({ reminderMinutes: -1 }),
      errors: [{ messageId: "off", data: { required: 5 }, fix: { kind: "setReminder", minutes: 5 }, fixLabel: "setReminder" }],
    },
    {
      name: "reminder off on an urgent incident call",
      draft: meeting({ subject: "【紧急】支付接口故障复盘", importance: "high", reminderMinutes: -1 }),
      policy: { meeting: { joinEarlyMinutes: 3 } },
      errors: [{ messageId: "off", data: { required: 3 }, fix: { kind: "setReminder", minutes: 5 }, fixLabel: "setReminder" }],
    },
  ],
});
