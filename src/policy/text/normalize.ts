import { simplifyChar } from "./script";

// Matching must not care whether the writer used Simplified or Traditional characters,
// full-width or half-width punctuation, or capitals. Every step maps one UTF-16 unit to
// one, so an offset found in the normalised text is the same offset in the original.

// One entry per UTF-16 unit, filled the first time the unit is seen (0 = not yet: only the
// unit 0 folds to 0, and it is never looked up). A typed array is read in a few nanoseconds,
// where a Map lookup per character made normalising a 1 MB reply the largest cost of a check.
const folded = new Uint16Array(0x10000);

/** One UTF-16 unit in, one out: Traditional → Simplified for CJK, lower case otherwise. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const known = folded[code];
  if (known !== 0) return known;
  let out = foldWidth(code);
  if (out !== code) {
    if (out >= 0x41 && out <= 0x5a) out += 32;
  } else {
    const ch = String.fromCharCode(code);
    if (isCjk(code)) {
      out = simplifyChar(ch).charCodeAt(0);
    } else {
      // "İ" lower-cases to "i" plus a combining dot: keep the base letter, keep the length.
      const lower = ch.toLowerCase();
      out = lower.length > 0 ? lower.charCodeAt(0) : code;
    }
  }
  folded[code] = out;
  return out;
}

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code === 0x3002) return 0x2e; // 。
  if (code === 0x00a0) return 0x20; // no-break space, as Outlook writes &nbsp;
  return code;
}

const CHUNK = 8192;
const units = new Uint16Array(CHUNK);

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Folds script, width and case, keeping the length and every offset of `text`. */
export function normalize(text: string): string {
  // ASCII folds by case alone, as toLowerCase folds it: most lines of English mail are ASCII,
  // and building them unit by unit was most of normalising them.
  if (isAscii(text)) return text.toLowerCase();
  let out = "";
  for (let start = 0; start < text.length; start += CHUNK) {
    const length = Math.min(CHUNK, text.length - start);
    let changed = false;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(start + i);
      const fold = foldUnit(code);
      units[i] = fold;
      if (fold !== code) changed = true;
    }
    // A chunk that folds to itself is the original text: no new string is built for it.
    if (!changed) out += text.slice(start, start + length);
    else out += String.fromCharCode.apply(null, (length === CHUNK ? units : units.subarray(0, length)) as unknown as number[]);
  }
  return out;
}

/** Normalises a phrase from a word list the same way as the text it is matched against. */
export function normalizeTerm(term: string): string {
  return normalize(term.trim());
}
