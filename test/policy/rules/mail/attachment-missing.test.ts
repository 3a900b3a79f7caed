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
  ],
  invalid: [
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
  ],
});
