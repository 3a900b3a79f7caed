// Chinese names written in Latin letters: does "Zhihao Lin", "Lin, Chih-hao" or "Jhih-hao" spell
// 志豪? One romanized syllable per character, each checked against the character's Pinyin. The
// Pinyin comes from the runtime's own pinyin collation (ICU's data, in every browser and Node)
// and where each syllable starts in it (han-syllables.ts, 2 kB instead of a 10 kB character
// table); without that collator only the surname table's spellings are checked, and the shape.
// Taiwan writes Wade–Giles without apostrophes (most passports) or Tongyong, derived here from
// Pinyin by their standard spelling rules.
import { PINYIN_RUNS } from "../lexicon/han-syllables";
import { HONG_KONG_SURNAMES, HONG_KONG_SYLLABLES, PASSPORT_SYLLABLES } from "../lexicon/syllables";
import { SURNAME_LATIN } from "../lexicon/surnames";

const WADE_GILES_WHOLE: Readonly<Record<string, string>> = {
  zhi: "chih", chi: "chih", shi: "shih", ri: "jih", zi: "tzu", ci: "tzu", si: "ssu", er: "erh",
  yan: "yen", ye: "yeh", you: "yu", yong: "yung", yue: "yueh", e: "o",
};
const WADE_GILES_INITIAL: Readonly<Record<string, string>> = { b: "p", d: "t", g: "k", zh: "ch", j: "ch", q: "ch", x: "hs", z: "ts", c: "ts", r: "j" };
const TONGYONG_WHOLE: Readonly<Record<string, string>> = { zhi: "jhih", chi: "chih", shi: "shih", ri: "rih", zi: "zih", ci: "cih", si: "sih" };
const TONGYONG_INITIAL: Readonly<Record<string, string>> = { x: "s", q: "c", zh: "jh" };

function initialOf(syllable: string): string {
  const two = syllable.slice(0, 2);
  if (two === "zh" || two === "ch" || two === "sh") return two;
  return /^[bcdfghjklmnpqrstwxyz]/.test(syllable) ? syllable.charAt(0) : "";
}

function wadeGilesFinal(initial: string, final: string): string {
  if (final === "iong") return "iung";
  if (final === "ong") return "ung";
  if (final === "ian") return "ien";
  if (final === "ie") return "ieh";
  if (final === "ue" || final === "ve") return "ueh";
  if (final.startsWith("v")) return `u${final.slice(1)}`;
  if ((initial === "g" || initial === "k") && final === "ui") return "uei";
  if (final === "uo" && /^(?:d|t|n|l|z|c|s|zh|ch|r)$/.test(initial)) return "o";
  if (final === "e" && /^[gkh]$/.test(initial)) return "o";
  return final;
}

/** "zhihao" is "chihhao" on a Taiwanese passport: Wade–Giles, apostrophes and umlauts left out. */
function wadeGiles(pinyin: string): string {
  const whole = WADE_GILES_WHOLE[pinyin];
  if (whole !== undefined) return whole;
  const initial = initialOf(pinyin);
  return (WADE_GILES_INITIAL[initial] ?? initial) + wadeGilesFinal(initial, pinyin.slice(initial.length));
}

function tongyongFinal(initial: string, final: string): string {
  if (/^[jqx]$/.test(initial) && final === "iong") return "yong";
  if (/^[jqx]$/.test(initial) && final.startsWith("u")) return `y${final}`;
  if (final.startsWith("v")) return `yu${final.slice(1)}`;
  if (final === "iu") return "iou";
  if (final === "ui") return "uei";
  if (final === "eng" && /^[bpmfw]$/.test(initial)) return "ong";
  return final;
}

/** Tongyong Pinyin, Taiwan's official spelling of 2002–2008 ("Jhih-hao", "Sin-yi"). */
function tongyong(pinyin: string): string {
  const whole = TONGYONG_WHOLE[pinyin];
  if (whole !== undefined) return whole;
  const initial = initialOf(pinyin);
  return (TONGYONG_INITIAL[initial] ?? initial) + tongyongFinal(initial, pinyin.slice(initial.length));
}

interface PinyinRuns {
  firsts: string[];
  syllables: string[];
}

let runs: PinyinRuns | undefined;

