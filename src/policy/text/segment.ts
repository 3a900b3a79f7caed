import type { ItemBody } from "../types";
import { htmlToLines, textToLines, type Line } from "./html";
import { normalize } from "./normalize";
import { disclaimerStart } from "./disclaimer";
import { chars, trimEndWhile } from "./trim";

// The body is read once the way a person reads it: who is greeted, what the sender wrote
// now, how it is signed, and what is only carried along (quoted history, signature,
// disclaimer, the meeting-join block). Rules see the parts they judge and nothing else.

export type SegmentKind =
  | "greeting"
  | "paragraph"
  | "signoff"
  | "signature"
  | "disclaimer"
  | "joinInfo"
  | "quoted";

export interface Segment {
  kind: SegmentKind;
  /** The segment's text as the reader sees it (lines joined by "\n"). */
  text: string;
  /** Offsets into ParsedBody.text. */
  start: number;
  end: number;
}

export interface ParsedBody {
  /** The whole body as plain text, one line per visual line. */
  text: string;
  /** `normalize(text)`: same length and offsets, folded for matching. */
  norm: string;
  segments: Segment[];
  greeting?: Segment;
  signoff?: Segment;
  /** The sender's new paragraphs, without greeting and sign-off. */
  paragraphs: Segment[];
  /** Greeting, paragraphs and sign-off, in order: everything the sender wrote now. */
  prose: Segment[];
  /** Link targets outside the quoted history. */
  links: string[];
  hasQuotedHistory: boolean;
}

interface IndexedLine extends Line {
  start: number;
  norm: string;
}

const QUOTE_SEPARATOR =
  /^[-_=*\s]*(original message|原始邮件|原始信件|原邮件|forwarded message|转发的邮件|转寄的邮件|转发邮件|begin forwarded message)[-_=*\s:]*$/;
const HEADER_FROM = /^\*?(from|发件人|寄件者|寄件人|发信人|van|von|de)\s*(?:\*\s*)?:/;
const HEADER_NEXT = /^\*?(sent|date|to|cc|subject|发送时间|时间|日期|寄件日期|收件人|收件者|抄送|副本|主题|主旨|发送日期|gesendet|envoyé)\s*(?:\*\s*)?:/;
const WROTE_EN = /^on\b.{3,300}\bwrote:?$/;
const WROTE_ZH = /(写道|来信|寫道)\s*:?$/;
const UNDERSCORE_RULE = /^_{10,}$|^-{10,}$/;
const JOIN_INFO = /microsoft teams|teams (meeting|会议)|join (the )?meeting|加入会议|会议 id|meeting id:|zoom\.us|webex/;
const MOBILE_SIGNATURE =
  /^(sent from my|get outlook for|发自我的|从我的.{0,20}发送|发送自|sent via|sent with)/;


