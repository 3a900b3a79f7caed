import { listNames } from "../missing-parts";
import type { Lang } from "../types";
import type { ParsedBody, Segment } from "./segment";
import type { SubjectInfo } from "./subject";
import { DIGIT, LETTER } from "./letters";
import { readHeaderRows } from "./minutes-table";

/** Two letters or digits in a row, or one Chinese character: a line that says something. */
const HAS_CONTENT = new RegExp(`[${LETTER}${DIGIT}]{2}|[\\u4e00-\\u9fff]`, "u");

// Minutes of a meeting (§2.3.4, §4.1.4): recognising a minutes mail by its subject, finding
// the four parts the policy asks for, and writing the template the meeting pane inserts.
// The template's headings are the recogniser's own words, so a filled-in template always
// passes. Patterns are written for normalize()'d text: Simplified, lower case, half-width.

export type MinutesPart = "discussion" | "consensus" | "decisions" | "actions";
export const MINUTES_PARTS: readonly MinutesPart[] = ["discussion", "consensus", "decisions", "actions"];

// "会议记录人" names the minute-taker; it is not the minutes.
const MINUTES_SUBJECT_CJK = /会议纪要|会议记录(?![人员])|会议摘要|会议总结|会议小结|会议决议|会议备忘|纪要/;
const MINUTES_SUBJECT_EN =
  /\b(minutes|meeting notes|notes (from|of) (the |our |today's |yesterday's )?[a-z0-9' ]{0,30}(meeting|call|sync|review)|meeting (summary|recap)|recap of)\b/;
// "5 minutes late", "running a few minutes behind" are not minutes.
const DURATION_MINUTES = /\b(\d+|a few|few|couple of|several|some|ten|five|fifteen|twenty|thirty|forty[- ]five)\s+minutes\b/g;

// A subject that asks for the minutes, reminds of them or is about their form names minutes
// but is not them: "Reminder: please send the minutes by Friday", "会议纪要请于周五前提交",
// "會議紀要範本更新", "Who will take the minutes on Thursday?". "会议纪要请查收" is the minutes.
const ABOUT_MINUTES_CJK =
  /(?:纪要|记录)的?(?:模板|范本|格式|规范|撰写要求|提交|上传|补交|催交|尚未|未交|未发)|(?:纪要|记录)请(?:于|在)?[^,:]{0,10}?(?:提交|上传|补交|发送|发出|整理|完成)|^[[(【（]?(?:温馨)?提醒|催交|催促|(?:提交|补交|上传)(?:会议)?(?:纪要|记录)/;
const ABOUT_MINUTES_EN =
  /^\W*(?:(?:friendly |gentle |quick )?reminder|request)\b|\bminutes? (?:template|format|guidelines?|are due|due|overdue|pending|outstanding|missing|still missing)\b|\b(?:send|submit|share|circulate|upload)(?: out| over)? (?:the |your |today's |yesterday's |our )?(?:meeting )?minutes\b|\btake (?:the )?minutes\b|\bminute[- ]?taker\b|\bwho (?:will|can) (?:take|write)\b/;

/** True when the subject (RE:/FW: stripped) names the mail as minutes of a meeting. */
export function isMinutesSubject(subject: SubjectInfo): boolean {
  const norm = subject.norm;
  if (ABOUT_MINUTES_CJK.test(norm) || ABOUT_MINUTES_EN.test(norm)) return false;
  if (MINUTES_SUBJECT_CJK.test(norm)) return true;
  const withoutDurations = norm.replace(DURATION_MINUTES, " ");
  if (MINUTES_SUBJECT_EN.test(withoutDurations)) return true;
  // "MoM" written so is minutes of meeting; "mom" in lower case is somebody's mother, and
  // next to figures it is month-over-month.
  if (/\b(yoy|qoq|wow|mtd|ytd)\b|\bmom\s*(growth|revenue|change|increase|decrease|decline|sales|trend|comparison|%|[+-]?\d|and|vs|\/)/.test(norm)) return false;
  return /\b(MoM|MOM)\b/.test(subject.stripped);
}

/** True when the subject was a reply ("RE:", "回复："), not the minutes themselves or a forward. */
export function isReplySubject(subject: SubjectInfo): boolean {
  return subject.prefixes.some((p) => /^(re|aw|sv|vs|rif|antw|回复|回覆|答复|答覆)/i.test(p.trim()));
}

// A heading: the line starts with the word (after a number, bullet, bracket or "#"), and the
// word is followed by a colon, a dash or the end of the line.
const LEAD = String.raw`^[\s#*>\-•·●○■□◆▶►\[【(（]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-h]|[ivx]{1,4})[.、)）:\s]\s*)?[\[【(（]?\s*`;
const TAIL = String.raw`(?:\s*[(（][^)）\n]{0,40}[)）])?\s*[\]】)）]?\s*(?:[:：\-–—]|$)`;

// "主要讨论内容", "达成的共识", "本次会议决议", "Key decisions"; and a part named with its owners:
// "决定事项及责任人", "决议与分工", "Decisions and owners" (also the owners' heading, below).
const QUALIFIER = String.raw`(?:主要|本次(?:会议)?|会议|达成的|形成的|key |main )?`;
const JOINED = String.raw`\s*(?:及|和|与|以及|&|and)\s*`;
const OWNER_WORDS = String.raw`责任人|负责人|分工|owners?`;
const OWNERS_JOINED = `${JOINED}(?:${OWNER_WORDS})`;
const WITH_OWNERS = String.raw`(?:${JOINED}(?:${OWNER_WORDS}|时间节点|完成时间|截止(?:日期|时间)|actions?|next steps|deadlines?))?`;

function heading(words: string): RegExp {
  return new RegExp(`${LEAD}${QUALIFIER}(?:${words})${WITH_OWNERS}${TAIL}`);
}

const DECISION_WORDS = String.raw`决定事项|决定|决议|决策|会议决定|会议决议|结论|会议结论|decisions?(?: made)?|decided|resolutions?|conclusions?|outcomes?`;

const HEADINGS: Record<MinutesPart, RegExp> = {
  discussion: heading(
    String.raw`讨论内容|讨论事项|讨论要点|讨论情况|讨论|议题(?:讨论)?|会议内容|主要内容|会议要点|会议议题|议程|discussion(?: points| items| summary)?|topics discussed|key (?:discussion )?points|agenda(?: items)?|what we discussed|notes`,
  ),
  consensus: heading(String.raw`共识|达成共识|会议共识|一致意见|consensus|agreements?|agreed|points of agreement`),
  decisions: heading(DECISION_WORDS),
  // "决定事项及责任人", "Decisions and owners": one heading for the decisions and their owners.
  actions: heading(
    String.raw`(?:${DECISION_WORDS})${OWNERS_JOINED}|负责人|责任人|行动项|行动计划|待办事项|待办|后续行动|后续跟进|跟进事项|下一步(?:计划|工作)?|任务分工|分工|工作安排|action items?|actions?|next steps|to-?dos?|follow-?ups?|owners?|tasks?(?: and owners)?`,
  ),
};

// Clear content without a heading: "大家一致同意…", "we decided to…", "王伟负责…".
const CONTENT: Record<MinutesPart, RegExp> = {
  discussion: /讨论了|讨论后|经讨论|经过讨论|就.{1,30}进行了讨论|\bwe discussed\b|\bdiscussed\b|\bthe team reviewed\b|\bwe went through\b/,
  consensus: /达成(了)?(一致|共识)|一致(同意|认为|通过|认可)|大家(都)?同意|各方同意|与会(人员|者)?(一致)?同意|\b(we|all|everyone|both teams|the team) (all )?agreed\b|\bagreed (that|to|on)\b|\breached (a )?(consensus|agreement)\b/,
  decisions: /会议决定|最终决定|决定(采用|由|将|把|在|于|暂缓|推迟|先|不)|决议(如下|通过)|最终确定|会议确定|拍板|\bwe decided\b|\bdecided (to|that|on)\b|\bdecision (is|was)\b|\bit was decided\b|\bthe decision\b|\bapproved\b/,
  actions: /[\u4e00-\u9fff]{2,4}负责|由[\u4e00-\u9fff a-z]{2,20}(负责|跟进|牵头|完成)|(负责人|责任人|\bowner)\s*[:：][ \t]*[^\s]|\b[a-z]+ (will|to) (send|prepare|update|draft|follow up|check|confirm|fix|share|schedule|review|write|set up|contact|deliver|finish|complete)\b[^\n]{0,80}\b(by|before|until|due)\b/u,
};

// "Who: what (by when)", as action lists are written: "王伟：完成测试（11月30日前）",
// "- Lisa Wang: update the budget by Fri", "1. 李娜 - 发送报价单 - 周五前".
const WHO_WHAT_WHEN =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- only run on lines of at most ACTION_LINE_MAX characters
  /^[\s\-*•·\d.、)）]*@?([\u4e00-\u9fff·]{2,4}|[a-z][a-z'-]+(?: [a-z][a-z'-]+)?)\s*[:：\-–—]\s*.{2,}?(前|之前|以前|截止|完成|due|by\b|before\b|until\b|eod|eow|\d{1,2}[/.月-]\d{1,2})/;
// Labels written like a name before a colon ("时间：", "Subject:") are not people.
const NOT_A_PERSON =
  /^(讨论|讨论内容|共识|决定|决议|决策|结论|时间|会议时间|地点|日期|主题|议题|议程|背景|目的|备注|说明|进展|内容|问题|风险|计划|目标|状态|结果|附件|参会人员|参会人|记录人|主持人|下一步|待办|from|sent|to|cc|date|subject|time|date|location|agenda|status|note|notes|update|risk|risks|goal|result|discussion|consensus|decision|decisions|next steps|background|purpose)$/;

// An action line is short; on a longer line WHO_WHAT_WHEN's backtracking (its name, dash and
// `.{2,}?` can share characters) would grow with the square of the line. Capping the line keeps
// the cost linear in the text.
const ACTION_LINE_MAX = 400;

function hasWhoWhatWhen(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const m = line.length <= ACTION_LINE_MAX ? WHO_WHAT_WHEN.exec(line) : null;
    return m !== null && !NOT_A_PERSON.test(m[1].trim()) && headingsAt(line).length === 0;
  });
}

