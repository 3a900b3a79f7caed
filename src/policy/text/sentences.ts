import type { Segment } from "./segment";

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
    const ch = text[i];
    if (ch === "\n") {
      push(i + 1);
      continue;
    }
    if (!/[.!?。！？;；…]/.test(ch)) continue;
    // A run of terminators ("!!!", "?!", "。。。") ends the sentence once.
    let j = i;
    while (j + 1 < text.length && /[.!?。！？…]/.test(text[j + 1])) j++;
    const next = text[j + 1];
    if (ch === "." && j === i) {
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ABBREVIATION.test(text.slice(start, i + 1))) continue;
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
  for (const ch of text) {
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) weight += 2;
    else if (!/\s/.test(ch)) weight += 1;
  }
  return weight;
}
