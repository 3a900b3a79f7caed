import rule from "../../../../src/policy/rules/mail/minutes-content";
import type { LinkedMeeting } from "../../../../src/policy/types";
import { file, mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const meetingLink: LinkedMeeting = {
  subject: "ERP 升级评审会",
  start: "2026-11-24T14:00:00+08:00",
  end: "2026-11-24T15:00:00+08:00",
  attendees: [people.lisa, people.wang, people.li],
};

const fullZh = `各位好，

以下是今天 ERP 升级评审会的会议纪要，请查阅。

会议时间：11月24日 14:00-15:00
参会人员：王伟、李娜、Lisa Wang、Tom Chen

一、讨论内容
1. 供应商提交的升级方案及停机窗口；
2. 数据迁移的回滚预案。

二、共识
- 停机窗口安排在周六晚上，对业务影响最小。

三、决定事项
- 采用方案 B，分两批迁移。

四、行动项
- 王伟：与供应商确认停机时间（11月27日前）
- 李娜：完成回滚演练报告（12月1日前）

如有遗漏请补充。

谢谢！
Tom Chen
IT 基础架构部`;

const fullTw = `各位同仁好：

附上本週資安例會的會議紀要。

【討論內容】
釣魚郵件演練結果：點擊率 12%，較上季下降。

【共識】
與會者一致認為演練需改為每季一次。

【決議】
下季起將演練納入新人訓練。

【負責人】
陳志明：12/15 前提出新版訓練教材
李娜：下週五前更新 DLP 規則

敬祝 順利
陳志明`;

const fullEn = `Hi team,

Please find below the minutes of today's release planning call.

Discussion
- Scope of the 4.2 release and the open defects.
- Whether the mobile app ships together with the web release.

Consensus
- Everyone agreed the mobile app can ship one week later.

Decisions
- Release 4.2 goes live on 3 Dec; the hotfix branch is frozen on 1 Dec.

Action items
- Lisa Wang: update the release notes by Fri 27 Nov
- Tom: book the CAB slot before 30 Nov

Thanks,
Tom
--
Tom Chen | IT Project Office | +86 21 5555 0100`;

const proseEn = `Hi all,

Thanks for joining the vendor review this morning. We discussed the three proposals from Fabrikam and the cost comparison Lisa prepared. We all agreed that the support terms of proposal 2 are too weak. We decided to go with proposal 1 and to ask for a 10% discount.

Lisa will send the counter-offer to Anna by Thursday, and Tom to update the budget sheet before Friday.

Best regards,
Tom`;

const htmlMinutes = `<html><body>
<p class=MsoNormal>大家好，</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>本周运维例会纪要如下：</p>
<p class=MsoNormal><b>讨论内容：</b>机房 UPS 电池老化问题及更换预算。</p>
<p class=MsoNormal><b>共识：</b>电池需在春节前更换。</p>
<p class=MsoNormal><b>决议：</b>由采购部走紧急采购流程。</p>
<table><tr><td>事项</td><td>负责人</td><td>截止时间</td></tr><tr><td>提交采购申请</td><td>王伟</td><td>12月4日</td></tr></table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>谢谢</p>
<div id="Signature"><p class=MsoNormal>李娜 | IT 运维部</p></div>
</body></html>`;

const notesOnlyDiscussion = `Hi all,

Meeting notes from today's sync below.

- We discussed the printer fleet renewal and the toner contract.
- Lisa shared the usage report for Q3.

Cheers,
Tom`;

const noOwnersZh = `各位好：

项目周会纪要如下。

讨论内容：测试环境资源不足，自动化用例执行时间过长。
共识：需要在月底前扩容。
决定：申请两台新的测试服务器。

谢谢
王伟`;

const quotedHistory = `

-----Original Message-----
From: Tom Chen <tom.chen@contoso.com>
Sent: Tuesday, November 24, 2026 4:00 PM
To: Lisa Wang <lisa.wang@contoso.com>
Subject: 会议纪要：ERP 升级评审会

一、讨论内容
供应商方案
二、共识
周六停机
三、决定事项
采用方案 B
四、行动项
王伟：确认停机时间（11月27日前）`;

runRuleTable(rule, {
  valid: [
    // A heading with a qualifier before its word or its owners after it.
    {
      name: "zh-CN headings 主要讨论内容 / 达成的共识 / 决定事项及责任人",
      draft: mail({ subject: "11月经营分析会纪要", body: "各位领导、同事：\n\n11月经营分析会纪要如下，请查阅。\n\n一、主要讨论内容\n财务部通报：10月销售收入完成月度目标的96%。\n销售部说明：常州项目回款延迟。\n\n二、达成的共识\n应收账款回收是四季度的首要任务。\n\n三、决定事项及责任人\n成立应收账款专项小组，由刘洋牵头，11月13日前提交回款计划。\n\n记录：何雪" }),
    },
    {
      name: "zh-TW headings 討論事項 / 形成的共識 / 決議與負責人",
      draft: mail({ subject: "MES 二期例會紀要", body: "各位好：\n\n一、討論事項\n1. 一車間切換後報工差異 23 筆。\n\n二、形成的共識\n1. 差異主要是培訓不足，不是系統問題。\n\n三、決議與負責人\n1. 夜班班組長 12 月 10 日前完成補充培訓，負責人：胡軍。\n\n記錄：鄧宏" }),
    },
    {
      name: "English headings Key discussion points / Consensus / Decisions and owners",
      draft: mail({ subject: "Minutes: infra weekly", body: "Hi all,\n\nKey discussion points:\n- The backup window overruns on Fridays.\n\nConsensus:\n- Move the full backup to Saturday.\n\nDecisions and owners:\n- Tom moves the job by 4 December.\n\nMinute-taker: Amy" }),
    },
    { name: "complete Simplified minutes with numbered headings", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: fullZh, minutesOf: meetingLink }) },
    { name: "complete Traditional minutes with bracket headings", draft: mail({ subject: "會議紀要 - 本週資安例會", body: fullTw }) },
    { name: "complete English minutes with plain headings", draft: mail({ subject: "Minutes: 4.2 release planning", body: fullEn }) },
    { name: "English minutes written as prose", draft: mail({ subject: "Meeting summary - vendor review", body: proseEn }) },
    { name: "Outlook HTML with bold headings and an owner table", draft: mail({ subject: "运维例会纪要 11/24", body: htmlMinutes }) },
    { name: "not a minutes mail", draft: mail({ subject: "Q3 budget approval", body: notesOnlyDiscussion }) },
    { name: "'5 minutes late' is not minutes", draft: mail({ subject: "Running 5 minutes late to the 3pm call", body: "Hi Lisa,\n\nSorry, I'm stuck in another meeting. Start without me.\n\nTom" }) },
    { name: "a reply to the minutes", draft: mail({ subject: "RE: 会议纪要：ERP 升级评审会", body: `收到，谢谢！我这边周四前确认。\n\n李娜${quotedHistory}` }) },
    { name: "minutes attached as a document", draft: mail({ subject: "MoM - Data centre move steering committee", body: "Hi all,\n\nPlease find attached the minutes of today's steering committee.\n\nRegards,\nTom", attachments: [file("SteerCo_2026-11-24.docx")] }) },
    { name: "minutes in a file named 纪要", draft: mail({ subject: "会议记录", body: "各位好，\n\n会议记录见附件，请查收。\n\n谢谢\n王伟", attachments: [file("11月24日周会纪要.pdf")] }) },
    { name: "minutes in a shared OneNote page", draft: mail({ subject: "Meeting notes - infra weekly", body: "<p>Hi team,</p><p>The notes are in our OneNote: <a href=\"https://contoso.sharepoint.com/sites/infra/_layouts/OneNote.aspx?id=1\">Infra weekly notes</a></p><p>Thanks,<br>Tom</p>" }) },
    { name: "a forward whose quoted minutes are complete", draft: mail({ subject: "FW: 会议纪要：ERP 升级评审会", body: `陈经理，转发会议纪要供您参考。\n\n王伟${quotedHistory}` }) },
    { name: "the minutes template filled in (English)", draft: mail({ subject: "Minutes - backup review", body: "Hi all,\n\n1. Discussion\n- Restore test results\n\n2. Consensus\n- Weekly restore tests are needed\n\n3. Decisions\n- Move backups to the new vault\n\n4. Action items (owner: task (due date))\n- Lisa: schedule restore tests (4 Dec)\n\nTom" }) },
    { name: "a reminder to send the minutes (English)", draft: mail({ subject: "Reminder: please send the minutes by Friday", body: "Hi Lisa,\n\nA reminder that the minutes of Tuesday's steering committee are due by Friday. Could you send them to the attendees by then?\n\nThanks,\nTom" }) },
    { name: "asking who takes the minutes", draft: mail({ subject: "Who will take the minutes on Thursday?", body: "Hi all,\n\nAmy is on leave on Thursday. Can someone else take the minutes of the design review?\n\nThanks,\nTom" }) },
    { name: "a minutes template without the file attached", draft: mail({ subject: "Minutes template for the steering committee", body: "Hi Lisa,\n\nFrom next month please use the template on the team site, with sections for decisions and actions.\n\nThanks,\nTom" }) },
    { name: "会议纪要请于周五前提交 is a request for the minutes", draft: mail({ subject: "会议纪要请于周五前提交", body: "各位主管好：\n\n提醒各部门本周例会的会议纪要请于周五前提交给行政部汇总。\n\n谢谢\n行政部 王伟" }) },
    { name: "提醒：…纪要尚未提交", draft: mail({ subject: "提醒：上周例会纪要尚未提交", body: "李娜你好：\n\n上周三例会的纪要还没有收到，麻烦今天下班前发给参会人员。\n\n谢谢\n王伟" }) },
    { name: "會議紀要範本更新 (Traditional) is about the form", draft: mail({ subject: "會議紀要範本更新", body: "各位同仁好：\n\n自 12 月起請改用團隊網站上的新版範本撰寫會議紀要，並於會後兩個工作日內寄出。\n\n謝謝\n行政部 陳志明" }) },
    { name: "Traditional request to hand in the minutes", draft: mail({ subject: "會議紀要請於週五前提交", body: "各位主管好：\n\n提醒各部門本週會議的會議紀要請於週五前提交給行政部彙整。\n\n謝謝\n行政部 陳志明" }) },
    { name: "an HTML table whose header row names the parts (共识/结论 in one cell)", draft: mail({ subject: "会议纪要：备份系统升级评审", body: "<p>各位好：</p><p>今天备份系统升级评审会的纪要如下：</p><table border=\"1\"><tr><th>议题</th><th>讨论情况</th><th>共识/结论</th><th>负责人</th><th>完成时间</th></tr><tr><td>存储扩容</td><td>现有容量仅够3个月</td><td>扩容 50TB</td><td>张伟</td><td>12月10日</td></tr><tr><td>备份窗口</td><td>周五晚备份超时</td><td>改到周六凌晨</td><td>李娜</td><td>12月1日</td></tr></table><p>谢谢</p><p>王伟</p>" }) },
    { name: "a Traditional HTML table with 議題/討論內容/共識/決議/負責人/期限 columns", draft: mail({ subject: "會議紀要：資安例會", body: "<p>各位好：</p><p>本週資安例會紀要：</p><table border=\"1\"><tr><th>議題</th><th>討論內容</th><th>共識</th><th>決議</th><th>負責人</th><th>期限</th></tr><tr><td>弱點修補</td><td>上月有 12 台主機未修補</td><td>修補週期改為兩週</td><td>由資訊部統一派工</td><td>陳志明</td><td>12/15</td></tr></table><p>謝謝</p><p>志明</p>" }) },
    { name: "an English HTML table with Topic/Discussion/Agreed/Decision/Owner/Due columns", draft: mail({ subject: "Minutes: ops review", body: "<p>Hi all,</p><p>Minutes of today's ops review:</p><table border=\"1\"><tr><th>Topic</th><th>Discussion</th><th>Agreed</th><th>Decision</th><th>Owner</th><th>Due</th></tr><tr><td>Storage</td><td>Only 3 months of capacity left</td><td>Buy before Q1</td><td>Add 50 TB</td><td>Lisa</td><td>Dec 10</td></tr></table><p>Thanks,<br>Tom</p>" }) },
  ],
  invalid: [
    {
      name: "a qualifier does not make 达成的目标 a consensus",
      draft: mail({ subject: "项目周会纪要", body: "各位好：\n\n一、主要讨论内容\n切换方案的进度。\n\n二、达成的目标\n本周完成了八成。\n\n三、决定事项及责任人\n王伟：12月4日前提交切换方案。\n\n记录：李娜" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "only the discussion",
      draft: mail({ subject: "Meeting notes - printer sync", body: notesOnlyDiscussion }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions", missingText: { en: "the consensus reached, the decisions and the owners and their tasks" } }, suggestions: [{ messageId: "insertTemplate", fix: { kind: "insertTemplate", template: "minutes" } }] }],
    },
    {
      name: "Simplified minutes without owners",
      draft: mail({ subject: "回复：项目周会纪要", body: noOwnersZh, minutesOf: meetingLink }),
      errors: [{ messageId: "missingParts", data: { missing: "actions", missingText: { "zh-CN": "负责人及任务" } }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "Simplified minutes without owners, not linked",
      draft: mail({ subject: "项目周会纪要 W48", body: noOwnersZh }),
      errors: [{ messageId: "missingParts", data: { missing: "actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a minutes mail that only says thanks",
      draft: mail({ subject: "会议纪要", body: "各位好，\n\n今天的会议辛苦大家了，会议纪要如下，请查收。\n\n谢谢！\n王伟" }),
      errors: [{ messageId: "missingParts", data: { count: 4, missingText: { "zh-CN": "讨论内容、达成的共识、决定事项、负责人及任务" } }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "Traditional minutes without consensus and decisions",
      draft: mail({ subject: "會議記錄：機房搬遷協調會", body: "各位好：\n\n討論內容：新機房的電力與網路佈線進度。\n\n負責人：\n陳志明：12/10 前完成佈線驗收\n\n敬祝 順利\n陳志明" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions", missingText: { "zh-TW": "達成的共識、決定事項" } }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "English MoM with decisions only",
      draft: mail({ subject: "MoM: security steering committee", body: "Dear all,\n\nDecisions:\n- MFA becomes mandatory for all VPN users from 1 Jan.\n\nKind regards,\nTom Chen" }),
      errors: [{ messageId: "missingParts", data: { missing: "discussion,consensus,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "HTML minutes with empty template headings",
      draft: mail({ subject: "会议纪要：机房巡检", body: "<p>各位好，</p><p>一、讨论内容</p><p>- </p><p>二、共识</p><p>- </p><p>三、决定事项</p><p>- 本月底前更换 UPS 电池</p><p>四、行动项（负责人：任务（截止日期））</p><p>- 负责人：任务（截止日期）</p><p>谢谢</p>" }),
      errors: [{ messageId: "missingParts", data: { missing: "discussion,consensus,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a mixed-language minutes mail without decisions",
      draft: mail({ subject: "Weekly sync 会议纪要", body: "Hi all,\n\n讨论内容：\n- CRM 数据清洗进度 70%\n\nConsensus: 大家一致同意先清洗华东区数据。\n\nAction items:\n- 李娜: 提交清洗报告 by 11/30\n\nThanks\nLisa" }),
      errors: [{ messageId: "missingParts", data: { missing: "decisions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a forward of incomplete minutes",
      draft: mail({ subject: "FW: Meeting notes - printer sync", body: `Lisa, FYI.\n\nTom\n\n-----Original Message-----\nFrom: Tom Chen <tom.chen@contoso.com>\nSent: Tuesday, November 24, 2026 4:00 PM\nTo: Team <team@contoso.com>\nSubject: Meeting notes - printer sync\n\nWe discussed the printer fleet renewal.` }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a linked minutes mail with a generic subject",
      draft: mail({ subject: "ERP 升级评审会", body: "各位好，\n\n今天会上讨论了供应商的升级方案。\n\n谢谢\nTom", minutesOf: meetingLink }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "an attachment that is not the minutes",
      draft: mail({ subject: "Meeting summary: DR test", body: "Hi all,\n\nWe discussed the DR test timeline. Screenshot of the dashboard below.\n\nThanks,\nTom", attachments: [file("dashboard.png", { isInline: true })] }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "history below incomplete new minutes does not count",
      draft: mail({ subject: "会议纪要（修订版）：ERP 升级评审会", body: `各位好，\n\n修订后的纪要：\n讨论内容：供应商方案\n\n谢谢\nTom${quotedHistory}` }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "会议纪要请查收 is the minutes",
      draft: mail({ subject: "会议纪要请查收", body: "各位好，\n\n今天的会议辛苦大家了。\n\n谢谢！\n王伟" }),
      errors: [{ messageId: "missingParts", data: { count: 4 }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a meeting about 催收 is still minutes",
      draft: mail({ subject: "会议纪要：催收流程优化讨论", body: "各位好，\n\n讨论内容：逾期账款的催收流程。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a review of the reminder service is still minutes",
      draft: mail({ subject: "Minutes: reminder service design review", body: "Hi all,\n\nWe discussed the retry policy of the reminder service.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "會議紀要：提醒功能評審 (提醒 is the topic, not a reminder)",
      draft: mail({ subject: "會議紀要：提醒功能評審", body: "各位好：\n\n討論內容：提醒功能的推播頻率。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions,actions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "an HTML table without a consensus column",
      draft: mail({ subject: "会议纪要：存储扩容", body: "<p>各位好：</p><table border=\"1\"><tr><th>序号</th><th>议题</th><th>讨论内容</th><th>决定</th><th>负责人</th><th>截止时间</th></tr><tr><td>1</td><td>存储扩容</td><td>容量不足</td><td>扩容50TB</td><td>张伟</td><td>12月10日</td></tr></table><p>谢谢</p><p>王伟</p>" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "an English table header with no rows under it",
      draft: mail({ subject: "Minutes: ops review", body: "<p>Hi all,</p><p>Minutes below.</p><table border=\"1\"><tr><th>Topic</th><th>Discussion</th><th>Decision</th><th>Owner</th><th>Due</th></tr></table><p>Thanks,<br>Tom</p>" }),
      errors: [{ messageId: "missingParts", data: { count: 4 }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
    {
      name: "a Traditional table without consensus and decisions",
      draft: mail({ subject: "會議紀要：資安例會", body: "<p>各位好：</p><table border=\"1\"><tr><th>議題</th><th>討論內容</th><th>負責人</th><th>期限</th></tr><tr><td>弱點修補</td><td>上月有 12 台主機未修補</td><td>陳志明</td><td>12/15</td></tr></table><p>謝謝</p><p>志明</p>" }),
      errors: [{ messageId: "missingParts", data: { missing: "consensus,decisions" }, suggestions: [{ messageId: "insertTemplate" }] }],
    },
  ],
});
