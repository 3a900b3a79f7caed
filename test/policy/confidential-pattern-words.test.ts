import { CONFIDENTIAL_PATTERN_WORDS, CONFIDENTIAL_PATTERNS } from "../../src/policy/lexicon/confidential-markers";

// confidential-external reads a segment with the sentence patterns only when it holds one of
// CONFIDENTIAL_PATTERN_WORDS: whatever a pattern matches must hold one of them.

const MATCHED = [
  "[confidential] q3 numbers",
  "【机密】预算表",
  "confidential: draft pricing",
  "the attached pricing is strictly confidential.",
  "this deck is confidential",
  "please keep this confidential",
  "kindly treat the numbers as confidential",
  "以下内容属于公司机密，请勿外传",
  "请注意保密，不要转发",
  "附件内容请保密。",
  "（保密）会议纪要",
];

describe("CONFIDENTIAL_PATTERN_WORDS", () => {
  it.each(MATCHED)("is in %j, which a pattern matches", (text) => {
    expect(CONFIDENTIAL_PATTERNS.some((p) => new RegExp(p.source, p.flags).test(text))).toBe(true);
    expect(CONFIDENTIAL_PATTERN_WORDS.test(text)).toBe(true);
  });

  it("is in every match of every pattern on these texts", () => {
    for (const pattern of CONFIDENTIAL_PATTERNS)
      for (const text of MATCHED) for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) expect(CONFIDENTIAL_PATTERN_WORDS.test(m[0])).toBe(true);
  });
});
