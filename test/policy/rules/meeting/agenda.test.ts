import rule from "../../../../src/policy/rules/meeting/agenda";
import { file, meeting } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";
import { TEAMS_JOIN_TEXT, TEAMS_JOIN_TEXT_ZH, TENCENT_JOIN_TEXT, ZOOM_JOIN_TEXT, forwardedFrom, outlookHtml } from "./invitations";

// 腾讯会议 / VooV / Feishu / Zoom invitations copied whole: the tool's block first, the organizer's agenda under it.
const DIAL_IN = "手机一键拨号入会\n+8675536550000,,482119337 (中国大陆)";
const VOOV_JOIN_TEXT = "黃志明 邀請您參加騰訊會議\n會議主題：印表機租賃合約續約\n點擊連結入會：https://voovmeeting.com/dm/AbC123xYz\n#騰訊會議：512-334-981";
const FEISHU_JOIN_TEXT = "张伟 邀请您参加飞书视频会议\n会议主题：OA 审批流上线回顾\n点击链接直接加入会议：\nhttps://vc.feishu.cn/j/612345789\n会议 ID：612 345 789";
const ZOOM_INVITE_TEXT = "Mark Davis is inviting you to a scheduled Zoom meeting.\n\nTopic: Okta sync outage review\nTime: Nov 24, 2026 05:00 PM Pacific Time\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=QWErty123\n\nMeeting ID: 812 3456 7890\nPasscode: 551923";

const insert = [{ messageId: "insertAgenda", fix: { kind: "insertTemplate", template: "agenda" } }];

