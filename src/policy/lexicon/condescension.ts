import type { ReproachPattern } from "./reproach";

// Talking down to the reader (§1.3.3): "it's not rocket science", "read the manual", "这么简单都
// 不会", "说明书上都写了". The told-you-so formulas and "this should be obvious" are in
// contempt.ts; these are the rest of the family. What makes them a reproach is the intensifier
// (都, 明明, "even", "just") or the bare command, not the topic: "the manual's section 3
// explains the setting" and "说明书上写了安装步骤" name a document and stay clear. Patterns run
// on normalised text; one family a line.

const NOT_END = "[^。!?\\n]";
const DOCS = "(?:manual|docs|documentation|instructions|wiki|faq|readme|guide|user guide|runbook)";
const ZH_DOCS = "(?:说明书|手册|文档|指南|wiki|faq|知识库|邮件|通知|公告)";
// Near "都写了" / "写得很清楚": what makes the pointer at a document a reproach rather than
// directions ("步骤在说明书上都写了，附上链接" is directions).
const ZH_REPROACH_NEARBY = /吗|\?|自己|不会看|没看|不看|还问|还来问|怎么还|为什么还|早就|难道|明明|多少次|几遍|又来/;
const ZH_CANNOT = "(?:不知道|不懂|不会|搞不懂|看不懂|搞不定|做不好|弄不好|记不住|搞错|弄错|做错)";

