import type { ReproachPattern } from "./reproach";

// Thanks and praise used as blame (§1.3.3): "thanks for finally replying", "great job breaking it
// again", "真是太感谢你了 … 周五下午五点才部署", "效率真高" after a delay. Only wordings that are
// sarcastic by themselves (finally, a scare-quoted praise word, breaking things) or whose
// passage says what went wrong: a plain "真是太感谢你了" or "效率真高" is praise. Patterns run on
// normalised text (Simplified, lower case, half-width); one family a line.

const OPEN = "[\"“「『'‘]";
const CLOSE = "[\"”」』'’]";
const PRAISE_EN = "(?:quick|prompt|fast|speedy|timely|swift|helpful|detailed)";
const PRAISE_ZH = "(?:及时|迅速|快速|高效|专业|用心|认真|贴心|周到|积极|负责|给力|神速|详细)";
const BROKEN = "(?:it|this|that|everything|prod|production|the (?:build|site|server|system|portal|page|app|pipeline|deployment|release|config|network|vpn))";

/**
 * What went wrong because of the reader, in the passage of a "thank you": only causal blame
 * (害得, 搞得我们). A delay or overtime beside thanks is as often the reason for real thanks
 * ("要不是你周末帮忙，我们都得加班", "之前拖了两天，这次处理得很快").
 */
const ZH_BLAME = /害得|害我|搞得我们|搞得我|搞得大家|弄得我们|弄得大家/;
/** This matter's own delay, in the passage of "效率真高" (才 not as 刚才, 方才). */
const ZH_DELAY =
  /(?:^|[^刚方])才(?:把|给|回|发|交|到|收到|处理|通知|告诉|上线|部署|修|提交|回复|反馈|搞定|弄好|做完|完成|有人|开始|答复|批)|一拖再拖|(?:终于|总算)(?:舍得|想起)/;
/** The speed praised against an earlier delay, or work really early: praise. */
const ZH_REAL_PRAISE = /提前|比预期|比计划|没想到|超出预期|这次|这回|比之前|比以前|之前|以前|上次/;

export const SARCASM: readonly ReproachPattern[] = [
  // en: "finally" turns thanks into a reproach for the wait.
  {
    pattern: /\bthanks? (?:you )?(?:so much |a lot |very much )?for (?:finally|eventually|at last) (?:replying|responding|answering|getting back|writing back|reading|acknowledging|showing up|joining|calling back|looking at|getting round to|getting around to)\b/,
    unless: /\b(?:no worries|no problem|i know you|i understand|on leave|on holiday|on vacation|swamped|appreciate)\b/,
  },
  { pattern: /\b(?:nice|good|kind|great|decent|sweet) of (?:you|your team|them|him|her|someone) to (?:finally|at last|eventually|bother|grace us)\b/ },
  { pattern: /\bglad (?:to (?:know|see|hear) )?(?:that )?(?:someone|somebody|anyone|at least one person) (?:over there|on your (?:side|end|team)|in your (?:team|department|group)|there) (?:actually |still |finally |even |bothers to )?(?:reads?|answers?|checks?|replies|responds?|works?|cares?|picks? up|is awake|is listening)\b/ },
  { pattern: /\bi(?:['’]m| am) sure it (?:was|must have been|must be) (?:very |so |really |terribly |incredibly |extremely )?(?:hard|difficult|tough|challenging) (?:for you )?to find (?:the |a |five |two )?(?:time|minutes?|moments?|seconds?)\b/ },
  // en: praise for breaking things; "great job breaking it down" explains and stays clear.
  { pattern: new RegExp(`\\b(?:(?:great|nice|good|fantastic|brilliant|excellent|awesome|amazing|superb|stellar) (?:job|work|going)|well done)(?: on)? (?:breaking|crashing|taking down) ${BROKEN}(?! down\\b)`) },
  { pattern: /\b(?:(?:great|nice|good|fantastic|brilliant|excellent) (?:job|work)|well done)(?: on)? missing (?:the|another|yet another) deadline\b/ },
  { pattern: new RegExp(`\\bthanks? (?:you )?(?:a lot |so much |very much )?for (?:wasting (?:my|our|everyone['’]s|the team['’]s) time|ruining|messing up|breaking ${BROKEN} again)`) },
  // en: a praise word in scare quotes ("thanks for the 'quick' reply").
  { pattern: new RegExp(`\\b(?:thanks?(?: you)?|thx)(?: so much| a lot)? for (?:the|your) ${OPEN}${PRAISE_EN}${CLOSE} (?:reply|response|answer|turnaround|help|support|feedback|update)`) },
  // zh: an intensified thank-you whose passage says what went wrong.
  { pattern: /(?:真是|真的是|实在是|可真是)太?(?:感谢|谢谢)(?:你|您|你们)了/, with: ZH_BLAME },
  // zh: praise for speed after a delay, unless the work really was early.
  {
    pattern: /效率(?:真|可真|还真|真是|实在|也太|太)高|(?:真|可真|真是|还真|真够)(?:及时|神速|高效|迅速)|(?:速度|动作|手脚)(?:真|可真|还真|真是|也太|太)快/,
    with: ZH_DELAY,
    unless: ZH_REAL_PRAISE,
  },
  // zh: a praise word in scare quotes ("谢谢你这么“及时”的回复").
  { pattern: new RegExp(`(?:谢谢|感谢|多谢)(?:你|您|你们)?(?:这么|如此|这样)?${OPEN}${PRAISE_ZH}${CLOSE}`) },
  { pattern: new RegExp(`(?:这么|如此|非常|十分|真|好)${OPEN}${PRAISE_ZH}${CLOSE}的?(?:回复|答复|处理|服务|支持|反馈|响应|工作)`) },
  // zh: "辛苦你了（终于）", "终于舍得回复了", not "我终于想起来回复你了" said of oneself.
  { pattern: /辛苦(?:你|您|你们)?了[,.]?\s?\((?:终于|总算)\)?/ },
  { pattern: /(^|[^我])(?:终于|总算)(?:舍得|肯|愿意|想起来?|记得)(?:回复|回信|回邮件|回|答复|理)/ },
];
