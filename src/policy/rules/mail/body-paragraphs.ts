import { defineRule } from "../../rule";
import type { Segment } from "../../text/segment";
import { countCollapsed, joinLines } from "../../text/trim";

// §2.2.3: the body is organised in paragraphs. Only the sender's new prose is judged: quoted
// history, signature and disclaimer are other people's or boilerplate.
//
// Length is counted in characters as they appear, one per CJK character and one per Latin
// letter, digit or punctuation mark, with every run of white space counted once. That keeps
// one setting for all languages: a CJK character carries more than a letter, so 400 CJK
// characters are a denser block than 400 Latin characters, which is the right direction
// for a rule that asks for paragraph breaks (the single-block check weighs CJK more: see blockWeight).

/**
 * A block is a wall of text when the writer never pressed Enter: at most this many lines end
 * a thought. Plain-text clients wrap lines at ~72 characters, so a wrapped line (one that does
 * not end a sentence) does not count as a break.
 */
const WALL_MAX_BREAKS = 2;
/** The block is the body when the other paragraphs are only a name or a one-line close. */
const WALL_SHARE = 0.85;

function proseLength(text: string): number {
  return countCollapsed(text).codePoints;
}

/**
 * The single-block check weighs a CJK character as 1.5: Chinese carries about twice the content
 * per character, so 300 汉字 in one block (about 500 English letters' worth) is already a wall
 * a reader has to dig through, while a 400-letter English block is only five or six lines.
 */
function blockWeight(text: string): number {
  const { codePoints, cjk } = countCollapsed(text);
  return Math.round(codePoints + cjk * 0.5);
}

function excerptOf(segment: Segment, max = 80): string {
  const flat = joinLines(segment.text).trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Lines the writer ended on purpose: a finished sentence, a list item, or a short line. */
function deliberateBreaks(segment: Segment): number {
  const lines = segment.text.split("\n").filter((l) => l.trim() !== "");
  const widest = Math.max(...lines.map((l) => l.trim().length));
  return lines.filter((l, i) => {
    const line = l.trim();
    if (i === lines.length - 1) return false;
    return /[.!?:;。！？：；]$/.test(line) || /^([-*•·]|\d+[.)、])\s*/.test(lines[i + 1].trim()) || line.length < widest * 0.6;
  }).length;
}

export default defineRule({
  id: "mail/body-paragraphs",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "A long body is split into paragraphs a reader can follow.",
    "zh-CN": "较长的正文须分段，便于阅读。",
    "zh-TW": "較長的正文須分段，便於閱讀。",
  },
  messages: {
    singleBlock: {
      en: "The body is one block of {length, plural, one {# character} other {# characters}}. Split it into short paragraphs: purpose, details, and what you need from the reader.",
      "zh-CN": "正文是一整段（{length, plural, other {# 个字符}}）。请分成几个短段落：目的、细节、需要对方做什么。",
      "zh-TW": "正文是一整段（{length, plural, other {# 個字元}}）。請分成幾個短段落：目的、細節、需要對方做什麼。",
    },
    paragraphTooLong: {
      en: "This paragraph has {length, plural, one {# character} other {# characters}} (more than {{max}}), too long to read at once. Split it up or use a list.",
      "zh-CN": "此段有 {length, plural, other {# 个字符}}（超过 {{max}}），太长不便阅读。请拆分段落或改用列表。",
      "zh-TW": "此段有 {length, plural, other {# 個字元}}（超過 {{max}}），太長不便閱讀。請拆分段落或改用清單。",
    },
  },
  requires: ["body"],
  check({ body, policy }) {
    const { singleBlockMaxChars, paragraphMaxChars } = policy.mail;
    const paragraphs = body.paragraphs.map((segment) => ({ segment, length: proseLength(segment.text) }));
    const total = paragraphs.reduce((sum, p) => sum + p.length, 0);
    const longest = paragraphs.reduce<(typeof paragraphs)[number] | undefined>((a, b) => (a && a.length >= b.length ? a : b), undefined);
    if (longest && blockWeight(longest.segment.text) > singleBlockMaxChars && longest.length >= total * WALL_SHARE && deliberateBreaks(longest.segment) < WALL_MAX_BREAKS) {
      const { segment, length } = longest;
      const excerpt = excerptOf(segment);
      return [{ messageId: "singleBlock", data: { length, max: singleBlockMaxChars }, location: { field: "body", excerpt, start: segment.start, end: segment.end } }];
    }
    return paragraphs
      .filter(({ length }) => length > paragraphMaxChars)
      .map(({ segment, length }) => {
        const excerpt = excerptOf(segment);
        return {
          messageId: "paragraphTooLong",
          data: { length, max: paragraphMaxChars },
          location: { field: "body" as const, excerpt, start: segment.start, end: segment.end },
        };
      });
  },
});
