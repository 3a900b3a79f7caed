import type { Person } from "../types";
import { firstAddress } from "./address";
import { normalize } from "./normalize";
import type { MinuteTakerLine } from "./meeting-body";
import { isPlaceholder, type BodyLine } from "./meeting-lines";
import { chars, trimEndPunctuation } from "./trim";

// The minute-taker named in an invitation: a labelled line ("会议记录人：李娜", "Minute-taker:
// Lisa") or a sentence ("请李娜担任会议记录人", "Lisa will take the minutes").

// "会议记录人：", "記錄：" (the notice style of Taiwan and Hong Kong invitations, often numbered
// "五、記錄：" or sharing a line with "主席："), "Minute-taker:", "Notes:".
const TAKER_WORD_ONE = "(?:会议记录人|会议记录员|会议记录|会议纪要人|会议纪要|会议纪录人|会议纪录|记录人|记录员|纪录人|记录|纪录|纪要人|纪要撰写人|纪要|minute[- ]?takers?|note[- ]?takers?|minutes (?:taken )?by|minutes|notes|scribe)";
/** "记录人 Minute-taker:", "Note-taker / 记录人：": the label in both languages. */
const TAKER_WORD = `${TAKER_WORD_ONE}(?:\\s*(?:[/|]\\s*)?${TAKER_WORD_ONE})?`;
const LINE_NUMBER = "(?:[一二三四五六七八九十]{1,3}[、.]|\\d{1,2}[.、)])";
// The label ends in a colon or a dash ("Note taker - Priya", "记录人 — 张敏"); "Minutes by Alex"
// needs neither, and its value must then look like a person (BY_VALUE_NOT_PERSON).
const TAKER_BY = "(?:minutes|notes|minute-taking|note-taking) (?:taken |written )?by";
const MINUTE_TAKER_LABEL = new RegExp(`^[-•*\\s]*(?:${LINE_NUMBER}\\s*)?(?:${TAKER_WORD}(?:\\s*[:：]|\\s+[-–—]{1,2}(?=\\s))|(${TAKER_BY})(?=\\s))\\s*`);
/** "Minutes by Friday", "notes by end of day": a deadline, not a person. */
const BY_VALUE_NOT_PERSON = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|eod|cob|end|tomorrow|today|tonight|next|the|this|noon|\d)/;
/** The label after another field on the same line: "主席：陳志明　記錄：蔡明哲". */
const TAKER_FIELD_INLINE = /\S\s+(?:记录人|记录|纪录|纪要)\s*[:：]\s*/;
const SELF = /^(me|myself|i|organizer|organiser|本人|我|我本人|我来|由我|组织者|会议组织者)$/;
/** "Minutes: I'll take them", "记录：我来记": the organizer writes of themself in a sentence. */
const SELF_SENTENCE = /^(?:i'll|i will|i am going to|i'm going to|i can)\b|^(?:我来|由我|我负责|本人负责)/;
/** Prose: "请李娜担任会议记录人", "李娜负责会议记录", "Lisa will take the minutes". */
const PROSE_TAKER_ZH = /(?:请|由|^|[，,。.;；:：\s])([\u4e00-\u9fff·]{2,4}?)(?:同学|同事)?(?:担任|负责|做|作)(?:本次)?(?:会议)?(?:记录|纪要|记录人)/;
const PROSE_TAKER_ZH_AFTER = /(?:会议)?(?:记录|纪要)(?:由|请)([\u4e00-\u9fff·]{2,4}?)(?:同学|同事)?(?:负责|整理|撰写|记录|完成)/;
const PROSE_TAKER_EN_BY = /\b(?:minutes|notes) (?:will be |are |to be )?(?:taken|recorded|written up) by ([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)/;
/** "I'll take the minutes", "我来做会议记录", "由我负责会议纪要": the organizer. */
const PROSE_SELF = /\b(?:i'll|i will|i am going to|i'm going to) (?:take|write up|write|record) (?:the )?(?:meeting )?(?:minutes|notes)\b|(?:我来|由我)(?:负责|做|作|整理|撰写)?(?:本次)?(?:会议)?(?:记录|纪录|纪要)/;
/** "Lisa, could you take the minutes?": a request to a named attendee. */
const PROSE_TAKER_EN_ASK = /\b([a-z][a-z'-]+), (?:could|can|would|will) you (?:please )?(?:take|write up|record) (?:the )?(?:meeting )?(?:minutes|notes)\b/;
const PROSE_TAKER_EN = /\b([a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:will|to|is going to|has kindly agreed to|kindly agreed to) (?:take|write up|write|record) (?:the )?(?:meeting )?(?:minutes|notes)\b/;

const PERSON_TRAIL = chars(/[。.;；,，]/);

/** Reads "王伟", "王伟 <wang.wei@contoso.com>", "Lisa Wang (lisa.wang@contoso.com)", "@Lisa Wang". */
export function parsePersonText(text: string): Person | undefined {
  const cleaned = trimEndPunctuation(text, PERSON_TRAIL).trim();
  if (cleaned === "" || isPlaceholder(cleaned)) return undefined;
  const address = firstAddress(cleaned);
  // "(rotating)", "（IT 部）": a note beside the name (what is left of "(lisa@contoso.com)" too).
  const name = (address ? cleaned.replace(address, "") : cleaned)
    .replace(/mailto:/i, "")
    .replace(/[(（][^()（）]*[)）]/g, " ")
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

/** A person as an English invitation writes one: "Lisa", "Wang Wei", "Lisa <lisa@…>", "@Lisa Wang", "李娜". */
const CAPITALISED_NAME = /^@?(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}|[\u4e00-\u9fff·]{2,4})(?:\s*[<(（].*)?$/;

/** Where the label's value starts in the line, if the line names a minute-taker by label. */
function takerLabel(norm: string): { end: number; by?: boolean } | undefined {
  const m = MINUTE_TAKER_LABEL.exec(norm);
  if (m) return m[1] === undefined ? { end: m[0].length } : { end: m[0].length, by: true };
  const inline = TAKER_FIELD_INLINE.exec(norm);
  return inline && /^\S{1,8}\s*[:：]/.test(norm) ? { end: inline.index + inline[0].length } : undefined;
}

/** The value up to the next field written on the same line ("林怡君　出席：…"). */
function firstField(text: string): string {
  // The match starts at the character before the spaces, so that a long run of spaces is read once.
  const next = /(^|\S)\s+\S{1,8}\s*[:：]/.exec(text);
  return (next ? text.slice(0, next.index + next[1].length) : text).trim();
}

export function scanMinuteTaker(lines: BodyLine[]): MinuteTakerLine | undefined {
  for (const line of lines) {
    const trimmedNorm = line.norm.trimStart();
    const lead = line.norm.length - trimmedNorm.length;
    const found = takerLabel(trimmedNorm);
    if (!found) continue;
    const valueText = firstField(line.text.slice(lead + found.end));
    const valueNorm = normalize(valueText).replace(/[。.]$/, "").trim();
    const excerpt = line.text.trim();
    const at = { excerpt, start: line.start + lead, end: line.start + line.text.trimEnd().length };
    if (SELF.test(valueNorm) || SELF_SENTENCE.test(valueNorm)) return { self: true, ...at };
    const person = parsePersonText(valueText);
    if (person && !looksLikeName(person)) continue;
    // "Notes: Lisa" names the note-taker, "Notes: bring your laptop" is a note; "Minutes by
    // Alex" names one, "minutes by Friday" is a deadline.
    const notesLabel = /^notes\s*[:：\-–—]/.test(trimmedNorm.replace(/^[-•*\s]+/, ""));
    if ((notesLabel || found.by) && !CAPITALISED_NAME.test(valueText)) continue;
    if (found.by && BY_VALUE_NOT_PERSON.test(valueNorm)) continue;
    return { person, ...at };
  }
  for (const line of lines) {
    const self = PROSE_SELF.exec(line.norm);
    if (self) return { self: true, excerpt: line.text.slice(self.index, self.index + self[0].length), start: line.start + self.index, end: line.start + self.index + self[0].length };
    const zh = PROSE_TAKER_ZH.exec(line.norm) ?? PROSE_TAKER_ZH_AFTER.exec(line.norm);
    const m = zh ?? PROSE_TAKER_EN.exec(line.norm) ?? PROSE_TAKER_EN_BY.exec(line.norm) ?? PROSE_TAKER_EN_ASK.exec(line.norm);
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
