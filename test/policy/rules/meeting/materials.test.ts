import rule from "../../../../src/policy/rules/meeting/materials";
import { file, meeting } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";
import { GOOGLE_MEET_MAIL_TEXT, TEAMS_JOIN_HTML, TEAMS_JOIN_TEXT, TEAMS_JOIN_TEXT_ZH, forwardedFrom, outlookHtml } from "./invitations";

const deckBody = `Hi all,\n\nPlease review the slides before Thursday.\n\nAgenda:\n1. Architecture overview (20 min)\n2. Open questions\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}`;
const zhBody = `各位好，\n\n请会前阅读评审材料。\n\n议程：\n1. 方案介绍（20分钟）— 王伟\n2. 讨论\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}`;

runRuleTable(rule, {
  valid: [
    { name: "no materials mentioned", draft: meeting() },
    // zh-TW 資料 is data as well: none of these asks for papers.
    { name: "資料轉換測試結果 (a data migration test)", draft: meeting({ body: "議程：\n1. ERP 上線前檢查清單確認\n2. 資料轉換測試結果（陳建宏）\n3. 上線時程\n會議記錄人：林怡君" }) },
    { name: "資料庫備份 (database backup)", draft: meeting({ body: "議程：\n1. 資料庫備份策略檢討\n2. 異地備援\n會議記錄：陳志明" }) },
    { name: "請先看一下資料夾權限 (folder permissions)", draft: meeting({ body: "各位好，\n\n會前請先看一下共用資料夾權限的問題。\n\n議程：\n1. 權限盤點\n2. 調整方式" }) },
    { name: "资料中心 / 主资料 (data centre, master data)", draft: meeting({ body: "议程：\n1. 资料中心机柜规划\n2. 主资料治理进度\n会议记录人：李娜" }) },
    { name: "slides attached", draft: meeting({ body: deckBody, attachments: [file("Architecture review v3.pptx")] }) },
    { name: "cloud attachment counts", draft: meeting({ body: zhBody, attachments: [file("评审材料.docx", { isCloud: true })] }) },
    {
      name: "SharePoint link in the text",
      draft: meeting({ body: `各位好，\n\n评审文档见：https://contoso.sharepoint.com/sites/IT/Shared%20Documents/DR-plan.docx\n\n议程：\n1. DR 方案\n2. 演练安排\n\n${TEAMS_JOIN_TEXT_ZH}` }),
    },
    {
      name: "OneDrive link in HTML",
      draft: meeting({
        body: outlookHtml(["Hi all,", `Pre-read: <a href="https://contoso-my.sharepoint.com/:p:/g/personal/tom_chen/EaBc">Q3 review deck</a>`, "Agenda:<br>1. Q3 numbers<br>2. Q4 plan"]),
      }),
    },
    { name: "file-share path", draft: meeting({ body: "大家好，\n\n资料已放在共享盘：\\\\fs01\\projects\\Q3\\预算.xlsx\n\n议程：\n1. 预算\n2. 排期" }) },
    { name: "无需准备材料", draft: meeting({ body: `各位好，\n\n本次为例行周会，无需准备材料。\n\n议程：\n1. 进度同步\n2. 风险\n\n${TEAMS_JOIN_TEXT_ZH}` }) },
    { name: "no materials needed", draft: meeting({ body: `Hi team,\n\nQuick sync, no materials needed.\n\nAgenda:\n1. Blockers\n2. Next steps\n\n${TEAMS_JOIN_TEXT}` }) },
    { name: "Traditional 不需要準備資料", draft: meeting({ subject: "週會", body: "各位好：\n\n本週例會不需要準備資料。\n\n議程：\n1. 進度\n2. 問題" }) },
    { name: "slides shared after the meeting", draft: meeting({ body: `Hi all,\n\nAgenda:\n1. Demo\n2. Q&A\n\nThe slides will be shared after the meeting.\n\n${TEAMS_JOIN_TEXT}` }) },
    { name: "PPT 会后发给大家", draft: meeting({ body: "各位好，\n\n议程：\n1. 产品演示\n2. 答疑\n\nPPT 会后发给大家。" }) },
    { name: "report as a verb", draft: meeting({ body: "Hi all,\n\nEach team lead will report on progress.\n\nAgenda:\n1. Progress\n2. Risks" }) },
    { name: "material as an adjective, document as a verb", draft: meeting({ body: "Hi all,\n\nThe vendor change has a material impact on the budget and we will document the decision.\n\nAgenda:\n1. Vendor change\n2. Sign-off" }) },
    { name: "向领导报告 is a verb", draft: meeting({ body: "各位好，\n\n会后由王伟向领导报告结论。\n\n议程：\n1. 结论\n2. 分工" }) },
    { name: "文件服务器 is not a document", draft: meeting({ subject: "文件服务器迁移评审", body: "各位好，\n\n议程：\n1. 文件服务器迁移方案\n2. 割接窗口" }) },
    { name: "materials only in the forwarded original", draft: meeting({ body: `FYI.${forwardedFrom("Please read the attached deck.\n\nAgenda:\n1. X\n2. Y")}` }) },
    { name: "Teams block links are not documents but nothing is mentioned", draft: meeting({ body: outlookHtml(["Hi all,", "Agenda:<br>1. Retro<br>2. Planning"], TEAMS_JOIN_HTML) }) },
    { name: "a contract as the topic, nothing to read", draft: meeting({ body: `各位好，\n\n本次讨论与供应商的合同续签时间。\n\n议程：\n1. 续签时间\n2. 谈判人选\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}` }) },
    { name: "malicious attachments are the topic", draft: meeting({ body: `各位好：\n\n本次复盘钓鱼邮件拦截效果。\n\n议程：\n1. 拦截数据：钓鱼链接、恶意附件（王伟）\n2. 策略调整\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}` }) },
    { name: "phishing attachments in English", draft: meeting({ body: `Hi all,\n\nWe review how many phishing attachments the gateway stopped last month.\n\nAgenda:\n1. Numbers\n2. Next steps\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}` }) },
    { name: "the quotation to review is attached", draft: meeting({ body: `Hi all,\n\nPlease review the three quotations before we decide.\n\nAgenda:\n1. Scores\n2. Award\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}`, attachments: [file("Quotations.pdf")] }) },
    { name: "《需求说明书》 linked on SharePoint", draft: meeting({ body: `各位：\n\n请提前阅读《统一身份认证改造需求说明书》：https://contoso.sharepoint.com/sites/it/sso.docx\n\n议程：\n1. 需求范围\n2. 排期\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}` }) },
    { name: "讨论迁移方案, nothing to read", draft: meeting({ body: "各位：\n\n本次会上讨论迁移方案，请准时参加。\n\n议程：\n1. 方案\n2. 排期" }) },
    { name: "方案 linked to read", draft: meeting({ body: "各位：\n\n会前请先看一下扩容方案：https://contoso.sharepoint.com/sites/it/vdi.docx\n\n议程：\n1. 方案\n2. 排期" }) },
    { name: "the PRD attached", draft: meeting({ body: "Hi all,\n\nPlease read the PRD before Thursday.\n\nAgenda:\n1. Scope\n2. Questions", attachments: [file("Portal PRD v2.docx")] }) },
    // The mail system's features as the topic (dogfood of stop 22).
    { name: "附件大小限制 as the topic", draft: meeting({ body: "各位：\n\n议题：\n1. 附件大小限制从 20MB 调到 50MB 的影响\n2. 大附件改走网盘链接\n\n记录人：李娜" }) },
    { name: "attachment size limit as the topic", draft: meeting({ body: "Hi all,\n\nAgenda:\n1. Why raise the attachment limit to 50 MB\n2. Impact on storage\n\nMinute-taker: Lisa" }) },
    { name: "導出 Excel 表格 as the topic", draft: meeting({ subject: "報表需求", body: "各位好：\n\n議程：\n1. 報表導出為 Excel 表格的需求\n2. 權限控制\n\n記錄：陳志明" }) },
    { name: "PDF export feature", draft: meeting({ body: "Hi all,\n\nAgenda:\n1. PDF export feature for invoices\n2. Timeline\n\nMinute-taker: Lisa" }) },
    { name: "SharePoint link pasted without a scheme", draft: meeting({ body: "Hi all,\n\nPre-read: contoso.sharepoint.com/sites/IT/DR-plan.docx\n\nAgenda:\n1. DR plan\n2. Drill" }) },
    { name: "腾讯文档链接没有 https", draft: meeting({ body: "各位好，\n\n会前请阅读材料：docs.qq.com/doc/DQ2xhcmFw\n\n议程：\n1. 方案\n2. 排期" }) },
    { name: "資料連結在括號內，沒有 https", draft: meeting({ subject: "機房搬遷說明", body: "各位好：\n\n請先閱讀簡報（contoso.sharepoint.com/sites/it/move.pptx）。\n\n議程：\n1. 時程\n2. 分工" }) },
  ],
  invalid: [
    { name: "zh-TW 會議資料 (meeting papers), nothing attached", draft: meeting({ body: "各位好，\n\n請會前閱讀會議資料。\n\n議程：\n1. 預算\n2. 排程" }), errors: [{ messageId: "notAttached", data: { term: "資料" } }] },
    { name: "zh-TW 資料 before the data words, nothing attached", draft: meeting({ body: "各位好，\n\n相關資料請先看過，資料庫的部分會上再談。\n\n議程：\n1. 預算" }), errors: [{ messageId: "notAttached", data: { term: "資料" } }] },
    { name: "zh-CN 背景资料 to read, nothing attached", draft: meeting({ body: "各位：\n\n会前请阅读背景资料。\n\n议程：\n1. 方案\n2. 问题" }), errors: [{ messageId: "notAttached", data: { term: "资料" } }] },
    {
      name: "会前请先看一下扩容方案, nothing attached",
      draft: meeting({ body: "各位：\n\n会前请大家先看一下扩容方案，有问题会上提。\n\n议程：\n1. 方案\n2. 问题" }),
      errors: [{ messageId: "notAttached", data: { term: "方案" } }],
    },
    {
      name: "請先過目遷移方案",
      draft: meeting({ subject: "機房遷移方案", body: "各位好：\n\n請先過目遷移方案。\n\n議程：\n1. 方案\n2. 時程" }),
      errors: [{ messageId: "notAttached", data: { term: "方案" } }],
    },
    {
      name: "Please read the PRD, nothing attached",
      draft: meeting({ body: "Hi all,\n\nPlease read the PRD before Thursday and leave comments.\n\nAgenda:\n1. Scope\n2. Open questions" }),
      errors: [{ messageId: "notAttached", data: { term: "PRD" } }],
    },
    {
      name: "a read ask about the upload plan still asks",
      draft: meeting({ body: "各位：\n\n会前请阅读附件中的导入方案。\n\n议程：\n1. 方案\n2. 排期" }),
      errors: [{ messageId: "notAttached", data: { term: "附件" } }],
    },
    {
      name: "review the export spec before the call",
      draft: meeting({ body: "Hi all,\n\nPlease review the export format spreadsheet before the call.\n\nAgenda:\n1. Columns\n2. Sign-off" }),
      errors: [{ messageId: "notAttached", data: { term: "spreadsheet" } }],
    },
    {
      name: "請先閱讀上傳流程簡報",
      draft: meeting({ subject: "檔案上傳流程說明", body: "各位好：\n\n請先閱讀上傳流程簡報。\n\n議程：\n1. 流程\n2. 問答" }),
      errors: [{ messageId: "notAttached", data: { term: "簡報" } }],
    },
    {
      name: "Google Calendar's phone and help links are no material",
      draft: meeting({ body: `Agenda:\n1. Retention\n2. Offsite copies\n\nPlease look at the slides beforehand.\n\n${GOOGLE_MEET_MAIL_TEXT}` }),
      errors: [{ messageId: "notAttached", data: { term: "slides" } }],
    },
    {
      name: "会前请阅读材料, only Google's block",
      draft: meeting({ body: `各位好，\n\n会前请阅读评审材料。\n\n议程：\n1. 方案\n2. 排期\n\n${GOOGLE_MEET_MAIL_TEXT}` }),
      errors: [{ messageId: "notAttached", data: { term: "材料" } }],
    },
    {
      name: "a version number is no link: 請閱讀 v2.3/final 簡報",
      draft: meeting({ subject: "機房搬遷說明", body: "各位好：\n\n請先閱讀簡報 v2.3/final。\n\n議程：\n1. 時程\n2. 分工" }),
      errors: [{ messageId: "notAttached", data: { term: "簡報" } }],
    },
    {
      name: "《需求说明书》 to read, only the Teams join link",
      draft: meeting({ body: `各位：\n\n需求说明书已定稿，请提前阅读《统一身份认证改造需求说明书》并准备问题。\n\n议程：\n1. 需求范围\n2. 排期\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}` }),
      errors: [{ messageId: "notAttached", data: { term: "《统一身份认证改造需求说明书》" } }],
    },
    {
      name: "quotations and a scoring form to read first (zh-TW)",
      draft: meeting({ body: `各位好：\n\n請會前先審閱三家供應商的報價單與評分表。\n\n議程：\n1. 評分\n2. 決標\n\n會議記錄人：李娜\n\n${TEAMS_JOIN_TEXT_ZH}` }),
      errors: [{ messageId: "notAttached", data: { term: "報價單" } }],
    },
    {
      name: "go through the contract draft clause by clause",
      draft: meeting({ body: `Hi all,\n\nWe will go through the contract draft clause by clause; please mark up your questions first.\n\nAgenda:\n1. Scope\n2. SLA\n\nMinute-taker: Lisa Wang\n\n${TEAMS_JOIN_TEXT}` }),
      errors: [{ messageId: "notAttached", data: { term: "contract" } }],
    },
    { name: "slides mentioned, nothing attached", draft: meeting({ body: deckBody }), errors: [{ messageId: "notAttached", data: { term: "slides" }, excerpt: "slides" }] },
    { name: "评审材料 without attachment", draft: meeting({ body: zhBody }), errors: [{ messageId: "notAttached", data: { term: "材料" } }] },
    {
      name: "Traditional 資料 in the agenda",
      draft: meeting({ subject: "供應商評選", body: `各位好：\n\n議程：\n1. 供應商資料審閱（20分鐘）\n2. 評分\n\n記錄人：陳志明\n\n${TEAMS_JOIN_TEXT}` }),
      errors: [{ messageId: "notAttached", data: { term: "資料" } }],
    },
    { name: "PPT in mixed text", draft: meeting({ body: "Hi all / 各位好，\n\n议程 Agenda:\n1. 产品 roadmap，请提前看 PPT\n2. Q&A" }), errors: [{ messageId: "notAttached", data: { term: "PPT" } }] },
    { name: "Taiwanese 簡報", draft: meeting({ subject: "年度預算簡報審閱", body: "各位好：\n\n請會前先看過簡報。\n\n議程：\n1. 預算說明\n2. 討論" }), errors: [{ messageId: "notAttached", data: { term: "簡報" } }] },
    { name: "pre-read", draft: meeting({ body: `Hi all,\n\nThere is a short pre-read for this session.\n\nAgenda:\n1. Discussion\n2. Decision\n\n${TEAMS_JOIN_TEXT}` }), errors: [{ messageId: "notAttached", data: { term: "pre-read" } }] },
    { name: "预读 in Chinese", draft: meeting({ body: "各位好，\n\n请提前预读方案。\n\n议程：\n1. 方案讨论\n2. 决策" }), errors: [{ messageId: "notAttached", data: { term: "预读" } }] },
    { name: "测试报告", draft: meeting({ body: "各位好，\n\n议程：\n1. 测试报告解读（15分钟）\n2. 上线评估" }), errors: [{ messageId: "notAttached", data: { term: "测试报告" } }] },
    { name: "monthly report", draft: meeting({ body: "Hi all,\n\nAgenda:\n1. Walk through the monthly report\n2. Actions" }), errors: [{ messageId: "notAttached", data: { term: "report" } }] },
    {
      name: "see attached, but the attachment is an inline logo",
      draft: meeting({ body: "Hi all,\n\nPlease see the attached document.\n\nAgenda:\n1. Review\n2. Sign-off", attachments: [file("image001.png", { isInline: true })] }),
      errors: [{ messageId: "notAttached", data: { term: "attached" } }],
    },
    {
      name: "only the Teams links in HTML",
      draft: meeting({ body: outlookHtml(["各位好，", "请会前查看演示文稿。", "议程：<br>1. 演示<br>2. 讨论"]) }),
      errors: [{ messageId: "notAttached", data: { term: "演示文稿" } }],
    },
    {
      name: "new mention above a forwarded original that had the link",
      draft: meeting({ body: `Adding Chen; please read the spreadsheet before we meet.${forwardedFrom("Budget: https://contoso.sharepoint.com/sites/fin/q3.xlsx\n\nAgenda:\n1. Q3\n2. Q4")}` }),
      errors: [{ messageId: "notAttached", data: { term: "spreadsheet" } }],
    },
    {
      name: "materials to be sent before the meeting",
      draft: meeting({ body: "各位好，\n\n相关资料将在会前发出。\n\n议程：\n1. 需求评审\n2. 排期" }),
      errors: [{ messageId: "notAttached", data: { term: "资料" } }],
    },
  ],
});
