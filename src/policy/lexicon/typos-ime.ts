import type { TypoEntry } from "./typos";

// Homophone and near-homophone confusions of pinyin / zhuyin typing, each one a pair that
// occurs as an error → correction in the SIGHAN 2015 Chinese Spelling Check training set
// (Tseng et al., SIGHAN-8 Bake-off; the sentence pairs as redistributed in
// shibing624/pycorrector, data/cn/sighan_2015/train.tsv). Only pairs whose wrong form is no
// word of its own are kept; pairs that are both words are left out on purpose: 应为 ("should
// be": 金额应为100元), 其时, 一经 (一经发现), 在说 (在说什么), 在见 (在见客户), 不尽, 委曲,
// 利害, 摆脱, 反应 / 反映
// (在见 and 反应 are listed where the context decides, in typos-context.ts). Two-character entries match only as words (text/words.ts), so
// 年经 inside 今年经济 or 我门 inside 自我门户 is not read as a typo.
// Written in Simplified characters: Traditional text matches through normalize().
export const ZH_IME_TYPOS: readonly TypoEntry[] = [
  { wrong: "因该", right: "应该" },
  { wrong: "我门", right: "我们" },
  { wrong: "她门", right: "她们" },
  { wrong: "您门", right: "您们" },
  { wrong: "干快", right: "赶快" },
  { wrong: "辛亏", right: "幸亏" },
  { wrong: "总于", right: "终于" },
  { wrong: "必较", right: "比较" },
  { wrong: "进张", right: "紧张" },
  { wrong: "邦助", right: "帮助" },
  { wrong: "办助", right: "帮助" },
  { wrong: "看话", right: "看法" },
  { wrong: "情快", right: "情况" },
  { wrong: "湖涂", right: "糊涂" },
  { wrong: "年经", right: "年轻" },
];
