import rule from "../../../../src/policy/rules/mail/language-slang";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const OUTLOOK_REPLY_HTML = (prose: string): string =>
  `<html><body><div class="WordSection1"><p class="MsoNormal">${prose}</p>` +
  `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday, November 23, 2026 5:10 PM<br><b>To:</b> Tom Chen<br><b>Subject:</b> Q3 budget</p></div>` +
  `<p class="MsoNormal">lol ok, gonna check it tmr, thx!!</p></div></body></html>`;

runRuleTable(rule, {
  valid: [
    // Taiwan's 機車 is a motorcycle; Chur, SOR and HEA are names. Ordinary HK business Cantonese is not slang.
    { name: "zh-TW: 機車停車位 and 騎機車上班", draft: mail({ body: "各位同仁好：\n\n地下二樓的機車停車位將於12月重新劃線，騎機車上班的同仁請改停B3。\n\n總務部" }) },
    { name: "zh-TW: 機車駕照 and 公務機車", draft: mail({ body: "志明您好：\n\n外勤同仁申請公務機車，需要附上機車駕照影本。\n\n怡君" }) },
    { name: "en: the Chur office, the SOR system and HEA funding", draft: mail({ body: "Hi team,\n\nThe Chur office moves to the SOR system in January; the HEA funding report follows.\n\nTom" }) },
    { name: "zh-HK: 唔該, 麻煩晒, 收到, 咗, 嘅, 係 in a reply", draft: mail({ body: "Kelvin,\n\n收到，唔該晒。我哋部門嘅同事已經試咗新 VPN，係正常嘅。麻煩晒你。\n\nAmy" }) },
    { name: "mixed: Please 幫手 check 下, send 咗, cc 埋", draft: mail({ body: "Hi Kelvin,\n\nPlease 幫手 check 下份 UAT 時間表，我已經 send 咗畀 HR，亦 cc 埋你。\n\nAmy" }) },
    { name: "en: 'heat', 'heap', 'sore', 'church' are words", draft: mail({ body: "Hi team,\n\nThe heat map shows heap usage; my sore throat kept me from the church hall meeting.\n\nTom" }) },
    { name: "喝醉了, 他也喝醉了 are no slang", draft: mail({ body: "各位：\n\n年会上不少同事喝醉了，他也喝醉了，请大家注意安全。\n\n谢谢\n李娜" }) },
    { name: "zh-TW: 醉了 alone (聚餐有人醉了)", draft: mail({ body: "各位同仁好：\n\n昨天聚餐有人醉了，請大家搭計程車回家。\n\n謝謝\n陳志明" }) },
    { name: "en: drunk is no slang either way", draft: mail({ body: "Hi all,\n\nPlease do not drive if you had drinks at the party.\n\nThanks,\nTom" }) },
    { name: "LMK in capitals is an HSM's Local Master Key", draft: mail({ body: "Hi Lisa,\n\nThe HSM's LMK will be rotated on Saturday; the payment keys are re-encrypted under the new LMK.\n\nThanks,\nTom" }) },
    { name: "zh-CN: LMK 密钥 in a key ceremony notice", draft: mail({ body: "各位：\n\n本周六进行加密机 LMK 更换，届时支付交易暂停 30 分钟。\n\n谢谢\n李娜" }) },
    { name: "zh-TW: LMK 金鑰 in a change notice", draft: mail({ body: "各位同仁好：\n\n週六更換加密機的 LMK 金鑰，期間刷卡交易暫停。\n\n謝謝\n陳志明" }) },
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
    { name: "整活 and 先闪了 in other words: 调整活动, 屏幕先闪了一下", draft: mail({ subject: "年会彩排", body: "各位：\n\n年会的调整活动方案已定稿。彩排时屏幕先闪了一下，随后恢复正常。\n\n谢谢\n李娜" }) },
    { name: "a real thank-you: 真的会谢谢", draft: mail({ subject: "志愿者活动", body: "各位同事：\n\n这次活动人手紧张，我们真的会谢谢每一位报名的志愿者。\n\n此致\n王伟" }) },
    { name: "zh-TW: 超派遣 is no slang", draft: mail({ subject: "人力派遣", body: "陳經理您好，\n\n本季超派遣人數已回報人資，派遣合約附在系統中。\n\n謝謝\n志明" }) },
    { name: "orz in identifiers and paths: orz_backup, ORZ-2, /srv/orz/logs", draft: mail({ body: "Hi team,\n\nThe orz_backup job on host ORZ-2 finished; logs are under /srv/orz/logs.\n\nThanks,\nTom" }) },
    {
      name: "zh-TW reply: chat slang only below the 寄件者 header",
      draft: mail({
        subject: "RE: 今天進度",
        body: "各位好：\n\n進度已更新到共用表格，請查閱。\n\n謝謝\n陳志明\n\n寄件者: 志明\n寄件日期: 2026年11月23日 下午 6:02\n收件者: 陳志明\n主旨: 今天進度\n\n今天老闆超派的，我先閃了 orz，傻眼貓咪。",
      }),
    },
    {
      name: "Chinese slang only in the quoted history",
      draft: mail({
        subject: "RE: 补丁",
        body: "Hi Lisa,\n\nThe patch is verified on staging.\n\nThanks,\nTom\n\nFrom: 王伟\nSent: Monday, November 23, 2026 9:12 AM\nTo: Tom Chen\nSubject: 补丁\n\n上个补丁修复了个寂寞，测试环境又芭比Q了，母湯 orz",
      }),
    },
  ],
  invalid: [
    { name: "zh-TW: 新介面很機車", draft: mail({ body: "志明：\n\n新介面真的很機車，按鈕都找不到。\n\n怡君" }), errors: [{ messageId: "slang", excerpt: "機車", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "機車", replace: "難搞" } }] }] },
    { name: "zh-TW: 這個流程超機車", draft: mail({ body: "志明：\n\n請款流程超機車，要簽五個人。\n\n怡君" }), errors: [{ messageId: "slang", excerpt: "機車", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "機車", replace: "難搞" } }] }] },
    { name: "zh-TW: 森77 and 森七七", draft: mail({ body: "志明：\n\n這個月系統當機三次，客戶們都森77了，業務經理也森七七。\n\n怡君" }), errors: [{ messageId: "slang", excerpt: "森77", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "森77", replace: "生氣" } }] }, { messageId: "slang", excerpt: "森七七", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "森七七", replace: "生氣" } }] }] },
    { name: "zh-HK: 呢排好 chur", draft: mail({ body: "Kelvin,\n\n年尾呢排真係好 chur，大家都好攰。\n\nAmy" }), errors: [{ messageId: "slang", excerpt: "chur" }] },
    { name: "zh-HK: hea 住做", draft: mail({ body: "Kelvin,\n\n個 vendor hea 住做，進度落後咗兩個星期。\n\nAmy" }), errors: [{ messageId: "slang", excerpt: "hea" }] },
    { name: "mixed: sor, I missed the call", draft: mail({ body: "Hi Kelvin,\n\nsor, I missed the call. 我聽日再打畀你。\n\nAmy" }), errors: [{ messageId: "slang", excerpt: "sor", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "sor", replace: "sorry" } }] }] },
    { name: "我也是醉了", draft: mail({ body: "小张：\n\n又是你们部门，我也是醉了。\n\n李娜" }), errors: [{ messageId: "slang", excerpt: "也是醉了" }] },
    { name: "zh-TW: 真的也是醉了", draft: mail({ body: "小林：\n\n規格又改了，真的也是醉了。\n\n陳志明" }), errors: [{ messageId: "slang", excerpt: "也是醉了" }] },
    { name: "mixed: 这个 bug 我也是醉了", draft: mail({ body: "Hi Kevin，\n\n这个 bug 又回来了，我也是醉了。\n\n李娜" }), errors: [{ messageId: "slang", excerpt: "也是醉了" }] },
    { name: "en: lmk by Friday", draft: mail({ body: "Hi Lisa,\n\nThe quote is attached, lmk by Friday if it works.\n\nThanks,\nTom" }), errors: [{ messageId: "slang", excerpt: "lmk", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "lmk", replace: "let me know" } }] }] },
    { name: "zh-CN: 有问题 lmk", draft: mail({ body: "各位：\n\n新的 VPN 配置已推送，有问题 lmk。\n\n谢谢\n李娜" }), errors: [{ messageId: "slang", excerpt: "lmk", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "lmk", replace: "let me know" } }] }] },
    { name: "zh-TW: 可以的話 lmk 一下", draft: mail({ body: "小林您好：\n\n報價單在附件，可以的話 lmk 一下。\n\n謝謝\n陳志明" }), errors: [{ messageId: "slang", excerpt: "lmk", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "lmk", replace: "let me know" } }] }] },
    {
      name: "mainland memes: 修复了个寂寞, 芭比Q了, 摆烂",
      draft: mail({ subject: "补丁问题", body: "各位：\n\n上周的补丁修复了个寂寞，测试环境又芭比Q了，大家别摆烂。\n\n谢谢\n李娜" }),
      errors: [
        { messageId: "slang", excerpt: "了个寂寞" },
        { messageId: "slang", excerpt: "芭比Q了" },
        { messageId: "slang", excerpt: "摆烂" },
      ],
    },
    {
      name: "mainland memes: 破防了, 无语子, 真的会谢",
      draft: mail({ subject: "需求变更", body: "小王：\n\n看到第三版需求我直接破防了，无语子，真的会谢。\n\n李娜" }),
      errors: [
        { messageId: "slang", excerpt: "破防了" },
        { messageId: "slang", excerpt: "无语子" },
        { messageId: "slang", excerpt: "真的会谢" },
      ],
    },
    {
      name: "整活 and 更新了个寂寞 in a status mail",
      draft: mail({ subject: "周报", body: "王经理：\n\n您好！本周客户端更新了个寂寞，下周我们再整活一次。\n\n谢谢\n李娜" }),
      errors: [
        { messageId: "slang", excerpt: "了个寂寞" },
        { messageId: "slang", excerpt: "整活" },
      ],
    },
    {
      name: "zh-TW chat: 母湯, 很瞎, answered in Traditional",
      draft: mail({ subject: "報價方式", body: "小陳：\n\n這個報價方式母湯，客戶看到真的很瞎。\n\n志明" }),
      errors: [
        { messageId: "slang", excerpt: "母湯", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "母湯", replace: "不行" } }] },
        { messageId: "slang", excerpt: "很瞎", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "很瞎", replace: "很離譜" } }] },
      ],
    },
    {
      name: "zh-TW chat: 超派, 先閃了, orz",
      draft: mail({ subject: "今天進度", body: "各位：\n\n今天老闆超派的，我先閃了，明天見 orz\n\n志明" }),
      errors: [
        { messageId: "slang", excerpt: "超派" },
        { messageId: "slang", excerpt: "先閃了", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "先閃了", replace: "先走了" } }] },
        { messageId: "slang", excerpt: "orz" },
      ],
    },
    {
      name: "zh-TW chat: 傻眼貓咪, 閃人",
      draft: mail({ subject: "報表錯誤", body: "志明您好，\n\n報表又錯了，傻眼貓咪。我五點就閃人囉。\n\n謝謝\nTom" }),
      errors: [
        { messageId: "slang", excerpt: "傻眼貓咪" },
        { messageId: "slang", excerpt: "閃人", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "閃人", replace: "離開" } }] },
      ],
    },
    {
      name: "English mail: Orz and smh, tbh",
      draft: mail({ body: "Hi Lisa,\n\nSorry for the late reply Orz. The vendor missed the date again, smh. tbh we need a backup.\n\nThanks,\nTom" }),
      errors: [
        { messageId: "slang", excerpt: "Orz" },
        { messageId: "slang", excerpt: "smh" },
        { messageId: "slang", excerpt: "tbh", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "tbh", replace: "to be honest" } }] },
      ],
    },
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
