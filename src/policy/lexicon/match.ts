import type { ParsedBody } from "../text/segment";
import { normalizeTerm } from "../text/normalize";
import { standsAsWord } from "../text/words";
import { detectDraftLang } from "../text/lang-detect";
import { hasSimplifiedOnly, hasTraditionalOnly, toTraditional } from "../text/script";
import type { Lang } from "../types";
import { termSet, type TermSet } from "./term-set";
import { DIGIT, LETTER } from "../text/letters";

// Small helpers shared by the word-list rules: where the sender's new prose is, how a
// listed term is found in the normalised text, and how a correction is written back in the
// writer's own script and capitalisation.

export interface Range {
  start: number;
  end: number;
}

/** Offsets of the sender's new prose (greeting, paragraphs, sign-off) in `body.text`. */
export function proseRanges(body: ParsedBody): Range[] {
  return body.prose.map((s) => ({ start: s.start, end: s.end }));
}

const LATIN_WORD_CHAR = /[a-z0-9_]/;
const LEAD_GROUP = /^\(\^\|/;

/**
 * Where a word list pattern's match starts in the text: a pattern that opens with a lead group,
 * "(^|[^翻打滚])滚", reads the character before the word in group 1 (in place of a lookbehind,
 * which the on-send check's ES2016 runtimes lack), and that character is not part of the word.
 */
export function matchStart(pattern: RegExp, m: RegExpMatchArray): number {
  const lead = m[1] !== undefined && LEAD_GROUP.test(pattern.source) ? m[1].length : 0;
  return (m.index ?? 0) + lead;
}
const ANY_LETTER = new RegExp(`[${LETTER}${DIGIT}_]`, "u");

const latinTerms = new Map<string, boolean>();

export function isLatinTerm(term: string): boolean {
  // Asked for every listed term on every prose range: the answer is kept per term.
  let latin = latinTerms.get(term);
  if (latin === undefined) {
    latin = /^[a-z0-9][a-z0-9 .'/-]*$/i.test(term);
    if (latinTerms.size < 4096) latinTerms.set(term, latin);
  }
  return latin;
}

export interface TermOptions {
  /** Latin terms need word boundaries; `strictBoundary` also refuses a CJK neighbour ("U盘"). */
  strictBoundary?: boolean;
  /** Normalised texts that, directly before the term, make it a different word. */
  notAfter?: readonly string[];
  /** Normalised texts that, directly after the term, make it a different word. */
  notBefore?: readonly string[];
  /** Normalised texts one of which must stand directly before the term ("向领导" before 反应). */
  onlyAfter?: readonly string[];
  /** Normalised texts one of which must stand directly after the term ("清楚" after 写的很). */
  onlyBefore?: readonly string[];
  /** Only the lower-case spelling counts ("u" is slang, "plan U" is a label). */
  lowercaseOnly?: boolean;
  /** A Chinese term counts only where it stands as a word (酱紫 yes, 酱紫色 no): see text/words. */
  asWord?: boolean;
  /** Only where a clause starts: "在麻烦您…" opens a request, "实在麻烦您了" is right. */
  clauseStart?: boolean;
  /** Only where a clause ends: "明天在见。" is a farewell, "在见客户" is right. */
  clauseEnd?: boolean;
}

// What separates clauses in normalised text (。 and full-width punctuation fold to ASCII).
const CLAUSE_EDGE = /[\s,.!?;:、()"'“”「」『』…~～—]/;

function atClauseEdge(norm: string, index: number): boolean {
  return index < 0 || index >= norm.length || CLAUSE_EDGE.test(norm[index]);
}

/** One- and two-character Chinese entries are matched as words only (a longer one is a word by itself). */
export function needsWordBoundary(term: string): boolean {
  return term.length <= 2 && /[\u3400-\u9fff]/.test(term);
}

function boundaryOk(norm: string, start: number, end: number, strict: boolean): boolean {
  const before = start > 0 ? norm[start - 1] : "";
  const after = end < norm.length ? norm[end] : "";
  const test = strict ? ANY_LETTER : LATIN_WORD_CHAR;
  if (before && test.test(before)) return false;
  if (after && test.test(after)) return false;
  if (strict && (/[.'/@-]/.test(before) || /^[.'/@-][a-z0-9]/.test(norm.slice(end, end + 2)))) return false;
  return true;
}

/** "u" in "…?cid=1&u=/news", "imo" in "user@imo.example": parts of links, addresses, code. */
function insideLinkOrCode(norm: string, start: number, end: number): boolean {
  // A token longer than a few hundred characters is no word; look no further than that.
  const floor = Math.max(0, start - 300);
  const ceiling = Math.min(norm.length, end + 300);
  let s = start;
  let e = end;
  while (s > floor && !/\s/.test(norm[s - 1])) s--;
  while (e < ceiling && !/\s/.test(norm[e])) e++;
  return /:\/\/|www\.|@|[=&]|[a-z0-9]\/[a-z0-9]/.test(norm.slice(s, e));
}

/** "THX-1138", "LOL-2024-003", "TMD35": letters joined to digits or hyphens are a code, not a word. */
function isIdentifierPart(norm: string, start: number, end: number): boolean {
  const after = norm.slice(end, end + 2);
  const before = norm.slice(Math.max(0, start - 2), start);
  return /^-?[0-9]/.test(after) || /^-[a-z]/.test(after) || /[0-9a-z]-$/.test(before) || (start > 0 && /[0-9]/.test(norm[start - 1]) && /[a-z]/.test(norm[start]));
}

/** Whether one of `words` ends at `at` in `text` ("没有" before 附件). */
export function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.endsWith(w, at));
}

/** Whether one of `words` starts at `at` in `text`. */
export function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, at));
}

