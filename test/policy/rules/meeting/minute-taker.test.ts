import rule from "../../../../src/policy/rules/meeting/minute-taker";
import { meeting, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";
import { TEAMS_JOIN_TEXT, TEAMS_JOIN_TEXT_ZH, TENCENT_JOIN_TEXT, forwardedFrom, outlookHtml } from "./invitations";

/** 腾讯会议's invitation copied whole: its block first, the organizer's lines under it. */
const tencentFirst = (...lines: string[]) => `${TENCENT_JOIN_TEXT}\n\n手机一键拨号入会\n+8675536550000,,482119337 (中国大陆)\n\n${lines.join("\n")}`;

const agenda = "议程 Agenda:\n1. Q3 spending\n2. Q4 plan";
const withLine = (line: string, join = TEAMS_JOIN_TEXT) => `Hi all,\n\n${agenda}\n\n${line}\n\n${join}`;
const wangAsEnglish = { name: "Wang Wei (IT)", address: "wang.wei@contoso.com" };

runRuleTable(rule, {
  valid: [
    { name: "builder's 会议记录人：李娜", draft: meeting() },
    { name: "腾讯会议 block first: 会议记录人：李娜 under the agenda", draft: meeting({ body: tencentFirst("议程：", "1. 预算", "2. 计划", "会议记录人：李娜") }) },
    { name: "腾讯会议 block first: 记录人 in its own paragraph", draft: meeting({ body: tencentFirst("议程：1. 预算", "", "记录人：Lisa Wang") }) },
    { name: "腾讯会议 block first: zh-TW 會議記錄", draft: meeting({ requiredAttendees: [people.chen], body: tencentFirst("議程：", "1. 年度預算", "會議記錄：陳志明") }) },
    { name: "腾讯会议 block first: asked in prose", draft: meeting({ body: tencentFirst("议程：1. 预算", "本次请李娜担任会议记录人。") }) },
    { name: "name with the attendee's address", draft: meeting({ body: withLine("会议记录人：李娜 <li.na@contoso.com>") }) },
    { name: "given name only", draft: meeting({ body: withLine("Minute-taker: Lisa") }) },
    { name: "Notes: names the note-taker", draft: meeting({ body: withLine("Notes: Lisa") }) },
    { name: "Traditional name, attendee in Traditional", draft: meeting({ requiredAttendees: [people.chen], body: withLine("記錄人：陳志明", TEAMS_JOIN_TEXT_ZH) }) },
    { name: "Simplified spelling of a Traditional attendee", draft: meeting({ requiredAttendees: [people.chen, people.lisa], body: withLine("记录人：陈志明") }) },
    { name: "colleagues call him 志明", draft: meeting({ requiredAttendees: [people.chen], body: withLine("記錄人：志明") }) },
    { name: "the organizer takes the minutes", draft: meeting({ body: withLine("纪要：Tom Chen") }) },
    { name: "记录人：我", draft: meeting({ body: withLine("记录人：我") }) },
    { name: "address local part", draft: meeting({ requiredAttendees: [people.wang], body: withLine("Minutes by: wang.wei") }) },
    { name: "English spelling of the address", draft: meeting({ requiredAttendees: [people.wang], body: withLine("Note-taker: Wang Wei") }) },
    { name: "display name with department", draft: meeting({ requiredAttendees: [wangAsEnglish], body: withLine("Minute-taker: Wang Wei") }) },
    {
      name: "Exchange's Last, First display name",
      draft: meeting({ requiredAttendees: [{ name: "Schmidt, Anna", address: "" }], body: withLine("Minute-taker: Anna Schmidt") }),
    },
    { name: "asked in prose", draft: meeting({ body: `各位好，\n\n${agenda}\n\n会议最后请李娜担任会议记录人，会后两个工作日内发出纪要。` }) },
    // good-zh-cn-taker-nickname.ics: colleagues write the surname with 小/老 or a title.
    { name: "记录人：小李 (李娜 attends)", draft: meeting({ requiredAttendees: [people.wang, people.li], body: withLine("记录人：小李") }) },
    { name: "記錄人：陳經理 (陳志明 attends)", draft: meeting({ requiredAttendees: [people.chen], body: withLine("記錄人：陳經理", TEAMS_JOIN_TEXT_ZH) }) },
    { name: "optional attendee", draft: meeting({ requiredAttendees: [people.lisa], optionalAttendees: [people.wang], body: withLine("会议记录人：王伟") }) },
    {
      name: "Outlook HTML with the address",
      draft: meeting({ body: outlookHtml(["Dear all,", "Agenda:<br>1. Design review<br>2. Sign-off", "Minute-taker: Lisa Wang &lt;lisa.wang@contoso.com&gt;"]) }),
    },
    { name: "notice style, numbered: 五、記錄：陳志明", draft: meeting({ requiredAttendees: [people.chen], body: "一、時間：12月3日 14:00\n二、地點：8樓會議室\n三、主席：王經理\n四、議程：\n1. 年度預算\n2. 採購排程\n五、記錄：陳志明" }) },
    { name: "notice style, inline after the chair: 主席：王經理　記錄：陳志明", draft: meeting({ requiredAttendees: [people.chen], body: "議程：\n1. 年度預算\n2. 採購排程\n\n主席：王經理　記錄：陳志明" }) },
    { name: "notice style, another field after the taker: 記錄：陳志明　出席：全體同仁", draft: meeting({ requiredAttendees: [people.chen], body: "議程：\n1. 年度預算\n2. 採購排程\n\n記錄：陳志明　出席：全體同仁" }) },
    { name: "Hong Kong notice: 紀錄：陳志明", draft: meeting({ requiredAttendees: [people.chen], body: "議程：\n1. 年度預算\n2. 採購排程\n\n主持：王經理\n紀錄：陳志明" }) },
    // Two takers, a note beside the name, a bilingual label.
    { name: "记录人：李娜、王伟 (both attend)", draft: meeting({ requiredAttendees: [people.li, people.wang], body: withLine("记录人：李娜、王伟") }) },
    { name: "Note-takers: Lisa / Wang Wei", draft: meeting({ requiredAttendees: [people.lisa, people.wang], body: withLine("Note-takers: Lisa / Wang Wei") }) },
    { name: "Minutes: Lisa and 李娜", draft: meeting({ body: withLine("Minutes: Lisa and 李娜") }) },
    { name: "Minute-taker: Lisa Wang (rotating)", draft: meeting({ body: withLine("Minute-taker: Lisa Wang (rotating)") }) },
    { name: "记录人：李娜（行政部）", draft: meeting({ body: withLine("记录人：李娜（行政部）") }) },
    { name: "記錄：陳志明 (IT)", draft: meeting({ requiredAttendees: [people.chen], body: withLine("記錄：陳志明 (IT)", TEAMS_JOIN_TEXT_ZH) }) },
    { name: "记录人 Minute-taker: 李娜", draft: meeting({ body: withLine("记录人 Minute-taker: 李娜") }) },
    { name: "Note-taker / 记录人：Lisa", draft: meeting({ body: withLine("Note-taker / 记录人：Lisa") }) },
    { name: "會議記錄 Minutes：陳志明", draft: meeting({ requiredAttendees: [people.chen], body: withLine("會議記錄 Minutes：陳志明", TEAMS_JOIN_TEXT_ZH) }) },
    // The minute-taker as Google, Zoom and Lark invitations write it (dogfood of stop 22).
    { name: "会议纪要：李娜", draft: meeting({ body: withLine("会议纪要：李娜") }) },
    { name: "會議紀錄：陳志明", draft: meeting({ requiredAttendees: [people.chen], body: withLine("會議紀錄：陳志明", TEAMS_JOIN_TEXT_ZH) }) },
    { name: "会议纪录人：李娜", draft: meeting({ body: withLine("会议纪录人：李娜") }) },
    { name: "Note taker - Lisa (a dash for the colon)", draft: meeting({ body: withLine("Note taker - Lisa") }) },
    { name: "记录人 — 李娜", draft: meeting({ body: withLine("记录人 — 李娜") }) },
    { name: "Minute-taker – Lisa Wang", draft: meeting({ body: withLine("Minute-taker – Lisa Wang") }) },
    { name: "Minutes by Lisa (no colon)", draft: meeting({ body: withLine("Minutes by Lisa") }) },
    { name: "Notes by Wang Wei", draft: meeting({ requiredAttendees: [people.wang], body: withLine("Notes by Wang Wei") }) },
    { name: "minutes taken by Lisa Wang.", draft: meeting({ body: withLine("Minutes taken by Lisa Wang.") }) },
    { name: "Minutes: I'll take them.", draft: meeting({ body: withLine("Minutes: I'll take them.") }) },
    { name: "Notes: I'll take notes and share them", draft: meeting({ body: withLine("Notes: I'll take notes and share them") }) },
    { name: "记录：我来", draft: meeting({ body: withLine("记录：我来") }) },
    { name: "prose: I'll take the minutes", draft: meeting({ body: withLine("I'll take the minutes and send them round by Friday.") }) },
    { name: "prose: 我来做会议记录", draft: meeting({ body: withLine("这次我来做会议记录，会后发给大家。") }) },
    { name: "prose: 由我負責會議紀錄", draft: meeting({ body: withLine("本次由我負責會議紀錄。", TEAMS_JOIN_TEXT_ZH) }) },
    { name: "prose: Lisa, could you take the minutes?", draft: meeting({ body: withLine("Lisa, could you take the minutes?") }) },
    { name: "prose: Wang Wei asked by his given name", draft: meeting({ requiredAttendees: [people.wang], body: withLine("Thanks all. Wei, can you please take notes?") }) },
  ],
  invalid: [
    { name: "腾讯会议 block first: the taker under it is not invited", draft: meeting({ body: tencentFirst("议程：1. 预算", "会议记录人：赵敏") }), errors: [{ messageId: "notAttendee", data: { name: "赵敏" } }] },
    { name: "腾讯会议 block first: an agenda but no taker", draft: meeting({ body: tencentFirst("议程：", "1. 预算", "2. 计划") }), errors: [{ messageId: "missing" }] },
    { name: "腾讯会议 block only", draft: meeting({ body: TENCENT_JOIN_TEXT }), errors: [{ messageId: "missing" }] },
    {
      name: "Notes: is what to bring, not who writes the minutes",
      draft: meeting({ body: `Hi all,\n\n${agenda}\n\nNotes: bring your laptop\n\n${TEAMS_JOIN_TEXT}` }),
      errors: [{ messageId: "missing" }],
    },
    {
      name: "notice style: the taker named inline is not invited",
      draft: meeting({ requiredAttendees: [people.chen], body: "議程：\n1. 年度預算\n2. 採購排程\n\n主席：王經理　記錄：林美玲　出席：全體同仁" }),
      errors: [{ messageId: "notAttendee", data: { name: "林美玲" } }],
    },
    {
      name: "notice style, numbered, not invited: 五、記錄：林美玲",
      draft: meeting({ requiredAttendees: [people.chen], body: "一、時間：12月3日 14:00\n二、議程：\n1. 年度預算\n2. 採購排程\n五、記錄：林美玲" }),
      errors: [{ messageId: "notAttendee", data: { name: "林美玲" } }],
    },
    {
      name: "a line inside a Tencent Meeting join block is the tool's, not the organizer's",
      draft: meeting({ body: `各位好，\n\n${agenda}\n\n李娜 邀请您参加腾讯会议\n会议主题：Q3 预算评审\n会议记录：开启云录制\n点击链接入会：https://meeting.tencent.com/dm/abc123` }),
      errors: [{ messageId: "missing" }],
    },
    {
      name: "no minute-taker line",
      draft: meeting({ body: `Hi all,\n\n${agenda}\n\nThanks,\nTom\n\n${TEAMS_JOIN_TEXT}` }),
      errors: [{ messageId: "missing" }],
    },
    { name: "empty body", draft: meeting({ body: "" }), errors: [{ messageId: "missing" }] },
    { name: "Minutes by Friday is a deadline", draft: meeting({ body: withLine("Minutes by Friday, please.") }), errors: [{ messageId: "missing" }] },
    { name: "notes by end of day is a deadline", draft: meeting({ body: withLine("Notes by end of day Thursday") }), errors: [{ messageId: "missing" }] },
    { name: "Notes – bring your laptop", draft: meeting({ body: withLine("Notes – bring your laptop") }), errors: [{ messageId: "missing" }] },
    { name: "会议纪要：会后两个工作日内发出 names nobody", draft: meeting({ body: withLine("会议纪要：会后两个工作日内发出") }), errors: [{ messageId: "missing" }] },
    { name: "會議紀錄：待定", draft: meeting({ body: withLine("會議紀錄：待定", TEAMS_JOIN_TEXT_ZH) }), errors: [{ messageId: "missing" }] },
    {
      name: "two takers, the second not invited",
      draft: meeting({ requiredAttendees: [people.li], body: withLine("记录人：李娜、张磊") }),
      errors: [{ messageId: "notAttendee", data: { name: "张磊" } }],
    },
    {
      name: "Lisa / Priya, Priya not invited",
      draft: meeting({ body: withLine("Note-takers: Lisa / Priya") }),
      errors: [{ messageId: "notAttendee", data: { name: "Priya" } }],
    },
    {
      name: "bilingual label, not invited, with a note",
      draft: meeting({ body: withLine("记录人 Minute-taker: 张磊（外包）") }),
      errors: [{ messageId: "notAttendee", data: { name: "张磊" } }],
    },
    {
      name: "Minutes by someone not invited",
      draft: meeting({ body: withLine("Minutes by Anna Schmidt") }),
      errors: [{ messageId: "notAttendee", data: { name: "Anna Schmidt" } }],
    },
    {
      name: "asked in prose, not invited",
      draft: meeting({ requiredAttendees: [people.wang, people.li], body: withLine("Priya, could you take the minutes?") }),
      errors: [{ messageId: "notAttendee", data: { name: "Priya" } }],
    },
    {
      name: "会议纪要 dash, not invited",
      draft: meeting({ body: withLine("会议纪要 - 张磊") }),
      errors: [{ messageId: "notAttendee", data: { name: "张磊" } }],
    },
    {
      name: "minute-taker only in the forwarded original",
      draft: meeting({ body: `Please join us.${forwardedFrom(`${agenda}\n\n会议记录人：李娜\n\n${TEAMS_JOIN_TEXT}`)}` }),
      errors: [{ messageId: "missing" }],
    },
    { name: "记录人：待定", draft: meeting({ body: withLine("记录人：待定") }), errors: [{ messageId: "missing", excerpt: "记录人：待定" }] },
    { name: "Minute-taker: TBD", draft: meeting({ body: withLine("Minute-taker: TBD") }), errors: [{ messageId: "missing", excerpt: "Minute-taker: TBD" }] },
    {
      name: "someone not invited",
      draft: meeting({ body: withLine("会议记录人：张磊") }),
      errors: [{ messageId: "notAttendee", data: { name: "张磊" }, excerpt: "会议记录人：张磊" }],
    },
    {
      name: "小张 when nobody surnamed 张 attends",
      draft: meeting({ requiredAttendees: [people.wang, people.li], body: withLine("记录人：小张") }),
      errors: [{ messageId: "notAttendee", data: { name: "小张" }, excerpt: "记录人：小张" }],
    },
    {
      name: "external address not invited",
      draft: meeting({ body: withLine("Minute-taker: Anna Schmidt <anna@fabrikam.com>") }),
      errors: [{ messageId: "notAttendee", data: { name: "Anna Schmidt <anna@fabrikam.com>" } }],
    },
    {
      name: "Traditional name not invited",
      draft: meeting({ subject: "專案週會", body: withLine("記錄人：林美玲", TEAMS_JOIN_TEXT_ZH) }),
      errors: [{ messageId: "notAttendee", data: { name: "林美玲" } }],
    },
    {
      name: "Lisa named but not invited",
      draft: meeting({ requiredAttendees: [people.wang, people.li], body: withLine("Note-taker: Lisa") }),
      errors: [{ messageId: "notAttendee", data: { name: "Lisa" } }],
    },
    {
      name: "same name, another address",
      draft: meeting({ body: withLine("会议记录人：李娜 <lina.li@contoso.com>") }),
      errors: [{ messageId: "notAttendee", data: { name: "李娜 <lina.li@contoso.com>" } }],
    },
    {
      name: "HTML invitation naming a colleague who was removed",
      draft: meeting({ requiredAttendees: [people.lisa], body: outlookHtml(["各位好，", "议程：<br>1. 需求评审<br>2. 排期", "会议记录人：王伟"]) }),
      errors: [{ messageId: "notAttendee", data: { name: "王伟" } }],
    },
  ],
});