const SIGNOFF_PATTERNS = [
  /^((best|kind|warm|warmest|many|with best|with kind)\s+)?(regards|wishes)\b([,!.]?\s*[\p{L} .'-]{0,30})?$/u,
  /^(thanks|thank you|thank u|many thanks|thanks again|thanks a lot|thx|cheers|sincerely|yours (sincerely|truly|faithfully)|best|br|all the best|talk soon|take care)([,!.]?\s*[\p{L} .'-]{0,30})?$/u,
  /^(thanks|thank you|many thanks)( (so|very) much)?\s+(for|in advance)\b.{0,40}$/,
  /^(谢谢|多谢|感谢|非常感谢|辛苦了|此致|祝好|顺颂|顺祝|敬祝|祝[^。\n]{0,10}(愉快|顺利|好|安康))[^。\n]{0,12}$/,
];

const HEADING_WORDS =
  /^(议程|议题|附件|背景|目的|主题|时间|地点|日期|内容|说明|备注|问题|问题描述|描述|影响|影响范围|会议记录人|记录人|紧急原因|原因|总结|结论|决定|决议|决策|待办|行动项|参会人员|参会人|讨论|共识|要点|事项|进展|更新|计划|步骤|需求|链接|电话|注意|注意事项|目标|概述|摘要|详情|细节|任务|负责人|截止日期|材料|资料|会议材料|会议纪要|纪要|发生时间|出现时间|现象|范围|联系人|结果|方案|建议|风险|下一步)$/;

const GREETING_PATTERNS = [
  /^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)|morning|afternoon|to whom it may concern)\b(?:(?:mr|mrs|ms|dr|prof)\.|[^,:;!.\n。，：；！]){0,60}[,:;!.，：；！。]?/,
  /^(尊敬的)?((?:[^\s,:;!.?，：；！。？]{1,12},\s*|[^\s,:;!.?，：；！。？]{0,20}\s?)(你好|您好|大家好|早上好|下午好|晚上好|早安)|(各位|大家|老师|同事们|领导|[\u4e00-\u9fff]{1,4}(总|经理|老师|主任|部长|先生|女士|小姐|同学|们))好)(啊|呀)?[,:;!.~，：；！。～]*/,
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
  if (/^[\u4e00-\u9fff·]{1,12}$/.test(name)) return !HEADING_WORDS.test(name) && !/如下|以下|摘要|报告|情况|说明|步骤|安排|内容|事项|汇总|总结/.test(name);
  return /^[a-z][a-z.'-]{1,20}( [a-z][a-z.'-]{1,20})?$/.test(name) && !EN_HEADING_WORDS.test(name);
}

/** "张经理：", "Lisa：" and "Lisa、李娜：" on a line of their own greet; "议程：" is a heading. */
function isNameWithColon(norm: string): boolean {
  const m = /^(尊敬的)?([^:：]{1,40}?)\s*[:：]\s*$/.exec(norm);
  return m !== null && m[2].split(/[、,，&]|(?<!\s)\s+and\s+/).every(isGreetedName);
}

const CONTACT_LINE =
  /(\b(tel|phone|mobile|mob|cell|fax|email|e-mail|web|address|addr)\b\s*[.:]|电话|手机|传真|地址|邮箱|微信|\+?\d[\d\s()-]{7,}\d|@[a-z0-9-]+\.[a-z]|https?:\/\/|www\.)/;

function indexLines(lines: Line[]): { text: string; indexed: IndexedLine[] } {
  const indexed: IndexedLine[] = [];
  let offset = 0;
  for (const line of lines) {
    indexed.push({ ...line, start: offset, norm: normalize(line.text).trim() });
    offset += line.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join("\n"), indexed };
}

function isQuoteHeaderAt(lines: IndexedLine[], i: number): boolean {
  const line = lines[i].norm;
  if (QUOTE_SEPARATOR.test(line)) return true;
  if (WROTE_EN.test(line) || (line.startsWith("on ") && i + 1 < lines.length && WROTE_EN.test(`${line} ${lines[i + 1].norm}`))) {
    return line.length < 400;
  }
  if (WROTE_ZH.test(line) && line.length < 200 && /\d/.test(line)) return true;
  if (HEADER_FROM.test(line)) {
    if (/\b(sent|date|发送时间|日期)\s*:/.test(line.slice(5)) && /\b(to|收件人)\s*:/.test(line)) return true;
    let headers = 0;
    for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
      if (HEADER_NEXT.test(lines[j].norm)) headers++;
    }
    return headers >= 2;
  }
  return false;
}

function findQuoteStart(lines: IndexedLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].quoted) return i;
    if (lines[i].norm === "") continue;
    if (isQuoteHeaderAt(lines, i)) {
      // A rule line just before the header belongs to the history as well.
      const previous = i > 0 ? lines[i - 1].norm : "";
      return UNDERSCORE_RULE.test(previous) ? i - 1 : i;
    }
    if (UNDERSCORE_RULE.test(lines[i].norm) && i + 1 < lines.length && isQuoteHeaderAt(lines, i + 1)) return i;
  }
  return lines.length;
}

/** Paragraphs are runs of non-empty lines; returns [first, last] line indexes. */
function groupParagraphs(lines: IndexedLine[], from: number, to: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const blank = lines[i].norm === "";
    if (!blank && open < 0) open = i;
    if (blank && open >= 0) {
      groups.push([open, i - 1]);
      open = -1;
    }
  }
  if (open >= 0) groups.push([open, to - 1]);
  return groups;
}

const SIGNOFF_TRAIL = chars(/[\s,.!~，。！～]/);

function isSignoffLine(norm: string): boolean {
  const line = trimEndWhile(norm, SIGNOFF_TRAIL);
  if (line.length === 0 || line.length > 48) return false;
  return SIGNOFF_PATTERNS.some((re) => re.test(line));
}

// Words that open a sentence with a comma ("所以，") and are no one's name.
const LEAD_WORDS =
  /^(所以|另外|首先|其次|然后|但是|不过|因此|此外|同时|总之|最后|目前|现在|今天|昨天|明天|对了|好的|好|收到|是的|嗯|嗯嗯|谢谢|多谢|抱歉|不好意思|其实|还有|补充|补充一下|如下|综上|那么|那|哈哈|另|附|注意|总结|比如|例如|当然|对|是|没错|确实|好吧|可以|行)$/;

