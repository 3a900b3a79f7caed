import type { Lang, Person } from "../types";
import { normalize } from "./normalize";
import { parseBody, type ParsedBody, type SegmentKind } from "./segment";
import { firstAddress } from "./address";
import { chars, trimEndPunctuation, trimEndWhile } from "./trim";

// The blocks the meeting pane writes into an invitation, and that people write by hand in
// many styles: the agenda, the minute-taker line and the reason for urgency. One module
// both reads and writes them, so what the pane inserts is always what the engine finds.
// Only what the sender wrote counts: the Teams join block, quoted history of a forwarded
// invitation and legal disclaimers are skipped.

export interface AgendaItem {
  title: string;
  /** Planned duration in minutes. */
  minutes?: number;
  owner?: string;
}

export interface Agenda {
  items: AgendaItem[];
  /** True when a heading ("议程", "Agenda") introduced the items. */
  headed: boolean;
  /** Offsets into ParsedBody.text of the block (heading included). */
  start: number;
  end: number;
}

export interface MinuteTakerLine {
  /** The person named; undefined when the line names nobody ("记录人：待定"). */
  person?: Person;
  /** "Me" / "我": the organizer takes the minutes. */
  self?: boolean;
  excerpt: string;
  start: number;
  end: number;
}

export interface UrgencyLine {
  reason: string;
  excerpt: string;
  start: number;
  end: number;
}

export interface MeetingBody {
  agenda?: Agenda;
  /** An agenda heading with nothing under it (an unfilled template). */
  emptyAgendaHeading?: { excerpt: string; start: number; end: number };
  minuteTaker?: MinuteTakerLine;
  urgency?: UrgencyLine;
}

interface BodyLine {
  text: string;
  norm: string;
  start: number;
  kind?: SegmentKind;
  /** The line is a segment of its own: an HTML paragraph or list item. */
  alone?: boolean;
}

/** Segment kinds the sender wrote now (a short signature may wrongly hold a line with an address). */
const SENDER_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(["greeting", "paragraph", "signoff", "signature"]);

