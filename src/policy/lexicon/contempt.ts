// Contempt and blame with no rude word (§1.3.3): rhetorical questions that accuse, "this should
// be obvious" remarks and the passive-aggressive formulas of office mail. Patterns run on
// normalised text (Simplified, lower case, half-width); each names a who or a count so that
// an honest question ("到底有没有影响生产？", "Did you receive the invoice?") stays clear.
// Plain arrays of patterns, one family a line, so that a build step can compact them.

const Q = "[?？]";
const NOT_END = "[^。！？?!\\n]";

export const CONTEMPT_PATTERNS: readonly RegExp[] = [
  // English: the told-you-so family.
  /\bper my (?:last|previous|earlier) (?:e-?mail|mail|message|note)\b/,
  /\bas i (?:have )?already (?:said|mentioned|explained|told you|pointed out)\b/,
  /\bas i (?:have )?(?:said|mentioned|explained|told you) (?:twice|three times|several times|multiple times|many times|more than once|repeatedly)\b/,
  /\bhow many (?:more )?times (?:do|must|should|will) (?:i|we) (?:have to )?(?:say|tell|explain|repeat|remind|ask)\b/,
  /\bi shouldn['’]?t (?:have|need) to (?:explain|tell|remind|repeat|ask|spell)\b/,
  // English: "this should be obvious", "how was this not clear".
  /\b(?:this|that|it) (?:should|ought to) (?:be|have been) (?:obvious|common sense|self-explanatory|clear to (?:anyone|everyone))\b/,
  /\bnot sure how (?:this|that|it) (?:was|is|wasn['’]?t|isn['’]?t) (?:not )?(?:clear|obvious)\b/,
  /\bhow (?:is|was) (?:this|that|it) (?:still )?not (?:clear|obvious)\b/,
  /\b(?:is (?:that|this|it)|hope (?:that is|that['’]s|this is|it['’]s|it is)) (?:not )?too much to ask\b/,
  /\bi (?:really |honestly )?don['’]?t know (?:what else|how else|how much clearer) (?:to say|i can say|to put it|to explain)\b/,
  // English: rhetorical questions that accuse.
  /\b(?:did|does|has|have) (?:anyone|anybody|no one|nobody|you|your team) (?:actually|even|bothered to) (?:read|look at|check|test|open|try)\b/,
  /\bis it (?:really )?(?:that|so) (?:hard|difficult) to\b/,
  // "Did you even look?", not "did you look at the logs?"; "even" is the reproach.
  /\bdid (?:you|anyone|anybody|your team) even (?:look|bother|try|check|test)\b/,
  // Holding the reader's hand refused, not offered ("we will hold your hand through the migration").
  /\b(?:can['’]?t|cannot|won['’]?t|not going to|shouldn['’]?t have to|am not|i['’]m not) (?:keep |be )?hold(?:ing)? (?:your|their|his|her) hands?\b/,
  // Chinese: the told-you-so family (a count of 遍, not an honest "反馈过两次").
  /(?:我|我们)(?:已经|都|早就)?(?:说|讲|强调|提醒|解释|交代)(?:过)?了?(?:好|很)?[两二三四五六七八九十几多\d]+遍/,
  /(?:要我|还要我|得我)(?:说|讲|强调|提醒|解释)(?:了)?(?:多少|几)遍/,
  new RegExp(`到底要(?:我|我们)?${NOT_END}{0,8}(?:几|多少)(?:遍|次)`),
  // Chinese: "你到底有没有…", "是不是根本没有人…", "难道…不…吗".
  /(?:你|你们|您|大家|各位|他们|贵司|贵部门)(?:到底|究竟)(?:有没有|是不是|会不会|懂不懂|看没看|能不能|在不在)/,
  /是不是根本(?:没有|没)人/,
  /根本(?:没有|没)人(?:在)?(?:看|检查|管|测试|关心|理会)/,
  new RegExp(`难道${NOT_END}{0,20}(?:不|没)${NOT_END}{0,20}(?:吗|么)${Q}?`),
  /是不是(?:觉得|认为|以为)[^。！？?!\n]{0,15}(?:不关|无关|无所谓|不重要|没关系)/,
  /是要等[^。！？?!\n]{0,12}(?:骂|投诉|追责|发火)/,
  // Chinese: "这么简单的…还要…", "手把手教", "应该是常识", "一犯再犯".
  /这么(?:简单|基本|容易)的[^。！？?!\n]{0,20}(?:还要|都要|也要|都不会|也不会|都做不好|都搞不定|都搞不懂)/,
  /(?:还要|难道要|还得)我[^。！？?!\n]{0,6}手把手/,
  /(?:应该|本来就|本来应该|这都|这不)是常识/,
  /一犯再犯|一而再[,，、]?再而三/,
  /(?:你|你们)(?:是)?怎么(?:做事|办事|干活|测试|搞)的/,
  // Chinese: "服了你了", "真是服了", "你这是在逗我吗", "改了八百遍", "能不能靠谱一点"; not 说服了你们 or
  // 克服了 (the 服 of another word).
  /(^|[^说征信佩克制舒降收驯折心])服了(?:你们|你|您)了?/,
  /(?:真是|真的|我也是|我真是?)服了(?=[,.!?;。，！？；\s]|$)/,
  /(?:你|你们|这|这是|你这是)(?:是)?在?(?:逗我|耍我)(?:吗|呢|么|玩)/,
  /八百(?:遍|回)/,
  /(?:能不能|可不可以|能否)(?:靠谱|专业|认真|用点心|上点心|长点心)(?:一点|点)/,
  /(?:专业|认真|用心|靠谱)(?:一点|点)(?:好吗|好不好|行不行|可以吗)/,
  // en: "what a surprise" about a thing that went wrong again.
  /\b(?:oh,? )?(?:wow,? |well,? )?what a (?:surprise|shock)\b(?=[^.!?\n]{0,80}\b(?:again|down|broken|failed|late|missed)\b)/,
];
