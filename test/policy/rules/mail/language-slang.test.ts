import rule from "../../../../src/policy/rules/mail/language-slang";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const OUTLOOK_REPLY_HTML = (prose: string): string =>
  `<html><body><div class="WordSection1"><p class="MsoNormal">${prose}</p>` +
  `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday, November 23, 2026 5:10 PM<br><b>To:</b> Tom Chen<br><b>Subject:</b> Q3 budget</p></div>` +
  `<p class="MsoNormal">lol ok, gonna check it tmr, thx!!</p></div></body></html>`;

runRuleTable(rule, {
  valid: [
    { name: "plain English request", draft: mail() },
    {
      name: "business abbreviations are fine",
      draft: mail({ body: "Hi Lisa,\n\nFYI, the vendor needs the PO ASAP. BTW, the ETA is EOD Friday; details TBD.\n\nThanks,\nTom" }),
    },
    {
      name: "Chinese mail with 996 and 内卷 as topics",
      draft: mail({ subject: "关于加班制度的讨论", body: "王经理：\n\n您好！关于部门 996 加班的反馈，以及项目组内卷的问题，我整理了三点建议，请审阅。\n\n此致\n敬礼\n李娜" }),
    },
    {
      name: "false friends: lollipop, PLSQL, U盘, 集美区",
      draft: mail({ body: "Hi Lisa,\n\nThe lollipop campaign data is in the PLSQL job; I copied it to a U盘 (the spare u 盘 is broken) for the 集美区 office.\n\nThanks,\nTom" }),
    },
    {
      name: "slang only in the quoted history",
      draft: mail({ subject: "RE: Q3 budget", body: OUTLOOK_REPLY_HTML("Hi Lisa, I have reviewed the numbers and approved them. Regards, Tom") }),
    },
    {
      name: "slang only in the signature",
      draft: mail({ body: "Hi Lisa,\n\nPlease review the Q3 budget by Friday.\n\nBest regards,\nTom Chen\nIT Ops | \"work hard, yyds\"\nTel: +86 21 5555 0101" }),
    },
    {
      name: "Traditional mail without slang",
      draft: mail({ subject: "下週系統升級", body: "各位同事好：\n\n下週三晚上十點進行系統升級，屆時郵件服務暫停約一小時。\n\n謝謝\n陳志明" }),
    },
    { name: "wood and swelling: 积木有, 红肿么", draft: mail({ body: "王伟：\n\n展台的积木有三种颜色，样品已寄出。伤口还红肿么？注意休息。\n\n谢谢\n李娜" }) },
    { name: "slang letters inside a link", draft: mail({ body: "Hi Lisa,\n\nThe article is at http://news.example.com/story?cid=127&u=/020927/lol.html for reference.\n\nThanks,\nTom" }) },
    { name: "U.S. and U-turn are not \"you\"", draft: mail({ body: "Hi Lisa,\n\nThe U.S. team made a U-turn on plan U, see option A.\n\nThanks,\nTom" }) },
    { name: "酱紫色 is a colour, not 酱紫", draft: mail({ body: "林总：\n\n冬季工服选定酱紫色面料（色号 PANTONE 19-2315），尺码统计见下表。\n\n谢谢\n李娜" }) },
    { name: "神马 inside a company name", draft: mail({ body: "王经理：\n\n新增供应商平顶山神马工程塑料有限公司已通过审核，开户行信息见系统。\n\n谢谢\n李娜" }) },
    { name: "木有 across 红木 and 有限公司", draft: mail({ body: "王经理：\n\n华艺红木有限公司的报价已经收到，比去年低百分之五。\n\n谢谢\n李娜" }) },
    { name: "product and log codes: THX-1138, LOL-2024-003", draft: mail({ body: "Hi team,\n\nThe THX-1138 amplifier rack is logged as item LOL-2024-003 in the lessons-learned log.\n\nThanks,\nTom" }) },
    { name: "codes joined to digits: OMG2 and 3Q 2026", draft: mail({ body: "Hi team,\n\nThe OMG2 board ships in 3Q 2026; the 3Q results come out in October.\n\nThanks,\nTom" }) },
    { name: "醬子 inside a longer word is not slang (果醬子罐)", draft: mail({ body: "陳經理您好，\n\n展場需要的果醬子罐樣品已寄出，預計週三送達。\n\n謝謝\n志明" }) },
  ],
  invalid: [
    {
      name: "zh-TW chat: 醬子 and 3Q",
      draft: mail({ body: "小陳：\n\n覆蓋率目前是 62%，醬子應該還不夠。剩下的部分麻煩你明天處理 3Q\n\n志明" }),
      errors: [
        { messageId: "slang", excerpt: "醬子", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "醬子", replace: "這樣子" } }] },
        { messageId: "slang", excerpt: "3Q", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "3Q", replace: "謝謝" } }] },
      ],
    },
    {
      name: "酱紫 standing as a word before 的话",
      draft: mail({ body: "小王：\n\n酱紫的话我们周五再对一下。\n\n李娜" }),
      errors: [{ messageId: "slang", excerpt: "酱紫", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "酱紫", replace: "那" } }] }],
    },
    {
      name: "神马 as 什么 in a sentence",
      draft: mail({ body: "小王：\n\n这个报错是神马意思？\n\n李娜" }),
      errors: [{ messageId: "slang", excerpt: "神马", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "神马", replace: "什么" } }] }],
    },
    {
      name: "English chat words",
      draft: mail({ body: "Hi Lisa,\n\nI'm gonna send the report tomorrow, pls check it. thx\n\nTom" }),
      errors: [
        { messageId: "slang", data: { term: "gonna" }, excerpt: "gonna", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "gonna", replace: "going to" } }] },
        { messageId: "slang", data: { term: "pls" }, suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "pls", replace: "please" } }] },
        { messageId: "slang", data: { term: "thx" }, suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "thx", replace: "thanks" } }] },
      ],
    },
    {
      name: "capitalised slang keeps its capital in the suggestion",
      draft: mail({ body: "Hi Lisa,\n\nPls find the figures below. LOL, they are better than expected.\n\nRegards,\nTom" }),
      errors: [
        { messageId: "slang", excerpt: "Pls", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "Pls", replace: "Please" } }] },
        { messageId: "slang", excerpt: "LOL" },
      ],
    },
    {
      name: "u and ur as you and your",
      draft: mail({ body: "Hi Lisa,\n\nCan u send me ur slides before the meeting?\n\nThanks,\nTom" }),
      errors: [
        { messageId: "slang", excerpt: "u", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "u", replace: "you" } }] },
        { messageId: "slang", excerpt: "ur", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "ur", replace: "your" } }] },
      ],
    },
    {
      name: "Chinese slang with replacements",
      draft: mail({ subject: "方案评审", body: "王伟：\n\n这个方案酱紫改一下，现在木有预算了，你看有木有别的办法？\n\n谢谢\n李娜" }),
      errors: [
        { messageId: "slang", excerpt: "酱紫", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "酱紫", replace: "这样" } }] },
        { messageId: "slang", excerpt: "木有", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "木有", replace: "没有" } }] },
        { messageId: "slang", excerpt: "有木有", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "有木有", replace: "有没有" } }] },
      ],
    },
    {
      name: "zh-TW 醬紫就…: the replacement reads as a sentence (那就先這樣囉, not 這樣子就先這樣囉)",
      draft: mail({ subject: "系統維護", body: "志明您好，\n\n維護時間改到下週一上午，醬紫就先這樣囉。\n\n謝謝\nTom" }),
      errors: [{ messageId: "slang", excerpt: "醬紫", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "醬紫", replace: "那" } }] }],
    },
    {
      name: "zh-CN 酱紫的话…: 那",
      draft: mail({ subject: "预算调整", body: "王伟：\n\n酱紫的话我们明天再讨论预算。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "slang", excerpt: "酱紫", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "酱紫", replace: "那" } }] }],
    },
    {
      name: "zh-TW 表醬紫: 不要這樣",
      draft: mail({ subject: "會議安排", body: "各位好：\n\n表醬紫臨時改時間，請提前一天通知。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "slang", excerpt: "表醬紫", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "表醬紫", replace: "不要這樣" } }] }],
    },
    {
      name: "Chinese slang without a standard word",
      draft: mail({ subject: "周报", body: "各位好：\n\n本周上线的新系统真的 yyds，用户反馈绝绝子。\n\n谢谢\n李娜" }),
      errors: [
        { messageId: "slang", excerpt: "yyds" },
        { messageId: "slang", excerpt: "绝绝子" },
      ],
    },
    {
      name: "Traditional slang is answered in Traditional",
      draft: mail({ subject: "系統問題", body: "各位同事好：\n\n系統又當機了，肿么辦？我真的伐開心。\n\n謝謝\n陳志明" }),
      errors: [
        { messageId: "slang", excerpt: "肿么", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "肿么", replace: "怎麼" } }] },
        { messageId: "slang", excerpt: "伐開心", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "伐開心", replace: "不開心" } }] },
      ],
    },
    {
      name: "full-width Latin slang",
      draft: mail({ subject: "上线", body: "王伟：\n\n上线很顺利，ｙｙｄｓ！\n\n李娜" }),
      errors: [{ messageId: "slang", excerpt: "ｙｙｄｓ" }],
    },
    {
      name: "mixed-language mail, one finding per distinct term",
      draft: mail({ body: "Hi 王伟,\n\n神马时候能给我 report? 神马都没收到. BTW the PPT is fine.\n\nthx\nLisa" }),
      errors: [
        { messageId: "slang", excerpt: "神马", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "神马", replace: "什么" } }] },
        { messageId: "slang", excerpt: "thx", suggestions: [{ messageId: "replace" }] },
      ],
    },
    {
      name: "slang in an Outlook desktop reply above the history",
      draft: mail({ subject: "RE: Q3 budget", body: OUTLOOK_REPLY_HTML("Hi Lisa, omg the numbers are way off, idk what happened. Tom") }),
      errors: [
        { messageId: "slang", excerpt: "omg" },
        { messageId: "slang", excerpt: "idk", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "idk", replace: "I don't know" } }] },
      ],
    },
    {
      name: "tenant adds its own slang",
      draft: mail({ subject: "需求确认", body: "王伟：\n\n这个需求我们内部叫它小透明，请确认。\n\n谢谢\n李娜" }),
      policy: { lexicon: { slang: ["小透明"] } },
      errors: [{ messageId: "slang", excerpt: "小透明" }],
    },
  ],
});