function pinyinRuns(): PinyinRuns {
  if (runs) return runs;
  const firsts: string[] = [];
  const syllables: string[] = [];
  for (const run of PINYIN_RUNS.split(" ")) {
    firsts.push(run.charAt(0));
    syllables.push(run.slice(1));
  }
  runs = { firsts, syllables };
  return runs;
}

let collator: Intl.Collator | null | undefined;

/** The runtime's pinyin collation, if it has one that sorts the runs as ICU does. */
function pinyinCollator(): Intl.Collator | null {
  if (collator !== undefined) return collator;
  collator = null;
  try {
    const candidate = new Intl.Collator("zh-u-co-pinyin");
    const { firsts } = pinyinRuns();
    if (firsts.every((ch, i) => i === 0 || candidate.compare(firsts[i - 1], ch) < 0)) collator = candidate;
  } catch {
    // No Intl, or no Chinese collation in it: names are checked by shape and surname only.
  }
  return collator;
}

/** The toneless Pinyin syllable of a Simplified character, by where it sorts; undefined without a collator. */
export function pinyinOf(han: string): string | undefined {
  const compare = pinyinCollator();
  if (compare === null || !/^[\u4e00-\u9fff]$/.test(han)) return undefined;
  const { firsts, syllables } = pinyinRuns();
  let lo = 0;
  let hi = firsts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compare.compare(firsts[mid], han) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? undefined : syllables[found];
}

// Readings of 嗯, 呣, 哼 that no name has, and that would split "Meiling" as mei·li·ng.
const INTERJECTIONS = new Set(["m", "n", "ng", "hm", "hng"]);

let inventory: Set<string> | undefined;
let cantoneseOnly: Set<string> | undefined;

function syllables(): Set<string> {
  if (inventory) return inventory;
  const set = new Set<string>([...PASSPORT_SYLLABLES.split(" "), "szu"]);
  for (const pinyin of pinyinRuns().syllables) {
    if (INTERJECTIONS.has(pinyin)) continue;
    set.add(pinyin);
    set.add(wadeGiles(pinyin));
    set.add(tongyong(pinyin));
  }
  cantoneseOnly = new Set(HONG_KONG_SYLLABLES.split(" ").filter((s) => !set.has(s)));
  for (const s of cantoneseOnly) set.add(s);
  inventory = set;
  return set;
}

/** A Cantonese syllable says nothing about the Mandarin reading it would be checked against. */
function isCantoneseOnly(syllable: string): boolean {
  syllables();
  return cantoneseOnly?.has(syllable) ?? false;
}

const MAX_WORD = 18;
const MAX_SYLLABLE = 6;
const MAX_SPLITS = 12;
// "Chen Chih-hao David": a name is a few words; a longer "name" is no name and is not read.
const MAX_NAME_WORDS = 6;

