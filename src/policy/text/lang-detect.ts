import type { Lang } from "../types";
import { scriptOf } from "./script";

// The language a mail is written in, so that a text the add-in inserts into it (a purpose
// line, a closing request) matches the mail and not the user's UI. Script is decided by
// counting characters that only one script writes (OpenCC's tables, src/policy/text/script.ts).

// Addresses, links and code-like tokens are not prose in any language.
export const NOT_PROSE = /https?:\/\/\S+|www\.\S+|[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63})+|\b[A-Z]{1,5}-?\d+\b/g;
// The same without the address branch. That branch tries up to 64 characters at every letter
// (it was almost all of this step's time), and no match holds a space: so it is run only over
// the words that hold an "@".
const NOT_PROSE_NO_ADDRESS = /https?:\/\/\S+|www\.\S+|\b[A-Z]{1,5}-?\d+\b/g;
const SPACE = /\s/;

/** `text` with NOT_PROSE's matches replaced by a space. */
export function withoutNonProse(text: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", from)) {
    let start = at;
    while (start > from && !SPACE.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && !SPACE.test(text[end])) end++;
    out += text.slice(from, start).replace(NOT_PROSE_NO_ADDRESS, " ") + text.slice(start, end).replace(NOT_PROSE, " ");
    from = end;
  }
  return out + text.slice(from).replace(NOT_PROSE_NO_ADDRESS, " ");
}

function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Han characters and Latin words (the matches of /[A-Za-z]+(?:'[A-Za-z]+)?/g) in `text`, in one
 * pass and without building either: this runs over the whole prose of every mail.
 */
function countScripts(text: string): { han: number; latinWords: number } {
  let han = 0;
  let latinWords = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isLatinLetter(code)) {
      if (isHanCode(code)) han++;
      i++;
      continue;
    }
    while (i < text.length && isLatinLetter(text.charCodeAt(i))) i++;
    if (text[i] === "'" && i + 1 < text.length && isLatinLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < text.length && isLatinLetter(text.charCodeAt(i))) i++;
    }
    latinWords++;
  }
  return { han, latinWords };
}

/**
 * "zh-CN", "zh-TW" or "en" for the sender's prose. Chinese wins when its characters outweigh
 * the Latin words (a Han character carries about two thirds of a word), so that "Hi 王经理，
 * 附件是 Q3 report，请查收" is Chinese and "Hi Lisa, see the note from 王伟" is English.
 * Characters are counted in place: a long mail would otherwise become an array of them.
 */
export function detectDraftLang(text: string): Lang {
  const prose = withoutNonProse(text);
  const { han, latinWords } = countScripts(prose);
  if (han === 0 || han < latinWords * 1.5) return "en";
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < prose.length; i++) {
    if (!isHanCode(prose.charCodeAt(i))) continue;
    const script = scriptOf(prose[i]);
    if (script === "traditional") traditional++;
    else if (script === "simplified") simplified++;
  }
  return traditional > simplified ? "zh-TW" : "zh-CN";
}
