import rule from "../../../../src/policy/rules/mail/send-time";
import { mail, people, WORKING_MOMENT } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const weeklyReport = `王经理，您好：

本周运维周报如下：
1. 机房巡检完成，无异常；
2. 邮件网关升级已于周三完成。

请审阅，如有问题请随时告知。

谢谢！
李娜
IT 运维部 | 电话 021-5555 0101`;

const outageUpdate = `<div>Hi all,</div><div><br></div><div>The VPN gateway is down since 21:10. We are restarting the cluster and will post an update within the hour.</div><div><br></div><div>Thanks,<br>Tom</div>`;

const traditional = `陳經理您好：

附上十一月的設備採購清單，請於週五前回覆是否核准。

敬祝 順利
陳志明`;

const schedule = (at: string) => ({ kind: "scheduleSend" as const, at: new Date(at).toISOString() });
const berlin = { workingHours: { timeZone: "Europe/Berlin" }, holidays: { country: "DE" } };
const newYork = { workingHours: { timeZone: "America/New_York", start: "08:30", end: "17:30" }, holidays: { country: "US" } };

runRuleTable(rule, {
  valid: [
    { name: "Tuesday morning in Shanghai", draft: mail({ sentAt: WORKING_MOMENT }) },
    { name: "one minute before the end of the day", draft: mail({ sentAt: "2026-11-24T17:59:00+08:00", body: weeklyReport }) },
    { name: "exactly 09:00", draft: mail({ sentAt: "2026-11-25T09:00:00+08:00", body: traditional, subject: "十一月設備採購清單" }) },
    { name: "Sat 14 Feb 2026 is a make-up working day (调休)", draft: mail({ sentAt: "2026-02-14T10:30:00+08:00", subject: "春节前系统巡检安排" }) },
    { name: "Sun 20 Sep 2026, make-up day for National Day", draft: mail({ sentAt: "2026-09-20T14:00:00+08:00" }) },
    { name: "a Saturday the company declared a working day", draft: mail({ sentAt: "2026-11-28T10:00:00+08:00" }), policy: { holidays: { extraWorkdays: ["2026-11-28"] } } },
    { name: "Berlin tenant at 09:30 CET (08:30 UTC)", draft: mail({ sentAt: "2026-11-24T08:30:00Z", to: [people.partner] }), policy: berlin },
    { name: "New York tenant at 16:00 EST, which is 05:00 the next day in Shanghai", draft: mail({ sentAt: "2026-11-24T21:00:00Z" }), policy: newYork },
    { name: "no sentAt: the check's moment counts", draft: mail({ sentAt: undefined }), now: "2026-11-24T03:00:00Z" },
    { name: "late evening in Shanghai is still afternoon in Berlin", draft: mail({ sentAt: "2026-11-24T21:00:00+08:00", body: outageUpdate }), policy: berlin },
    { name: "Sat 10 Oct 2026, make-up day for National Day, with 不紧急", draft: mail({ sentAt: "2026-10-10T10:00:00+08:00", subject: "不紧急：国庆后补班日的打印机巡检", body: weeklyReport }) },
    { name: "Sat 9 May 2026, make-up day for Labour Day, a P1 incident", draft: mail({ sentAt: "2026-05-09T09:30:00+08:00", subject: "[P1] ERP login fails for all users" }) },
    { name: "Sat 28 Feb 2026, make-up day after Spring Festival (zh-TW)", draft: mail({ sentAt: "2026-02-28T15:00:00+08:00", subject: "非緊急：春節後補班日的機房巡檢", body: traditional }) },
    { name: "a subject with 'urgent' inside working hours", draft: mail({ sentAt: WORKING_MOMENT, subject: "URGENT: payroll file rejected by the bank", importance: "high" }) },
    { name: "a six-day week tenant on an ordinary Saturday", draft: mail({ sentAt: "2026-11-28T11:00:00+08:00" }), policy: { workingHours: { days: ["mon", "tue", "wed", "thu", "fri", "sat"] } } },
  ],
  invalid: [
    {
      name: "Tuesday 21:30: the next morning",
      draft: mail({ sentAt: "2026-11-24T21:30:00+08:00", body: weeklyReport, subject: "第47周运维周报" }),
      errors: [{ messageId: "afterHours", data: { sentAt: "Tue 24 Nov 21:30 GMT+8", nextStart: { en: "Wed 25 Nov 09:00 GMT+8", "zh-CN": "11月25日（周三）09:00 GMT+8" } }, fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "Friday evening: Monday 30 Nov",
      draft: mail({ sentAt: "2026-11-27T19:45:00+08:00" }),
      errors: [{ messageId: "afterHours", data: { nextStart: { en: "Mon 30 Nov 09:00 GMT+8", "zh-CN": "11月30日（周一）09:00 GMT+8", "zh-TW": "11月30日（週一）09:00 GMT+8" } }, fix: schedule("2026-11-30T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "early morning: the same day at 09:00",
      draft: mail({ sentAt: "2026-11-24T07:20:00+08:00", body: traditional, subject: "十一月設備採購清單" }),
      errors: [{ messageId: "afterHours", data: { nextStart: { "zh-TW": "11月24日（週二）09:00 GMT+8" } }, fix: schedule("2026-11-24T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "Saturday morning: a day off",
      draft: mail({ sentAt: "2026-11-28T10:00:00+08:00" }),
      errors: [{ messageId: "dayOff", data: { nextStart: { en: "Mon 30 Nov 09:00 GMT+8" }, sentAt: { "zh-CN": "11月28日（周六）10:00 GMT+8" } }, fix: schedule("2026-11-30T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "Spring Festival, Tue 17 Feb 2026: back on 24 Feb",
      draft: mail({ sentAt: "2026-02-17T11:00:00+08:00", subject: "2月份服务器续费" }),
      errors: [{ messageId: "dayOff", data: { nextStart: { "zh-CN": "2月24日（周二）09:00 GMT+8" } }, fix: schedule("2026-02-24T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "National Day week on a weekday: Thu 8 Oct",
      draft: mail({ sentAt: "2026-10-05T15:00:00+08:00", body: traditional, subject: "十月設備採購清單" }),
      errors: [{ messageId: "dayOff", data: { nextStart: { en: "Thu 8 Oct 09:00 GMT+8" } }, fix: schedule("2026-10-08T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "the evening before a make-up Sunday: that Sunday",
      draft: mail({ sentAt: "2026-09-19T20:00:00+08:00" }),
      errors: [{ messageId: "dayOff", data: { nextStart: { en: "Sun 20 Sep 09:00 GMT+8" } }, fix: schedule("2026-09-20T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "the company's own holiday",
      draft: mail({ sentAt: "2026-11-27T10:00:00+08:00" }),
      policy: { holidays: { extraHolidays: ["2026-11-27"] } },
      errors: [{ messageId: "dayOff", data: { nextStart: { en: "Mon 30 Nov 09:00 GMT+8" } }, fix: schedule("2026-11-30T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "Berlin on a Friday evening before the clocks change",
      draft: mail({ sentAt: "2026-10-23T17:30:00Z", to: [people.partner], body: "Hi Anna,\n\nplease find the revised SOW below.\n\nBest regards,\nTom" }),
      policy: berlin,
      errors: [{ messageId: "afterHours", data: { sentAt: "Fri 23 Oct 19:30 GMT+2", nextStart: { en: "Mon 26 Oct 09:00 GMT+1" } }, fix: schedule("2026-10-26T08:00:00Z"), fixLabel: "schedule" }],
    },
    {
      name: "New York on Thanksgiving",
      draft: mail({ sentAt: "2026-11-26T15:00:00Z" }),
      policy: newYork,
      errors: [{ messageId: "dayOff", data: { sentAt: "Thu 26 Nov 10:00 GMT-5", nextStart: { en: "Fri 27 Nov 08:30 GMT-5" } }, fix: schedule("2026-11-27T13:30:00Z"), fixLabel: "schedule" }],
    },
    {
      name: "no sentAt and the check runs at night",
      draft: mail({ sentAt: undefined, body: outageUpdate, subject: "VPN maintenance tonight" }),
      now: "2026-11-24T15:00:00Z",
      errors: [{ messageId: "afterHours", data: { sentAt: "Tue 24 Nov 23:00 GMT+8" }, fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "urgent subject at night: a reminder to phone, no schedule",
      draft: mail({ sentAt: "2026-11-24T23:10:00+08:00", subject: "紧急：生产数据库主从切换失败", body: outageUpdate }),
      errors: [{ messageId: "urgentOffHours", severity: "info", data: { sentAt: { "zh-CN": "11月24日（周二）23:10 GMT+8" } } }],
    },
    {
      name: "high importance on Sunday",
      draft: mail({ sentAt: "2026-11-29T09:30:00+08:00", importance: "high", subject: "Payroll file rejected by the bank" }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "Traditional 緊急 in the subject",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "RE: 緊急：ERP 無法登入", body: traditional }),
      errors: [{ messageId: "urgentOffHours", severity: "info", data: { sentAt: { "zh-TW": "11月24日（週二）22:00 GMT+8" } } }],
    },
    {
      name: "【急】 and ASAP",
      draft: mail({ sentAt: "2026-11-28T08:00:00+08:00", subject: "【急】合同盖章 ASAP" }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "an incident priority P1 is urgent",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "[PROD][P1] Payment API 5xx since 21:40" }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "SEV1 on a Saturday night",
      draft: mail({ sentAt: "2026-11-28T23:00:00+08:00", subject: "SEV1 - mail gateway down" }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "P1 故障 in Chinese",
      draft: mail({ sentAt: "2026-11-24T22:30:00+08:00", subject: "【P1 故障】核心交换机掉线", body: outageUpdate }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "'Not urgent' is not urgent: schedule it",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "Not urgent: please update your e-mail signature" }),
      errors: [{ messageId: "afterHours", fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "不紧急 is not urgent: schedule it",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "不紧急：下周帮忙更新一下邮件签名", body: weeklyReport }),
      errors: [{ messageId: "afterHours", fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "非緊急 on a Saturday (zh-TW)",
      draft: mail({ sentAt: "2026-11-28T23:00:00+08:00", subject: "非緊急 | 印表機墨水匣下週更換", body: traditional }),
      errors: [{ messageId: "dayOff", fix: schedule("2026-11-30T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "急！ at the start is an urgent mark",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "急！VPN 全部断开", body: outageUpdate }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "急急急 (zh-TW)",
      draft: mail({ sentAt: "2026-11-28T21:00:00+08:00", subject: "急急急：郵件寄不出去", body: traditional }),
      errors: [{ messageId: "urgentOffHours", severity: "info" }],
    },
    {
      name: "紧急联系人 is a list, not an urgent mark",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "12月紧急联系人名单更新", body: weeklyReport }),
      errors: [{ messageId: "afterHours", fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "緊急聯絡人 (zh-TW)",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "請更新 HR 系統中的緊急聯絡人", body: traditional }),
      errors: [{ messageId: "afterHours", fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "'Emergency contact list' is no urgent mark",
      draft: mail({ sentAt: "2026-11-24T22:00:00+08:00", subject: "Emergency contact list for the IT on-call rota" }),
      errors: [{ messageId: "afterHours", fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
    {
      name: "'urgently' is not an urgent mark",
      draft: mail({ sentAt: "2026-11-24T20:00:00+08:00", subject: "Why we urgently need a new backup policy" }),
      errors: [{ messageId: "afterHours", fix: schedule("2026-11-25T09:00:00+08:00"), fixLabel: "schedule" }],
    },
  ],
});
