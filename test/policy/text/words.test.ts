import { findListedTerms } from "../../../src/policy/lexicon/match";
import { standsAsWord, useWordSegmenter } from "../../../src/policy/text/words";

describe("standsAsWord (Intl.Segmenter, word granularity)", () => {
  afterEach(() => useWordSegmenter(undefined));

  test.each([
    ["酱紫就行", "酱紫", true],
    ["这个报错是神马意思", "神马", true],
    ["覆盖率是62%，酱子应该还不够", "酱子", true],
    ["选定酱紫色面料", "酱紫", false],
    ["平顶山神马工程塑料有限公司", "神马", false],
    ["华艺红木有限公司", "木有", false],
    ["面粉和粉色", "粉", false],
  ])("%s: %s stands as a word = %s", (text, term, expected) => {
    const at = text.indexOf(term);
    expect(standsAsWord(text, at, at + term.length)).toBe(expected);
  });

  test("a long text is segmented only around the span", () => {
    const text = `${"很长的正文。".repeat(20000)}酱紫就行`;
    const at = text.lastIndexOf("酱紫");
    expect(standsAsWord(text, at, at + 2)).toBe(true);
  });

  test("without a segmenter a short Chinese term never matches (the safe side), a Latin one still does", () => {
    useWordSegmenter(null);
    const text = "酱紫就行 lol";
    expect(standsAsWord(text, 0, 2)).toBe(false);
    const startsOf = (term: string) => findListedTerms(text, { start: 0, end: text.length }, [{ term, asWord: true }], (e) => e.term).map((h) => h.start);
    expect(startsOf("酱紫")).toEqual([]);
    expect(startsOf("lol")).toEqual([5]);
  });
});