/**
 * "张工，" on a line of its own greets, whether "你好！" follows on the next line or the
 * message itself does (Outlook web writes each line as its own <div>).
 */
function nameBeforeGreeting(lines: IndexedLine[], i: number): number {
  const m = /^(尊敬的)?([\u4e00-\u9fff·]{1,8})\s*,\s*$/.exec(lines[i].norm);
  if (!m || HEADING_WORDS.test(m[2]) || LEAD_WORDS.test(m[2])) return 0;
  return lines[i].norm.length;
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

interface Bounds {
  quoteStart: number;
  proseEnd: number;
  tailKinds: Map<number, SegmentKind>;
}

/** Classifies the lines between the prose and the quoted history: signature, disclaimer, join block. */
function classifyTail(lines: IndexedLine[], quoteStart: number): Bounds {
  const tailKinds = new Map<number, SegmentKind>();
  let proseEnd = quoteStart;

  // Join blocks that Teams and other services append to invitations.
  for (let i = 0; i < quoteStart; i++) {
    if (UNDERSCORE_RULE.test(lines[i].norm) && i + 4 >= 0) {
      const window = lines.slice(i + 1, Math.min(quoteStart, i + 5)).map((l) => l.norm).join(" ");
      if (JOIN_INFO.test(window)) {
        for (let j = i; j < quoteStart; j++) tailKinds.set(j, "joinInfo");
        proseEnd = Math.min(proseEnd, i);
        break;
      }
    }
  }

  // The client-marked signature, or the "-- " delimiter.
  for (let i = 0; i < proseEnd; i++) {
    const raw = lines[i].text;
    if (lines[i].signature || raw === "-- " || raw.trim() === "--" || MOBILE_SIGNATURE.test(lines[i].norm)) {
      for (let j = i; j < proseEnd; j++) if (!tailKinds.has(j)) tailKinds.set(j, "signature");
      proseEnd = i;
      break;
    }
  }

  // Disclaimers: whole trailing paragraphs (before or after the signature).
  const groups = groupParagraphs(lines, 0, quoteStart);
  for (let g = groups.length - 1; g >= 0; g--) {
    const [first, last] = groups[g];
    const kind = tailKinds.get(first);
    if (kind === "joinInfo") continue;
    const start = disclaimerStart(lines, first, last);
    if (start < 0) {
      if (first < proseEnd) break;
      continue;
    }
    for (let j = start; j <= last; j++) tailKinds.set(j, "disclaimer");
    proseEnd = Math.min(proseEnd, start);
    if (start > first) break;
  }
  return { quoteStart, proseEnd, tailKinds };
}

/** Finds the sign-off among the last paragraphs; what follows it is the signature. */
function findSignoff(lines: IndexedLine[], groups: Array<[number, number]>): number {
  const lastGroups = groups.slice(-3);
  const end = groups.length > 0 ? groups[groups.length - 1][1] : -1;
  for (let g = lastGroups.length - 1; g >= 0; g--) {
    const [first, last] = lastGroups[g];
    for (let i = last; i >= first; i--) {
      if (isSignoffLine(lines[i].norm)) return onlySignatureAfter(lines, i + 1, end) ? i : -1;
    }
  }
  return -1;
}

/** What follows a sign-off is a name, a title, a phone number: never a request or a question. */
function onlySignatureAfter(lines: IndexedLine[], from: number, to: number): boolean {
  const rest = lines.slice(from, to + 1).filter((l) => l.norm !== "");
  return rest.length <= 8 && rest.every((l) => l.norm.length <= 80 && !/[。?？]$|^请|please\b/.test(l.norm));
}

/** Trailing paragraphs made only of contact lines (name, title, phone) read as a signature. */
function trailingContactBlock(lines: IndexedLine[], groups: Array<[number, number]>): number {
  let start = -1;
  for (let g = groups.length - 1; g >= 1; g--) {
    const [first, last] = groups[g];
    const block = lines.slice(first, last + 1);
    const short = block.every((l) => l.norm.length <= 60);
    const contact = block.some((l) => CONTACT_LINE.test(l.norm));
    if (short && contact) start = first;
    else break;
  }
  return start;
}

export function parseBody(body: ItemBody | undefined): ParsedBody {
  const source = body?.content ?? "";
  const { lines: rawLines, links } = body?.contentType === "html" ? htmlToLines(source) : textToLines(source);
  const { text, indexed: lines } = indexLines(rawLines);
  const quoteStart = findQuoteStart(lines);
  const { proseEnd, tailKinds } = classifyTail(lines, quoteStart);

  const groups = groupParagraphs(lines, 0, proseEnd);
  const kinds = new Array<SegmentKind>(lines.length).fill("paragraph");
  for (let i = quoteStart; i < lines.length; i++) kinds[i] = "quoted";
  for (const [i, kind] of tailKinds) kinds[i] = kind;
  // Lines written with ">" are quoted even inside the new text (inline replies).
  for (let i = 0; i < proseEnd; i++) if (/^>/.test(lines[i].text)) kinds[i] = "quoted";

  let greetingSplit = -1;
  let greetingLine = -1;
  if (groups.length > 0) {
    const firstLine = groups[0][0];
    const len = greetingLength(lines[firstLine].norm) || nameBeforeGreeting(lines, firstLine);
    if (len > 0) {
      greetingLine = firstLine;
      greetingSplit = len;
      kinds[firstLine] = "greeting";
      // "王经理：" followed by "您好！" on its own line: both greet.
      const next = firstLine + 1;
      if (next <= groups[0][1] && len === lines[firstLine].norm.length && greetingLength(lines[next].norm) === lines[next].norm.length) {
        kinds[next] = "greeting";
      }
    }
  }

  const signoffLine = findSignoff(lines, groups);
  if (signoffLine >= 0 && signoffLine !== greetingLine) {
    kinds[signoffLine] = "signoff";
    // 此致 / 敬礼 is written on two lines.
    if (/^此致/.test(lines[signoffLine].norm) && signoffLine + 1 < proseEnd && /^敬礼/.test(lines[signoffLine + 1].norm)) {
      kinds[signoffLine + 1] = "signoff";
    }
    for (let i = signoffLine + 1; i < proseEnd; i++) if (kinds[i] === "paragraph") kinds[i] = "signature";
  } else {
    const contact = trailingContactBlock(lines, groups);
    if (contact >= 0) for (let i = contact; i < proseEnd; i++) if (kinds[i] === "paragraph") kinds[i] = "signature";
  }

  const segments = buildSegments(lines, kinds, text, greetingLine, greetingSplit);
  const prose = segments.filter((s) => s.kind === "greeting" || s.kind === "paragraph" || s.kind === "signoff");
  return {
    text,
    norm: normalize(text),
    segments,
    greeting: segments.find((s) => s.kind === "greeting"),
    signoff: segments.find((s) => s.kind === "signoff"),
    paragraphs: prose.filter((s) => s.kind === "paragraph"),
    prose,
    links: Array.from(new Set(links.concat(urlsIn(prose.map((s) => s.text).join("\n"))))),
    hasQuotedHistory: quoteStart < lines.length,
  };
}

function urlsIn(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]]+/gi), (m) => m[0]);
}