runRuleTable(rule, {
  valid: [
    { name: "builder's bilingual agenda", draft: meeting() },
    { name: "腾讯会议 block first, agenda under it", draft: meeting({ body: `${TENCENT_JOIN_TEXT}\n\n${DIAL_IN}\n\n议程：\n1. 现有备份策略回顾（王伟）\n2. 对象存储方案讨论（李娜）\n会议记录人：王伟` }) },
    { name: "腾讯会议 block first, agenda items naming tools and passwords", draft: meeting({ body: `${TENCENT_JOIN_TEXT}\n\n议程：\n1. 密码策略调整\n2. Google Workspace 迁移\n3. 腾讯会议账号清理` }) },
    { name: "Zoom invitation first, topics to join and calendars", draft: meeting({ body: `${ZOOM_INVITE_TEXT}\n\nAgenda:\n1. Join the pilot group\n2. Calendar migration\n3. Password reset flow` }) },
    { name: "VooV block first, zh-TW agenda under it", draft: meeting({ body: `${VOOV_JOIN_TEXT}\n\n議程：\n1. 現有合約到期條款\n2. 新報價討論` }) },
    { name: "飞书 block first, numbered topics without a heading", draft: meeting({ body: `${FEISHU_JOIN_TEXT}\n\n1. 上线问题回顾\n2. 移动端适配\n3. 下周计划` }) },
    { name: "Zoom invitation first, English agenda under it", draft: meeting({ body: `${ZOOM_INVITE_TEXT}\n\nAgenda:\n1. Incident timeline\n2. Root cause\n3. Action items` }) },
    {
      name: "pane-written zh-CN agenda above the Teams block",
      draft: meeting({ body: `各位好，\n\n本周四评审 Q3 预算执行情况。\n\n议程：\n1. Q3 支出回顾（15分钟）— 王伟\n2. Q4 预算调整（30分钟）— 李娜\n3. 其他事项\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}` }),
    },
    {
      name: "Traditional 議程 with (1) items",
      draft: meeting({ subject: "專案週會", body: `各位好：\n\n議程：\n(1) 上週進度\n(2) 本週計畫\n(3) 風險與問題\n\n記錄人：陳志明\n\n${TEAMS_JOIN_TEXT}` }),
    },
    {
      name: "English bullets with owners",
      draft: meeting({ body: `Hi team,\n\nAgenda\n• Release 4.2 status – Tom\n• Open incidents (10 min)\n• AOB\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}` }),
    },
    // good-en-no-slides-needed.ics and good-zh-tw-discussion-items.ics
    {
      name: "heading with a duration: Agenda (30 mins):",
      draft: meeting({ body: `Hi all,\n\nNo slides needed, just bring your leave plans.\n\nAgenda (30 mins):\n- Freeze dates and exceptions\n- Rota by week\n\nMark will take notes.\n\n${TEAMS_JOIN_TEXT}` }),
    },
    {
      name: "討論事項 with ● bullets",
      draft: meeting({ subject: "備份系統汰換評估會議", body: `志明、雅婷 好：\n\n討論事項：\n● 現有備份系統問題\n● 三家廠商方案比較\n● 預算與時程\n\n會議記錄：林雅婷\n\n${TEAMS_JOIN_TEXT_ZH}` }),
    },
    {
      name: "一、二、三 under 会议议程",
      draft: meeting({ body: "各位同事：\n\n会议议程：\n一、数据中心迁移进度\n二、割接窗口确认\n三、回退方案\n\n谢谢！\n王伟" }),
    },
    {
      name: "numbered list without heading",
      draft: meeting({ body: `Hi all,\n\nLet's use the hour for:\n1. Demo of the new onboarding flow\n2. Feedback round\n3. Next steps\n\nThanks,\nLisa\n\n${ZOOM_JOIN_TEXT}` }),
    },
    {
      name: "Outlook HTML with an ordered list",
      draft: meeting({ body: outlookHtml(["Dear all,", "<b>Agenda</b>", "1. Architecture review (30 min)<br>2. Security sign-off", "Minute-taker: Lisa Wang"]) }),
    },
    {
      name: "HTML ol list",
      draft: meeting({ body: `<div>Hi all,</div><div><br></div><div>Agenda:</div><ol><li>Budget</li><li>Hiring plan</li></ol>${"<div><br></div>"}` }),
    },
    {
      name: "Outlook on the web bullet list after an introducing sentence",
      draft: meeting({ body: `<div>Hi team,</div><div><br></div><div>On Thursday we'll go through the following:</div><ul><li>Cut-over timeline (20 min)</li><li>Rollback criteria</li><li>Comms plan</li></ul><div><br></div><div>Thanks,</div><div>Tom</div>` }),
    },
    {
      name: "议程详见附件 with the agenda attached",
      draft: meeting({ body: `各位好，\n\n下周二召开年度 IT 预算评审会，议程详见附件。\n\n谢谢！\n\n${TEAMS_JOIN_TEXT_ZH}`, attachments: [file("2027 IT 预算评审会议程.docx")] }),
    },
    {
      name: "agenda linked on SharePoint",
      draft: meeting({ body: `<div>Hi all,</div><div><br></div><div>The agenda is on <a href="https://contoso.sharepoint.com/sites/pmo/agenda-q4.docx">SharePoint</a>.</div>${"<div><br></div>"}` }),
    },
    { name: "inline agenda on the heading line", draft: meeting({ body: "议程：1. 需求评审；2. 排期；3. 风险\n\n记录人：李娜" }) },
    { name: "one-topic agenda", draft: meeting({ body: "Hi Lisa,\n\nAgenda: walk through the DR runbook before Friday's test.\n\nTom" }) },
    {
      name: "mixed-language agenda with times",
      draft: meeting({ body: "Hi all / 各位好，\n\n议程 Agenda:\n1、项目背景 Background（10分钟）\n2、方案评审 Design review（40分钟）负责人：王伟\n3、Q&A\n\n会议记录人：李娜" }),
    },
    {
      name: "forwarded invitation with a new agenda written above",
      draft: meeting({ body: `Adding Chen. Updated agenda:\n\nAgenda:\n1. Q3 numbers\n2. Vendor contract\n${forwardedFrom(`Agenda:\n1. Q3 numbers\n\n${TEAMS_JOIN_TEXT}`)}` }),
    },
    { name: "agenda after a sentence on the same line", draft: meeting({ body: "Hi everyone,\n\nOur quarterly all-hands. Agenda: 1. Year in review (Dana); 2. 2027 priorities (Tom); 3. Open Q&A\n\nMinutes: Lisa" }) },
    { name: "议程接在句子后面", draft: meeting({ body: "各位好，\n\n本周五开季度全员会。议程：1、年度回顾；2、明年重点；3、答疑\n\n记录人：李娜" }) },
    { name: "議程接在句子後面", draft: meeting({ subject: "年度全員大會", body: "各位同仁好：\n\n年度全員大會訂於週五舉行。議程：(一) 年度回顧 (二) 明年重點\n\n記錄：陳志明" }) },
    // Running orders by the clock (dogfood of stop 22): lines, and HTML tables whose cells are lines.
    { name: "time slots after a sentence: 10:00-10:15 开场", draft: meeting({ body: "大家好，周四上午对演练做个复盘：\n\n10:00-10:15 开场和演练回顾\n10:15-10:45 问题逐条过\n10:45-11:00 下次演练安排\n\n记录人：李娜" }) },
    { name: "time slots with en dashes: 9:00 – 9:15  Coverage gaps", draft: meeting({ body: "Hi both,\n\n9:00 – 9:15  Coverage gaps\n9:15 – 9:45  On-call rota\n9:45 – 10:00  Wrap-up\n\nTom" }) },
    { name: "start times only: 14:00 簽到", draft: meeting({ subject: "門禁系統說明會", body: "各位同仁：\n\n14:00 簽到\n14:10 新系統操作說明\n14:40 問題與討論\n\n謝謝" }) },
    {
      name: "HTML table: time, topic, owner cells",
      draft: meeting({
        body: `<html><body><p>Hi all,</p><p>Kick-off for the Intune migration.</p><table><tr><th>Time</th><th>Topic</th><th>Owner</th></tr><tr><td>10:00 – 10:10</td><td>Welcome and goals</td><td>Dana</td></tr><tr><td>10:10 – 10:40</td><td>Migration waves</td><td>Alex</td></tr><tr><td>10:40 – 11:00</td><td>Risks</td><td>All</td></tr></table><p>Scribe: Lisa</p></body></html>`,
      }),
    },
    {
      name: "HTML table in zh-TW: 14:00-14:15 | 稽核範圍說明 | 陳志明",
      draft: meeting({ subject: "年度資安稽核前置會議", body: `<p>各位同仁好：</p><table><tr><td>14:00-14:15</td><td>稽核範圍說明</td><td>陳志明</td></tr><tr><td>14:15-14:45</td><td>缺失改善追蹤</td><td>林怡君</td></tr></table><p>記錄：林怡君</p>` }),
    },
    {
      name: "agenda on a Confluence page",
      draft: meeting({ body: `Hi all,\n\nThe agenda and timeline are on the Confluence page: https://wiki.contoso.com/display/IT/SSO-review\n\nMinute-taker: Lisa\n\n${TEAMS_JOIN_TEXT}` }),
    },
    { name: "Agenda and notes doc: link", draft: meeting({ body: "Agenda and notes doc: https://docs.google.com/document/d/1AbC/edit\n\nNote taker: Lisa" }) },
    { name: "议程和背景材料见共享文档", draft: meeting({ body: "各位：\n\n议程和背景材料见共享文档 https://docs.qq.com/doc/DQ2xh\n\n记录人：李娜" }) },
    { name: "議程放在 wiki 上", draft: meeting({ subject: "機房巡檢制度修訂", body: "各位好：\n\n議程放在 wiki 上：https://wiki.contoso.com/x/Abc\n\n記錄：陳志明" }) },
  ],
  invalid: [
    { name: "腾讯会议 block and its dial-in only", draft: meeting({ body: `${TENCENT_JOIN_TEXT}\n\n${DIAL_IN}` }), errors: [{ messageId: "missing", suggestions: insert }] },
    { name: "腾讯会议 block, then a sentence with no agenda", draft: meeting({ body: `${TENCENT_JOIN_TEXT}\n\n大家对一下备份的进展。` }), errors: [{ messageId: "missing", suggestions: insert }] },
    { name: "VooV block with its numbered dial-in lines", draft: meeting({ body: `${VOOV_JOIN_TEXT}\n\n1. +886 2 2222 2222\n2. +852 5808 6088` }), errors: [{ messageId: "missing", suggestions: insert }] },
    { name: "Zoom invitation, then a thank-you", draft: meeting({ body: `${ZOOM_INVITE_TEXT}\n\nThanks, see you there.` }), errors: [{ messageId: "missing", suggestions: insert }] },
    {
      name: "only a greeting and the Teams block",
      draft: meeting({ body: `Hi all,\n\nLet's catch up on the release.\n\nThanks,\nTom\n\n${TEAMS_JOIN_TEXT}` }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    { name: "empty body", draft: meeting({ body: "" }), errors: [{ messageId: "missing", suggestions: insert }] },
    {
      name: "the same time twice is no running order (two reminders of a start time)",
      draft: meeting({ body: "大家好，\n\n10:00 准时开始\n10:00 请提前进入会议室\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "en: a start time repeated in two lines is no agenda",
      draft: meeting({ body: "Hi all,\n\n14:00 sharp, please.\n14:00 the room is booked from then.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    { name: "no body at all", draft: { ...meeting(), body: undefined }, errors: [{ messageId: "missing", suggestions: insert }] },
    {
      name: "Chinese prose only",
      draft: meeting({ body: `各位好，\n\n请大家参加本周四的项目周会，讨论一下进度。\n\n谢谢！\n\n${TEAMS_JOIN_TEXT_ZH}` }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "agenda only in the quoted original of a forward",
      draft: meeting({ body: `FYI, please join.${forwardedFrom(`Agenda:\n1. Q3 numbers\n2. Vendor contract\n\n${TEAMS_JOIN_TEXT}`)}` }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "agenda said to be attached but nothing is",
      draft: meeting({ body: `各位好，\n\n议程详见附件。\n\n${TEAMS_JOIN_TEXT_ZH}` }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "numbered notes are not an agenda",
      draft: meeting({ body: "大家好，\n\n周五讨论新版本上线。\n\n注意事项：\n1. 请提前 5 分钟入会\n2. 请保持静音\n\n李娜" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "HTML body with only the Teams block",
      draft: meeting({ body: outlookHtml([]) }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "one topic after a sentence is not a list",
      draft: meeting({ body: "Hi all,\n\nQuick one. Agenda: 1. the budget, nothing else.\n\nTom" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "议程 mid-sentence without a list",
      draft: meeting({ body: "各位好，\n\n上次会上说过。议程：会上再定\n\n谢谢" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "agenda word in prose, numbers elsewhere",
      draft: meeting({ body: "Hi all,\n\nWe have a full agenda: 2 hours. Please be on time.\n\nTom" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "one clock time is the meeting's time, not a running order",
      draft: meeting({ body: "各位好，\n\n14:00 准时开始，请提前入会。\n\n记录人：李娜" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "times out of order are not a running order",
      draft: meeting({ body: "Hi all,\n\n15:00 works for Lisa\n10:00 works for Wang\n\nTom" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "agenda doc promised for later, a pre-read linked",
      draft: meeting({ body: "Hi all,\n\nI'll send the agenda doc later. Pre-read: https://contoso.sharepoint.com/x.pptx\n\nMinute-taker: Lisa" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "agenda on a Confluence page that is not linked",
      draft: meeting({ body: "Hi all,\n\nThe agenda is on the Confluence page.\n\nMinute-taker: Lisa" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "议程稍后放在共享文档",
      draft: meeting({ body: "各位：\n\n议程稍后放在共享文档里。参考资料：https://docs.qq.com/doc/DQ2xh\n\n记录人：李娜" }),
      errors: [{ messageId: "missing", suggestions: insert }],
    },
    {
      name: "unfilled template heading",
      draft: meeting({ body: "议程：\n\n会议记录人：李娜" }),
      errors: [{ messageId: "empty", data: { heading: "议程：" }, excerpt: "议程：" }],
    },
    {
      name: "Agenda: TBD",
      draft: meeting({ body: `Hi all,\n\nAgenda: TBD\n\n${TEAMS_JOIN_TEXT}` }),
      errors: [{ messageId: "empty", data: { heading: "Agenda: TBD" } }],
    },
    {
      name: "Traditional 議程：待定",
      draft: meeting({ subject: "系統升級討論", body: "各位好，\n\n議程：待定\n\n謝謝" }),
      errors: [{ messageId: "empty", data: { heading: "議程：待定" } }],
    },
  ],
});
