import * as ts from "typescript";
import * as chineseDays from "chinese-days";
import * as OpenCC from "opencc-js/t2cn";

// The on-send bundle's generated tables (scripts/onsend/) answer every question the engine
// asks exactly as the packages they replace: OpenCC's Traditional → Simplified for every code
// point and its reverse table, the entity names kept with their values, the letter and digit
// classes (\p{L}, \p{N}) for every code point, and chinese-days'
// schedule and lunar dates for every year the tables hold.

const { t2sModuleSource, reverseTable } = require("../../scripts/onsend/t2s-table") as {
  t2sModuleSource: () => { source: string };
  reverseTable: (module: T2s, simplify: (text: string) => string) => Map<string, string[]>;
};
const { entityModuleSource, readTrie, HTML4_NAMES } = require("../../scripts/onsend/entity-table") as {
  entityModuleSource: () => { source: string; names: number; words: number[] };
  readTrie: (tree: Uint16Array) => Map<string, unknown>;
  HTML4_NAMES: string[];
};
const { holidayModuleSource } = require("../../scripts/onsend/holiday-table") as {
  holidayModuleSource: () => { source: string; scheduleYears: [number, number]; lunarYears: [number, number] };
};
const { letterClassesModuleSource } = require("../../scripts/onsend/letter-classes") as { letterClassesModuleSource: () => { source: string } };
const { htmlDecodeTree } = require("entities/lib/decode.js") as { htmlDecodeTree: Uint16Array };

const { DECODER_MODULE_SOURCE, DECODER_REQUEST } = require("../../scripts/onsend/compact-code") as { DECODER_MODULE_SOURCE: string; DECODER_REQUEST: string };

/** Evaluates a generated ES module's source and gives its exports; it may import only the shared decoder. */
function evaluate<T>(source: string): T {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const module = { exports: {} as T };
  const load = (request: string): unknown => {
    if (request !== DECODER_REQUEST) throw new Error(`a generated table imports ${request}`);
    return evaluate(DECODER_MODULE_SOURCE);
  };
  new Function("module", "exports", "require", js)(module, module.exports, load);
  return module.exports;
}

interface T2s {
  Converter: (options: unknown) => (text: string) => string;
  Locale: { to: { cn: unknown }; from: { tw: unknown } };
}

/** src/policy/text/script.ts's reverse(), over either module (the generator's own grouping). */
function reverseOf(module: T2s): Map<string, string[]> {
  return reverseTable(module, module.Converter({ from: "tw", to: "cn" }));
}

describe("the Traditional → Simplified table", () => {
  const generated = evaluate<T2s>(t2sModuleSource().source);
  const original = OpenCC as unknown as T2s;

  it("converts every code point as opencc-js does, one character at a time", () => {
    const ours = generated.Converter({ from: "tw", to: "cn" });
    const theirs = original.Converter({ from: "tw", to: "cn" });
    const different: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      // Beyond the CJK planes both leave every character as it is; sample them.
      if (cp > 0x3ffff && cp % 97 !== 0) continue;
      const ch = String.fromCodePoint(cp);
      if (ours(ch) !== theirs(ch)) different.push(`U+${cp.toString(16)}`);
    }
    expect(different).toEqual([]);
  });

  it("gives script.ts the same reverse table (Simplified → its Traditional characters, in order)", () => {
    expect([...reverseOf(generated)].sort()).toEqual([...reverseOf(original)].sort());
  });
});

describe("the HTML entity table", () => {
  const words = evaluate<{ default: Uint16Array }>(entityModuleSource().source).default;
  const full = readTrie(htmlDecodeTree);
  const kept = readTrie(words);

  it("keeps every HTML 4.01 name, with and without its semicolon where HTML5 does, each with the package's value", () => {
    for (const name of HTML4_NAMES) expect(kept.has(`${name};`)).toBe(true);
    for (const name of full.keys()) if (!name.endsWith(";")) expect(kept.get(name)).toEqual(full.get(name));
    for (const [name, value] of kept) expect({ name, value }).toEqual({ name, value: full.get(name) });
    expect(kept.size).toBeLessThan(full.size / 2);
  });

  it("is written at load word for word as the generator's trie writer writes it", () => {
    expect([...words]).toEqual(entityModuleSource().words);
  });
});

describe("the holiday table", () => {
  const { source, scheduleYears, lunarYears } = holidayModuleSource();
  const generated = evaluate<typeof chineseDays>(source);
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  it("answers getDayDetail as chinese-days for every day of every published year", () => {
    const different: string[] = [];
    for (let t = Date.UTC(scheduleYears[0], 0, 1); t <= Date.UTC(scheduleYears[1], 11, 31); t += 86_400_000) {
      const date = iso(new Date(t));
      const ours = generated.getDayDetail(date);
      const theirs = chineseDays.getDayDetail(date);
      // working-calendar.ts uses only the schedule's entries (a weekday name means "not on it").
      const onSchedule = (name: string) => !/^(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/.test(name);
      if (onSchedule(theirs.name) !== onSchedule(ours.name) || (onSchedule(theirs.name) && theirs.work !== ours.work)) different.push(date);
    }
    expect(different).toEqual([]);
  });

  it("gives the same solar dates of 春节, 端午, 中秋 and 清明 for every year of the lunar tables", () => {
    for (let year = lunarYears[0]; year <= lunarYears[1]; year++) {
      for (const lunar of ["01-01", "05-05", "08-15"]) {
        expect(generated.getSolarDateFromLunar(`${year}-${lunar}`).date).toBe(chineseDays.getSolarDateFromLunar(`${year}-${lunar}`).date);
      }
      const qingming = (m: typeof chineseDays) => m.getSolarTermsInRange(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === "清明")?.date;
      expect(qingming(generated)).toBe(qingming(chineseDays));
    }
  });
});

describe("the letter and digit classes", () => {
  const generated = evaluate<typeof import("../../src/policy/text/letters")>(letterClassesModuleSource().source);

  it("holds no property escape: the on-send bundle's patterns stay ES2016", () => {
    expect(generated.LETTER).not.toMatch(/\\p\{/);
    expect(generated.DIGIT).not.toMatch(/\\p\{/);
  });

  it.each([
    ["LETTER", "L"],
    ["DIGIT", "N"],
  ] as const)("%s matches exactly the code points of \\p{%s}", (name, property) => {
    const ours = new RegExp(`^[${generated[name]}]$`, "u");
    const negated = new RegExp(`^[^${generated[name]}]$`, "u");
    const theirs = new RegExp(`^\\p{${property}}$`, "u");
    // The table follows the Unicode version of regenerate-unicode-properties (the data Babel
    // lowers \p{…} with), which may be newer than this Node's: a code point this runtime holds
    // unassigned cannot be compared.
    const unassigned = /^\p{Cn}$/u;
    const different: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (unassigned.test(ch)) continue;
      const expected = theirs.test(ch);
      if (ours.test(ch) !== expected || negated.test(ch) === expected) different.push(cp);
    }
    expect(different).toEqual([]);
  });
});
