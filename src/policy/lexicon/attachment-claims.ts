import { DOC_EN, DOC_FILE } from "./attachment-words";

// Claims that a file travels with this mail, said without the word "attach", and the readings
// that make such words about something else (normalised: Simplified, lower case, half-width).

/** Things sent as files: a 通知 or a 结果 can be written into the mail, a 报价单 is a file. */
const DOC_ZH = "(?:资料|文件|档案|材料|报价单?|合同|协议|发票|报告|报表|表格|(?:报价|预算|签到|考勤|统计|汇总|申请|报名|对照|进度|评分)表|清单|名单|明细|方案|计划书|说明书|手册|扫描件|扫描档|复印件|影本|照片|截图|图片|简历|目录|讲义|课件|简报|幻灯片|译稿|[初终草定]稿|纪要|证明|执照|证书|对账单|账单|ppt|pdf|excel|word)";

/**
 * The mail itself is named or the verb is the letter's own: "随函寄上", "随邮件发给您", "和这封邮件
 * 一起发", "附送报价单一份", "I enclose", "I'm sending you the file with this mail", "Herewith the
 * contract". A plain send verb also promises and asks, so the rule tests the clause before it
 * for a future or a request and the sentence for another channel.
 */
export const SEND_CLAIM_PATTERNS: readonly RegExp[] = [
  // 随件 is left out: 发票随件寄出 is an invoice packed with the goods.
  // 随信息化… and 随邮件系统升级… are "with", not "with this letter".
  /随(?:函|信(?![息用号任心])|本信|此信|(?:本|此|这封)?邮件(?!系统|服务|网关|客户端|地址|签名))(?:一并|一起|一同)?(?:附上|寄上|送上|奉上|呈上|附|寄|送|呈|发送|发给|发|转发)?/,
  /(?:和|跟|与|同|连同)(?:这封|此封|本封|此|本|这)(?:邮件|信|电邮)一(?:起|同|并)/,
  // 附送 alone is "bundled free" (附送三年保修, 附送礼品一份); with a document it is the letter's "enclosed".
  new RegExp(`附送[^，,。；;！!？?\\n]{0,12}?${DOC_ZH}`),
  /\b(?:i|we)(?: hereby| also)? (?:enclose|attach)\b|\b(?:i am|i'm|we are|we're) (?:also )?enclosing\b/,
  // A file, not "sending the reminder in this mail"; "with this email I send" names one too.
  new RegExp(`\\b(?:send|sending|forward|forwarding|share|sharing)\\b[^.\\n]{0,40}?\\b${DOC_FILE}\\b[^.\\n]{0,20}?\\b(?:with|in|along with|together with) (?:this|the present) (?:e-?mail|mail|message)\\b`),
  new RegExp(`\\b(?:with|in) this (?:e-?mail|mail|message),? (?:i|we)(?: am| are|'m|'re)? (?:send|sending|forward|forwarding|enclose|enclosing)\\b[^.\\n]{0,40}?\\b${DOC_EN}\\b`),
  // "Herewith the contract", not the help text's "Herewith you can define…".
  /(?:^|[.:]\s*)herewith,?\s+(?:the|our|my|a|an|please find|you will find|you'll find)\b/,
];

/**
 * A document sent to the reader with no mail named: "相关资料一并发送", "我把报价单发您了，请查收",
 * "报价单请查收". These also tell of an earlier mail, so a time before the send rules them out.
 */
export const SENT_TO_YOU_PATTERNS: readonly RegExp[] = [
  new RegExp(`${DOC_ZH}[^，,。；;！!？?\\n]{0,16}?一并(?:发送|发给|寄上|附上|送上|奉上|呈上|提供|转发)`),
  new RegExp(`${DOC_ZH}[^。；;！!？?\\n]{0,16}?(?:发|寄|传)(?:给)?(?:您|你|各位|大家)了?[，,]?\\s*(?:请|烦请|敬请)?(?:您)?查收`),
  new RegExp(`${DOC_ZH}[，,]?\\s*(?:请|烦请|敬请)(?:您)?查收`),
];

/** Said before the send verb in its clause, a promise, an offer or a request: "我会一并发送", "我可以随邮件发给您", "I'll send … with this mail". */
// 将 is left out: in letters it is 把 ("兹将报价单随函寄上"), not "will".
// 会 only after a subject or an adverb: 展会合同, 会议纪要 and 会计 are nouns.
// Tested on a clause, so the character before 要 is matched, not looked behind at (ES2016 has no lookbehind).
export const SEND_NOT_NOW = /(?:我|们|方|司|也|再|就|还|都|才|应该|可能)(?:会|可以|能)(?![议谈计源力])|(?:^|[^需主重只])要(?![求点])|打算|准备|稍后|明天|下周|之后|\b(?:will|'ll|going to|can|could|would|please|should)\b/;
/** The file went another way: "已发至您的手机，请查收", "合同已寄出，请查收快递". */
export const OTHER_CHANNEL = /(?:发到|发至|发送至|发送到|传到|传至|上传|通过|用|在|到)[^，,。]{0,6}(?:手机|短信|微信|企微|钉钉|qq|系统|平台|网盘|共享盘|邮箱|群)|快递|快件|顺丰|邮寄|包裹|挂号|寄出/;
/** An earlier send: "我昨天已经把报价单发您了". */
export const EARLIER = /昨天|前天|上周|上次|之前|刚才|刚刚|前几天|早上|上午|另一封|另封|单独/;

/** The attachment of another mail: "上次邮件的附件", "附件见上一封邮件", "the attachment in my previous email". */
export const OTHER_MAIL_BEFORE = /(?:上次|上封|上一封|前一封|那封|之前|早前|先前|昨天|前天|上周|原)(?:发的|发送的|寄的|的)?(?:邮件|信|来信|电邮)[^，,;；]{0,6}$|\b(?:previous|earlier|last|other|original|prior|yesterday's|last week's) (?:e-?mail|mail|message)(?:'s)?\s+$/;
export const OTHER_MAIL_AFTER = /^[^，,。]{0,6}(?:见|在)(?:我|我们|你|您)?(?:上一封|上封|之前|前一封|那封|原|昨天|上周)(?:那封|的那封|的|发的)?(?:邮件|信)|^\s+(?:in|from|of|on|to)\s+(?:my|our|your|the|that)\s+(?:previous|earlier|last|other|original|first|prior)\s+(?:e-?mail|mail|message|note)\b/;

/** "We attach great importance to…": the idiom, not a file. */
export const ATTACH_IDIOM = /^ (?:\w+ )?(?:importance|weight|significance|value|priority|conditions?)\b/;

/** A question or modal before "i attach": "How do I attach…", "Can I attach…". */
export const ASKED_BEFORE = /\b(?:do|does|did|can|could|shall|should|may|might|will|would|must|if|how|where|when|why|whether|to)\s+$/;

/** The clause gives a link for the file ("附件较大，请通过以下链接下载"); "另附链接" adds one beside it. */
export const LINK_WORD = /链接|连结|网址|下载地址|\b(?:link|url|download)\b/;
export const LINK_BESIDE = /另|还有|以及|\b(?:also|plus|additionally)\b/;

/**
 * The file was attached to something other than this mail: "attached to the ticket",
 * "I attached the CSR in Jira OPS-123", "附在工单 INC0012399 里". "attached to this ticket" is
 * what a ticket system's own mail says of itself, so "this" is left out. Tested on the words after
 * the claim, up to the end of its sentence.
 */
export const ATTACHED_ELSEWHERE = /^[^.;:]{0,16}?\b(?:to|in|into)\s+(?:the\s+|my\s+|our\s+|your\s+|that\s+)?(?:ticket|jira|servicenow|confluence|wiki|portal|teams (?:chat|channel))\b|^[^，,。；;]{0,4}(?:在|到)[^，,。；;]{0,6}(?:工单|jira|禅道|itsm|系统|平台|群)/;
/** The clause names this mail after all ("attached to the ticket and to this mail"). */
export const THIS_MAIL = /\b(?:to|in|with|into) th(?:is|e present) (?:e-?mail|mail|message)\b|本邮件|此邮件|这封邮件|本信|此信/;

/**
 * Attached before this mail: "the logs I attached on Monday", "the driver was attached there".
 * Tested on the words after "attached" when a subject or a past auxiliary stands before it.
 */
export const ATTACHED_BEFORE_SUBJECT = /\b(?:i|we|was|were|had|i'd|we'd)\s+$/;
export const ATTACHED_BEFORE_WHEN = /^[^.,;!?]{0,24}?\b(?:yesterday|previously|there|last (?:week|night|time|month|monday|tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/**
 * The resend of a mail that went without its file: "Resending with the attachment", "now with
 * the attachment", "上封邮件忘了带附件，这次补上", "补发附件". Asked of the reader ("请补发附件")
 * or promised, it is no claim; the send-verb checks rule those out.
 */
export const RESEND_PATTERNS: readonly RegExp[] = [
  /\b(?:resending|re-sending|sending (?:it |this |them )?again)\b[^.\n]{0,12}?\bwith (?:the )?(?:attachments?|files?)\b/,
  /\bnow with (?:the )?attachments?\b|\bwith the attachments? this time\b/,
  /(?:补发|补上|重新发送|重发)(?:一下)?(?:附件|附档)/,
];

/** "I forgot the attachment" is a resend only when it says here it is: "…; here it is", "这次补上". */
export const FORGOT_PATTERNS: readonly RegExp[] = [
  /\b(?:i|we|sorry,?|oops,?|apologies,?) (?:forgot|have forgotten|had forgotten|'ve forgotten) (?:to attach|to include|the attachments?)\b/,
  // Not "你忘了带附件", which is about their mail.
  /(?:我|抱歉|不好意思|刚才|刚刚|上封邮件|上一封邮件)[^，,。；;你您]{0,8}?忘(?:了|记)(?:带|加|附|放|添加)?(?:上)?(?:附件|附档)/,
];
export const RESEND_CUE = /\bhere (?:it is|they are|you go)\b|\bthis time\b|\bnow attached\b|\battached now\b|\bresending\b|这次|补上|补发|现附上|重新发送/;