/** The sender's lines in order; a blank line stands between segments. */
function senderLines(body: ParsedBody): BodyLine[] {
  const lines: BodyLine[] = [];
  for (const segment of body.segments) {
    if (!SENDER_KINDS.has(segment.kind)) continue;
    if (lines.length > 0) lines.push({ text: "", norm: "", start: segment.start });
    let offset = segment.start;
    const texts = segment.text.split("\n");
    for (const text of texts) {
      lines.push({ text, norm: body.norm.slice(offset, offset + text.length), start: offset, kind: segment.kind, alone: texts.length === 1 });
      offset += text.length + 1;
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------
// Agenda

const HEADING_WORD = "(?:会议议程|会议议题|会议安排|会议内容|议程安排|议事日程|讨论事项|会议事项|议程|议题|meeting agenda|agenda items|agenda|topics? to discuss|discussion topics|topics)";
/** "议程", "议程 Agenda:", "【会议议程】", "## Agenda", "**Agenda**", "Agenda (30 mins):", optionally with text after the colon. */
const AGENDA_HEADING = new RegExp(
  `^[#*【\\[\\s]*${HEADING_WORD}(?:\\s*(?:[/|]\\s*)?${HEADING_WORD})?(?:\\s*\\([^()]{1,20}\\))?[\\]】*\\s]*(?:[:：]\\s*(\\S.*|))?$`,
);
const NUMBER_MARK = String.raw`(?:\d{1,2}[.、)）](?!\d)|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}项?[:：、]?)`;
const BULLET_MARK = String.raw`(?:[-•·*●○▪◦–]|[a-h][.)](?=\s))`;
const ITEM_LINE = new RegExp(`^\\s*(${NUMBER_MARK}|${BULLET_MARK})\\s*(\\S.*|)$`);
const NUMBERED_LINE = new RegExp(`^\\s*${NUMBER_MARK}\\s*\\S`);
const FIRST_NUMBER = /^\s*(?:[(（]?(?:1|一)[.、)）]|第(?:1|一)项?)/;
/** Lines that end an agenda: another labelled line of the invitation. */
const OTHER_LABEL =
  /^(?:会议记录人|会议记录员|记录人|记录员|纪要人|纪要|紧急原因|minute[- ]?taker|note[- ]?taker|minutes (?:taken )?by|scribe|reason for urgency|urgency reason|地点|时间|会议时间|会议地点|参会人员|参会人|与会人员|材料|会议材料|附件|备注|注意事项|location|time|when|where|attendees|participants|materials|attachments|notes?|dial[- ]in|how to join|join)\s*[:：]/;
const SENTENCE_END = /[.!?;]$/;
/** Headings under which a numbered list is not an agenda. */
const NON_AGENDA_LEAD =
  /(注意事项|备注|须知|参会方式|入会方式|拨入|参会人员|参会人|与会人员|会议材料|附件|材料清单|notes?|reminders?|dial[- ]in|how to join|attendees|participants|materials|attachments|prerequisites)\s*(?:[:：]\s*)?$/;

const DURATION_SUFFIX =
  /(?<!\s)\s*[(（]\s*(\d{1,3}(?:\.\d)?)\s*(min|mins|minutes|minute|m|分钟|分|h|hr|hrs|hour|hours|小时)\s*[)）]\s*$/;
// "(20 min) - Priya": after a duration even a plain hyphen introduces the owner.
const OWNER_SUFFIX = /(?<!\s)(?:(?:\s+(?:[—–]{1,2}|--)|\s*——|(?<=\))\s*[-—–]{1,2})\s*|\s*(?:[,，;；]\s*)?(?:负责人|主讲人|主讲|汇报人|报告人|owner|presenter|lead|by)\s*[:：]\s*)([^—–:：()（）]{1,30})$/;
const OWNER_LABEL_FIRST = /(?<!\s)\s*[(（]\s*(?:负责人|主讲人|主讲|汇报人|报告人|owner|presenter|lead)\s*[:：]\s*([^()（）]{1,30})[)）]\s*$/;

function durationMinutes(amount: string, unit: string): number {
  const value = Number(amount);
  return /^(h|hr|hrs|hour|hours|小时)$/.test(unit) ? Math.round(value * 60) : Math.round(value);
}

/** Splits "Q3 spending (15 min) — 王伟" into title, minutes and owner (suffixes in either order). */
export function parseAgendaItem(text: string): AgendaItem | undefined {
  let rest = text.trim();
  let minutes: number | undefined;
  let owner: string | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const norm = normalize(rest);
    const d = minutes === undefined ? DURATION_SUFFIX.exec(norm) : null;
    if (d) {
      minutes = durationMinutes(d[1], d[2]);
      rest = rest.slice(0, d.index).trimEnd();
      continue;
    }
    const o = owner === undefined ? OWNER_LABEL_FIRST.exec(norm) ?? OWNER_SUFFIX.exec(norm) : null;
    if (o && o.index > 0) {
      const start = o.index + o[0].lastIndexOf(o[1]);
      owner = rest.slice(start, start + o[1].length).trim();
      rest = rest.slice(0, o.index).trimEnd();
    }
  }
  const title = rest.replace(/[;；,，。]$/, "").trim();
  if (title === "") return undefined;
  const item: AgendaItem = { title };
  if (minutes !== undefined) item.minutes = minutes;
  if (owner) item.owner = owner;
  return item;
}

/** "1. Q3 回顾；2. Q4 计划" written on the heading's line. */
function splitInlineItems(text: string): string[] {
  const norm = normalize(text);
  const marks = Array.from(norm.matchAll(new RegExp(`(?:^|[\\s;；,，])(${NUMBER_MARK})`, "g")));
  if (marks.length < 2) return [text.replace(new RegExp(`^\\s*${NUMBER_MARK}\\s*`), "")];
  const parts: string[] = [];
  marks.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = i + 1 < marks.length ? marks[i + 1].index ?? norm.length : norm.length;
    parts.push(text.slice(from, to).replace(/[;；,，]\s*$/, ""));
  });
  return parts;
}

function itemText(line: BodyLine): string | undefined {
  const m = ITEM_LINE.exec(line.norm);
  if (!m) return undefined;
  return line.text.slice(line.norm.length - m[2].length);
}