// The template's own placeholder words are not content.
const TEMPLATE_PLACEHOLDERS = /负责人\s*:\s*任务\s*\(截止日期\)|owner\s*:\s*task\s*\(due date\)/g;
// Header lines of a forwarded message ("From: … <a@b.com>", "Sent: …") are not minutes.
// Tried only at the start of a line (sticky), as /^\s*[>\s]*\*?(from|…)\s*\*?\s*:.*$/gm is.
const QUOTE_HEADER_AT = /[>\s]*\*?(?:from|sent|date|to|cc|subject|发件人|发送时间|收件人|抄送|主题|寄件者|寄件日期|收件者|副本|主旨)\s*(?:\*\s*)?:.*$/my;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const QUOTE_LEAD = /[>\s]/;

/** The first line start after `from` (after the next line terminator), or -1. */
function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (LINE_TERMINATOR.test(text[i])) return i + 1;
  return -1;
}

/**
 * `text.replace(QUOTE_HEADER, "")` in linear time. The /gm pattern, tried at every line start
 * of a long run of blank lines, rescans the run each time; but where it fails at a line start
 * it fails at every line start its leading `[>\s]*` could reach, so those are skipped.
 */
export function removeQuoteHeaders(text: string): string {
  let out = "";
  let copied = 0;
  let at = 0;
  while (at >= 0 && at <= text.length) {
    QUOTE_HEADER_AT.lastIndex = at;
    const m = QUOTE_HEADER_AT.exec(text);
    if (m) {
      out += text.slice(copied, at);
      copied = at + m[0].length;
      at = nextLineStart(text, copied);
      continue;
    }
    let reach = at;
    while (reach < text.length && QUOTE_LEAD.test(text[reach])) reach++;
    at = reach >= text.length ? -1 : nextLineStart(text, reach);
  }
  return out + text.slice(copied);
}

