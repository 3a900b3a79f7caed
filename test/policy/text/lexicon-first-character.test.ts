import { findLexiconHits, type TermOptions } from "../../../src/policy/lexicon/match";
import { parseBody } from "../../../src/policy/text/segment";

// The word-list search skips a term whose first character the segment lacks; characters
// outside the Basic Multilingual Plane (CJK Extension B, emoji) are one character, not two.

const noCheckpoint = (): void => undefined;
type Entry = TermOptions & { term: string };
const entry = (term: string): Entry => ({ term });

test.each([
  ["an Extension B character", "今天去𠮷野家吃饭，明天再说。", "𠮷野家"],
  ["an emoji", "大家好，🙂收到了，谢谢。", "🙂收到"],
  ["a plain CJK term", "这个方案我觉得没毛病，可以上线。", "没毛病"],
  ["a Latin term", "Thanks, that works for me btw.", "btw"],
])("finds a term that starts with %s", (_name, text, term) => {
  const body = parseBody({ contentType: "text", content: text });
  const hits = findLexiconHits(body, [entry(term)], (e) => e.term, noCheckpoint);
  expect(hits.map((h) => body.ownText.slice(h.start, h.end))).toEqual([term]);
});

test("finds nothing when the first character is absent, or for an empty term", () => {
  const body = parseBody({ contentType: "text", content: "这个方案可以上线。" });
  expect(findLexiconHits(body, [entry("没毛病"), entry("")], (e) => e.term, noCheckpoint)).toEqual([]);
});
