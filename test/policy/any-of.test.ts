import fc from "fast-check";
import { anyOf } from "../../src/policy/text/any-of";
import { NO_ACTION_PATTERNS, PLEASANTRY_PATTERNS } from "../../src/policy/text/intent-courtesy";
import { PURPOSE_PATTERNS } from "../../src/policy/text/intent-purpose";
import { REQUEST_PATTERNS } from "../../src/policy/text/intent-request";

// A joined pattern must answer exactly as a test per pattern does, and lists that cannot be
// joined must still be answered (one by one).

const some = (patterns: readonly RegExp[], text: string): boolean => patterns.some((re) => re.test(text));

describe("anyOf", () => {
  it.each([
    ["plain alternatives", [/^a+$/, /b{2}/, /\bcat\b/], ["aaa", "xbbx", "a cat", "cats", "ab", ""]],
    ["anchors stay with their pattern", [/^x/, /y$/], ["xa", "ay", "ax", "ya", "x y"]],
    ["numbered back-references", [/(a)\1/, /(b)\1/], ["aa", "bb", "ab", "ba"]],
    ["different flags", [/abc/i, /def/], ["ABC", "DEF", "def", "abc"]],
    ["groups of one name", [/(?<w>ab)/, /(?<w>cd)/], ["ab", "cd", "ac"]],
    ["no patterns", [], ["", "a"]],
  ] as Array<[string, RegExp[], string[]]>)("answers as a test per pattern: %s", (_name, patterns, texts) => {
    const test = anyOf(patterns);
    for (const text of texts) expect([text, test(text)]).toEqual([text, some(patterns, text)]);
  });

  it("answers as a test per pattern for the intent lists on random sentences", () => {
    const words = fc.constantFrom("please", "could you", "let me know", "thanks", "hope you are well", "请", "确认", "麻烦", "谢谢", "你好", "我们", "回复", "?", ".", "!", " ", "，", "the", "report", "需要", "不用回复");
    const sentence = fc.array(words, { maxLength: 12 }).map((parts) => parts.join(""));
    for (const list of [REQUEST_PATTERNS, PURPOSE_PATTERNS, PLEASANTRY_PATTERNS, NO_ACTION_PATTERNS]) {
      const test = anyOf(list);
      fc.assert(fc.property(sentence, (text) => test(text) === some(list, text)), { numRuns: 400 });
    }
  });
});
