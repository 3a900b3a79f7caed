import { pinyin } from "pinyin-pro";
import { PINYIN_RUNS } from "../../../src/policy/lexicon/han-syllables";
import { givenNameSpelledBy, latinSpellsName, pinyinOf, syllableSplits } from "../../../src/policy/text/romanized";
import { gb2312Han, pinyinRuns, readingsOf } from "./han-syllables-reference";

describe("the Pinyin of a character, by the runtime's pinyin collation", () => {
  test("the committed runs are what scripts/gen-han-syllables.js writes from pinyin-pro", () => {
    const runs = pinyinRuns(pinyin, new Intl.Collator("zh-u-co-pinyin"), gb2312Han());
    expect(PINYIN_RUNS).toBe(runs.map(([ch, s]) => ch + s).join(" "));
  });

  test("every GB2312 character gets one of its readings", () => {
    const wrong = gb2312Han().filter((ch) => !readingsOf(pinyin, ch).includes(pinyinOf(ch) ?? ""));
    expect(wrong).toEqual([]);
  });

  test.each([["志", "zhi"], ["豪", "hao"], ["玲", "ling"], ["欣", "xin"], ["绿", "lv"], ["a", undefined], ["志豪", undefined]])("%s → %s", (ch, syllable) => {
    expect(pinyinOf(ch)).toBe(syllable);
  });
});

describe("syllableSplits", () => {
  test.each([
    ["zhihao", [["zhi", "hao"]]],
    ["chihhao", [["chih", "hao"]]],
    ["kevin", []],
    ["", []],
    ["a".repeat(5000), []],
  ])("%s", (word, expected) => {
    expect(syllableSplits(word).filter((s) => expected.length === 0 || s.length === 2)).toEqual(expected);
  });
});

const pairs: Array<[string, string]> = [
  ["志豪", "zhihao"], ["志豪", "chih-hao"], ["志豪", "jhih-hao"], ["志豪", "chihhao"],
  ["美玲", "mei-ling"], ["美玲", "meiling"], ["欣怡", "hsin-yi"], ["欣怡", "xinyi"], ["欣怡", "sin-yi"],
  ["俊杰", "chun-chieh"], ["俊杰", "junjie"], ["冠宇", "kuan-yu"], ["宗翰", "tsung-han"], ["建宏", "chien-hung"],
  ["思涵", "szu-han"], ["思涵", "ssu-han"], ["子轩", "tzu-hsuan"], ["子轩", "zixuan"], ["雅婷", "ya-ting"], ["绿茵", "lyu-yin"],
];

describe("givenNameSpelledBy: a Chinese given name against a Latin-only name", () => {
  test.each(pairs)("%s is %s", (given, word) => {
    expect(givenNameSpelledBy(given, [word, "lin"])).toBe(true);
  });

  test.each([
    ["志豪", ["anna", "li"]],
    ["美玲", ["lisa", "wang"]],
    ["志豪", ["kevin", "zhou"]],
    ["俊杰", ["chih-hao", "lin"]],
    ["志豪", ["wei", "wang"]],
    ["美玲", ["mei", "lin"]],
    ["志豪", Array.from({ length: 5000 }, () => "zhi")],
  ])("%s is not %j", (given, words) => {
    expect(givenNameSpelledBy(given, words)).toBe(false);
  });

  test("given-name syllables as words of their own beside a surname", () => {
    expect(givenNameSpelledBy("志豪", ["chih", "hao", "lin"])).toBe(true);
    expect(givenNameSpelledBy("家明", ["ka", "ming", "cheung"])).toBe(true);
    expect(givenNameSpelledBy("志豪", ["chih", "hao"])).toBe(false);
    // Beside a Hong Kong surname the syllables are Cantonese, though each is Mandarin too.
    expect(givenNameSpelledBy("家豪", ["ka", "ho", "chan"])).toBe(true);
    expect(givenNameSpelledBy("家豪", ["ka-ho", "chan"])).toBe(true);
    expect(givenNameSpelledBy("嘉欣", ["ka", "yan", "wong"])).toBe(true);
    expect(givenNameSpelledBy("家豪", ["kaho", "lin"])).toBe(false);
    expect(givenNameSpelledBy("家豪", ["anna", "chan"])).toBe(false);
  });
});

describe("latinSpellsName: a Latin greeting against a Chinese name", () => {
  test.each([
    [["zhihao"], true], [["lin", "zhihao"], true], [["zhihao", "lin"], true], [["chih-hao"], true], [["lin"], true],
    [["anna"], false], [["chih-ming"], false], [["chen"], false], [["zhihao", "chen"], false],
  ])("林志豪 by %j: %s", (words, expected) => {
    expect(latinSpellsName(words, "林", "志豪")).toBe(expected);
  });
});
