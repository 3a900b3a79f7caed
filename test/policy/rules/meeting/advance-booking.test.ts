import rule from "../../../../src/policy/rules/meeting/advance-booking";
import { meeting, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";
import { TEAMS_JOIN_TEXT, TEAMS_JOIN_TEXT_ZH, forwardedFrom, outlookHtml } from "./invitations";

// Booked on Tuesday 24 Nov 2026, 10:00 Shanghai time (WORKING_MOMENT).
const at = (local: string, minutes = 60) => {
  const start = new Date(`${local}+08:00`);
  return { start: `${local}+08:00`, end: new Date(start.getTime() + minutes * 60_000).toISOString() };
};

runRuleTable(rule, {
  valid: [
    { name: "Thursday afternoon, two days ahead", draft: meeting() },
    { name: "a weekly series running since September, sent again with a new agenda", draft: meeting({ recurring: true, start: "2026-09-07T10:00:00+08:00", end: "2026-09-07T11:00:00+08:00" }) },
    { name: "a daily stand-up series whose first occurrence is under way", draft: meeting({ recurring: true, start: "2026-11-24T09:30:00+08:00", end: "2026-11-24T10:30:00+08:00" }) },
    { name: "exactly 24 hours ahead", draft: meeting(at("2026-11-25T10:00:00")) },
    { name: "next week, Traditional subject", draft: meeting({ subject: "下週供應商評選會議", ...at("2026-12-01T15:00:00", 90) }) },
    { name: "start given in UTC", draft: meeting({ start: "2026-11-26T06:00:00Z", end: "2026-11-26T07:00:00Z" }) },
    { name: "policy without minimum", draft: meeting(at("2026-11-24T11:00:00")), policy: { meeting: { minAdvanceHours: 0 } } },
    { name: "48-hour policy, 52 hours ahead", draft: meeting(), policy: { meeting: { minAdvanceHours: 48 } } },
    {
      name: "all-day workshop counts from the working day's start",
      draft: meeting({ subject: "云原生培训 / Cloud-native workshop", isAllDay: true, start: "2026-11-25T00:00:00+08:00", end: "2026-11-26T00:00:00+08:00", bookedAt: "2026-11-24T08:00:00+08:00" }),
    },
    {
      name: "no booking moment: the check time is used",
      draft: meeting({ bookedAt: undefined, ...at("2026-11-24T15:00:00") }),
      now: "2026-11-20T10:00:00+08:00",
    },
    { name: "urgent word in a subject with plenty of notice", draft: meeting({ subject: "【紧急】数据库扩容方案评审", ...at("2026-11-27T10:00:00") }) },
    { name: "start unknown", draft: meeting({ start: undefined }) },
    { name: "start unreadable", draft: meeting({ start: "next Thursday" }) },
    {
      name: "mixed-language invitation a week ahead",
      draft: meeting({ subject: "Q4 OKR 对齐会 / OKR alignment", body: `Hi all / 各位好，\n\n议程 Agenda:\n1. Q4 OKR review\n2. 资源分配\n\n${TEAMS_JOIN_TEXT}`, ...at("2026-12-01T10:00:00") }),
    },
  ],
  invalid: [
    {
      name: "tomorrow 9:00, not urgent",
      draft: meeting(at("2026-11-25T09:00:00")),
      errors: [{ messageId: "tooSoon", data: { hours: 23, minimum: 24 } }],
    },
    {
      name: "this afternoon, Chinese subject",
      draft: meeting({ subject: "项目进度同步", ...at("2026-11-24T15:00:00", 30) }),
      errors: [{ messageId: "tooSoon", data: { hours: 5, minimum: 24 } }],
    },
    {
      name: "23.6 hours reads as 23",
      draft: meeting({ start: "2026-11-25T09:36:00+08:00", end: "2026-11-25T10:00:00+08:00" }),
      errors: [{ messageId: "tooSoon", data: { hours: 23, minimum: 24 } }],
    },
    {
      name: "meeting already under way",
      draft: meeting({ start: "2026-11-24T09:30:00+08:00", end: "2026-11-24T10:30:00+08:00" }),
      errors: [{ messageId: "tooSoon", data: { hours: 0 } }],
    },
    {
      name: "48-hour policy, 29 hours ahead",
      draft: meeting(at("2026-11-25T15:00:00")),
      policy: { meeting: { minAdvanceHours: 48 } },
      errors: [{ messageId: "tooSoon", data: { hours: 29, minimum: 48 } }],
    },
    {
      name: "not urgent says the subject",
      draft: meeting({ subject: "非紧急：周报模板讨论 (not urgent)", ...at("2026-11-24T16:00:00") }),
      errors: [{ messageId: "tooSoon", data: { hours: 6 } }],
    },
    {
      name: "urgency reason only in the forwarded original",
      draft: meeting({ subject: "FW: 故障复盘", body: `请参加。${forwardedFrom(`紧急原因：昨晚支付故障\n\n${TEAMS_JOIN_TEXT_ZH}`)}`, ...at("2026-11-24T14:00:00") }),
      errors: [{ messageId: "tooSoon", data: { hours: 4 } }],
    },
    {
      name: "urgent, the reason in the organizer's own sentence (zh-CN)",
      draft: meeting({
        subject: "紧急：OA 报销审批流中断处理",
        body: `各位：\n\n今天上午 9:40 起 OA 的报销审批全部卡在财务复核节点，今天是月结最后一天，需要马上定恢复方案。\n\n议程：\n1. 现象\n2. 恢复方案\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}`,
        ...at("2026-11-24T11:00:00"),
      }),
      errors: [{ messageId: "urgentNotify", severity: "info", data: { hours: 1 }, excerpt: "今天上午 9:40 起 OA 的报销审批全部卡在财务复核节点，今天是月结最后一天，需要马上定恢复方案。" }],
    },
    {
      name: "urgent, the reason in the organizer's own sentence (en)",
      draft: meeting({
        subject: "URGENT: payment gateway bridge",
        body: `Hi all,\n\nThe payment gateway has been down since 08:00 and the sale starts at noon, so we need a decision immediately.\n\nAgenda:\n1. Status\n2. Rollback\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}`,
        ...at("2026-11-24T10:30:00", 30),
      }),
      errors: [{ messageId: "urgentNotify", severity: "info", data: { hours: 0 }, excerpt: "The payment gateway has been down since 08:00 and the sale starts at noon, so we need a decision immediately." }],
    },
    {
      name: "urgent, the reason in the organizer's own sentence (zh-TW)",
      draft: meeting({
        subject: "緊急：機房斷電應變",
        body: `各位好，\n\n今晨機房 UPS 故障，今天必須完成切換，請臨時上線。\n\n議程：\n1. 現況說明\n2. 應變分工\n\n記錄人：陳志明\n\n${TEAMS_JOIN_TEXT_ZH}`,
        requiredAttendees: [people.chen, people.li],
        ...at("2026-11-24T11:00:00"),
      }),
      errors: [{ messageId: "urgentNotify", severity: "info", data: { hours: 1 }, excerpt: "今晨機房 UPS 故障，今天必須完成切換，請臨時上線。" }],
    },
    {
      name: "a sentence about a problem does not make a meeting urgent",
      draft: meeting({ body: `各位：\n\n打印机故障，需要马上处理。\n\n议程：\n1. 现象\n2. 方案\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}`, ...at("2026-11-24T13:00:00") }),
      errors: [{ messageId: "tooSoon", data: { hours: 3 } }],
    },
    {
      name: "urgent, a problem but nothing that cannot wait",
      draft: meeting({ subject: "【紧急】打印机问题", body: `各位：\n\n三楼打印机故障已经一周了。\n\n议程：\n1. 现象\n2. 方案\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}`, ...at("2026-11-24T13:00:00") }),
      errors: [{ messageId: "urgentNoReason", data: { hours: 3 } }],
    },
    {
      name: "urgent, a deadline but no cause",
      draft: meeting({ subject: "URGENT: planning", body: `Hi all,\n\nWe need to agree the plan immediately.\n\nAgenda:\n1. Plan\n2. Owners\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}`, ...at("2026-11-24T13:00:00") }),
      errors: [{ messageId: "urgentNoReason", data: { hours: 3 } }],
    },
    {
      name: "urgent switch without a reason",
      draft: meeting({ urgent: true, ...at("2026-11-24T13:00:00") }),
      errors: [{ messageId: "urgentNoReason", data: { hours: 3, minimum: 24 } }],
    },
    {
      name: "high importance without a reason",
      draft: meeting({ importance: "high", subject: "Prod incident bridge", ...at("2026-11-24T10:30:00", 30) }),
      errors: [{ messageId: "urgentNoReason", data: { hours: 0 } }],
    },
    {
      name: "【紧急】 in the subject without a reason",
      draft: meeting({ subject: "【紧急】核心交换机故障处理", ...at("2026-11-24T11:00:00") }),
      errors: [{ messageId: "urgentNoReason", data: { hours: 1 } }],
    },
    {
      name: "URGENT: in an English subject",
      draft: meeting({ subject: "URGENT: certificate expiry on the VPN gateway", ...at("2026-11-24T17:00:00", 30) }),
      errors: [{ messageId: "urgentNoReason", data: { hours: 7 } }],
    },
    {
      name: "Traditional urgent subject with a reason",
      draft: meeting({
        subject: "緊急：機房斷電應變會議",
        body: `各位好，\n\n緊急原因：今晨機房 UPS 故障，需立即確認應變方案。\n\n議程：\n1. 現況說明\n2. 應變分工\n\n記錄人：陳志明\n\n${TEAMS_JOIN_TEXT}`,
        requiredAttendees: [people.chen, people.li],
        ...at("2026-11-24T11:00:00"),
      }),
      errors: [{ messageId: "urgentNotify", severity: "info", data: { hours: 1 }, excerpt: "緊急原因：今晨機房 UPS 故障，需立即確認應變方案。" }],
    },
    {
      name: "urgent switch and an English reason in HTML",
      draft: meeting({
        urgent: true,
        body: outlookHtml(["Hi all,", "Reason for urgency: the client moved the go-live to Friday.", "Agenda:<br>1. Cut-over plan<br>2. Owners", "Minute-taker: Lisa Wang"]),
        ...at("2026-11-24T16:00:00"),
      }),
      errors: [{ messageId: "urgentNotify", severity: "info", data: { hours: 6 }, excerpt: "Reason for urgency: the client moved the go-live to Friday." }],
    },
    {
      name: "the pane's reason line marks the meeting urgent",
      draft: meeting({ body: "议程：\n1. 回滚方案\n\n紧急原因：生产环境发布失败，需今天决定是否回滚\n会议记录人：李娜", ...at("2026-11-24T14:00:00") }),
      errors: [{ messageId: "urgentNotify", severity: "info", data: { hours: 4 } }],
    },
    {
      name: "all-day event tomorrow, booked mid-morning",
      draft: meeting({ subject: "全天封闭开发 / Hackathon day", isAllDay: true, start: "2026-11-25T00:00:00+08:00", end: "2026-11-26T00:00:00+08:00" }),
      errors: [{ messageId: "tooSoon", data: { hours: 23 } }],
    },
    {
      name: "a new series whose first occurrence is tomorrow morning is booked at short notice",
      draft: meeting({ recurring: true, start: "2026-11-25T08:00:00+08:00", end: "2026-11-25T08:30:00+08:00" }),
      errors: [{ messageId: "tooSoon", data: { hours: 22 } }],
    },
    {
      name: "a single meeting that began an hour ago (not a series) counts as zero hours ahead",
      draft: meeting({ recurring: false, start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T11:00:00+08:00" }),
      errors: [{ messageId: "tooSoon", data: { hours: 0 } }],
    },
    {
      name: "meeting already over",
      draft: meeting({ start: "2026-11-23T14:00:00+08:00", end: "2026-11-23T15:00:00+08:00" }),
      errors: [{ messageId: "inPast", severity: "warning", data: { hours: 20 } }],
    },
    {
      name: "tenant makes it a warning",
      draft: meeting(at("2026-11-25T08:00:00")),
      policy: { rules: { "meeting/advance-booking": "warning" } },
      errors: [{ messageId: "tooSoon", severity: "warning", data: { hours: 22 } }],
    },
  ],
});
