import rule from "../../../../src/policy/rules/mail/minutes-late";
import type { LinkedMeeting } from "../../../../src/policy/types";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

// Thursday 26 Nov 2026, 14:00-15:00 Shanghai: due with 2 working days on Monday 30 Nov.
const thursday: LinkedMeeting = {
  subject: "ERP 升级评审会",
  start: "2026-11-26T14:00:00+08:00",
  end: "2026-11-26T15:00:00+08:00",
  attendees: [people.lisa, people.wang, people.li],
};

// Wed 30 Sep 2026 before National Day: two working days later is Fri 9 Oct.
const beforeNationalDay: LinkedMeeting = { ...thursday, subject: "國慶前資安檢查會", start: "2026-09-30T10:00:00+08:00", end: "2026-09-30T11:00:00+08:00" };

// Friday 13 Feb 2026: the make-up Saturday 14 Feb counts, then Spring Festival.
const beforeSpringFestival: LinkedMeeting = { ...thursday, subject: "春节值班安排会", start: "2026-02-13T16:00:00+08:00", end: "2026-02-13T17:00:00+08:00" };

const zhBody = `各位好，

以下是会议纪要：
讨论内容：升级方案
共识：周六停机
决定：采用方案 B
行动项：王伟：确认停机时间（12月2日前）

抱歉晚发了。

谢谢
Tom`;

const enBody = "<p>Hi all,</p><p>Minutes of Thursday's review below, apologies for the delay.</p><p>Decisions: go with option B.</p><p>Actions: Lisa to update the plan by 4 Dec.</p><p>Thanks,<br>Tom</p>";

const twBody = "各位好：\n\n附上會議紀要。\n\n【討論內容】弱掃結果\n【決議】十月底前完成修補\n【負責人】陳志明：10/30 前\n\n敬祝 順利\n陳志明";

