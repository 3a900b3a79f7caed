// What asks the reader to do, answer or decide something (§2.2.3: the mail ends with it).
// Patterns are written for normalised text (`normalize()`: Simplified, lower case, half-width
// punctuation, so "？" is "?" and "。" is ".").

const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)";
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

// Chinese 请 is a request, but not inside 申请 (apply), 邀请 (invite), 请假 (leave) and the like.
// These patterns only test a sentence, so the character before 请 may be part of the match.
const QING = "(?:^|[^申邀聘宴吃])请(?![假客])";

export const REQUEST_PATTERNS: RegExp[] = [
  /\?/,
  /\b(please|pls|plz|kindly)\b/,
  /\b(could|can|would|will|might) (you|u|we|someone|anyone|the team|your team)\b/,
  /\b(let|tell) (me|us) know\b/,
  /\bget back to (me|us)\b/,
  /\b(reply|respond|revert|confirm|approve|review|sign off|share|send)\b.{0,40}\b(by|before|no later than|until)\b/,
  new RegExp(`\\b(by|before|no later than)\\s+(the end of (the )?|end of )?(this |next )?(${WEEKDAY}|today|tonight|tomorrow|eod|cob|noon|week|month|${MONTH}|\\d{1,2}(st|nd|rd|th)? ${MONTH}|\\d{1,2}[:/.]\\d|\\d{1,2}\\s*(am|pm))\\b`),
  new RegExp(`\\bdue (by |on )?(${WEEKDAY}|today|tomorrow|this|next|${MONTH}|\\d)`),
  /\b(deadline|asap|as soon as possible|at your earliest convenience)\b/,
  /\b(i|we) (need|require) (you|your)\b/,
  /\bneed your\b/,
  // "we need two things from your side", "I'll need a few details from you".
  /\b(i|we)('ll| will| would| still)? (need|require)\b[^.?!]{0,40}\bfrom (you|your)\b/,
  /\b(i|we) (would |will |still )?need (access|approval|permission|help|support|sign-off|your|input|feedback)\b/,
  /\bthank(s| you) in advance\b|先行致谢|先谢谢|提前感谢/,
  /\b(i|we)('d| would) (appreciate|be grateful)\b/,
  // "I'd like your approval to…", "we would like you to review…".
  /\b(i|we)('d| would) like (your|you to)\b/,
  /\b(looking forward to|look forward to|awaiting) (your|hearing)\b/,
  /\bfeel free to\b/,
  /\bsee you (there|then|tomorrow|on|at|next|in)\b/,
  /\bif you have (any )?(questions|concerns|comments|feedback)\b/,
  /\b(reach out|contact me|contact us|call me|ping me|give me a call)\b/,
  /\baction (required|needed|item)s?\b/,
  /^(kindly |please )?(review|approve|confirm|sign|send|forward|check|update|complete|fill|submit|join|register|book|reply|respond|install|restart|reboot|use|make sure|ensure|remember|note)\b/,
  new RegExp(QING),
  /烦请|麻烦|劳烦|拜托|敬请|还望|务必|务请|盼复|尽快|帮忙|帮我|帮看|协助|回复|反馈|答复|告知|查收|审批|批准|签字|确认一下|处理一下|看一下|看看|能否|可否|能不能|可不可以|是否可以|是否能|可以吗|好吗|行吗|截止/,
  /(^|[,.;:!\s])望|望(周知|尽快|回复|批准|予以|各位|大家|悉知|知悉|准时|及时|配合|支持|审阅|查收)/,
  /希望(您|你|大家|各位)?(能|可以|尽快|尽早)/,
  // "需要大家配合", "需要您的确认", "需要各部门协助".
  /需要(大家|各位|您|你|你们|您们|贵方|贵司|各部门|各位同事|同事们)的?(配合|支持|协助|帮忙|帮助|参与|确认|回复|反馈|审批)/,
  /期待(您|你|大家|各位)?的?(回复|反馈|答复|回音|意见)/,
  /(周[一二三四五六日天]|星期[一二三四五六日天]|下班|明天|今天|明早|本周|下周|月底|(?:^|\D)\d+[日号点]|中午)(之|以)?前/,
  /(如|若)(有|需)(任何|其他)?(问题|疑问|需要)/,
  /联系(我|我们|本人)/,
  // "有问题再找我", "有問題再跟我說", "有事随时叫我": the colloquial "if anything comes up, ask me".
  /有(任何|什么|其他|啥)?(问题|疑问|事|需要)(的话)?,?(随时|再|就|请|可以|直接){0,3}来?(找|问|叫|call|ping|跟我说|和我说|跟我讲|告诉我)/,
  /^(just )?(shout|holler)\b|\bgive (me|us) a (shout|call|ring|buzz)\b|\bdrop (me|us) a (line|note|message)\b/,
  // "你选好了告诉我编号", "直接打我分机8310", "你重新连一次试试": what the reader is to do next.
  /(告诉|告知|通知)(我|我们)|(跟|和)我(们)?(说|讲)一?(声|下)|(打|拨)(我|给我)的?(电话|分机|手机|座机)|打我分机|给我(回|打)(个)?(电话|邮件|信)|(试试|试一下|试一试)(看)?$/,
  // "If a server needs a restart, raise an emergency change and call the on-call lead.": an instruction.
  /^(if|when|once|whenever|should)\b[^,]{1,160},\s*(please\s+)?(raise|call|contact|send|open|log|file|use|restart|reboot|reply|bring|return|hand|take|put|save|copy|move|print|read|review|approve|confirm|join|register|note|remember|switch|turn|plug|unplug|wait|come|drop|message|email|e-mail|ping|ask|tell|let|forward|escalate|submit|book|check|make|follow|report|write|go|try|add|remove|update|install|click|sign|fill|leave|keep|stop|do not|don't)\b/,
];
