import * as OpenCC from "opencc-js";

// Matching must not care whether the writer used Simplified or Traditional characters,
// full-width or half-width punctuation, or capitals. Every step maps one UTF-16 unit to
// one, so an offset found in the normalised text is the same offset in the original.

const traditionalToSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const charCache = new Map<string, string>();

function simplifyChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const converted = traditionalToSimplified(ch);
    out = converted.length === 1 ? converted : ch;
    charCache.set(ch, out);
  }
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

/** Folds script, width and case, keeping the length and every offset of `text`. */
export function normalize(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      out += simplifyChar(text[i]);
    } else {
      out += String.fromCharCode(foldWidth(code)).toLowerCase().charAt(0) || text[i];
    }
  }
  return out;
}

/** Normalises a phrase from a word list the same way as the text it is matched against. */
export function normalizeTerm(term: string): string {
  return normalize(term.trim());
}
