import rule from "../../../../src/policy/rules/mail/confidential-external";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const DISCLAIMER_EN =
  "This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it and notify the sender.";
const DISCLAIMER_ZH = "本邮件及其附件含有保密信息，仅限于发送给上述收件人。如果您不是预期收件人，请立即删除本邮件并通知发件人。";

runRuleTable(rule, {
  valid: [
    { name: "confidential mark, all recipients internal", draft: mail({ subject: "[机密] 组织架构调整方案", body: "王伟：\n\n附上组织架构调整方案，内容保密，请勿外传。\n\n谢谢\n李娜", to: [people.wang] }) },
    { name: "external recipient, no mark", draft: mail({ to: [people.partner], body: "Hi Anna,\n\nThanks for the demo yesterday. Could you send the price list by Friday?\n\nBest regards,\nTom" }) },
    { name: "standard English disclaimer is not a mark", draft: mail({ to: [people.partner], body: `Hi Anna,\n\nPlease find our meeting notes below.\n\nBest regards,\nTom Chen\n\n${DISCLAIMER_EN}` }) },
    { name: "standard Chinese disclaimer is not a mark", draft: mail({ to: [people.partner], subject: "合作方案", body: `Anna 您好：\n\n合作方案的时间表已确认，请于周五前回复。\n\n谢谢\n李娜\n\n${DISCLAIMER_ZH}` }) },
    { name: "保密协议 as a topic", draft: mail({ to: [people.partner], subject: "保密协议签署", body: "Anna 您好：\n\n请在保密协议上签字后寄回，我们收到后安排技术交流。\n\n谢谢\n李娜" }) },
    { name: "confidentiality agreement and NDA as topics", draft: mail({ to: [people.partner], subject: "NDA for the pilot", body: "Hi Anna,\n\nOur legal team has reviewed the confidentiality agreement; please sign the NDA so we can start the pilot.\n\nBest regards,\nTom" }) },
    { name: "saying it is not confidential", draft: mail({ to: [people.partner], body: "Hi Anna,\n\nThe product brochure is not confidential, feel free to share it with your team.\n\nBest,\nTom" }) },
    { name: "Chinese negation: 不是机密", draft: mail({ to: [people.partner], subject: "产品手册", body: "Anna 您好：\n\n这份产品手册不是机密，可以转给贵司同事。\n\n谢谢\n李娜" }) },
    { name: "mark only in the quoted history", draft: mail({ to: [people.partner], subject: "RE: pilot", body: "Hi Anna,\n\nMonday works for us.\n\nBest,\nTom\n\n-----Original Message-----\nFrom: Lisa Wang\nSent: Monday, November 23, 2026 9:12 AM\nTo: Tom Chen\nSubject: pilot\n\nInternal only: our floor price is 80k." }) },
    { name: "confidential as an ordinary adjective", draft: mail({ to: [people.partner], body: "Hi Anna,\n\nThe news says a confidential memo about the merger leaked last week; we will keep your data strictly confidential of course.\n\nBest,\nTom" }) },
    { name: "a promise to keep their data confidential (Chinese)", draft: mail({ to: [people.partner], subject: "数据处理", body: "Anna 您好：\n\n贵司提供的数据我们会严格保密，仅用于本次测试。\n\n谢谢\n李娜" }) },
    { name: "technical 'for internal use'", draft: mail({ to: [people.partner], body: "Hi Anna,\n\nThe X-Reject header is purely for internal use; you can ignore it.\n\nBest,\nTom" }) },
    {
      name: "disclaimer inside the prose after a line of stars",
      draft: mail({ to: [people.partner], body: "Hi Anna,\n\nThe shipment left today.\n\nTom\n\n**************************************************\nE-mail Disclaimer:\nThis e-mail message and any attachments may contain information which is confidential, privileged or commercially sensitive and is intended only for the recipient." }),
    },
    { name: "label not in the tenant's list", draft: mail({ to: [people.partner], sensitivityLabel: "General" }) },
    { name: "confidential label, internal recipients", draft: mail({ to: [people.lisa], sensitivityLabel: "Highly Confidential" }) },
    { name: "内部使用版 of a textbook", draft: mail({ to: [people.partner], subject: "培训安排", body: "Anna 您好：\n\n教材沿用贵学院的《DevOps 实践手册》内部使用版，共 24 本。\n\n谢谢\n王伟" }) },
    { name: "作为内部使用的培训教材 and 我们内部使用的是…", draft: mail({ to: [people.partner], subject: "图书采购", body: "Anna 您好：\n\n图书60册作为内部使用的培训教材；我们内部使用的是企业微信会议。\n\n谢谢\n王伟" }) },
    { name: "僅供內部使用的館藏 (a library copy)", draft: mail({ to: [people.partner], subject: "圖書採購", body: "Anna 您好：\n\n目前公司圖書室只有兩本僅供內部使用的館藏，不外借。\n\n謝謝\n志明" }) },
    { name: "a promise with 将…严格保密 (Simplified)", draft: mail({ to: [people.partner], subject: "资料已收到", body: "Anna 您好：\n\n贵司提供的资料已收到，我们将对这些资料严格保密，仅用于本项目评估。\n\n谢谢\n李娜" }) },
    { name: "a promise with 會對…嚴格保密 (Traditional)", draft: mail({ to: [people.partner], subject: "報價確認", body: "Anna 您好：\n\n我們會對貴公司提供的資料嚴格保密，請放心。報價已確認，下週寄出合約。\n\n謝謝\n志明" }) },
    { name: "a promise with 我司承诺…予以保密", draft: mail({ to: [people.partner], subject: "测试数据", body: "Anna 您好：\n\n我司承诺对测试期间接触到的客户信息予以保密。\n\n谢谢\n王伟" }) },
    { name: "数据保密问题 / 保密要求 as topics", draft: mail({ to: [people.partner], subject: "我们的保密措施", body: "Anna 您好：\n\n贵司问到的数据保密问题，我们的做法是：所有资料加密存储，访问需审批。贵司的信息保密要求我们会逐条确认。\n\n谢谢\n王伟" }) },
    { name: "資訊保密方面 / 保密政策 (Traditional topics)", draft: mail({ to: [people.partner], subject: "稽核問卷", body: "Anna 您好：\n\n問卷第 3 節是資訊保密方面的題目，請依貴司的文件保密政策填寫。\n\n謝謝\n志明" }) },
    { name: "必须保密 said of a key or a password", draft: mail({ to: [people.partner], subject: "证书申请", body: "Anna 您好：\n\n证书的私钥 (必须保密) 会保存在您的电脑上；登录密码必须保密，不要写在便签上。\n\n谢谢\n王伟" }) },
    { name: "内部使用 as a verb before its object", draft: mail({ to: [people.partner], subject: "工具反馈", body: "Anna 您好：\n\n新版本融入了内部使用编译器的反馈意见，下周发布。\n\n谢谢\n王伟" }) },
    { name: "a survey: your answers are confidential", draft: mail({ to: [people.partner], subject: "Customer survey", body: "Hi Anna,\n\nCould you fill in our yearly customer survey? It takes five minutes, it is anonymous and your answers are confidential.\n\nBest,\nTom" }) },
    { name: "this form is optional; your answers are confidential", draft: mail({ to: [people.partner], subject: "Feedback form", body: "Hi Anna,\n\nThis form is optional; your answers are confidential and only used in aggregate.\n\nBest,\nTom" }) },
    { name: "it is a short interview and what you say is confidential", draft: mail({ to: [people.partner], subject: "Research interview", body: "Hi Anna,\n\nIt is a short interview and everything you say is confidential.\n\nBest,\nTom" }) },
    { name: "a question: 是机密吗？", draft: mail({ to: [people.partner], subject: "资料确认", body: "Anna 您好：\n\n您上周发来的价格表是机密吗？我想转给我们采购部的同事参考。\n\n谢谢\n王伟" }) },
    { name: "a question: 是否屬於機密 (Traditional)", draft: mail({ to: [people.partner], subject: "文件確認", body: "Anna 您好：\n\n請問這份文件是否屬於機密？若不是，我們想放在共用資料夾。\n\n謝謝\n志明" }) },
    { name: "a question: 是否为机密", draft: mail({ to: [people.partner], subject: "文件确认", body: "Anna 您好：\n\n请确认贵司的技术方案是否为机密，我们据此决定分享范围。\n\n谢谢\n王伟" }) },
    { name: "', confidential mode,' names a setting", draft: mail({ to: [people.partner], subject: "Settings", body: "Hi Anna,\n\nOpen Settings, Confidential mode, and turn it on for your mailbox.\n\nBest,\nTom" }) },
    { name: "', or confidential?' asks", draft: mail({ to: [people.partner], subject: "Roadmap", body: "Hi Anna,\n\nIs the roadmap you showed public, or confidential?\n\nBest,\nTom" }) },
  ],
  invalid: [
    {
      name: "【内部使用】 as a mark",
      draft: mail({ to: [people.partner], subject: "报价", body: "【内部使用】\n\nAnna 您好：\n\n附上我们的底价测算，请勿外传。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "内部使用", external: "anna@fabrikam.com" } }],
    },
    {
      name: "仅供内部使用。 at the end of the mail",
      draft: mail({ to: [people.partner], subject: "成本测算", body: "Anna 您好：\n\n成本测算见下文，本邮件仅供内部使用。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "仅供内部", external: "anna@fabrikam.com" } }],
    },
    {
      name: "僅供內部使用，請勿外傳 (Traditional)",
      draft: mail({ to: [people.partner], subject: "成本測算", body: "Anna 您好：\n\n以下數字僅供內部使用，請勿外傳。\n\n謝謝\n志明" }),
      errors: [{ messageId: "markedExternal", data: { marker: "僅供內部", external: "anna@fabrikam.com" } }],
    },
    {
      name: "\"it's confidential\" about the attached sheet, to a partner",
      draft: mail({ to: [people.partner], subject: "Pricing sheet for the Q1 renewal", body: "Hi Anna,\n\nPlease see the attached pricing sheet; it's confidential, so please do not share it outside your team.\n\nBest,\nTom", attachments: [{ name: "pricing.xlsx", size: 20480 }] }),
      errors: [{ messageId: "markedExternal", severity: "error", data: { external: "anna@fabrikam.com" } }],
    },
    {
      name: "English mark in the subject to a partner",
      draft: mail({ to: [people.partner], subject: "Confidential: Q4 pricing", body: "Hi Anna,\n\nHere is our pricing proposal for Q4.\n\nBest,\nTom" }),
      errors: [{ messageId: "markedExternal", severity: "error", data: { marker: "Confidential", external: "anna@fabrikam.com" }, excerpt: "Confidential" }],
    },
    {
      name: "Chinese mark in the body, partner in Cc",
      draft: mail({ to: [people.wang], cc: [people.partner], subject: "组织架构调整", body: "王伟：\n\n以下内容仅限内部讨论，请勿外传。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "markedExternal", data: { marker: "仅限内部", external: "anna@fabrikam.com" } }],
    },
    {
      name: "Traditional mark",
      draft: mail({ to: [{ name: "林美玲", address: "meiling@partner.com.tw" }], subject: "報價單", body: "林小姐您好：\n\n此報價僅限內部參考，請勿轉發。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "markedExternal", data: { marker: "僅限內部", external: "meiling@partner.com.tw" } }],
    },
    {
      name: "bracketed 【机密】 subject tag, two external recipients",
      draft: mail({ to: [people.partner, { name: "Bob", address: "bob@fabrikam.com" }], subject: "【机密】合同草案", body: "各位好：\n\n合同草案见下文，请审阅。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "markedExternal", data: { marker: "机密", external: "anna@fabrikam.com, bob@fabrikam.com", count: 2 } }],
    },
    {
      name: "Strictly confidential in an Outlook HTML body",
      draft: mail({
        to: [people.partner],
        body: '<html><body><p class="MsoNormal">Hi Anna,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">STRICTLY CONFIDENTIAL &#8211; our roadmap for 2027 is below.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Regards,</p><p class="MsoNormal">Tom</p></body></html>',
      }),
      errors: [{ messageId: "markedExternal", excerpt: "CONFIDENTIAL" }],
    },
    {
      name: "please keep this confidential",
      draft: mail({ to: [people.partner], body: "Hi Anna,\n\nOur 2027 price increase is 4%. Please keep this confidential until the announcement.\n\nBest,\nTom" }),
      errors: [{ messageId: "markedExternal", excerpt: "Please keep this confidential" }],
    },
    {
      name: "以下内容属于公司机密",
      draft: mail({ to: [people.partner], subject: "合作方案", body: "Anna 您好：\n\n以下内容属于公司机密：明年的产品路线图。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "markedExternal", data: { marker: "属于公司机密" } }],
    },
    {
      name: "do not forward to a personal mailbox",
      draft: mail({ to: [{ name: "Tom", address: "tomchen88@gmail.com" }], body: "Hi Tom,\n\nDraft salary bands for review at home. Do not forward.\n\nTom" }),
      errors: [{ messageId: "markedExternal", data: { marker: "Do not forward", external: "tomchen88@gmail.com" } }],
    },
    {
      name: "sensitivity label from the tenant list",
      draft: mail({ to: [people.lisa, people.partner], sensitivityLabel: "Confidential" }),
      errors: [{ messageId: "labelExternal", data: { label: "Confidential", external: "anna@fabrikam.com" } }],
    },
    {
      name: "tenant's own label and marker lists",
      draft: mail({ to: [people.partner], sensitivityLabel: "公司机密" }),
      policy: { confidentialLabels: ["公司机密"] },
      errors: [{ messageId: "labelExternal", data: { label: "公司机密" } }],
    },
    {
      name: "tenant marker",
      draft: mail({ to: [people.partner], subject: "Project Falcon update", body: "Hi Anna,\n\nFALCON-RESTRICTED: the launch date moved to March.\n\nBest,\nTom" }),
      policy: { lexicon: { confidentialMarkers: ["falcon-restricted"] } },
      errors: [{ messageId: "markedExternal", data: { marker: "FALCON-RESTRICTED" } }],
    },
    {
      name: "mixed-language mail marked internal use only",
      draft: mail({ to: [people.wang, people.partner], subject: "Q4 roadmap", body: "Hi 王伟,\n\nQ4 roadmap 如下, for internal use only.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "markedExternal", data: { marker: "for internal use only" } }],
    },
    {
      name: "【内部使用】 in brackets without another mark",
      draft: mail({ to: [people.partner], subject: "报价", body: "【内部使用】\n\nAnna 您好：\n\n附上我们的底价测算。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "内部使用" } }],
    },
    {
      name: "仅限内部使用，… ending its clause",
      draft: mail({ to: [people.partner], subject: "成本", body: "Anna 您好：\n\n下表仅限内部使用，谢谢配合。\n\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "仅限内部" } }],
    },
    {
      name: "本邮件内容必须保密 is a mark",
      draft: mail({ to: [people.partner], subject: "路线图", body: "Anna 您好：\n\n本邮件内容必须保密，明年的产品路线图如下。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "内容必须保密" } }],
    },
    {
      name: "資料須保密 (Traditional) is a mark",
      draft: mail({ to: [people.partner], subject: "報價", body: "Anna 您好：\n\n以下報價資料須保密，僅供貴司評估。\n\n謝謝\n志明" }),
      errors: [{ messageId: "markedExternal", data: { marker: "資料須保密" } }],
    },
    {
      name: "a request after a promise-like clause is still a mark",
      draft: mail({ to: [people.partner], subject: "合作方案", body: "Anna 您好：\n\n我们会上讨论的方案如下，请注意保密。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "markedExternal", data: { marker: "请注意保密" } }],
    },
    {
      name: "数据请严格保密 asks the reader",
      draft: mail({ to: [people.partner], subject: "测试数据", body: "Anna 您好：\n\n附件里的客户数据请严格保密，测试后删除。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "数据请严格保密" } }],
    },
    {
      name: "it is confidential until the launch",
      draft: mail({ to: [people.partner], subject: "Roadmap", body: "Hi Anna,\n\nHere is our 2027 roadmap. It is confidential until the launch in March.\n\nBest,\nTom" }),
      errors: [{ messageId: "markedExternal", data: { marker: "It is confidential" } }],
    },
    {
      name: "the figures below, not yet published, are confidential",
      draft: mail({ to: [people.partner], subject: "Q3 figures", body: "Hi Anna,\n\nThe figures below, which we have not published yet, are confidential.\n\nBest,\nTom" }),
      errors: [{ messageId: "markedExternal" }],
    },
    {
      name: "这份报价是机密 is a statement",
      draft: mail({ to: [people.partner], subject: "报价", body: "Anna 您好：\n\n这份报价是机密，仅供贵司评估。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "是机密" } }],
    },
    {
      name: "這份文件屬於機密 (Traditional statement)",
      draft: mail({ to: [people.partner], subject: "文件", body: "Anna 您好：\n\n這份文件屬於機密，僅供評估。\n\n謝謝\n志明" }),
      errors: [{ messageId: "markedExternal", data: { marker: "屬於機密" } }],
    },
    {
      name: "', strictly confidential.' after the sentence",
      draft: mail({ to: [{ name: "Tom", address: "tomchen88@gmail.com" }], subject: "Salary bands", body: "Hi,\n\nSalary bands for review at home, strictly confidential.\n\nTom" }),
      errors: [{ messageId: "markedExternal", data: { marker: "strictly confidential" } }],
    },
    {
      name: "'- confidential' after a line",
      draft: mail({ to: [people.partner], subject: "Forecast", body: "Hi Anna,\n\nQ4 forecast below - confidential.\n\nBest,\nTom" }),
      errors: [{ messageId: "markedExternal", data: { marker: "confidential" } }],
    },
    {
      name: "', highly confidential!' in a mixed-language mail",
      draft: mail({ to: [people.partner], subject: "组织架构", body: "Anna 您好：\n\n新的组织架构图在下面, highly confidential!\n\n谢谢\n王伟" }),
      errors: [{ messageId: "markedExternal", data: { marker: "highly confidential" } }],
    },
  ],
});
