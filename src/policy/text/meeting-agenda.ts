import { normalize } from "./normalize";
import type { Agenda, AgendaItem } from "./meeting-body";
import { isPlaceholder, type BodyLine } from "./meeting-lines";

// The agenda of an invitation as people write it: under a heading ("议程", "Agenda:"), as a
// numbered list, or as short lines after a sentence that introduces them.

const HEADING_WORD = "(?:会议议程|会议议题|会议安排|会议内容|议程安排|议事日程|讨论事项|会议事项|议程|议题|meeting agenda|agenda items|agenda|topics? to discuss|discussion topics|topics)";
/** "议程", "议程 Agenda:", "【会议议程】", "## Agenda", "**Agenda**", "Agenda (30 mins):", optionally with text after the colon. */
const AGENDA_HEADING = new RegExp(
  `^[#*【\\[\\s]*${HEADING_WORD}(?:\\s*(?:[/|]\\s*)?${HEADING_WORD})?(?:\\s*\\([^()]{1,20}\\))?[\\]】*\\s]*(?:[:：]\\s*(\\S.*|))?$`,
);
export const NUMBER_MARK = String.raw`(?:\d{1,2}[.、)）](?!\d)|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}项?[:：、]?)`;
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

// Each suffix pattern starts with the character before it (group 1; empty at the start of the
// text), so that an attempt inside a run of spaces fails at once and the run is read once; a
// lookbehind would do the same, but the on-send check runs these in ES2016 runtimes.
const DURATION_SUFFIX =
  /(^|\S)\s*[(（]\s*(\d{1,3}(?:\.\d)?)\s*(min|mins|minutes|minute|m|分钟|分|h|hr|hrs|hour|hours|小时)\s*[)）]\s*$/;
const OWNER_LABEL_FIRST = /(^|\S)\s*[(（]\s*(?:负责人|主讲人|主讲|汇报人|报告人|owner|presenter|lead)\s*[:：]\s*([^()（）]{1,30})[)）]\s*$/;
const OWNER_DASH = String.raw`\s+(?:[—–]{1,2}|--)|\s*——`;
const OWNER_LABEL = String.raw`\s*(?:[,，;；]\s*)?(?:负责人|主讲人|主讲|汇报人|报告人|owner|presenter|lead|by)\s*[:：]`;
const OWNER_TEXT = String.raw`\s*([^—–:：()（）]{1,30})$`;
// "(20 min) - Priya": after a duration (a ")") even a plain hyphen introduces the owner.
// Groups: 1 and 2 the character before and the owner; after a ")", 3 and 4.
const OWNER_SUFFIX = new RegExp(
  `(^|[^\\s)])(?:${OWNER_DASH}|${OWNER_LABEL})${OWNER_TEXT}|(\\))(?:${OWNER_DASH}|\\s*[-—–]{1,2}|${OWNER_LABEL})${OWNER_TEXT}`,
);

/** Where a suffix match begins in the text, and the owner it names (OWNER_LABEL_FIRST or OWNER_SUFFIX). */
function ownerOf(m: RegExpExecArray): { at: number; owner: string } {
  const lead = m[1] ?? m[3] ?? "";
  return { at: m.index + lead.length, owner: m[2] ?? m[4] };
}

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
      minutes = durationMinutes(d[2], d[3]);
      rest = rest.slice(0, d.index + d[1].length).trimEnd();
      continue;
    }
    const m = owner === undefined ? OWNER_LABEL_FIRST.exec(norm) ?? OWNER_SUFFIX.exec(norm) : null;
    const o = m ? ownerOf(m) : undefined;
    if (m && o && o.at > 0) {
      const start = m.index + m[0].lastIndexOf(o.owner);
      owner = rest.slice(start, start + o.owner.length).trim();
      rest = rest.slice(0, o.at).trimEnd();
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

/** "Our quarterly all-hands. Agenda: 1. Year in review; 2. Priorities": a heading after a sentence. */
const HEADING_AFTER_SENTENCE = new RegExp(`[.!?;。！？；]\\s*${HEADING_WORD}\\s*[:：]\\s*(?=${NUMBER_MARK})`);

/** At least two numbered items after a heading in the middle of a line. */
function agendaAfterSentence(line: BodyLine): Agenda | undefined {
  const m = HEADING_AFTER_SENTENCE.exec(line.norm);
  if (!m) return undefined;
  const parts = splitInlineItems(line.text.slice(m.index + m[0].length));
  if (parts.length < 2) return undefined;
  const items = parts.map(parseAgendaItem).filter((item): item is AgendaItem => item !== undefined && !isPlaceholder(item.title));
  return items.length >= 2 ? { items, headed: true, start: line.start + m.index + 1, end: line.start + line.text.length } : undefined;
}

export function scanHeadedAgenda(lines: BodyLine[]): AgendaScan {
  let emptyHeading: AgendaScan["emptyHeading"];
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h];
    const m = AGENDA_HEADING.exec(line.norm.trim());
    if (!m) {
      const mid = line.kind === "paragraph" ? agendaAfterSentence(line) : undefined;
      if (mid) return { agenda: mid };
      continue;
    }
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
export function scanNumberedList(lines: BodyLine[]): Agenda | undefined {
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
export function scanIntroducedList(lines: BodyLine[]): Agenda | undefined {
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