/**
 * Outlook makes every HTML paragraph and list item a block of its own, so an agenda written
 * as a list reads as one-line blocks with blank lines between them. A blank line is crossed
 * when the list so far is such blocks and the next line is a short one-line block too.
 */
function crossesBlank(lines: BodyLine[], j: number, spaced: boolean): boolean {
  const next = lines[j + 1];
  if (!spaced || !next || !next.alone || next.kind !== "paragraph") return false;
  const norm = next.norm.trim();
  return norm !== "" && norm.length <= 80 && !SENTENCE_END.test(norm) && !OTHER_LABEL.test(norm) && !AGENDA_HEADING.test(norm);
}

const PLACEHOLDER_TRAIL = chars(/[\s。.]/);
const PLACEHOLDER = /^(tbd|tba|n\/a|待定|待补充|待确认|暂无|无|none|to be confirmed|to be decided|\.{2,}|…+|x+)$/;

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(trimEndWhile(normalize(text), PLACEHOLDER_TRAIL).trim());
}

interface AgendaScan {
  agenda?: Agenda;
  emptyHeading?: { excerpt: string; start: number; end: number };
}

/** Items under the heading at `h`: marked lines (blank lines between them allowed), or plain lines until a blank one. */
function itemsUnderHeading(lines: BodyLine[], h: number, plainAllowed: boolean): { items: AgendaItem[]; last: number } {
  const items: AgendaItem[] = [];
  let last = h;
  let sawBlank = false;
  let sawMarked = false;
  // An HTML heading with its list items as one-line blocks below it.
  const spaced = plainAllowed && lines[h].alone === true && lines[h + 1]?.norm.trim() === "" && lines[h + 2]?.alone === true;
  for (let i = h + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.norm.trim() === "") {
      if (items.length > 0 && crossesBlank(lines, i, spaced)) continue;
      if (sawBlank && items.length > 0) break;
      sawBlank = true;
      continue;
    }
    const trimmed = line.norm.trim();
    // "-- " opens a signature (RFC 3676): the agenda ended above it.
    if (OTHER_LABEL.test(trimmed) || AGENDA_HEADING.test(trimmed) || line.kind === "signoff" || trimmed === "--") break;
    const marked = itemText(line);
    if (marked !== undefined) {
      sawMarked = true;
      sawBlank = false;
      const item = parseAgendaItem(marked);
      if (item && !isPlaceholder(item.title)) items.push(item);
      last = i;
      continue;
    }
    // Unmarked lines are items only directly under the heading, and only before any marked one.
    if (!plainAllowed || sawMarked || (sawBlank && items.length > 0) || line.kind !== "paragraph") break;
    if (items.length === 0 && sawBlank && /[。.!?？！]$/.test(trimmed) && trimmed.length > 60) break;
    const item = parseAgendaItem(line.text);
    if (item && !isPlaceholder(item.title)) items.push(item);
    last = i;
    sawBlank = false;
  }
  return { items, last };
}

function scanHeadedAgenda(lines: BodyLine[]): AgendaScan {
  let emptyHeading: AgendaScan["emptyHeading"];
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h];
    const m = AGENDA_HEADING.exec(line.norm.trim());
    if (!m) continue;
    const lead = line.norm.length - line.norm.trimStart().length;
    const inline = m[1] !== undefined && m[1].trim() !== "" ? line.text.slice(lead + m[0].length - m[1].length).trim() : "";
    const items: AgendaItem[] = [];
    if (inline !== "" && !isPlaceholder(inline)) {
      for (const part of splitInlineItems(inline)) {
        const item = parseAgendaItem(part);
        if (item && !isPlaceholder(item.title)) items.push(item);
      }
    }
    // Plain lines under "议程：" are items; under "Agenda: TBD" they are the next paragraph.
    const below = itemsUnderHeading(lines, h, inline === "");
    items.push(...below.items);
    const lastLine = lines[below.last];
    if (items.length > 0) {
      return { agenda: { items, headed: true, start: line.start, end: lastLine.start + lastLine.text.length } };
    }
    emptyHeading ??= { excerpt: line.text.trim(), start: line.start, end: line.start + line.text.length };
  }
  return { emptyHeading };
}

