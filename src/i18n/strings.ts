import { isolateBidi } from "../policy/bidi";
import { interpolate, parseMessage, type MessagePart } from "../policy/interpolate";
import type { Lang, LocalizedText } from "../policy/types";
import { resolveLang } from "./lang";

// The one string-table format of both panes (and of the engine's messages): an id maps to the
// text in every language; `{{name}}` fills in a value and `{count, plural, one {…} other {…}}`
// picks the plural form (src/policy/interpolate.ts). The pseudo-locale (qps-ploc, as Windows
// names it) renders every string accented and bracketed, so a hard-coded English word or a
// label cut short stands out in a screenshot and in the tests (script-lab's fake.strings does
// the same).

export type StringTable = Readonly<Record<string, LocalizedText>>;

/** A language of the panes' own words: the product's three, plus the pseudo-locale. */
export type UiLang = Lang | "qps-ploc";

export type Translator<Id extends string> = (id: Id, data?: Record<string, string | number>) => string;

export function resolveUiLang(displayLanguage: string | undefined | null): UiLang {
  return /^qps-ploc/i.test((displayLanguage ?? "").trim()) ? "qps-ploc" : resolveLang(displayLanguage);
}

/** The engine speaks the three product languages; the pseudo-locale reads English findings. */
export function engineLang(lang: UiLang): Lang {
  return lang === "qps-ploc" ? "en" : lang;
}

/** Names in a sentence: "Lisa, Tom" in English, "李娜、王伟" in Chinese. */
export function joinList(items: readonly string[], lang: UiLang): string {
  return items.join(lang === "zh-CN" || lang === "zh-TW" ? "、" : ", ");
}

/** BCP-47 tag for <html lang>, Intl and screen readers. */
export function htmlLang(lang: UiLang): string {
  return lang === "zh-CN" ? "zh-Hans-CN" : lang === "zh-TW" ? "zh-Hant-TW" : lang === "qps-ploc" ? "en-XA" : "en";
}

const ACCENTED: Record<string, string> = {
  a: "à", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "À", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

function accent(text: string): string {
  let out = "";
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  return out;
}

function serialize(parts: readonly MessagePart[]): string {
  return parts
    .map((p) => {
      if (p.kind === "text") return accent(p.text);
      if (p.kind === "value") return `{{${p.name}}}`;
      return `{${p.name}, plural, ${p.branches.map((b) => `${b.key} {${serialize(b.parts)}}`).join(" ")}}`;
    })
    .join("");
}

/** "[Ĉĥéçķ àĝàîñ ~~~]": accented, about 40% longer, placeholders and plural syntax untouched. */
export function pseudoLocalize(text: string): string {
  const pad = "~".repeat(Math.max(2, Math.ceil(text.length * 0.4)));
  return `[${serialize(parseMessage(text))} ${pad}]`;
}

/**
 * One string of a table in one language, with its values and plurals filled in. Text values
 * that could turn the sentence around (a right-to-left override in a name) are isolated.
 */
export function tableText(table: StringTable, lang: UiLang, id: string, data: Record<string, string | number> = {}): string {
  const entry = table[id];
  if (!entry) return id;
  const template = lang === "qps-ploc" ? pseudoLocalize(entry.en) : entry[lang];
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) values[key] = typeof value === "string" ? isolateBidi(value) : value;
  return interpolate(template, values, engineLang(lang));
}

export function translator<T extends StringTable>(table: T, lang: UiLang): Translator<Extract<keyof T, string>> {
  return (id, data) => tableText(table, lang, id, data);
}
