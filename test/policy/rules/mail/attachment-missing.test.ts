import rule from "../../../../src/policy/rules/mail/attachment-missing";
import { file, mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const QUOTED_ZH = "\n\n-----原始邮件-----\n发件人: 王伟\n发送时间: 2026年11月23日 17:02\n收件人: 李娜\n主题: Q3 预算\n\n附件是 Q3 预算表，请审阅。";

runRuleTable(rule, {
  valid: [
    {
      name: "zh-CN realistic: the attachment is promised for later (附件我会在周三整理好后单独发给你)",
      draft: mail({ body: "Lisa你好：\n\n下周一要提交年度设备采购清单，附件我会在周三整理好后单独发给你。\n\n请你在周五前把你们组的需求补充进共享表格。\n\n谢谢\nTom" }),
    },
    { name: "en realistic: the deck will follow in a separate mail", draft: mail({ body: "Hi Lisa,\n\nThe slides are still being reviewed; I'll send the attachment separately once legal signs off.\n\nCould you book the room for Friday?\n\nThanks,\nTom" }) },
    { name: "no mention, no attachment", draft: mail() },
    {
      name: "mention with a file attached",
      draft: mail({ body: "Hi Lisa,\n\nPlease find attached the Q3 budget (Q3_Budget.xlsx) for your approval.\n\nThanks,\nTom", attachments: [file("Q3_Budget.xlsx")] }),
    },
    {
      name: "cloud attachment counts",
      draft: mail({ subject: "Q3 预算", body: "李娜：\n\n附件是 Q3 预算表，请于周五前审批。\n\n谢谢\n王伟", attachments: [file("Q3 预算.xlsx", { isCloud: true })] }),
    },
    {
      name: "SharePoint link in the body counts",
      draft: mail({
        subject: "Q3 预算",
        body: '<div>李娜：</div><div><br></div><div>附上 Q3 预算表的<a href="https://contoso.sharepoint.com/:x:/s/finance/EabcQ3">共享链接</a>，请审阅。</div><div><br></div><div>谢谢</div><div>王伟</div>',
      }),
    },
    { name: "无附件", draft: mail({ subject: "周会取消", body: "各位好：\n\n本周周会取消，本邮件无附件，下周照常。\n\n谢谢\n李娜" }) },
    { name: "no attachment needed", draft: mail({ body: "Hi Lisa,\n\nNo attachment needed for this one: just reply with your headcount by Friday.\n\nThanks,\nTom" }) },
    { name: "their attachment (English)", draft: mail({ subject: "RE: Q3 budget", body: "Hi Lisa,\n\nThanks, I have gone through your attachment and the numbers look right.\n\nTom" }) },
    { name: "their attachment (Chinese)", draft: mail({ subject: "回复：Q3 预算", body: "王伟：\n\n你发的附件我看过了，第三页的数字需要再核对一下。\n\n谢谢\n李娜" }) },
    { name: "attachment you sent me", draft: mail({ subject: "RE: contract", body: "Hi Anna,\n\nThe attachment you sent me yesterday does not open on my side. Could you resend it as PDF?\n\nBest,\nTom" }) },
    { name: "did you get the attachment?", draft: mail({ body: "Hi Lisa,\n\nDid you get the attachment I sent on Monday? Please confirm.\n\nThanks,\nTom" }) },
    { name: "附件已收到", draft: mail({ subject: "回覆：報價", body: "林小姐您好：\n\n附件已收到，我們會在週五前回覆。\n\n謝謝\n陳志明" }) },
    { name: "附件 only in the quoted history", draft: mail({ subject: "回复：Q3 预算", body: `王伟：\n\n预算我已审批通过。\n\n谢谢\n李娜${QUOTED_ZH}` }) },
    { name: "attached only in the signature's disclaimer", draft: mail({ body: "Hi Lisa,\n\nThe call is moved to 3 pm.\n\nRegards,\nTom\n\nThis email and any files attached are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it." }) },
    { name: "IT notice about attachment size", draft: mail({ subject: "邮箱附件限制调整", body: "各位同事：\n\n自下周起，邮箱附件大小上限调整为 25MB，大文件请用 OneDrive 共享。\n\n谢谢\nIT 服务台" }) },
    { name: "attached to, in its other sense", draft: mail({ body: "Hi Lisa,\n\nThe asset tag attached to the laptop is missing; please print a new one.\n\nThanks,\nTom" }) },
    { name: "attachments in general", draft: mail({ body: "Hi Lisa,\n\nThe gateway now scans mail for attachments with executable file names.\n\nThanks,\nTom" }) },
    { name: "enclosed in quotes", draft: mail({ body: "Hi Lisa,\n\nPassword values must be enclosed in double quotes in the config file.\n\nThanks,\nTom" }) },
    { name: "an instruction to upload attachments", draft: mail({ subject: "报修流程", body: "各位同事：\n\n在工单系统报修时，请上传相关附件（截图或日志），方便我们尽快处理。\n\n谢谢\nIT 服务台" }) },
    { name: "带附件的邮件 in general", draft: mail({ subject: "邮件网关升级", body: "各位同事：\n\n网关升级后，带附件的邮件会先经过病毒扫描，可能延迟几分钟。\n\n谢谢\nIT 服务台" }) },
    { name: "附带 in the sense of 'with an argument'", draft: mail({ body: "张工，你好！\n\n迁移前请先附带 --dry-run 参数运行 migrate.sh，确认输出的 DDL 一致。\n\n谢谢\n王伟" }) },
    { name: "附送 is bundled, 附帶 a condition (zh-TW)", draft: mail({ body: "陳經理您好，\n\n本次採購附帶三年到府保固，供應商另附送無線滑鼠一組，報價比另一家低。\n\n謝謝\n志明" }) },
    { name: "a request to attach the job number (zh-TW)", draft: mail({ body: "各位好，\n\n如升級後 CI 執行異常，請寄信到 it-support@contoso.com 並附上工作編號。\n\n謝謝\nIT 部" }) },
    { name: "a request to attach screenshots", draft: mail({ body: "各位：\n\n报障时烦请在邮件中附上截图和出错时间，方便我们排查。\n\n谢谢\nIT服务台" }) },
    { name: "a phishing warning about an attachment", draft: mail({ body: "Hi all,\n\nThe attachment is called Payslip_Nov2026.html and contains a fake sign-in page. Do not open the attachment.\n\nIT Security" }) },
    { name: "a virus warning in Chinese", draft: mail({ body: "各位同事：\n\n近期有病毒邮件，附件名为“工资单.zip”，请勿打开附件，直接删除。\n\n谢谢\nIT部" }) },
    { name: "如附 promised later", draft: mail({ body: "王经理：\n\n报价单如附件所述的格式我们明天再发给您。\n\n谢谢\n李娜" }) },
    { name: "here's the plan, written in the mail", draft: mail({ body: "Hi Lisa,\n\nHere's the plan for Friday: we cut over at 22:00 and roll back by 23:00 if the checks fail.\n\nThanks,\nTom" }) },
    { name: "I've included Lisa in copy", draft: mail({ body: "Hi Mark,\n\nI've included Lisa in copy so that she can approve the change directly.\n\nThanks,\nTom" }) },
    { name: "the report is in the shared folder, not in the mail", draft: mail({ body: "Hi team,\n\nThe report is in the shared drive under Finance > 2026; please review it by Friday.\n\nThanks,\nTom" }) },
    { name: "现将 without a titled document", draft: mail({ body: "王经理：\n\n现将下周机房断电维护的安排发给您，维护从周六晚十点开始。\n\n谢谢\n李娜" }) },
    { name: "a phishing alert names the attachment in its subject", draft: mail({ subject: "Phishing alert: fake payslip mails with an HTML attachment", body: "Hi all,\n\nThe attachment is called Payslip_Nov2026.html. Delete the mail.\n\nIT Security" }) },
    { name: "钓鱼邮件提醒 in the subject", draft: mail({ subject: "钓鱼邮件提醒：带附件的假工资单", body: "各位同事：\n\n附件名为“工资单.html”，收到请直接删除。\n\nIT部" }) },
    { name: "here are the minutes, written in the mail", draft: mail({ body: "Hi team,\n\nHere are the minutes of today's call: we agreed to move the cut-over to Sunday.\n\nThanks,\nTom" }) },
    { name: "here is a list, written in the mail", draft: mail({ body: "Hi Lisa,\n\nHere is a list of the notable configuration files: /etc/hosts and /etc/resolv.conf.\n\nThanks,\nTom" }) },
    { name: "herewith in a help text", draft: mail({ body: "Hi all,\n\nHerewith you can define the page style of the report template.\n\nThanks,\nTom" }) },
    { name: "please send the file back", draft: mail({ body: "Hi Anna,\n\nCould you send me the signed contract by Friday? Here is what still needs a signature: page 4 and page 9.\n\nThanks,\nTom" }) },
    // "attached" as a state and 附件 as a kind of thing (the prose run's help texts): no file is claimed.
    { name: "en: connectors remain attached when shapes move (a state)", draft: mail({ body: "Hi Lisa,\n\nI checked the new Visio template: each connector remains attached when the shapes are moved, so the re-layout keeps the diagram intact.\n\nThanks,\nTom" }) },
    { name: "en: the dock stayed attached during sleep (a state)", draft: mail({ body: "Hi team,\n\nAfter the firmware update the USB-C dock stayed attached even when the laptops went to sleep, so the disconnect bug from last month is fixed.\n\nBest regards,\nLisa" }) },
    { name: "zh-CN: 作为附件的可执行文件 is a kind of file the gateway scans", draft: mail({ subject: "邮件网关升级通知", body: "各位同事：\n\n新网关会扫描作为附件的可执行文件、压缩包和带宏的文档，扫描期间邮件可能延迟几分钟。\n\n谢谢\nIT 服务台" }) },
    { name: "zh-TW: 作為附件的影片與音訊檔 is a kind of file", draft: mail({ subject: "郵件系統調整", body: "各位同仁：\n\n系統升級後，作為附件的影片與音訊檔若超過 20MB 將被退回，請改用公司雲端硬碟。\n\n謝謝\n資訊部" }) },
  ],
  invalid: [
    {
      name: "报价单如附 (a formal letter, zh-TW)",
      draft: mail({ body: "林經理您好：\n\n感謝貴公司詢價，門市 POS 系統年度維護報價單如附，報價有效期限至 12 月 31 日。\n\n敬祝 商祺\n志明" }),
      errors: [{ messageId: "missing", excerpt: "如附" }],
    },
    {
      name: "详情如附 (zh-CN)",
      draft: mail({ body: "王经理：\n\n本次培训的课程安排如附，请于周三前确认参训名单。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "如附" }],
    },
    {
      name: "名单附后",
      draft: mail({ body: "各部门：\n\n第一批参加消防演练的人员名单附后，请各部门通知到人。\n\n行政部" }),
      errors: [{ messageId: "missing", excerpt: "名单附后" }],
    },
    {
      name: "随函寄上 the signed copy",
      draft: mail({ body: "尊敬的陈总：\n\n随函寄上双方盖章的合同扫描件，请查收。\n\n此致\n敬礼\n王伟" }),
      errors: [{ messageId: "missing", excerpt: "随函寄上" }],
    },
    {
      name: "公文: 现将《…》印发给你们",
      draft: mail({ body: "各部门：\n\n为规范信息系统账号管理，现将《信息系统账号管理办法（2027年修订）》印发给你们，请遵照执行。\n\n信息技术部" }),
      errors: [{ messageId: "missing", excerpt: "现将《信息系统账号管理办法（2027年修订）》印发" }],
    },
    {
      name: "打包放在这封邮件里",
      draft: mail({ body: "婷婷：\n\n展会的照片我挑了32张，打包放在这封邮件里，你看下哪些能用。\n\n谢谢\n周" }),
      errors: [{ messageId: "missing", excerpt: "放在这封邮件里" }],
    },
    {
      name: "I've included the contract",
      draft: mail({ body: "Hi Anna,\n\nAs promised, I've included the contract and the pricing schedule for the support agreement.\n\nBest regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "I've included the contract" }],
    },
    {
      name: "Here's the spreadsheet",
      draft: mail({ body: "Hi Mark,\n\nHere's the spreadsheet with the monthly ticket volumes you asked for.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "missing", excerpt: "Here's the spreadsheet" }],
    },
    {
      name: "the deck is in this mail",
      draft: mail({ body: "Hi all,\n\nAhead of Thursday, the deck is in this mail: 14 slides on the business case.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "deck is in this mail" }],
    },
    {
      name: "see the file below",
      draft: mail({ body: "Hi Sam,\n\nPlease see the file below for the conflict list and mark the ones you accept.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "missing", excerpt: "see the file below" }],
    },
    {
      name: "herewith",
      draft: mail({ body: "Dear Mr. Lin,\n\nWe send herewith our quotation for the 2027 maintenance contract.\n\nKind regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "send herewith" }],
    },
    {
      name: "zh-CN realistic: attached now, something else later (附件是初稿，终稿下周发)",
      draft: mail({ body: "Lisa你好：\n\n附件是采购清单的初稿，终稿我会在下周发给你。\n\n请先看一下格式是否可以。\n\n谢谢\nTom" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "see attachment",
      draft: mail({ body: "Hi Lisa,\n\nFor the figures, see attachment.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attachment" }],
    },
    {
      name: "attached to this mail",
      draft: mail({ body: "Hi Lisa,\n\nThe signed form is attached to this email.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "please find attached, nothing attached",
      draft: mail({ body: "Hi Lisa,\n\nPlease find attached the Q3 budget for your approval.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", severity: "warning", data: { phrase: "attached" }, excerpt: "attached" }],
    },
    {
      name: "见附件 in Simplified Chinese",
      draft: mail({ subject: "Q3 预算", body: "李娜：\n\n Q3 预算表详见附件，请于周五前审批。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "missing", data: { phrase: "附件" } }],
    },
    {
      name: "見附件 in Traditional Chinese",
      draft: mail({ subject: "報價單", body: "林小姐您好：\n\n報價單請見附件，如有問題請隨時聯絡。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "附檔 in Traditional Chinese",
      draft: mail({ subject: "會議記錄", body: "各位同事好：\n\n會議記錄如附檔，請查閱。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "附檔" }],
    },
    {
      name: "I've attached, only a signature logo inline",
      draft: mail({ body: "Hi Lisa,\n\nI've attached the slides for tomorrow.\n\nThanks,\nTom", attachments: [file("image001.png", { isInline: true, contentType: "image/png" })] }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "enclosed in a formal letter",
      draft: mail({ to: [{ name: "Anna Schmidt", address: "anna@fabrikam.com" }], body: "Dear Ms. Schmidt,\n\nEnclosed is our signed purchase order.\n\nYours sincerely,\nTom Chen" }),
      errors: [{ messageId: "missing", excerpt: "Enclosed" }],
    },
    {
      name: "reply above history that also mentions an attachment",
      draft: mail({ subject: "回复：Q3 预算", body: `王伟：\n\n修改后的预算表附上，请再确认一次。\n\n谢谢\n李娜${QUOTED_ZH}` }),
      errors: [{ messageId: "missing", excerpt: "附上" }],
    },
    {
      name: "mixed-language mail",
      draft: mail({ body: "Hi 王伟,\n\n附件是 Q3 report 的 draft, please review by Friday.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "Outlook desktop HTML body",
      draft: mail({
        body: '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Lisa,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">See the attached file for the migration plan.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thanks,<o:p></o:p></p><p class="MsoNormal">Tom<o:p></o:p></p></div></body></html>',
      }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "a question that still says it is attached",
      draft: mail({ subject: "数据核对", body: "王伟：\n\n请问附件中的数据是否正确？\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "a plain link is not an attachment",
      draft: mail({ body: "Hi Lisa,\n\nThe attached plan follows the process at https://intranet.contoso.com/it/process.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "en: the diagram is attached, the connectors remain in place",
      draft: mail({ body: "Hi Lisa,\n\nThe updated diagram is attached; the connectors now remain in place when you move the shapes.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "zh-CN: 合同终稿作为附件发给您 (作为附件 without 的 is still a claim)",
      draft: mail({ body: "王经理：\n\n合同终稿作为附件发给您，请于周五前审阅。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "zh-TW: 報價單作為附件寄上",
      draft: mail({ body: "林小姐您好：\n\n2027 年度維護報價單作為附件寄上，請查收。\n\n敬祝 商祺\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "zh-CN: 附件的第三页 (附件 followed by 的 without a kind word before it)",
      draft: mail({ body: "王经理：\n\n附件的第三页是调整后的报价，请确认。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
  ],
});