/** Whether `term`, found at `at` in `norm`, stands there as the listed word (not inside another, a link or a code). */
function termStandsAt(norm: string, term: string, at: number, options: TermOptions, text: string, latin: boolean): boolean {
  const end = at + term.length;
  return (
    (!latin || (boundaryOk(norm, at, end, options.strictBoundary === true) && !insideLinkOrCode(norm, at, end))) &&
    !endsWithAny(norm, at, options.notAfter ?? []) &&
    !startsWithAny(norm, end, options.notBefore ?? []) &&
    (options.onlyAfter === undefined || endsWithAny(norm, at, options.onlyAfter)) &&
    (options.onlyBefore === undefined || startsWithAny(norm, end, options.onlyBefore)) &&
    !(options.lowercaseOnly === true && /[A-Z\uff21-\uff3a]/.test(text.slice(at, end))) &&
    !(latin && isIdentifierPart(norm, at, end)) &&
    !(options.clauseStart === true && !atClauseEdge(norm, at - 1)) &&
    !(options.clauseEnd === true && !atClauseEdge(norm, end)) &&
    !(options.asWord === true && !latin && !standsAsWord(norm, at, end))
  );
}

export interface TermHit<E> extends Range {
  entry: E;
}

/**
 * Every place a listed term stands in the sender's own prose, overlaps dropped (the longest
 * kept): what the word-list rules (slang, typos) look for. `checkpoint` runs before each prose
 * segment, so the check's deadline can stop a long mail between segments.
 */
export function findLexiconHits<E extends TermOptions>(body: ParsedBody, entries: readonly E[], termOf: (entry: E) => string, checkpoint: () => void): TermHit<E>[] {
  const hits: TermHit<E>[] = [];
  for (const range of proseRanges(body)) {
    checkpoint();
    hits.push(...findListedTerms(body.ownNorm, range, entries, termOf, body.ownText));
  }
  return dropOverlaps(hits);
}

/**
 * Where the listed terms stand inside `range` of `norm` (termStandsAt for each occurrence), in
 * list order and then by offset, overlaps kept: the list is read in one pass over the range.
 */
export function findListedTerms<E extends TermOptions>(norm: string, range: Range, entries: readonly E[], termOf: (entry: E) => string, text = norm): TermHit<E>[] {
  const hits: TermHit<E>[] = [];
  for (const { term: index, at } of termSetOf(entries, termOf).find(norm, range)) {
    const entry = entries[index];
    const term = termOf(entry);
    if (termStandsAt(norm, term, at, entry, text, isLatinTerm(term))) hits.push({ start: at, end: at + term.length, entry });
  }
  return hits;
}

// A word list is prepared once per policy (perPolicy) and always read with the same term,
// so its set is kept with it.
const termSets = new WeakMap<readonly object[], TermSet>();

function termSetOf<E extends object>(entries: readonly E[], termOf: (entry: E) => string): TermSet {
  let set = termSets.get(entries);
  if (set === undefined) {
    const terms = entries.map(termOf);
    set = termSet(terms, { latinWords: terms.map(isLatinTerm) });
    termSets.set(entries, set);
  }
  return set;
}

/**
 * Keeps the longest of overlapping hits ("有木有" over "木有"), the earlier of two as long. The
 * characters taken by kept hits are marked, so a hit is checked against its own characters
 * only (comparing it with every kept hit was quadratic in a mail full of one slang word).
 */
export function dropOverlaps<T extends Range>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(sorted.reduce((max, h) => Math.max(max, h.end), 0));
  const kept: T[] = [];
  for (const h of sorted) {
    if (h.end <= h.start ? kept.some((k) => h.start < k.end && k.start < h.end) : isTaken(taken, h)) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, h: Range): boolean {
  for (let i = h.start; i < h.end; i++) if (taken[i] === 1) return true;
  return false;
}

/** "Recieve" → "Receive", "RECIEVE" → "RECEIVE", "recieve" → "receive". */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^a-z]/gi, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (/^[A-Z]/.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** True when the words carry a character that only Traditional Chinese writes that way. */
export function looksTraditional(text: string): boolean {
  return hasTraditionalOnly(text);
}

/**
 * Writes a correction the way the writer writes: Traditional when they do, and their capitals.
 * `chatSpelling`: the original is typed the same in both scripts (肿么 in a Traditional mail),
 * so the mail's language alone decides.
 */
export function inWritersForm(original: string, replacement: string, draftLang: Lang, chatSpelling = false): string {
  if (/[\u3400-\u9fff]/.test(replacement)) {
    // Words such as "既使" look the same in both scripts: then the mail's language decides.
    const traditional = looksTraditional(original) || (draftLang === "zh-TW" && (chatSpelling || !hasSimplifiedOnly(original)));
    return traditional ? toTraditional(replacement, original) : replacement;
  }
  return matchCase(original, replacement);
}

export function normalizeList(terms: readonly string[]): string[] {
  return Array.from(new Set(terms.map(normalizeTerm).filter((t) => t !== "")));
}

/** The language of the sender's new prose (the subject when the body says nothing). */
export function proseLang(body: ParsedBody, subject = ""): Lang {
  // Several rules ask for the same body, some with the subject and some without: the prose is
  // read for its language once, and the subject only matters when there is no prose.
  let lang = langCache.get(body);
  if (lang === undefined) {
    const prose = body.prose.map((s) => s.text).join("\n");
    lang = prose.trim() !== "" ? detectDraftLang(prose) : null;
    langCache.set(body, lang);
  }
  return lang ?? detectDraftLang(subject);
}

const langCache = new WeakMap<ParsedBody, Lang | null>();

/** Drafts also come from JSON files and Graph, where a name or address can be missing or null. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}