/** At least two numbered lines in a row, starting at 1 / 一 / (1), not under a "Notes:"-type lead. */
function scanNumberedList(lines: BodyLine[]): Agenda | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!FIRST_NUMBER.test(lines[i].norm) || !NUMBERED_LINE.test(lines[i].norm)) continue;
    const previous = i > 0 ? lines[i - 1].norm.trim() : "";
    if (previous !== "" && NON_AGENDA_LEAD.test(previous)) continue;
    const items: AgendaItem[] = [];
    let last = i;
    for (let j = i; j < lines.length; j++) {
      const norm = lines[j].norm;
      if (norm.trim() === "") {
        if (j + 1 < lines.length && NUMBERED_LINE.test(lines[j + 1].norm)) continue;
        break;
      }
      if (!NUMBERED_LINE.test(norm)) break;
      const text = itemText(lines[j]);
      const item = text === undefined ? undefined : parseAgendaItem(text);
      if (item) items.push(item);
      last = j;
    }
    if (items.length >= 2) {
      return { items, headed: false, start: lines[i].start, end: lines[last].start + lines[last].text.length };
    }
  }
  return undefined;
}

/** A sentence that introduces the topics: "We'll cover the following:", "本次会议讨论以下内容：". */
const LIST_INTRO =
  /(讨论|议题|内容|安排|事项|以下|如下|流程|topics?|discuss|cover|go (?:through|over)|walk through|review|following|focus on|use the (?:hour|time|session) (?:for|to))[^:]{0,40}:\s*$/;

/**
 * An HTML list loses its numbers in the plain text, so "We'll cover:" followed by short
 * lines in the same paragraph is read as an agenda too (at least two lines).
 */