runRuleTable(rule, {
  valid: [
    { name: "the same day", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-11-26T17:30:00+08:00", minutesOf: thursday }) },
    { name: "on the last working day of the window (Monday after the weekend)", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-11-30T17:59:00+08:00", minutesOf: thursday }) },
    { name: "late evening of the due day in Shanghai (afternoon UTC)", draft: mail({ subject: "Minutes: ERP upgrade review", body: enBody, sentAt: "2026-11-30T15:30:00Z", minutesOf: thursday }) },
    { name: "National Day week does not count", draft: mail({ subject: "會議紀要：國慶前資安檢查會", body: twBody, from: people.chen, sentAt: "2026-10-09T10:00:00+08:00", minutesOf: beforeNationalDay }) },
    { name: "the make-up Saturday before Spring Festival counts, the holiday does not", draft: mail({ subject: "会议纪要：春节值班安排会", body: zhBody, sentAt: "2026-02-24T10:00:00+08:00", minutesOf: beforeSpringFestival }), policy: { meeting: { minutesDueWorkingDays: 2 } } },
    { name: "an explicit due date from the meeting pane", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-12-02T10:00:00+08:00", minutesOf: { ...thursday, minutesDue: "2026-12-02" } }) },
    { name: "a tenant that allows five working days", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-12-03T10:00:00+08:00", minutesOf: thursday }), policy: { meeting: { minutesDueWorkingDays: 5 } } },
    { name: "a mail not linked to a meeting", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2027-01-20T10:00:00+08:00" }) },
    { name: "an unreadable meeting end", draft: mail({ subject: "Minutes: ERP upgrade review", body: enBody, sentAt: "2026-12-20T10:00:00+08:00", minutesOf: { ...thursday, end: "not a date" } }) },
    { name: "a New York tenant: the local date decides", draft: mail({ subject: "Minutes: ERP upgrade review", body: enBody, sentAt: "2026-12-01T02:00:00Z", minutesOf: { ...thursday, start: "2026-11-25T14:00:00-05:00", end: "2026-11-25T15:00:00-05:00" } }), policy: { workingHours: { timeZone: "America/New_York" }, holidays: { country: "US" } } },
  ],
  invalid: [
    {
      name: "one working day late",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-12-01T10:00:00+08:00", minutesOf: thursday }),
      errors: [{ messageId: "late", data: { due: "2026-11-30", sentOn: "2026-12-01", daysLate: 1, dueText: { en: "Mon 30 Nov", "zh-CN": "11月30日（周一）", "zh-TW": "11月30日（週一）" } } }],
    },
    {
      name: "a week late",
      draft: mail({ subject: "Minutes: ERP upgrade review", body: enBody, sentAt: "2026-12-07T11:00:00+08:00", minutesOf: thursday }),
      errors: [{ messageId: "late", data: { due: "2026-11-30", daysLate: 5, meeting: "ERP 升级评审会" } }],
    },
    {
      name: "just after midnight in Shanghai (still the due day in UTC)",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-11-30T16:30:00Z", minutesOf: thursday }),
      errors: [{ messageId: "late", data: { sentOn: "2026-12-01", daysLate: 1 } }],
    },
    {
      name: "after an explicit due date",
      draft: mail({ subject: "會議紀要：國慶前資安檢查會", body: twBody, from: people.chen, sentAt: "2026-10-09T10:00:00+08:00", minutesOf: { ...beforeNationalDay, minutesDue: "2026-10-08" } }),
      errors: [{ messageId: "late", data: { due: "2026-10-08", daysLate: 1, dueText: { "zh-TW": "10月8日（週四）" } } }],
    },
    {
      name: "on the make-up Saturday after a Friday deadline",
      draft: mail({ subject: "會議紀要：國慶前資安檢查會", body: twBody, from: people.chen, sentAt: "2026-10-10T10:00:00+08:00", minutesOf: beforeNationalDay }),
      errors: [{ messageId: "late", data: { due: "2026-10-09", daysLate: 1 } }],
    },
    {
      name: "on an ordinary Saturday after the deadline",
      draft: mail({ subject: "Minutes: ERP upgrade review", body: enBody, sentAt: "2026-12-05T10:00:00+08:00", minutesOf: { ...thursday, minutesDue: "2026-12-04" } }),
      errors: [{ messageId: "late", data: { due: "2026-12-04", daysLate: 1 } }],
    },
    {
      name: "the Spring Festival window closed on the make-up Saturday",
      draft: mail({ subject: "会议纪要：春节值班安排会", body: zhBody, sentAt: "2026-02-25T10:00:00+08:00", minutesOf: beforeSpringFestival }),
      policy: { meeting: { minutesDueWorkingDays: 1 } },
      errors: [{ messageId: "late", data: { due: "2026-02-14", daysLate: 2, dueText: { en: "Sat 14 Feb" } } }],
    },
    {
      name: "a tenant that wants minutes the same day",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhBody, sentAt: "2026-11-27T09:10:00+08:00", minutesOf: thursday }),
      policy: { meeting: { minutesDueWorkingDays: 0 } },
      errors: [{ messageId: "late", data: { due: "2026-11-26", daysLate: 1 } }],
    },
    {
      name: "a malformed due date falls back to the policy window",
      draft: mail({ subject: "Minutes: ERP upgrade review", body: enBody, sentAt: "2026-12-02T10:00:00+08:00", minutesOf: { ...thursday, minutesDue: "30/11/2026" } }),
      errors: [{ messageId: "late", data: { due: "2026-11-30", daysLate: 2 } }],
    },
    {
      name: "Berlin tenant, the meeting's end read in Berlin",
      draft: mail({ subject: "Minutes: vendor review", body: enBody, to: [people.partner], sentAt: "2026-12-01T09:00:00+01:00", minutesOf: { ...thursday, subject: "Vendor review", start: "2026-11-26T22:00:00+08:00", end: "2026-11-26T23:30:00+08:00" } }),
      policy: { workingHours: { timeZone: "Europe/Berlin" }, holidays: { country: "DE" } },
      errors: [{ messageId: "late", data: { due: "2026-11-30", daysLate: 1 } }],
    },
  ],
});
