// Trims and collapses written as loops. A pattern such as /[ \u00a0]+$/ is tried from every
// position of a long run that is followed by something else, which is quadratic in the run:
// 480 KB of &nbsp; in a reply took 18 s. These walk each character once.

export type CharTest = (ch: string) => boolean;

/** A test for one character from a character class, e.g. `chars(/[\s,.!~]/)`. */
export function chars(oneCharClass: RegExp): CharTest {
  return (ch) => oneCharClass.test(ch);
}

export const isWhiteSpace: CharTest = chars(/\s/);

/**
 * A test for one UTF-16 unit from a character class, each unit's answer remembered (64 KB per
 * class): for loops that visit every unit of a long text, where a pattern test per unit was
 * a large part of their time.
 */
export function unitTest(oneCharClass: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not asked yet, 1 in the class, 2 not
  return (code) => {
    let answer = known[code];
    if (answer === 0) {
      answer = oneCharClass.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}

/** `text` without the trailing characters that `drop` accepts. */
export function trimEndWhile(text: string, drop: CharTest): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading characters that `drop` accepts. */
export function trimStartWhile(text: string, drop: CharTest): string {
  let start = 0;
  while (start < text.length && drop(text[start])) start++;
  return start === 0 ? text : text.slice(start);
}

/** Both ends trimmed of what `drop` accepts. */
export function trimWhile(text: string, drop: CharTest): string {
  return trimStartWhile(trimEndWhile(text, drop), drop);
}

/**
 * Every run of white space that holds a line break becomes one space; other runs stay as
 * they are. The same as `text.replace(/\s*\n\s*\/g, " ")`, in one pass.
 */
export function joinLines(text: string): string {
  if (!text.includes("\n")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (!isWhiteSpace(text[i])) {
      const next = nextWhiteSpace(text, i);
      out += text.slice(i, next);
      i = next;
      continue;
    }
    let end = i;
    let hasBreak = false;
    while (end < text.length && isWhiteSpace(text[end])) {
      if (text[end] === "\n") hasBreak = true;
      end++;
    }
    out += hasBreak ? " " : text.slice(i, end);
    i = end;
  }
  return out;
}

function nextWhiteSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isWhiteSpace(text[i])) i++;
  return i;
}

/**
 * Replaces each bracketed part (an opening character, then everything up to the first closing
 * one) with `replacement`, left to right, as `text.replace(/[(（][^)）]*[)）]/g, …)` does; with
 * `withinLine`, a part may not cross a line break (`.*?` instead of `[^)）]*`). One pass: an
 * opening character without a closing one after it ends the search instead of rescanning.
 */
export function replaceBracketed(text: string, isOpen: CharTest, isClose: CharTest, replacement: string, withinLine = false): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!isOpen(text[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !isClose(text[j]) && !(withinLine && isLineTerminator(text[j]))) j++;
    if (j >= text.length) break;
    if (!isClose(text[j])) {
      i = j + 1;
      continue;
    }
    out += text.slice(copied, i) + replacement;
    copied = j + 1;
    i = j + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isLineTerminator(ch: string): boolean {
  return ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}

/**
 * `text` without a trailing run of `punctuation` and the white space after it, as
 * `text.replace(/[。.;；,，]+\s*$/, "")` does: nothing is removed unless the run is there.
 */
export function trimEndPunctuation(text: string, punctuation: CharTest): string {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && punctuation(text[start - 1])) start--;
  return start === end ? text : text.slice(0, start);
}

/** The code unit is white space as /\s/ and String.prototype.trim see it. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A CJK character as the rules weigh it: [\u3400-\u9fff\uf900-\ufaff]. */
export function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export interface CollapsedCount {
  /** Code points of `text.trim().replace(/\s+/g, " ")`. */
  codePoints: number;
  /** Of those, CJK characters. */
  cjk: number;
}

/** Counts the trimmed, white-space-collapsed text without building it (or an array of its characters). */
export function countCollapsed(text: string): CollapsedCount {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  let codePoints = 0;
  let cjk = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpaceCode(code)) {
      while (i + 1 < end && isWhiteSpaceCode(text.charCodeAt(i + 1))) i++;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    } else if (isCjkCode(code)) {
      cjk++;
    }
    codePoints++;
  }
  return { codePoints, cjk };
}
