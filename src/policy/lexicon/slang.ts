import type { TermOptions } from "./match";

// §2.2.3 "standard written language, no internet slang". Terms are written in Simplified
// Chinese, lower case, half-width (the text is normalised the same way before matching).
//
// Deliberately NOT listed:
// - Business abbreviations that belong in work mail: FYI, FYR, ASAP, EOD, EOW, BTW, OOO,
//   N/A, TBD, TBC, PTO, ETA, KPI, Q&A, PS. "BTW" is informal but common and unambiguous in
//   business English, so it stays acceptable.
// - Terms that are standard words or real business terms: 996 (a working-hours scheme that
//   people discuss seriously), 内卷, 躺平, 给力, 点赞, 打卡 (attendance), 666 (an amount).
// - Slang that collides with ordinary words: 集美 (Jimei district, 集美大学; only "集美们"
//   is listed), 尼玛 (a common Tibetan given name), 稀饭 (porridge), 炒鸡 (a dish), 香菇
//   (mushroom; only "蓝瘦香菇" is listed), 童鞋 (children's shoes; only "童鞋们"), 凡尔赛
//   (Versailles), 真香, 我靠 ("我靠自己": I rely on myself), 醉了 (喝醉了), "cos" (cosine,
//   Tencent COS), "np" (NP-hard), "emo" alone (emo music; only "emo了"), "ty", "k", "ya"
//   (also Chinese pinyin and "ya" in names), "芭比q" without 了 (Barbie Q, a toy line), 破防
//   without 了 (breaching a defence), 很瞎 only with 很 (瞎 alone is "blind"), 傻眼 alone.

export interface SlangEntry extends TermOptions {
  term: string;
  /** The standard word, when there is one to offer. */
  replacement?: string;
  /**
   * A better word before what follows: "酱紫就先这样啦" is "那就先这样啦", not the redundant
   * "这样子就先这样啦". Keys are the normalised text right after the term.
   */
  replacementBefore?: Readonly<Record<string, string>>;
}

