import { checkDraft } from "../../../../src/policy/engine";
import { DEFAULT_POLICY } from "../../../../src/policy/config";
import { ALL_RULES } from "../../../../src/policy/rules/index.generated";
import { file, meeting, people } from "../../../support/drafts";
import { TEAMS_JOIN_HTML, TEAMS_JOIN_TEXT, TEAMS_JOIN_TEXT_ZH, ZOOM_JOIN_TEXT, TENCENT_JOIN_TEXT, outlookHtml } from "./invitations";
// Whole invitations through the eight meeting rules together: good ones in every style must
// come out clean (an in-person note at most), careless ones must trip every rule.
const EVERY_RULE = ["advance-booking", "agenda", "attendees", "materials", "minute-taker", "online-join", "reminder", "subject-specific"].map((n) => `meeting/${n}`);
const rules = ALL_RULES.filter((r) => r.id.startsWith("meeting/"));
const good = {
  en1: meeting({ subject: "Release 4.2 go/no-go", requiredAttendees: [people.lisa, people.wang], body: `Hi all,\n\nWe need to decide whether 4.2 ships on Monday. Please review the test report before the call.\n\nAgenda\n1. Test results (15 min) – Lisa\n2. Open defects (15 min)\n3. Decision\n\nMinute-taker: Lisa Wang\n\nThanks,\nTom\n\n${TEAMS_JOIN_TEXT}`, attachments: [file("4.2 test report.pdf")] }),
  zh1: meeting({ subject: "数据中心迁移割接方案评审", requiredAttendees: [people.wang, people.li], body: `各位好，\n\n本周四下午评审数据中心迁移割接方案，请提前阅读方案文档：https://contoso.sharepoint.com/sites/it/dc-migration.docx\n\n会议议程：\n一、割接步骤说明（20分钟）负责人：王伟\n二、回退方案（15分钟）\n三、分工确认\n\n会议记录人：李娜\n\n谢谢！\nTom\n\n${TEAMS_JOIN_TEXT_ZH}` }),
  tw1: meeting({ subject: "ERP 專案週會", requiredAttendees: [people.chen, people.li], body: `各位好：\n\n議程：\n(1) 上週進度\n(2) 本週計畫\n(3) 風險與問題\n\n記錄人：陳志明\n\n謝謝\n\n${TEAMS_JOIN_TEXT}` }),
  html1: meeting({ subject: "Q4 招聘计划讨论 / Q4 hiring plan", body: outlookHtml(["Hi all / 各位好，", "We'll go through the Q4 hiring plan.", "<b>Agenda 议程</b>", "1. Headcount by team (20 min)<br>2. Budget — Lisa Wang<br>3. Timeline", "Note-taker: Lisa Wang &lt;lisa.wang@contoso.com&gt;", "Thanks,<br>Tom"], TEAMS_JOIN_HTML) }),
  zoom: meeting({ subject: "Fabrikam API integration checkpoint", location: "Zoom", onlineMeetingUrl: undefined, isOnlineMeeting: undefined, requiredAttendees: [people.partner, people.lisa], body: `Hi Anna,\n\nAs discussed, let's check where the integration stands.\n\nAgenda:\n- Auth flow status\n- Error handling\n- Go-live date\n\nLisa will take the minutes.\n\nBest regards,\nTom\n\n${ZOOM_JOIN_TEXT}` }),
  tencent: meeting({ subject: "供应商季度评审", location: "腾讯会议", onlineMeetingUrl: undefined, isOnlineMeeting: undefined, requiredAttendees: [people.wang, people.li], body: `大家好，\n\n本次会议讨论以下内容：\n1、交付质量\n2、续约条件\n\n由王伟负责会议记录。\n\n${TENCENT_JOIN_TEXT}` }),
  inperson: meeting({ subject: "新员工入职培训安排确认", location: "上海 3F-301 会议室", onlineMeetingUrl: undefined, isOnlineMeeting: false, body: "各位好，\n\n议程：\n1. 培训日程\n2. 讲师安排\n\n记录人：李娜\n\n谢谢" }),
};

