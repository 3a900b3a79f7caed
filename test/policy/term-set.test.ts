import fc from "fast-check";
import { termSet } from "../../src/policy/lexicon/term-set";

// The one-pass matcher must find what a search per term finds: every occurrence of every term
// inside the range, overlapping ones included, ordered by term then offset.

function naive(terms: readonly string[], text: string, start: number, end: number): { term: number; at: number }[] {
  const found: { term: number; at: number }[] = [];
  const hay = text.slice(start, end);
  terms.forEach((term, index) => {
    if (term === "") return;
    for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + 1)) found.push({ term: index, at: start + at });
  });
  return found;
}

describe("termSet", () => {
  it.each([
    ["suffixes and prefixes of each other", ["he", "she", "his", "hers", "s", "e"], "ushers and his shells: she said hers", 0, 36],
    ["one term inside another", ["木有", "有木有", "有"], "这个有木有人管？有木有", 0, 11],
    ["repeats and overlaps", ["aa", "aaa", "a"], "aaaaa", 0, 5],
    ["a duplicate term", ["u", "u", "ur"], "u r ur u", 0, 8],
    ["a range inside the text", ["thx", "th"], "thx thx thx", 2, 9],
    ["surrogate pairs", ["𠮷", "𠮷野", "野家"], "𠮷野家の𠮷", 0, 7],
    ["an empty term and no match", ["", "zzz"], "abc", 0, 3],
  ])("finds %s as indexOf does", (_name, terms, text, start, end) => {
    expect(termSet(terms).find(text, { start, end })).toEqual(naive(terms, text, start, end));
  });

  it("agrees with indexOf on random texts over a small alphabet", () => {
    const unit = fc.constantFrom("a", "b", "附", "件", "c");
    const terms = fc.array(fc.string({ unit, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });
    const text = fc.string({ unit: fc.oneof(unit, fc.constant(" ")), maxLength: 80 });
    // Two cuts anywhere in the text (or past its end) make the range.
    const cuts = fc.tuple(fc.nat(90), fc.nat(90));
    fc.assert(
      fc.property(terms, text, cuts, (list, hay, [a, b]) => {
        const start = Math.min(a, b, hay.length);
        const end = Math.min(Math.max(a, b), hay.length);
        expect(termSet(list).find(hay, { start, end })).toEqual(naive(list, hay, start, end));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a one-letter word", ["u"], "u can see your queue, u?", [0, 22]],
    ["a word at both ends of the text", ["ur", "附件"], "ur 附件 sour ur", [0, 11]],
    ["a digit or a bracket is no letter", ["u1s1"], "u1s1, xu1s1 1u1s1 (u1s1)", [0, 13, 19]],
  ])("leaves out latin words touched by a letter: %s", (_name, terms, text, starts) => {
    const latinWords = terms.map((t) => /^[a-z0-9]+$/.test(t));
    const found = termSet(terms, { latinWords }).find(text, { start: 0, end: text.length });
    const expected = naive(terms, text, 0, text.length).filter(({ term, at }) => !latinWords[term] || !/[a-z]/.test(text[at - 1] ?? "") && !/[a-z]/.test(text[at + terms[term].length] ?? ""));
    expect(found).toEqual(expected);
    expect(found.filter((f) => latinWords[f.term]).map((f) => f.at)).toEqual(starts);
  });

  it("finds every occurrence in a long text with a long list", () => {
    const terms = Array.from({ length: 500 }, (_, i) => `term${i}x`);
    const set = termSet(terms);
    const short = "term1x ".repeat(1_000);
    const long = "term1x ".repeat(10_000);
    expect(set.find(long, { start: 0, end: long.length }).length).toBe(10 * set.find(short, { start: 0, end: short.length }).length);
  });
});
