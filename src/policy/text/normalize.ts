import { simplifyChar } from "./script";

// Matching must not care whether the writer used Simplified or Traditional characters,
// full-width or half-width punctuation, or capitals. Every step maps one UTF-16 unit to
// one, so an offset found in the normalised text is the same offset in the original.

const foldedCache = new Map<number, number>();

/** One UTF-16 unit in, one out: Traditional → Simplified for CJK, lower case otherwise. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  let out = foldedCache.get(code);
  if (out === undefined) {
    out = foldWidth(code);
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
    foldedCache.set(code, out);
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

const CHUNK = 8192;

/** Folds script, width and case, keeping the length and every offset of `text`. */
export function normalize(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i));
  let out = "";
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, i + CHUNK)));
  }
  return out;
}

/** Normalises a phrase from a word list the same way as the text it is matched against. */
export function normalizeTerm(term: string): string {
  return normalize(term.trim());
}