function scanIntroducedList(lines: BodyLine[]): Agenda | undefined {
  for (let i = 0; i + 2 < lines.length; i++) {
    const intro = lines[i].norm.trim();
    if (!LIST_INTRO.test(intro) || NON_AGENDA_LEAD.test(intro) || OTHER_LABEL.test(intro)) continue;
    const items: AgendaItem[] = [];
    let last = i;
    // HTML puts the list in a block of its own, one blank line below the sentence.
    const first = lines[i + 1].norm.trim() === "" ? i + 2 : i + 1;
    const spaced = first === i + 2 && lines[first].alone === true;
    for (let j = first; j < lines.length; j++) {
      const norm = lines[j].norm.trim();
      if (norm === "" && items.length > 0 && crossesBlank(lines, j, spaced)) continue;
      if (norm === "" || lines[j].kind !== "paragraph" || norm.length > 80 || SENTENCE_END.test(norm) || OTHER_LABEL.test(norm)) break;
      const item = parseAgendaItem(itemText(lines[j]) ?? lines[j].text);
      if (!item) break;
      items.push(item);
      last = j;
    }
    if (items.length >= 2) return { items, headed: false, start: lines[i].start, end: lines[last].start + lines[last].text.length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Minute-taker

const MINUTE_TAKER_LABEL =
  /^[-•*\s]*(?:会议记录人|会议记录员|会议记录|记录人|记录员|纪要人|纪要撰写人|纪要|minute[- ]?takers?|note[- ]?takers?|minutes (?:taken )?by|minutes|scribe)\s*[:：]\s*/;
const SELF = /^(me|myself|i|organizer|organiser|本人|我|我本人|组织者|会议组织者)$/;
/** Prose: "请李娜担任会议记录人", "李娜负责会议记录", "Lisa will take the minutes". */
const PROSE_TAKER_ZH = /(?:请|由|^|[，,。.;；:：\s])([\u4e00-\u9fff·]{2,4}?)(?:同学|同事)?(?:担任|负责|做|作)(?:本次)?(?:会议)?(?:记录|纪要|记录人)/;
const PROSE_TAKER_ZH_AFTER = /(?:会议)?(?:记录|纪要)(?:由|请)([\u4e00-\u9fff·]{2,4}?)(?:同学|同事)?(?:负责|整理|撰写|记录|完成)/;
const PROSE_TAKER_EN_BY = /\b(?:minutes|notes) (?:will be |are |to be )?(?:taken|recorded|written up) by ([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)/;
const PROSE_TAKER_EN = /\b([a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:will|to|is going to|has kindly agreed to|kindly agreed to) (?:take|write up|write|record) (?:the )?(?:meeting )?(?:minutes|notes)\b/;

const PERSON_TRAIL = chars(/[。.;；,，]/);

/** Reads "王伟", "王伟 <wang.wei@contoso.com>", "Lisa Wang (lisa.wang@contoso.com)", "@Lisa Wang". */
export function parsePersonText(text: string): Person | undefined {
  const cleaned = trimEndPunctuation(text, PERSON_TRAIL).trim();
  if (cleaned === "" || isPlaceholder(cleaned)) return undefined;
  const address = firstAddress(cleaned);
  const name = (address ? cleaned.replace(address, "") : cleaned)
    .replace(/mailto:/i, "")
    .replace(/[<>()（）[\]【】]/g, " ")
    .replace(/^@/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!address && name === "") return undefined;
  const person: Person = { address: address ?? "" };
  if (name !== "") person.name = name;
  return person;
}

/** A name is a few words, not a sentence ("纪要：会后两个工作日内发出" names nobody). */
function looksLikeName(person: Person): boolean {
  if (person.address) return true;
  const name = normalize(person.name ?? "");
  if (/[。!?？！]|https?:/.test(name)) return false;
  const cjk = (name.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return cjk <= 6 && name.split(/\s+/).length <= 4 && name.length <= 40;
}

function scanMinuteTaker(lines: BodyLine[]): MinuteTakerLine | undefined {
  for (const line of lines) {
    const trimmedNorm = line.norm.trimStart();
    const lead = line.norm.length - trimmedNorm.length;
    const m = MINUTE_TAKER_LABEL.exec(trimmedNorm);
    if (!m) continue;
    const valueText = line.text.slice(lead + m[0].length).trim();
    const valueNorm = normalize(valueText).replace(/[。.]$/, "").trim();
    const excerpt = line.text.trim();
    const at = { excerpt, start: line.start + lead, end: line.start + line.text.trimEnd().length };
    if (SELF.test(valueNorm)) return { self: true, ...at };
    const person = parsePersonText(valueText);
    if (person && !looksLikeName(person)) continue;
    return { person, ...at };
  }
  for (const line of lines) {
    const zh = PROSE_TAKER_ZH.exec(line.norm) ?? PROSE_TAKER_ZH_AFTER.exec(line.norm);
    const m = zh ?? PROSE_TAKER_EN.exec(line.norm) ?? PROSE_TAKER_EN_BY.exec(line.norm);
    if (!m) continue;
    const from = m.index + m[0].lastIndexOf(m[1]);
    const raw = zh ? line.text.slice(from, from + m[1].length) : capitalisedTail(line.text.slice(from, from + m[1].length));
    if (raw === "") continue;
    const at = { excerpt: line.text.slice(m.index, m.index + m[0].length), start: line.start + m.index, end: line.start + m.index + m[0].length };
    if (SELF.test(normalize(raw))) return { self: true, ...at };
    return { person: { name: raw, address: "" }, ...at };
  }
  return undefined;
}

/** "like Lisa" → "Lisa": in English prose a name is the capitalised words before the verb. */
function capitalisedTail(words: string): string {
  const parts = words.split(" ");
  let first = parts.length;
  while (first > 0 && /^[A-Z]/.test(parts[first - 1])) first--;
  return parts.slice(first).join(" ");
}

// ---------------------------------------------------------------------------------------
// Urgency

const URGENCY_LABEL = /^[-•*\s]*(?:紧急原因|加急原因|紧急事由|reason for urgency|urgency reason|reason for the urgency|urgent because|urgency)\s*[:：]\s*/;

function scanUrgency(lines: BodyLine[]): UrgencyLine | undefined {
  for (const line of lines) {
    const trimmedNorm = line.norm.trimStart();
    const lead = line.norm.length - trimmedNorm.length;
    const m = URGENCY_LABEL.exec(trimmedNorm);
    if (!m) continue;
    const reason = line.text.slice(lead + m[0].length).trim();
    if (reason === "" || isPlaceholder(reason)) continue;
    return { reason, excerpt: line.text.trim(), start: line.start + lead, end: line.start + line.text.trimEnd().length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Reading

// Three rules read the same body in one check; the parsed body is built once per check.
const readCache = new WeakMap<ParsedBody, MeetingBody>();

/** Reads the agenda, the minute-taker and the reason for urgency from what the sender wrote. */
export function readMeetingBody(body: ParsedBody): MeetingBody {
  let read = readCache.get(body);
  if (!read) {
    read = scanMeetingBody(body);
    readCache.set(body, read);
  }
  return read;
}

function scanMeetingBody(body: ParsedBody): MeetingBody {
  const lines = senderLines(body);
  const headed = scanHeadedAgenda(lines);
  const agenda = headed.agenda ?? scanNumberedList(lines) ?? scanIntroducedList(lines);
  const result: MeetingBody = {};
  if (agenda) result.agenda = agenda;
  else if (headed.emptyHeading) result.emptyAgendaHeading = headed.emptyHeading;
  const minuteTaker = scanMinuteTaker(lines);
  if (minuteTaker) result.minuteTaker = minuteTaker;
  const urgency = scanUrgency(lines);
  if (urgency) result.urgency = urgency;
  return result;
}

/** Reads a plain-text block (what the render functions write). */
export function readMeetingText(text: string): MeetingBody {
  return readMeetingBody(parseBody({ contentType: "text", content: text }));
}

export function parseAgenda(body: ParsedBody): AgendaItem[] | undefined {
  return readMeetingBody(body).agenda?.items;
}

export function parseMinuteTaker(body: ParsedBody): Person | undefined {
  return readMeetingBody(body).minuteTaker?.person;
}

export function parseUrgency(body: ParsedBody): string | undefined {
  return readMeetingBody(body).urgency?.reason;
}

// ---------------------------------------------------------------------------------------
// Writing

const AGENDA_HEADINGS: Record<Lang, string> = { en: "Agenda:", "zh-CN": "议程：", "zh-TW": "議程：" };
const MINUTE_TAKER_LABELS: Record<Lang, string> = { en: "Minute-taker: ", "zh-CN": "会议记录人：", "zh-TW": "會議記錄人：" };
const URGENCY_LABELS: Record<Lang, string> = { en: "Reason for urgency: ", "zh-CN": "紧急原因：", "zh-TW": "緊急原因：" };

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const TITLE_TRAIL = chars(/[;；,，。]/);

/** As parseAgendaItem reads it back: one line, no closing punctuation. */
function itemTitle(title: string): string {
  return trimEndWhile(oneLine(title), TITLE_TRAIL).trim();
}

function renderDuration(minutes: number, lang: Lang): string {
  if (lang === "en") return ` (${minutes} min)`;
  return lang === "zh-CN" ? `（${minutes}分钟）` : `（${minutes}分鐘）`;
}

/** The agenda block the meeting pane inserts: a heading and numbered items. */
export function renderAgenda(items: readonly AgendaItem[], lang: Lang): string {
  const lines = items
    .map((item) => ({ ...item, title: itemTitle(item.title) }))
    .filter((item) => item.title !== "")
    .map((item, i) => {
      let line = `${i + 1}. ${item.title}`;
      if (item.minutes !== undefined && Number.isFinite(item.minutes) && item.minutes > 0) line += renderDuration(Math.round(item.minutes), lang);
      if (item.owner && oneLine(item.owner) !== "") line += ` — ${oneLine(item.owner)}`;
      return line;
    });
  return [AGENDA_HEADINGS[lang], ...lines].join("\n");
}

export function renderMinuteTaker(person: Person, lang: Lang): string {
  const name = oneLine(person.name ?? "");
  const address = person.address.trim();
  const who = name && address ? `${name} <${address}>` : name || address;
  return `${MINUTE_TAKER_LABELS[lang]}${who}`;
}

export function renderUrgency(reason: string, lang: Lang): string {
  return `${URGENCY_LABELS[lang]}${oneLine(reason)}`;
}

// ---------------------------------------------------------------------------------------
// Links

// Which links join a meeting: src/policy/meeting-hosts.ts.

/** Every http(s) URL written in `text`. */
export function urlsInText(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]，。；]+/gi), (m) => m[0]);
}
