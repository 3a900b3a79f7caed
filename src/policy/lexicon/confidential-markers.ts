import type { TermOptions } from "./match";

// §1.3.4: words that mark a mail as confidential. A mark is the writer saying "this is
// confidential"; a topic is the writer talking about confidentiality. Decisions:
// - Topics are not marks: 保密协议 / 保密合同 / 保密条款 / 保密制度 / 保密培训 / 保密义务 /
//   保密工作 / 保密规定, "confidentiality agreement", "NDA", "non-disclosure" name a document
//   or a subject; "confidential" inside them does not count.
// - Negations are not marks: "this is not confidential", "non-confidential", 不是机密, 非机密,
//   无需保密, 不涉密.
// - The standard disclaimer footer is not a mark: the segmenter puts it apart from the prose
//   and this rule reads only the prose and the subject.

export interface MarkerEntry extends TermOptions {
  term: string;
}

/** Phrases that are marks wherever they stand. */
export const CONFIDENTIAL_MARKERS: readonly MarkerEntry[] = [
  { term: "绝密" },
  { term: "仅限内部" },
  { term: "限内部" },
  // "内部使用的培训教材", "内部使用版", "我们内部使用的是企业微信", "仅供内部使用的馆藏": a book or a
  // tool used inside a company, said of something else, not a mark on this mail.
  { term: "仅供内部", notBefore: ["使用的", "使用版", "使用之", "参考的", "阅览的"] },
  { term: "内部资料" },
  // A mark ends its clause ("仅限内部使用，", "内部使用 请勿外传"); followed by a word it is a verb
  // ("融入了内部使用编译器的反馈"). In brackets ("【内部使用】") it is a label: see the patterns.
  { term: "内部使用", notBefore: ["的", "版", "本", "之"], notAfter: ["我们", "我司", "公司", "你们", "贵司", "在", "供"], clauseEnd: true },
  { term: "请勿外传" },
  { term: "不得外传" },
  { term: "严禁外传" },
  { term: "切勿外传" },
  { term: "请勿转发" },
  { term: "不得转发" },
  { term: "company confidential" },
  { term: "privileged and confidential" },
  { term: "privileged & confidential" },
  { term: "internal only" },
  { term: "internal use only" },
  { term: "for internal use only" },
  { term: "do not forward" },
  { term: "don't forward" },
  { term: "do not distribute" },
  { term: "not for distribution" },
  { term: "not for external distribution" },
  { term: "top secret" },
];

// "confidential", 机密 and 保密 are also ordinary words ("a confidential memo leaked",
// "我们会严格保密", "保密协议"), so alone they count only in the shapes of a mark: a label
// ("CONFIDENTIAL:", "[Confidential]", "【机密】"), a statement about this mail ("the figures
// below are confidential", "以下内容属于机密"), or a request ("please keep this confidential",
// "请注意保密"). A question ("是机密吗？", "是否属于机密") marks nothing. Patterns run on
// normalised text (Simplified, lower case, half-width).
const TOPIC_AFTER = "(?!协议|合同|条款|制度|培训|义务|工作|规定|承诺|性|期|措施|管理|意识|法|等级|吗|么|与否|问题|要求|需求|方面|政策|机制|功能|标准|技术|方案|级别|原则|流程|模式)";

export const CONFIDENTIAL_PATTERNS: readonly RegExp[] = [
  // From a line start only the spaces of that line are skipped (a mark after blank lines is found
  // from its own line): letting \s* run into the next lines from every line of a long blank run
  // was quadratic.
  /(?:^[^\S\n\r\u2028\u2029]*|[[(【（<*]\s*)(?:confidential|机密|保密|秘密|内部机密|公司机密|内部使用)\s*(?:[\])】）>*:\-–—]|$)/gm,
  /(?:^|[\s[(【（<*])confidential\s*(?:[\])】）>*:\-–—]|$)/gm,
  // Put after the sentence as a label: "Salary bands for review, strictly confidential."
  /[,\-–—][^\S\n\r\u2028\u2029]*(?:strictly\s+|highly\s+)?confidential(?:[^\S\n\r\u2028\u2029]*[.!])?[^\S\n\r\u2028\u2029]*$/gm,
  // The mark's subject is the first one: in "it is anonymous and your answers are confidential"
  // the answers are the reader's, so the words between may not hold another verb.
  /\b(?:this|these|it|below|the (?:following|attached|information|content|contents|document|documents|data|figures|numbers|details|slides|plan|list|report|file|files|email|mail|message|attachment|attachments|draft|proposal|pricing|prices|offer|quote|terms))\b(?:(?!\b(?:is|are|was|were)\b)[^.!?\n]){0,40}?(?:\b(?:is|are|remains?)|['’]s)\s+(?:strictly\s+|highly\s+)?confidential\b/g,
  /\b(?:please|kindly|pls)\s+(?:keep|treat|handle)\s+(?:(?:this|it|these|them|the\s+\w+)\s*)?(?:strictly\s+)?(?:as\s+)?confidential\b/g,
  // A pattern that starts with (^|[^…]) reads the character before the mark in its group 1,
  // which is not part of the mark (in place of a lookbehind: the on-send check runs in ES2016).
  new RegExp(`(^|[^不非没并无否])(?:属于|是|为|系|均为|均属)(?:公司|高度|内部)?(?:机密|保密)${TOPIC_AFTER}`, "g"),
  // "必须保密" says what a thing requires ("私密金钥 (必须保密)", "密码必须保密"); said of this
  // mail's content it is read by the next pattern ("本邮件内容必须保密").
  new RegExp(`(^|[^会将必])(?:请|务必|严格|需要|须|予以|请予)(?:注意)?保密${TOPIC_AFTER}`, "g"),
  new RegExp(`(?:内容|信息|资料|数据|文件|附件|邮件|此事|以下)(?:请|须|必须|务必|需要)?(?:注意|严格)?(?:保密|机密)${TOPIC_AFTER}`, "g"),
];

/**
 * The clause before a mark, when the writer promises to keep the reader's material secret
 * ("我们将对贵司提供的资料严格保密", "我們會對貴公司的資料嚴格保密"): a promise marks nothing of this mail.
 * Run on at most the clause's last 60 characters.
 */
export const PROMISE_BEFORE = /(?:我们|我方|我司|本公司|本人|我)[^,.!?;:\n]{0,20}(?:会(?![上议])|将|承诺|保证|一定)[^,.!?;:\n]{0,20}$/;

/** Every pattern above holds one of these words: a text without them is not read with the patterns. */
export const CONFIDENTIAL_PATTERN_WORDS = /confidential|机密|保密|秘密|内部使用/;

/** A disclaimer written inside the prose (the segmenter missed it): not the sender's mark. */
export const DISCLAIMER_WORDING =
  /intended (solely |only )?for|intended recipient|legally privileged|privileged and|if you (are not|have received)|unauthori[sz]ed|notify the sender|disclaimer|预期收件人|指定收件人|免责|如果?您?(不是|非).{0,10}收件人/;