const careless = {
  bad: meeting({ subject: "Sync", requiredAttendees: [people.tom], location: "", onlineMeetingUrl: undefined, isOnlineMeeting: true, reminderMinutes: 0, start: "2026-11-24T15:00:00+08:00", end: "2026-11-24T16:00:00+08:00", body: "Hi,\n\nLet's talk about the deck.\n\nMinutes: Zhang Lei\n\nTom" }),
  badzh: meeting({ subject: "開會", requiredAttendees: [], location: "待定", onlineMeetingUrl: undefined, isOnlineMeeting: undefined, reminderMinutes: -1, importance: "high", start: "2026-11-24T15:00:00+08:00", end: "2026-11-24T16:00:00+08:00", body: "各位好：\n\n請會前閱讀簡報資料。\n\n謝謝" }),
};

// Sent like invitations, but nobody prepares for or joins them: no meeting rule applies.
const blank = { body: "", location: "", onlineMeetingUrl: undefined, isOnlineMeeting: undefined, reminderMinutes: -1 };
const allDay = { isAllDay: true, start: "2026-11-30T00:00:00+08:00", end: "2026-12-02T00:00:00+08:00" };
const notices = {
  ooo: meeting({ ...blank, ...allDay, subject: "Tom OOO - annual leave" }),
  nianjia: meeting({ ...blank, ...allDay, subject: "李娜 年假（12/1-12/2）", organizer: people.li, requiredAttendees: [people.wang] }),
  qingjia: meeting({ ...blank, subject: "陳志明 請假（下午）", organizer: people.chen, start: "2026-11-26T13:00:00+08:00", end: "2026-11-26T18:00:00+08:00" }),
  canceled: meeting({ ...blank, subject: "Canceled: Release 4.2 go/no-go", body: "We'll reschedule next week.", start: "2026-11-24T11:00:00+08:00" }),
  yiquxiao: meeting({ ...blank, subject: "已取消: 数据中心迁移割接方案评审", body: "会议取消，另行通知。" }),
  quxiao: meeting({ ...blank, subject: "取消：ERP 專案週會", requiredAttendees: [] }),
};
// Meetings about leave or cancellations are meetings: the rules apply.
const aboutNotices = {
  leavePolicy: meeting({ ...blank, subject: "Annual leave policy review" }),
  nianjiaZhidu: meeting({ ...blank, subject: "年假制度调整讨论" }),
  oooCoverage: meeting({ ...blank, subject: "OOO coverage plan for December", start: "2026-11-26T14:00:00+08:00", end: "2026-11-26T14:30:00+08:00" }),
  cancellationPolicy: meeting({ ...blank, subject: "Cancellation policy: vendor terms" }),
  qingjiaLiucheng: meeting({ ...blank, subject: "請假流程線上化討論" }),
};

describe("whole invitations", () => {
  test.each(Object.entries(notices))("%s is no meeting: nothing fires", (_name, draft) => {
    expect(checkDraft(draft, DEFAULT_POLICY, { rules }).findings.map((f) => f.rule)).toEqual([]);
  });

  test.each(Object.entries(aboutNotices))("%s is a meeting: agenda and minute-taker fire", (_name, draft) => {
    const fired = checkDraft(draft, DEFAULT_POLICY, { rules }).findings.map((f) => f.rule);
    expect(fired).toEqual(expect.arrayContaining(["meeting/agenda", "meeting/minute-taker"]));
  });

  test("every meeting rule is registered", () => {
    expect(rules.map((r) => r.id).sort()).toEqual(EVERY_RULE);
  });

  test.each(Object.entries(good))("%s comes out clean", (_name, draft) => {
    const findings = checkDraft(draft, DEFAULT_POLICY, { rules }).findings;
    expect(findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });

  test.each(Object.entries(careless))("%s trips every rule", (_name, draft) => {
    const findings = checkDraft(draft, DEFAULT_POLICY, { lang: "zh-TW", rules }).findings;
    expect(findings.map((f) => f.rule).sort()).toEqual(EVERY_RULE);
  });
});