/** Joins consecutive lines of one kind into segments; blank lines end paragraphs. */
function buildSegments(
  lines: IndexedLine[],
  kinds: SegmentKind[],
  text: string,
  greetingLine: number,
  greetingSplit: number,
): Segment[] {
  const segments: Segment[] = [];
  let open: { kind: SegmentKind; start: number; end: number } | null = null;
  const close = (): void => {
    if (open && open.end > open.start) {
      const segText = text.slice(open.start, open.end);
      if (segText.trim() !== "") segments.push({ kind: open.kind, text: segText, start: open.start, end: open.end });
    }
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = kinds[i];
    const lineEnd = line.start + line.text.length;
    const blank = line.norm === "";
    if (blank) {
      // Paragraph-like segments end at a blank line; history, signature and disclaimer run on.
      if (open && (open.kind === "paragraph" || open.kind === "greeting" || open.kind === "signoff")) close();
      continue;
    }
    if (i === greetingLine && greetingSplit > 0 && greetingSplit < line.norm.length) {
      close();
      const lead = line.text.length - line.text.trimStart().length;
      const split = line.start + lead + greetingSplit;
      segments.push({ kind: "greeting", text: text.slice(line.start, split), start: line.start, end: split });
      const restStart = split + (text.slice(split, lineEnd).length - text.slice(split, lineEnd).trimStart().length);
      open = { kind: "paragraph", start: restStart, end: lineEnd };
      continue;
    }
    if (open && open.kind === kind && (kind !== "greeting" || i === greetingLine + 1)) {
      open.end = lineEnd;
    } else {
      close();
      open = { kind, start: line.start, end: lineEnd };
    }
  }
  close();
  return segments;
}