/** The ways a word of letters reads as romanized syllables ("xian": xian, xi·an), at most MAX_SPLITS. */
export function syllableSplits(word: string): string[][] {
  if (word.length === 0 || word.length > MAX_WORD) return [];
  const set = syllables();
  const memo = new Map<number, string[][]>();
  const from = (i: number): string[][] => {
    if (i === word.length) return [[]];
    const known = memo.get(i);
    if (known) return known;
    const out: string[][] = [];
    for (let len = 1; len <= MAX_SYLLABLE && i + len <= word.length; len++) {
      const syllable = word.slice(i, i + len);
      if (!set.has(syllable)) continue;
      for (const rest of from(i + len)) if (out.length < MAX_SPLITS) out.push([syllable, ...rest]);
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/** Every split of the words in order, a hyphenated word ("chih-hao") piece by piece. */
function nameSplits(words: readonly string[]): string[][] {
  let splits: string[][] = [[]];
  for (const piece of words.flatMap((w) => w.split("-"))) {
    const next: string[][] = [];
    for (const head of splits) for (const tail of syllableSplits(piece)) if (next.length < MAX_SPLITS) next.push([...head, ...tail]);
    splits = next;
    if (splits.length === 0) return [];
  }
  return splits;
}

/** How a character may be written: its Pinyin and, for surnames, the spellings families use. */
function spellings(han: string): string[] {
  const out = [...(SURNAME_LATIN[han] ?? [])];
  const pinyin = pinyinOf(han);
  if (pinyin !== undefined) out.push(pinyin);
  return out;
}

function writtenAs(spelling: string, syllable: string): boolean {
  if (spelling === syllable || wadeGiles(spelling) === syllable || tongyong(spelling) === syllable) return true;
  // Taiwan's passports write Wade–Giles ssu (思, 斯) as "Szu" as often as not.
  return spelling === "si" && syllable === "szu";
}

type Spelled = "checked" | "shape" | "no";

/** One syllable per character, each one of the character's spellings where they are known. */
function spells(split: readonly string[], han: string, cantonese: boolean): Spelled {
  if (split.length !== han.length) return "no";
  // A Hong Kong name is Cantonese throughout, and there is no Cantonese reading to check it with.
  if (cantonese) return "shape";
  let checked = false;
  for (let i = 0; i < han.length; i++) {
    const known = spellings(han.charAt(i));
    if (known.length === 0) continue;
    if (!known.some((s) => writtenAs(s, split[i]))) return "no";
    checked = true;
  }
  return checked ? "checked" : "shape";
}

let hongKongSurnames: Set<string> | undefined;

/** "Ka Ming Cheung", "Wing-yan Lau", "Ka Ho Chan": a syllable or a surname that only Cantonese writes. */
function isCantoneseName(words: readonly string[]): boolean {
  hongKongSurnames ??= new Set(HONG_KONG_SURNAMES.split(" "));
  const surnames = hongKongSurnames;
  return words.some((w) => surnames.has(w) || nameSplits([w]).some((split) => split.some(isCantoneseOnly)));
}

// Syllables English first names do not have ("Anna", "Sean", "Leo" split into syllables too).
const CHINESE_ONLY = /^(?:zh|x|q|hs|ts|tz)|(?:ao|ou|ui|iu|ia|ie|ua|uo|ng|ih|eh)$/;

/** Without a checked character, only a spelling that no English name has will do. */
function chineseLooking(words: readonly string[], split: readonly string[]): boolean {
  return words.some((w) => w.includes("-")) || split.some((s) => CHINESE_ONLY.test(s));
}

/** A name's words read as syllables once, to be held against several Chinese names. */
interface ReadName {
  words: readonly string[];
  splits: string[][];
  cantonese: boolean;
}

function readName(words: readonly string[], cantonese = isCantoneseName(words)): ReadName {
  return { words, splits: nameSplits(words), cantonese };
}

function spelledBy(name: ReadName, han: string, shapeIsEnough = false): boolean {
  return name.splits.some((split) => {
    const how = spells(split, han, name.cantonese);
    return how === "checked" || (how === "shape" && (shapeIsEnough || chineseLooking(name.words, split)));
  });
}

/**
 * Whether a Latin name (lower-case words as written: ["zhihao"], ["chih-hao"], ["lin"]) spells
 * the Chinese name surname + given in an order people write it: "Lin Zhihao", "Zhihao Lin",
 * the given name alone, or the surname alone ("Mr. Lin").
 */
export function latinSpellsName(words: readonly string[], surname: string, given: string): boolean {
  if (words.length > MAX_NAME_WORDS) return false;
  const orders = given === "" ? [surname] : [surname + given, given + surname, given, surname];
  const name = readName(words);
  return orders.some((han) => spelledBy(name, han));
}

let surnameSpellings: Set<string> | undefined;

function isSurnameSpelling(word: string): boolean {
  if (!surnameSpellings) surnameSpellings = new Set(Object.keys(SURNAME_LATIN).flatMap((k) => SURNAME_LATIN[k] ?? []));
  return surnameSpellings.has(word);
}

/**
 * Whether someone known by Latin words only (display name or address parts, in order) can be
 * the Chinese given name `given`: one word ("Zhihao Lin", "Lin, Chih-hao"), or one word a
 * syllable beside a surname ("Chih Hao Lin", "Ka Ming Chan").
 */
export function givenNameSpelledBy(given: string, words: readonly string[]): boolean {
  if (words.length > MAX_NAME_WORDS) return false;
  const cantonese = isCantoneseName(words);
  if (words.some((w) => spelledBy(readName([w], cantonese), given))) return true;
  for (let i = 0; i + given.length <= words.length; i++) {
    const run = words.slice(i, i + given.length);
    const rest = [...words.slice(0, i), ...words.slice(i + given.length)];
    // Given-name syllables as words of their own beside a surname is a Chinese name's shape.
    if (run.length > 1 && rest.some(isSurnameSpelling) && spelledBy(readName(run, cantonese), given, true)) return true;
  }
  return false;
}