export const SLANG: readonly SlangEntry[] = [
  // Chinese
  { term: "yyds" },
  { term: "绝绝子" },
  { term: "酱紫", replacement: "这样", replacementBefore: { 就: "那", 的话: "那", 吧: "那", 好了: "那" } },
  { term: "表酱紫", replacement: "不要这样" },
  // Taiwan chat spellings (注音 / 台灣網路用語): 醬子 for 這樣子, 3Q for 謝謝 (not "3Q 2026", a quarter).
  { term: "酱子", replacement: "这样子" },
  { term: "3q", replacement: "谢谢", notBefore: ["20", " 20", "'2", " fy", "财报", " 财报", "业绩", " 业绩", "营收", " 营收", "季", " results", " earnings", " revenue", " sales", " forecast", " target", " 目标", "目标"] },
  { term: "神马", replacement: "什么", notBefore: ["山", "镇", "雕像"] },
  { term: "木有", replacement: "没有", notAfter: ["树", "积", "林", "苗", "红", "原", "枕", "灌", "乔", "草", "伐", "竹", "实", "桃", "松"], notBefore: ["限"] },
  { term: "有木有", replacement: "有没有" },
  { term: "肿么", replacement: "怎么", notAfter: ["红", "浮", "水", "消"] },
  { term: "伐开心", replacement: "不开心" },
  { term: "集美们" },
  { term: "打call", replacement: "支持" },
  { term: "栓q" },
  { term: "awsl" },
  { term: "xswl" },
  { term: "dbq", replacement: "对不起" },
  { term: "u1s1" },
  { term: "emo了" },
  { term: "蓝瘦香菇", replacement: "难受想哭" },
  { term: "卧槽" },
  { term: "你造吗", replacement: "你知道吗" },
  { term: "童鞋们", replacement: "同学们" },
  { term: "不明觉厉" },
  { term: "人艰不拆" },
  { term: "喜大普奔" },
  { term: "累觉不爱" },
  { term: "么么哒" },
  { term: "萌萌哒" },
  { term: "棒棒哒", replacement: "很棒" },
  { term: "老铁" },
  { term: "柠檬精" },
  { term: "扎心了" },
  // "我也是醉了" (I give up); 醉了 alone is left out (喝醉了).
  { term: "也是醉了" },
  // Mainland memes. "修复了个寂寞": 了个寂寞 is "for nothing" and has no literal reading.
  { term: "了个寂寞" },
  { term: "芭比q了" },
  { term: "破防了" },
  { term: "摆烂" },
  // 调整活动 / 整活性: 整 or 活 belongs to another word there.
  { term: "整活", notBefore: ["动", "跃", "性", "血", "页", "化"] },
  { term: "无语子" },
  // "我们真的会谢谢您的支持" is a thank-you.
  { term: "真的会谢", notBefore: ["谢"] },
  // Taiwan chat (台語 / 注音 spellings). 先閃了 is not the screen that "先閃了一下".
  { term: "母汤", replacement: "不行" },
  { term: "先闪了", replacement: "先走了", notBefore: ["一", "几", "两", "三"] },
  { term: "闪人", replacement: "离开" },
  { term: "很瞎", replacement: "很离谱" },
  { term: "超派", notBefore: ["遣", "送", "单", "发", "出", "驻", "员"] },
  { term: "傻眼猫咪" },
  // 機車 is Taiwan's motorcycle (機車停車位, 騎機車上班); only after a degree word is it "annoying".
  { term: "机车", replacement: "难搞", onlyAfter: ["很", "超", "好", "太", "真", "有够", "有点", "蛮"] },
  { term: "森77", replacement: "生气" },
  { term: "森七七", replacement: "生气" },
  // Hong Kong chat English: chur "worn out", hea "slack off", sor "sorry". Lower case only: Chur
  // is a Swiss city, SOR a system of record, HEA an agency.
  { term: "chur", lowercaseOnly: true },
  { term: "hea", lowercaseOnly: true },
  { term: "sor", replacement: "sorry", lowercaseOnly: true },
  // English
  { term: "lol" },
  { term: "lmao" },
  { term: "rofl" },
  { term: "omg" },
  { term: "wtf" },
  { term: "gonna", replacement: "going to" },
  { term: "wanna", replacement: "want to" },
  { term: "gotta", replacement: "have to" },
  { term: "gimme", replacement: "give me" },
  { term: "lemme", replacement: "let me" },
  { term: "dunno", replacement: "don't know" },
  { term: "kinda", replacement: "kind of" },
  { term: "sorta", replacement: "sort of" },
  { term: "thx", replacement: "thanks" },
  { term: "thanx", replacement: "thanks" },
  { term: "tks", replacement: "thanks" },
  { term: "pls", replacement: "please" },
  { term: "plz", replacement: "please" },
  { term: "plse", replacement: "please" },
  { term: "tbh", replacement: "to be honest" },
  { term: "imo", replacement: "in my opinion" },
  { term: "imho", replacement: "in my opinion" },
  { term: "brb" },
  { term: "idk", replacement: "I don't know" },
  // Lower case only: LMK is also an HSM's Local Master Key.
  { term: "lmk", replacement: "let me know", lowercaseOnly: true },
  { term: "ngl" },
  { term: "smh" },
  { term: "orz" },
  { term: "u", replacement: "you", strictBoundary: true, lowercaseOnly: true, notBefore: [" 盘", " 盾"] },
  { term: "ur", replacement: "your", strictBoundary: true, lowercaseOnly: true },
  { term: "r u", replacement: "are you", strictBoundary: true, lowercaseOnly: true },
  { term: "cuz", replacement: "because" },
  { term: "coz", replacement: "because" },
  { term: "tho", replacement: "though" },
  { term: "nvm", replacement: "never mind" },
  { term: "ya'll", replacement: "you all" },
  { term: "y'all", replacement: "you all" },
];
