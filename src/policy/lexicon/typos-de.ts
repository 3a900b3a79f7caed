import type { TypoEntry } from "./typos";

// 的 for 得: a verb's degree complement written with 的 ("处理的很及时", "做的非常好",
// "解释的不够清楚" for 处理得 / 做得 / 解释得), the slip pinyin input makes most often, since both
// are "de". Each entry is a verb of doing work, 的, a degree word, and only then (onlyBefore) a
// word that judges how the work went. A noun phrase after 的 is right and never matches: "做的很多
// 工作" (多 is no judging word), "你做的很好吃" (好吃 is a food's), "我买的太贵" (买 is not listed),
// "原来的很好" (来 is not listed), "理想的很好" (想 is not listed).
//
// Deliberately NOT listed: 说 / 讲 ("你说的很对" is also "what you said is right"), 来, 学, 买,
// 用, 看 and other verbs whose 的 commonly ends a noun phrase.

/** Verbs of doing work, and for some the words that, before them, make another word (骨干, 长跑, 大写). */
const VERBS: ReadonlyArray<[string, readonly string[]]> = [
  ["做", ["叫", "看", "当", "称", "所"]],
  ["干", ["骨", "树", "主", "能", "精", "才", "若", "公", "饼", "枝", "躯", "晒"]],
  ["写", ["大", "小", "缩", "特", "速"]],
  ["跑", ["长", "短", "赛", "慢", "晨", "夜", "起", "助", "领", "陪"]],
  ["测", []],
  ["查", []],
  ["改", []],
  ["修", []],
  ["弄", []],
  ["搞", []],
  ...["处理", "完成", "解决", "恢复", "准备", "安排", "整理", "表现", "考虑", "解释", "配合", "沟通", "修复", "执行", "推进", "进展", "组织", "测试", "总结", "回复", "响应", "落实", "翻译", "设计", "部署", "交付", "优化", "检查", "调试", "排查"].map(
    (v): [string, readonly string[]] => [v, []],
  ),
];

/** Degree words between 的 and the judging word. */
const DEGREE = ["很", "非常", "特别", "十分", "挺", "相当", "比较", "太", "真", "更", "不", "不够", "越来越", "蛮"];

/** Words that judge how the work went. */
const JUDGING = [
  "好", "快", "慢", "及时", "清楚", "清晰", "详细", "周到", "周全", "充分", "顺利", "出色", "到位", "仔细", "认真", "完美", "专业",
  "漂亮", "准确", "不错", "成功", "迅速", "高效", "细致", "全面", "扎实", "规范", "整齐", "干净", "透彻", "明白", "彻底", "稳", "差",
];

/** After 好: words it begins that judge something else (好吃, 好看) or count (好多, 好几). */
const NOT_JUDGING = ["好吃", "好看", "好听", "好用", "好玩", "好喝", "好闻", "好多", "好几", "好久", "好像", "好些", "好处", "好友", "好人", "好事", "好评"];

function entriesFor([verb, notAfter]: [string, readonly string[]]): TypoEntry[] {
  const common = notAfter.length > 0 ? { notAfter } : {};
  const withDegree = DEGREE.map((d): TypoEntry => ({ wrong: `${verb}的${d}`, right: `${verb}得${d}`, onlyBefore: JUDGING, notBefore: NOT_JUDGING, ...common }));
  // No degree word: "做的不错", "干的漂亮".
  const bare = ["不错", "漂亮"].map((j): TypoEntry => ({ wrong: `${verb}的${j}`, right: `${verb}得${j}`, ...common }));
  return [...withDegree, ...bare];
}

export const ZH_DE_TYPOS: readonly TypoEntry[] = [
  ...VERBS.flatMap(entriesFor),
  // "干的好！", "做的好。": the exclamation, at a clause's end ("你做的好事" goes on).
  { wrong: "干的好", right: "干得好", clauseEnd: true, notAfter: ["骨", "能", "精", "才", "主"] },
  { wrong: "做的好", right: "做得好", clauseEnd: true, notAfter: ["叫", "看", "当", "所"] },
];