export interface MinutesParts {
  found: ReadonlySet<MinutesPart>;
  missing: MinutesPart[];
}

/** The text that the minutes consist of: what the sender wrote now (or all of it, for a forward). */
export function minutesText(body: ParsedBody, includeQuoted: boolean): string {
  // Greeting and sign-off ("谢谢") are never part of the minutes, even below an empty heading.
  const kinds = includeQuoted ? ["paragraph", "quoted"] : ["paragraph"];
  return body.segments
    .filter((s: Segment) => kinds.includes(s.kind))
    .map((s) => body.norm.slice(s.start, s.end))
    .join("\n");
}

// What the template writes where the minute-taker fills in: not content yet.
const PLACEHOLDER = /^[\s\-*•]*(?:(负责人\s*[:：]\s*任务\s*[(（]截止日期[)）]|owner\s*:\s*task\s*\(due date\)|待补充|待填写|tbd|tba|\.{3}|…+)\s*)?$/;

/** The parts a line heads: usually one, two for "决定事项及责任人" / "Decisions and owners" or a cell "共识/结论". */
function headingsAt(line: string): MinutesPart[] {
  const parts = MINUTES_PARTS.filter((part) => HEADINGS[part].test(line));
  if (parts.length > 0 || line.length > 24 || !/[/、&]/.test(line)) return parts;
  const pieces = line.split(/[/、&]/).map((piece) => piece.trim());
  return MINUTES_PARTS.filter((part) => pieces.some((piece) => HEADINGS[part].test(piece)));
}

const lineHasContent = (line: string): boolean => !PLACEHOLDER.test(line) && HAS_CONTENT.test(line);

