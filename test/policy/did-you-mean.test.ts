import fc from "fast-check";
import { boundedDistance, didYouMean } from "../../src/policy/did-you-mean";

// The nearest known word for a slip of the keyboard, and nothing for a word that is not one.

describe("did you mean", () => {
  const KEYS = ["internalDomains", "workingHours", "holidays", "helpdeskAddresses", "feedbackMailbox", "timeBudgetMs"];

  it.each([
    ["internalDomain", "internalDomains"], // a letter left out
    ["workinghours", "workingHours"], // the case
    ["holdiays", "holidays"], // two letters swapped
    ["helpdeskAdresses", "helpdeskAddresses"],
    ["feedbackMailBoxes", "feedbackMailbox"],
    ["timeBudget", "timeBudgetMs"], // the unit left out
    ["feedback", undefined], // too far: half the word is missing
    ["budget", undefined],
    ["x", undefined],
  ])("%s → %s", (word, expected) => {
    expect(didYouMean(word, KEYS)).toBe(expected);
  });

  it("prefers the nearest of several and never suggests the word itself", () => {
    expect(didYouMean("--jsn", ["--json", "--jobs", "--lang"])).toBe("--json");
    expect(didYouMean("check", ["check", "draft"])).toBeUndefined();
  });

  it("counts edits as Levenshtein with swaps does, up to its limit", () => {
    expect(boundedDistance("kitten", "sitting")).toBe(3);
    expect(boundedDistance("abcd", "acbd")).toBe(1);
    expect(boundedDistance("", "abc")).toBe(3);
    expect(boundedDistance("short", "a much longer word")).toBe(4); // over the limit of 3
  });

  it("agrees with the full dynamic programme wherever the distance is within the limit", () => {
    const full = (a: string, b: string): number => {
      const s = a.toLowerCase();
      const t = b.toLowerCase();
      const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= s.length; i++) {
        for (let j = 1; j <= t.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[s.length][t.length];
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "c", "D"), maxLength: 12 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 12 }), (a, b) => {
        expect(boundedDistance(a, b)).toBe(Math.min(full(a, b), 4));
      }),
      { numRuns: 500 },
    );
  });

  it("looks only at the first 64 characters of a hostile word", () => {
    const long = `${"internalDomains".padEnd(64, "s")}${"z".repeat(1_000_000)}`;
    expect(boundedDistance(long, long.slice(0, 64))).toBe(0);
  });
});
