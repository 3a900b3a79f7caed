import type { TypoEntry } from "./typos";

// Pinyin / zhuyin homophone slips whose wrong form is also a string of right words
// (在次日, 必需品, 化学反应), so each entry says where it is wrong: the text around it, the
// clause edge, or (two characters: added by the rule) the segmenter's word boundaries. An
// entry that cannot say that precisely is left out (see the list below). Written in
// Simplified characters: Traditional text matches through normalize() (在麻煩, 跟您反應).
//
// Deliberately NOT listed:
// - 部份: the Taiwan Ministry of Education dictionary gives 部份 as a variant of 部分, in use
//   in Taiwan and Hong Kong publications; and it folds the same in both scripts.
// - 和 + someone + 反应: 和 is mostly "and" ("客户和经理反应都很积极"), or "react with" in
//   chemistry ("和氧气反应"); 反应给 ("市场的反应给了我们信心"), 反应一下 alone ("给系统一点时间
//   反应一下"), 反应过 ("没反应过来").
// - 在坐 (在坐车), 在一次 (在一次会议上), 做为, 其它: both spellings are words or accepted.

// 次日 / 次月 / 次要 / 次品…: "在次" before these is 在 + a word that starts with 次.
const CI_WORDS = ["日", "月", "年", "周", "季", "要", "数", "序", "级", "轮", "页", "品", "之", "优", "生", "新", "卧", "席", "元", "一", "高", "晨", "夜"];

// "表现再好", "发现再次": words that end in 现 before 再.
const XIAN_WORDS = ["表", "出", "发", "实", "体", "呈", "展", "重", "浮", "显", "兑", "涌", "再"];

// 以经验 / 以经营 / 以经理…: 以 + a word that starts with 经.
const JING_WORDS = ["济", "营", "验", "典", "过", "费", "纬", "理", "销", "手", "历", "度", "文", "常", "线", "络", "期", "书", "贸", "商", "纪", "办", "由", "久", "受", "年"];

// "跟你反应一样快", "给他反应的时间": 反应 as a reaction, not a report.
const REACTION_NEXT = ["一样", "相同", "相似", "差不多", "不同", "不一样", "很", "快", "慢", "速度", "时间", "的时间", "机会", "的机会", "余地", "的余地", "过来", "不过来", "都", "也", "是"];

// Who a problem is reported to: people and the desks and departments mail goes to.
const REPORTED_TO = [
  ...["我", "我们", "您", "你", "你们", "他", "她", "他们", "她们", "大家", "领导", "上级", "上面", "管理层", "老板", "经理", "主管", "主任", "组长"],
  ...["公司", "总部", "部门", "客户", "同事", "老师", "人事", "人资", "财务", "行政", "前台", "后勤", "物业", "客服"],
];

/** 反映 "to report to someone": 向 / 跟 / 给 + who + 反应. */
const REPORT_TO = ["向", "跟", "给"].flatMap((to) => REPORTED_TO.map((who) => `${to}${who}`));

export const ZH_CONTEXT_TYPOS: readonly TypoEntry[] = [
  { wrong: "在次", right: "再次", notBefore: CI_WORDS },
  // The segmenter reads 请在 and 我在 as words, so 在次 after them is never a word of its own.
  { wrong: "请在次", right: "请再次", notBefore: CI_WORDS },
  { wrong: "我在次", right: "我再次", notBefore: CI_WORDS },
  { wrong: "现再", right: "现在", notAfter: XIAN_WORDS, notBefore: ["生", "次"] },
  // "在麻烦面前", "在麻烦的时候": 在 "in" before the noun 麻烦.
  { wrong: "在麻烦", right: "再麻烦", clauseStart: true, notBefore: ["的", "面前", "中", "之中", "里", "当中"] },
  { wrong: "在见", right: "再见", clauseEnd: true, notAfter: ["正", "在", "还"] },
  { wrong: "以经", right: "已经", notBefore: JING_WORDS },
  // 再 "again" before a place or a deadline is 在 "at": 再下班前, 再会议室 (做完再下班, 再会 stay clear).
  { wrong: "再下班前", right: "在下班前" },
  { wrong: "再上班前", right: "在上班前" },
  { wrong: "再会议室", right: "在会议室" },
  { wrong: "再办公室", right: "在办公室" },
  // 必需 is an adjective (必需品, 生活必需); before 在 / 要 / 先… it stands for 必须 "must".
  { wrong: "必需在", right: "必须在" },
  { wrong: "必需要", right: "必须要", notBefore: ["素", "件", "求"] },
  { wrong: "必需先", right: "必须先" },
  { wrong: "必需于", right: "必须于" },
  { wrong: "必需由", right: "必须由" },
  { wrong: "必需把", right: "必须把" },
  { wrong: "如实反应", right: "如实反映" },
  { wrong: "及时反应问题", right: "及时反映问题" },
  { wrong: "反应", right: "反映", onlyAfter: REPORT_TO, notBefore: REACTION_NEXT },
];
