import type { Segment } from "./segment";
import { isCjkCode, isWhiteSpaceCode } from "./trim";

// Sentences of the sender's prose, with offsets into ParsedBody.text, for the rules that judge
// how a mail opens and ends. Chinese ends sentences with 。！？ (no space after), English with
// . ! ? followed by a space; a line break ends a sentence too, because Outlook users write one
// thought per line. Decimals ("3.5"), versions and "e.g." stay inside their sentence.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|mr|mrs|ms|dr|prof|no|approx|dept|inc|ltd|co)\.$/i;

// Looked up per character, so sets instead of a regular expression call for each.
const ENDS_SENTENCE = new Set([".", "!", "?", "。", "！", "？", ";", "；", "…"]);
const RUNS_ON = new Set([".", "!", "?", "。", "！", "？", "…"]);

export function splitSentences(text: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") out.push({ text: trimmed, start: offset + start + lead, end: offset + start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      push(i + 1);
      continue;
    }
    // Most characters end nothing: only those that can are looked up.
    if ((code > 0x3f && code < 0x2026) || !ENDS_SENTENCE.has(text[i])) continue;
    const ch = text[i];
    // A run of terminators ("!!!", "?!", "。。。") ends the sentence once.
    let j = i;
    while (j + 1 < text.length && RUNS_ON.has(text[j + 1])) j++;
    const next = text[j + 1];
    if (ch === "." && j === i) {
      if (next !== undefined && !/\s/.test(next)) continue;
      // The longest abbreviation and the character before it fit in the last 11 characters:
      // testing the whole sentence so far again at every "no. " was quadratic.
      if (ABBREVIATION.test(text.slice(Math.max(start, i - 10), i + 1))) continue;
    }
    if (/[!?;]/.test(ch) && next !== undefined && !/\s|[\u3400-\u9fff"'”’)）]/.test(next)) continue;
    push(j + 1);
    i = j;
  }
  push(text.length);
  return out;
}

export function sentencesOf(segment: Segment): Sentence[] {
  return splitSentences(segment.text, segment.start);
}

/** Length as a reader feels it: a CJK character is about two Latin letters of reading. */
export function readingWeight(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
      weight += 1;
    } else if (isCjkCode(code)) weight += 2;
    else if (!isWhiteSpaceCode(code)) weight += 1;
  }
  return weight;
}