export const CONDESCENSION: readonly ReproachPattern[] = [
  // en: the count of reminders, beyond the formulas in contempt.ts.
  { pattern: /\bhow many (?:more )?times (?:do|must|should|will) (?:i|we) (?:have to |need to )?(?:go over|point out|write|mention|spell out|chase)\b/ },
  { pattern: /\bhow many times have (?:i|we) (?:told|asked|said|explained|reminded|mentioned|written)\b/ },
  { pattern: /\bfor the (?:hundredth|umpteenth|nth|millionth|tenth) time\b/ },
  { pattern: /\bi should not (?:have|need) to (?:explain|tell|remind|repeat|ask|spell)\b/ },
  // en: "it's not rocket science", unless it reassures ("don't worry, it's not rocket science").
  {
    pattern: /\b(?:(?:it|this|that)(?:['’]s| is)(?: really| just)? (?:not|hardly)|(?:it|this|that) (?:isn['’]t|wasn['’]t)|not exactly) rocket science\b/,
    unless: /\b(?:don['’]?t worry|no worries|good news|relax|promise)\b/,
  },
  // en: "read the manual." as the whole answer, or with "just", "go", "try", "learn to"; not
  // "before the training, please read the guide".
  { pattern: new RegExp(`(^|[.!?]\\s{1,3})(?:just |go |simply )?read the (?:f\\w* )?${DOCS}(?=\\s{0,3}[.!?\\n]|\\s{0,3}$)`) },
  { pattern: new RegExp(`\\b(?:just|go|try|learn to|bother(?:ed)? to|ever) read(?:ing)? (?:the|our|my) (?:f\\w* )?${DOCS}\\b`), unless: /\b(?:if you|when you|you['’]ll|you will|below|attached|here is|link)\b/ },
  { pattern: /\brtfm\b/ },
  // en: "maybe try reading it before opening a ticket".
  { pattern: /\b(?:maybe|perhaps|next time) (?:try|consider) (?:reading|looking at|checking) (?:it|them|the \w+) (?:first|before)\b/ },
  { pattern: new RegExp(`\\bit(?:['’]s| is) (?:all |clearly |right there |literally |spelled out )in the ${DOCS}\\b`), unless: /\b(?:link|linked|below|attached|here|see|page|section|don['’]?t worry|no worries)\b/ },
  // en: "even an intern could", "a five-year-old could".
  { pattern: /\b(?:even (?:an? )?(?:intern|child|kid|trainee|new hire|newbie|beginner|first-year|monkey)s?|(?:a|any) (?:five|5|six|6)[- ]year[- ]old) (?:could|can|would|knows?|gets?|understands?|manages?)\b/ },
  // en: "common sense" said of the reader: not a "common-sense approach", "if in doubt, use common
  // sense" or the advice "you should use some common sense" (published how-tos write it).
  { pattern: /\b(?:it|that|this)(?:['’]s| is) (?:just |basic |simple |plain )?common sense\b/ },
  { pattern: /(^|[.!?]\s{1,3})(?:just |please |come on, )?use (?:your|some|a little|a bit of) common sense\b/ },
  { pattern: /\b(?:(?:has|have|had) no |lack(?:s|ed|ing)? (?:of )?(?:basic )?|where(?:['’]s| is) (?:your|the) |with any )common sense\b|\bcommon sense (?:should|would|says|tells)\b/ },
  { pattern: /\bisn['’]t it obvious\b/ },
  // zh: "这么简单都不会", "这么基本的东西应该不用我再教了吧".
  { pattern: new RegExp(`这么(?:简单|基本|容易|明显)(?:的(?:事|事情|东西|问题|操作|步骤|道理|功能)?)?(?:都|也|还)(?:${ZH_CANNOT}|要问)`) },
  { pattern: new RegExp(`这么(?:简单|基本|容易|明显)${NOT_END}{0,12}(?:应该|总该)?(?:不用|不需要|用不着|还要|还得|难道要)我(?:再|来)?(?:教|解释|讲|说明|示范)`) },
  // zh: "说明书上都写了", "文档里明明有写", "手册写得很清楚了": 都 or 明明 is the reproach.
  // The words end the clause: "通知里都写了时间和地点" lists what the notice holds.
  { pattern: new RegExp(`${ZH_DOCS}(?:上|里|中|里面|上面)?(?:都|早就|明明|清清楚楚地?)(?:有写|写了|写着|写过|有说|说了)(?=[,.。!?;:、\\s)]|$|吗|啊|呀|嘛|了|的)`), with: ZH_REPROACH_NEARBY },
  { pattern: new RegExp(`${ZH_DOCS}(?:上|里|中|里面|上面)?(?:都|早就|明明)写得(?:很清楚|非常清楚|很明白|清清楚楚|明明白白)`), with: ZH_REPROACH_NEARBY },
  { pattern: new RegExp(`${ZH_DOCS}(?:上|里|中|里面|上面)?写得(?:很清楚|非常清楚|清清楚楚|明明白白)了`), with: ZH_REPROACH_NEARBY },
  // zh: "自己不会看文档吗", "就不能先查一下手册吗".
  { pattern: new RegExp(`(?:不会|不能|不懂得)(?:自己)?(?:先)?(?:去)?(?:看|查|读|翻)(?:一下|下|一眼)?${ZH_DOCS}(?:吗|么|啊|呀|\\?)`) },
  // zh: "自己不会 google 吗", "不能先百度一下吗".
  // 自己 or 先 makes it a reproach: "内网不能百度吗？" asks about the network.
  { pattern: /(?:自己(?:就)?(?:不会|不能)|(?:就)?(?:不会|不能)(?:自己|先))(?:先)?(?:去)?\s?(?:google|谷歌|百度|搜索|搜)\s?(?:一下|下)?(?:吗|么|啊|呀|\?)/ },
  // zh: "讲了多少次了", "我已经讲过很多次了" (遍 with a number is in contempt.ts).
  { pattern: /(?:说|讲|强调|提醒|解释|交代)(?:了|过)(?:多少|无数|n多)(?:次|遍)/ },
  { pattern: /(?:我|我们)(?:都|已经|早就)?(?:说|讲|强调|提醒|解释|交代)(?:了|过)(?:好|很)多次了/ },
  // zh: "这都不知道", "连这个都不懂", not "我连这个都不知道" said of oneself.
  { pattern: new RegExp(`(^|[^我他她])这都${ZH_CANNOT}`) },
  {
    pattern: new RegExp(`连(?:这个|这种|这点|这些|这么(?:简单|基本)的?)${NOT_END}{0,8}(?:都|也)${ZH_CANNOT}`),
    unless: /(?:我|本人)(?:居然|竟然|真的|以前|之前|都|也)?连|惭愧/,
  },
];
