import { chars, trimEndWhile, trimStartWhile } from "./trim";

// What a sentence of a mail does: asks the reader for something, says why the mail is
// written, says that nothing is needed, or only exchanges pleasantries. Used by the rules
// that judge how a mail opens and how it ends (§2.2.3). Patterns are written for normalised
// text (`normalize()`: Simplified, lower case, half-width punctuation, so "？" is "?").

const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)";
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

// Chinese 请 is a request, but not inside 申请 (apply), 邀请 (invite), 请假 (leave) and the like.
const QING = "(?<![申邀聘宴吃])请(?![假客])";

const REQUEST_PATTERNS: RegExp[] = [
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
  /\b(i|we) (would |will |still )?need (access|approval|permission|help|support|sign-off|your|input|feedback)\b/,
  /\bthank(s| you) in advance\b|先行致谢|先谢谢|提前感谢/,
  /\b(i|we)('d| would) (appreciate|be grateful)\b/,
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
  /期待(您|你|大家|各位)?的?(回复|反馈|答复|回音|意见)/,
  /(周[一二三四五六日天]|星期[一二三四五六日天]|下班|明天|今天|明早|本周|下周|月底|(?<!\d)\d+[日号点]|中午)(之|以)?前/,
  /(如|若)(有|需)(任何|其他)?(问题|疑问|需要)/,
  /联系(我|我们|本人)/,
  // "你选好了告诉我编号", "直接打我分机8310", "你重新连一次试试": what the reader is to do next.
  /(告诉|告知|通知)(我|我们)|(跟|和)我(们)?(说|讲)一?(声|下)|(打|拨)(我|给我)的?(电话|分机|手机|座机)|打我分机|给我(回|打)(个)?(电话|邮件|信)|(试试|试一下|试一试)(看)?$/,
  // "If a server needs a restart, raise an emergency change and call the on-call lead.": an instruction.
  /^(if|when|once|whenever|should)\b[^,]{1,160},\s*(please\s+)?(raise|call|contact|send|open|log|file|use|restart|reboot|reply|bring|return|hand|take|put|save|copy|move|print|read|review|approve|confirm|join|register|note|remember|switch|turn|plug|unplug|wait|come|drop|message|email|e-mail|ping|ask|tell|let|forward|escalate|submit|book|check|make|follow|report|write|go|try|add|remove|update|install|click|sign|fill|leave|keep|stop|do not|don't)\b/,
];

const PURPOSE_PATTERNS: RegExp[] = [
  /\b(i am|i'm|we are|we're|i was|we were) (writing|reaching out|contacting|sending|sharing|forwarding|attaching|following up|reminding|inviting|announcing|asking|requesting|checking in|looping)\b/,
  /\bthis (e-?mail|mail|message|note) (is|serves|summari[sz]es|contains|covers|confirms|gives|lists|explains|describes|outlines|sets out|provides|announces)\b/,
  /\bthis is (to|a (quick )?(reminder|follow-up|heads-up|summary|request|notice))\b/,
  /\b(this|here) is (the|a|an|our|my|this week's|today's|yesterday's) ([\w'-]+ ){0,4}(summary|report|update|reminder|notice|announcement|request|minutes|recap|invitation|proposal|overview|plan|review|post-mortem|postmortem)\b/,
  /\b(following up|follow(ing)? up on|further to|with reference to|in response to|in reply to|as discussed|as agreed|as promised|as requested|as mentioned|per our|per your|regarding|concerning|with regard to)\b/,
  /^(re|about|on|update on|quick update|quick question|heads-up|heads up|fyi|reminder|note)\b[:,\s]/,
  /\b(please find|find attached|attached (is|are|please find)|i('ve| have) attached|enclosed (is|are))\b/,
  /\b(i|we)('d| would) like to\b/,
  /\b(i|we) (want|wanted|need|needed|plan|intend|have decided) to\b/,
  /\bjust (wanted|a quick)\b/,
  /^(here's|here is|here are|below is|below are|attached is|attached are)\b/,
  /\b(we are|we're|i am|i'm) (now )?[a-z]+ing\b/,
  /\b(to let you know|to inform|to confirm|to ask|to request|to share|to remind|to invite|to update you|to announce|to notify|to propose|to introduce|to clarify|to summari[sz]e)\b/,
  /\b(is|are|has been|have been) (now )?(ready|available|attached|live|complete|completed|done|approved|confirmed|released|deployed|scheduled|postponed|cancelled|canceled|moved|rescheduled|delayed|due)\b/,
  /\b(will|shall) be\b|\bis going to be\b|\bare going to be\b/,
  /\b(starting|effective|from) (today|tomorrow|now on|next|monday|tuesday|wednesday|thursday|friday|\d)/,
  /\b(i|we) have (a|one|two|three|some|a few|several) (quick )?(question|request|comment|concern|update|suggestion|proposal|issue|problem)s?\b/,
  /\bheads[- ]up\b|\bfyi\b|\bfor your (review|approval|information|reference|records)\b/,
  /为了?.{0,40}(特此|现|特)|特此|现将|现就|兹|本邮件|此邮件|这封邮件|写信|来信(是|想|主要)/,
  /^(关于|就|针对|根据|按照|为了|为|鉴于|应|接)/,
  /想(请教|咨询|请问|问(一下|下)?|确认|了解|和您|跟您|与您|和你|跟你|同步|申请|提醒|汇报|通知|分享|邀请|介绍|讨论|沟通)/,
  /请教|咨询|请问|跟进|附上|随信|附件(是|为|中|里)|见附件|如下|以下是|下面是|同步(一下)?|汇报|知会|通知|提醒|申请|邀请|诚邀|分享|介绍/,
  /(有|遇到了?|出现了?)(一|两|几|个)(个|些)?(小)?(问题|事|请求|需求)/,
  /(将于|定于|拟于|计划于|预计于?|已于|将在|已经|已)(.{0,12})(上线|发布|完成|开始|结束|启用|停用|维护|升级|更新|生效|准备好|批准|取消|推迟|延期|调整)/,
  /(即日起|自.{1,12}起|从.{1,12}起)/,
  // A formal proposal: "拟就续约事宜与贵公司洽谈", "拟于下周召开…".
  /(^|[,;:\s])拟(就|与|向|对|于|将|在|申请|请|进行|召开|安排|采购|更换|开通|调整)/,
  // A problem report opens with the problem: that is its purpose ("打印机从今天上午开始无法打印",
  // "Outlook keeps asking for my password"); a past incident ("上周 UPS 发生故障") is background.
  /无法(使用|登录|打印|打开|连接|访问|上网|发送|接收|启动|同步)|打不开|连不上|登不上|上不了网|一直报错|蓝屏|闪退/,
  /\b(keeps (asking|crashing|failing|freezing|disconnecting|restarting)|(stopped|is not|isn't|doesn't|does not) work(ing)?|(cannot|can't|unable to) (log ?in|sign in|connect|access|print|open|send|receive|start)|is down)\b/,
];

const PLEASANTRY_PATTERNS: RegExp[] = [
  /^(i )?(hope|trust) (you|this|all|everyone|your|things|the)\b/,
  /^(how are you|how are things|how's it going|how is it going|how have you been|how was your)\b/,
  /^long time no (see|talk|speak)\b/,
  /^(happy|merry) [a-z -]{2,20}$/,
  /^(good|nice|great) to (hear|see|meet) (from )?you\b/,
  /^(it was|it's been) (great|nice|good|a pleasure)\b/,
  /^(thanks|thank you|many thanks) (so much |very much )?(for|again)\b.{0,40}(e-?mail|mail|message|note|reply|response|time|help|call|meeting|update)\.?$/,
  /^(hi|hello|hey) (again|there|all|everyone|team)$/,
  /^greetings from\b/,
  /^have a (nice|great|good|lovely) (day|week|weekend)\b/,
  /^(好久不见|见信好|展信(佳|好|悦)|近来可好|一切可好|别来无恙|最近(怎么样|好吗|如何|还好吗|忙吗|在忙什么|还好|可好)|你好吗|您好吗|辛苦了|打扰了|冒昧打扰|不好意思打扰)/,
  /^希望(你|您|大家|各位)?(一切|近来|最近)?(都)?(好|安好|顺利)/,
  /^(周[一二三四五六日末]|星期[一二三四五六日天]|新年|节日|中秋|国庆|元旦|春节|端午)快乐/,
  /^(感谢|谢谢|多谢)(您|你)?的?(来信|回复|邮件|回信|帮助|支持)$/,
  /^(早上好|上午好|中午好|下午好|晚上好)$/,
];

const NO_ACTION_PATTERNS: RegExp[] = [
  /\bfyi\b|\bfor your (information|reference|records)\b|\bfor info(rmation)?( only)?\b/,
  /\bno (action|reply|response|need to (reply|respond|do anything|take (any )?action))( is)?( needed| required| necessary)?\b/,
  /\bnothing (is )?(needed|required) (from you|on your (side|end))\b/,
  /\bjust (to )?(keep|keeping) you (posted|informed|in the loop)\b|\bjust so you know\b|\bjust (a|an) (fyi|heads[- ]up)\b/,
  /(无需|无须|不用|不必|不需要|毋需)(回复|处理|操作|回信|任何操作|采取)/,
  /仅供参考|供(您|你|大家)?参考|知悉即可|请知悉|请悉知|周知|特此通知|特此公告|特此告知/,
];

function matchesAny(patterns: readonly RegExp[], norm: string): boolean {
  return patterns.some((re) => re.test(norm));
}

const CORE_LEAD = chars(/[\s\-*•·>]/);
const CORE_TRAIL = chars(/[\s.!,;:~。！，；：～…]/);
const isQuestionOrBang = chars(/[?!]/);

/** Trims the punctuation and spaces around a normalised sentence. */
function core(norm: string): string {
  return trimEndWhile(trimStartWhile(norm.trim(), CORE_LEAD), CORE_TRAIL);
}

/** Asks the reader to do, answer or decide something. */
export function isRequest(norm: string): boolean {
  return matchesAny(REQUEST_PATTERNS, core(norm));
}

/** Says why the mail is written: a request, a purpose phrase or an announcement. */
export function statesPurpose(norm: string): boolean {
  const s = core(norm);
  if (isPleasantry(s)) return false;
  return matchesAny(PURPOSE_PATTERNS, s) || matchesAny(REQUEST_PATTERNS, s) || matchesAny(NO_ACTION_PATTERNS, s);
}

/** Only social: "Hope you are well", "好久不见，最近怎么样？", "Happy Monday!". */
export function isPleasantry(norm: string): boolean {
  const clauses = core(norm)
    .split(/[,;，；]\s*/)
    .map((c) => trimEndWhile(c, isQuestionOrBang).trim())
    .filter((c) => c !== "");
  if (clauses.length === 0) return true;
  if (!matchesAny(PLEASANTRY_PATTERNS, clauses[0])) return false;
  // "Hope you are well, could you…" carries a request after the courtesy.
  return clauses.slice(1).every((c) => matchesAny(PLEASANTRY_PATTERNS, c) || !(matchesAny(REQUEST_PATTERNS, c) || matchesAny(PURPOSE_PATTERNS, c)));
}

/** Says explicitly that the reader need not act or reply. */
export function saysNoActionNeeded(norm: string): boolean {
  return matchesAny(NO_ACTION_PATTERNS, core(norm));
}
