// Who a mail greets on its first line: "Hi Lisa,", "王经理，您好！", "张工，", "Lisa、李娜：".
// Patterns run on normalised text (Simplified, lower case, half-width).

const HEADING_WORDS =
  /^(议程|议题|附件|背景|目的|主题|时间|地点|日期|内容|说明|备注|问题|问题描述|描述|影响|影响范围|会议记录人|记录人|紧急原因|原因|总结|结论|决定|决议|决策|待办|行动项|参会人员|参会人|讨论|共识|要点|事项|进展|更新|计划|步骤|需求|链接|电话|注意|注意事项|目标|概述|摘要|详情|细节|任务|负责人|截止日期|材料|资料|会议材料|会议纪要|纪要|发生时间|出现时间|现象|范围|联系人|结果|方案|建议|风险|下一步)$/;

const GREETING_PATTERNS = [
  /^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)|morning|afternoon|to whom it may concern)\b(?:(?:mr|mrs|ms|dr|prof)\.|[^,:;!.\n。，：；！]){0,60}[,:;!.，：；！。]?/,
  // A team may be named in Latin letters before the Chinese addressee: "IT 同事你好", "HR 同事们好".
  /^(尊敬的)?((?:[^\s,:;!.?，：；！。？]{1,12},\s*|(?:[a-z0-9&.-]{1,12}\s)?[^\s,:;!.?，：；！。？]{0,20}\s?)(你好|您好|你们好|您们好|大家好|早上好|下午好|晚上好|早安)|(?:[a-z0-9&.-]{1,12}\s?)?(各位|大家|老师|同事们|领导|[\u4e00-\u9fff]{1,4}(总|经理|老师|主任|部长|先生|女士|小姐|同学|们))好)(啊|呀)?[,:;!.~，：；！。～]*/,
  /^(各位|大家|team|all|folks|everyone|everybody|同事们|领导)[^\n,:;，：；]{0,12}[,:;!，：；！]/,
  /^[a-z][a-z .'-]{0,30},\s*$/,
];

// One-word English headings that may open a mail with a colon ("Summary:"), unlike a name ("Lisa：").
const EN_HEADING_WORDS =
  /^(agenda|summary|background|note|notes|update|updates|purpose|subject|topic|issue|problem|questions?|actions?|action items|attendees|date|time|location|when|where|details|description|impact|scope|status|results?|decisions?|next steps|reminder|fyi|important|urgent|warning|attention|re|fw|fwd|context|objective|goals?|request|ps|answer|timeline|owner|steps|solution|workaround|conclusion|recap|overview|plan|hi|hello|dear|team|all|everyone)$/;

/** One name of a greeting list: "张经理", "Lisa", "Lisa Wang". */
function isGreetedName(part: string): boolean {
  const name = part.trim();
  // "本周资安组工作摘要如下：" introduces a list; a name ends before such words.
  if (/^[\u4e00-\u9fff·]{1,12}$/.test(name)) return !HEADING_WORDS.test(name) && !/如下|以下|摘要|报告|情况|说明|步骤|安排|内容|事项|汇总|总结|意见|建议|结果|一下|问题|原因|进展|要求|方案/.test(name);
  // A company, a department or a desk addressed in a letter: "常州华信水务有限公司财务部：", "IT服务台：",
  // "IT 服务台：" (a space between the Latin and the Chinese, as most people type it).
  if (/^[a-z0-9\u4e00-\u9fff·&]{1,15}(?: ?[a-z0-9\u4e00-\u9fff·&]{1,15})?$/.test(name) && name.length >= 2 && /(公司|集团|部|处|室|中心|科|局|厅|组|团队|服务台|办公室|事业部|分行|支行)$/.test(name)) return true;
  return /^[a-z][a-z.'-]{1,20}( [a-z][a-z.'-]{1,20})?$/.test(name) && !EN_HEADING_WORDS.test(name);
}

/**
 * "张经理：", "Lisa：" and "Lisa、李娜：" on a line of their own greet; "议程：" is a heading. The
 * letter's salutation after the name greets too: Taiwan's "王經理 鈞鑒：", "各位股東 台鑒：".
 */
function isNameWithColon(norm: string): boolean {
  const m = /^(尊敬的)?([^:：]{1,40}?)(?:\s*(?:钧鉴|台鉴|大鉴|惠鉴|道鉴|勋鉴|尊鉴|雅鉴|礼鉴|钧启|台启))?\s*[:：]\s*$/.exec(norm);
  // eslint-disable-next-line regexp/no-super-linear-move -- m[2] is at most 40 characters
  return m !== null && m[2].split(/[、,，&]|\s+and\s+/).every(isGreetedName);
}

// Words that open a sentence with a comma ("所以，") and are no one's name.
const LEAD_WORDS =
  /^(所以|另外|首先|其次|然后|但是|不过|因此|此外|同时|总之|最后|目前|现在|今天|昨天|明天|对了|好的|好|收到|是的|嗯|嗯嗯|谢谢|多谢|抱歉|不好意思|其实|还有|补充|补充一下|如下|综上|那么|那|哈哈|另|附|注意|总结|比如|例如|当然|对|是|没错|确实|好吧|可以|行)$/;

/**
 * "张工，" on a line of its own greets, whether "你好！" follows on the next line or the
 * message itself does (Outlook web writes each line as its own <div>).
 */
export function nameBeforeGreeting(norm: string): number {
  const m = /^(尊敬的)?([\u4e00-\u9fff·]{1,8})\s*,\s*$/.exec(norm);
  if (!m || HEADING_WORDS.test(m[2]) || LEAD_WORDS.test(m[2])) return 0;
  return norm.length;
}

/** Length of the greeting at the start of `norm`, or 0. */
export function greetingLength(norm: string): number {
  if (norm.length === 0) return 0;
  if (isNameWithColon(norm)) return norm.trimEnd().length;
  for (const re of GREETING_PATTERNS) {
    const m = re.exec(norm);
    if (!m) continue;
    const len = m[0].length;
    // A greeting is a line of its own or ends with punctuation before the prose goes on.
    if (len === norm.trimEnd().length || /[,:;!.，：；！。~～]$/.test(m[0])) return len;
  }
  return 0;
}
