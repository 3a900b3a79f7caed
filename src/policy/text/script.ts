import * as OpenCC from "opencc-js/t2cn";
import { PREFERRED_TRADITIONAL } from "./traditional-preferred";

// Traditional ↔ Simplified at the level of single characters, from OpenCC's own tables.
// Only the Traditional→Simplified build is loaded (about 100 KB, against 1.1 MB for the
// phrase-level Simplified→Traditional one): the on-send bundle has to start in well under a
// second, and character-level knowledge is all matching needs. The reverse direction is
// derived from the same character table, lazily, the first time it is asked for.

const traditionalToSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const simplifiedCache = new Map<string, string>();
let reverseTable: Map<string, string[]> | null = null;

// Simplified characters that OpenCC's Taiwan table maps to a rarer variant: 么 (什么, 怎么) would
// become 幺 while Traditional 麼 becomes 么, so 什么 and 什麼 would no longer fold together.
const ALREADY_SIMPLIFIED: ReadonlySet<string> = new Set(["么"]);

/** The Simplified form of one character (itself when it has none). */
export function simplifyChar(ch: string): string {
  let out = simplifiedCache.get(ch);
  if (out === undefined) {
    const converted = ALREADY_SIMPLIFIED.has(ch) ? ch : traditionalToSimplified(ch);
    out = converted.length === ch.length ? converted : ch;
    simplifiedCache.set(ch, out);
  }
  return out;
}

function dictionaryStrings(value: unknown, into: string[]): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const v of value) dictionaryStrings(v, into);
  return into;
}

/** Simplified character → the Traditional characters that simplify to it. */
function reverse(): Map<string, string[]> {
  if (reverseTable) return reverseTable;
  const table = new Map<string, string[]>();
  const locale = (OpenCC as unknown as { Locale: { to: { cn: unknown }; from: { tw: unknown } } }).Locale;
  for (const dict of dictionaryStrings([locale.to.cn, locale.from.tw], [])) {
    for (const entry of dict.split("|")) {
      const [from, to] = entry.split(" ");
      if (!from || !to || from.length !== 1 || to.length !== 1 || from === to) continue;
      const simple = simplifyChar(from);
      if (simple === from) continue;
      const list = table.get(simple) ?? [];
      if (!list.includes(from)) list.push(from);
      table.set(simple, list);
    }
  }
  reverseTable = table;
  return table;
}

export type Script = "traditional" | "simplified" | "shared";

/** Whether a Han character is written only in Traditional, only in Simplified, or in both. */
export function scriptOf(ch: string): Script {
  if (simplifyChar(ch) !== ch) return "traditional";
  return reverse().has(ch) ? "simplified" : "shared";
}

export function hasTraditionalOnly(text: string): boolean {
  for (const ch of text) if (scriptOf(ch) === "traditional") return true;
  return false;
}

export function hasSimplifiedOnly(text: string): boolean {
  for (const ch of text) if (scriptOf(ch) === "simplified") return true;
  return false;
}

/**
 * The Traditional form of one character as the character table alone gives it: the first
 * Traditional character that simplifies to it. Where that is the rarer one (面 → 麪, 只 → 隻,
 * 录 → 彔), PREFERRED_TRADITIONAL overrides it (scripts/gen-traditional-preferred.js).
 */
export function tableTraditional(ch: string): string {
  return reverse().get(ch)?.[0] ?? ch;
}

let preferredTable: Map<string, string> | null = null;

function preferred(): Map<string, string> {
  if (preferredTable) return preferredTable;
  const chars = Array.from(PREFERRED_TRADITIONAL);
  preferredTable = new Map();
  for (let i = 0; i + 1 < chars.length; i += 2) preferredTable.set(chars[i], chars[i + 1]);
  return preferredTable;
}

/** One character in Traditional as OpenCC's Taiwan conversion writes it on its own. */
function traditionalChar(ch: string): string {
  return preferred().get(ch) ?? tableTraditional(ch);
}

/**
 * Writes `text` in Traditional characters. Where one Simplified character stands for several
 * Traditional ones (发: 發 / 髮), the character the writer used at the same place in
 * `model` wins, else the one OpenCC's Taiwan conversion gives the character on its own.
 */
export function toTraditional(text: string, model = ""): string {
  let out = "";
  const chars = Array.from(text);
  const modelChars = Array.from(model);
  chars.forEach((ch, i) => {
    const written = modelChars[i];
    // The writer's own character, unless it is a Simplified one (肿么 typed in a Traditional mail).
    if (written !== undefined && simplifyChar(written) === ch && scriptOf(written) !== "simplified") out += written;
    else out += traditionalChar(ch);
  });
  return out;
}