/** A heading counts once something is written under it (or after its colon). */
function headedParts(lines: readonly string[]): Set<MinutesPart> {
  const found = new Set<MinutesPart>();
  const heads = lines.map(headingsAt);
  const table = readHeaderRows(lines, heads, lineHasContent);
  for (let i = 0; i < lines.length; i++) {
    if (table.cells.has(i)) continue;
    for (const part of heads[i]) {
      const match = HEADINGS[part].exec(lines[i]);
      const content = [lines[i].slice(match ? match.index + match[0].length : lines[i].length)];
      for (let j = i + 1; j < lines.length && heads[j].length === 0; j++) content.push(lines[j]);
      if (content.some(lineHasContent)) found.add(part);
    }
  }
  for (const part of table.parts) found.add(part);
  return found;
}

/** Which of the four parts the (normalised) minutes text contains. */
export function findMinutesParts(norm: string): MinutesParts {
  const content = removeQuoteHeaders(norm).replace(TEMPLATE_PLACEHOLDERS, " ");
  const found = headedParts(content.split("\n"));
  for (const part of MINUTES_PARTS) {
    if (CONTENT[part].test(content)) found.add(part);
  }
  if (!found.has("actions") && hasWhoWhatWhen(content.split("\n"))) found.add("actions");
  return { found, missing: MINUTES_PARTS.filter((p) => !found.has(p)) };
}

/** The names of the parts as a list in one language: "共识、决定", "consensus and decisions". */
export function listMinutesParts(parts: readonly MinutesPart[], lang: Lang): string {
  return listNames(parts.map((p) => MINUTES_PART_NAMES[p][lang]), lang);
}

export const MINUTES_PART_NAMES: Record<MinutesPart, Record<Lang, string>> = {
  discussion: { en: "the discussion", "zh-CN": "讨论内容", "zh-TW": "討論內容" },
  consensus: { en: "the consensus reached", "zh-CN": "达成的共识", "zh-TW": "達成的共識" },
  decisions: { en: "the decisions", "zh-CN": "决定事项", "zh-TW": "決定事項" },
  actions: { en: "the owners and their tasks", "zh-CN": "负责人及任务", "zh-TW": "負責人及任務" },
};

export interface MinutesTemplateInput {
  /** The meeting's subject. */
  subject?: string;
  /** How the meeting's date and time should read, already formatted. */
  when?: string;
  attendees?: readonly string[];
  minuteTaker?: string;
}

const TEMPLATE_TEXT: Record<Lang, Record<"meeting" | "time" | "attendees" | "taker" | MinutesPart | "actionLine", string>> = {
  "zh-CN": {
    meeting: "会议主题",
    time: "会议时间",
    attendees: "参会人员",
    taker: "记录人",
    discussion: "一、讨论内容",
    consensus: "二、共识",
    decisions: "三、决定事项",
    actions: "四、行动项（负责人：任务（截止日期））",
    actionLine: "负责人：任务（截止日期）",
  },
  "zh-TW": {
    meeting: "會議主題",
    time: "會議時間",
    attendees: "參會人員",
    taker: "記錄人",
    discussion: "一、討論內容",
    consensus: "二、共識",
    decisions: "三、決定事項",
    actions: "四、行動項（負責人：任務（截止日期））",
    actionLine: "負責人：任務（截止日期）",
  },
  en: {
    meeting: "Meeting",
    time: "Time",
    attendees: "Attendees",
    taker: "Minutes taken by",
    discussion: "1. Discussion",
    consensus: "2. Consensus",
    decisions: "3. Decisions",
    actions: "4. Action items (owner: task (due date))",
    actionLine: "Owner: task (due date)",
  },
};

/** The minutes template as plain text in one language; every heading is one the recogniser accepts. */
export function renderMinutesTemplate(lang: Lang, input: MinutesTemplateInput = {}): string {
  const t = TEMPLATE_TEXT[lang];
  const colon = lang === "en" ? ": " : "：";
  const separator = lang === "en" ? ", " : "、";
  const header = [
    `${t.meeting}${colon}${input.subject ?? ""}`,
    `${t.time}${colon}${input.when ?? ""}`,
    `${t.attendees}${colon}${(input.attendees ?? []).join(separator)}`,
    `${t.taker}${colon}${input.minuteTaker ?? ""}`,
  ];
  const bullet = "- ";
  return [
    ...header,
    "",
    t.discussion,
    bullet,
    "",
    t.consensus,
    bullet,
    "",
    t.decisions,
    bullet,
    "",
    t.actions,
    `${bullet}${t.actionLine}`,
  ].join("\n");
}
