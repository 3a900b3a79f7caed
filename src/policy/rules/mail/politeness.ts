import { CONDESCENSION } from "../../lexicon/condescension";
import { CONTEMPT_PATTERNS } from "../../lexicon/contempt";
import { matchStart } from "../../lexicon/match";
import { passageAgrees, type ReproachPattern } from "../../lexicon/reproach";
import { MARKER_RUN, RUDE_PATTERNS, SHORT_WORDS } from "../../lexicon/rude";
import { SARCASM } from "../../lexicon/sarcasm";
import { defineRule, type Report } from "../../rule";
import { isCapsHeading, isShownMessage } from "../../text/caps-heading";
import { normalize } from "../../text/normalize";
import { insideQuotes, onLogLine, quoteCounts, type QuoteCounts } from "../../text/quotes";
import { greetingLength, type ParsedBody, type Segment } from "../../text/segment";
import { readingWeight } from "../../text/sentences";
import type { SubjectInfo } from "../../text/subject";
import { isKnownAcronym, isShouting } from "../../text/subject-quality";
import { anyOf } from "../../text/any-of";

// §1.3.3: respectful, polite wording. Rude words and shouting are warnings; a missing greeting
// or sign-off is an info note, and only on a mail long enough that leaving them out is a
// choice (a "Thanks!" or "收到，谢谢" reply needs neither). Only the sender's new prose is read;
// words inside quotation marks are someone else's and are left alone.

/** New prose lighter than this (CJK counts 2) is a quick reply: no greeting or sign-off needed. */
const QUICK_REPLY_WEIGHT = 80;
/** At most this many rude or shouting findings per mail; more would bury the message. */
const MAX_WORD_FINDINGS = 5;

const SHOUT_PUNCTUATION = /[!?]{3,}/g;
interface Hit {
  start: number;
  end: number;
}

interface WordPatterns {
  /** The list, global: exec on a shared pattern, where matchAll would copy it on every call. */
  globals: readonly RegExp[];
  /** Per pattern, the words its passage must or must not hold (see lexicon/reproach). */
  entries: readonly ReproachPattern[];
  /** One joined test: most segments hold none of the words, and then no pattern is run. */
  mayMatch: (norm: string) => boolean;
}

function wordPatterns(entries: readonly ReproachPattern[]): WordPatterns {
  const patterns = entries.map((e) => e.pattern);
  return { globals: patterns.map((re) => new RegExp(re.source, "g")), entries, mayMatch: anyOf(patterns) };
}

const plain = (patterns: readonly RegExp[]): ReproachPattern[] => patterns.map((pattern) => ({ pattern }));
const RUDE = wordPatterns(plain(RUDE_PATTERNS));
// Contempt, condescension and sarcasm share a message: each is blame without a rude word.
const CONTEMPT = wordPatterns([...plain(CONTEMPT_PATTERNS), ...CONDESCENSION, ...SARCASM]);

function rudeHits(text: string, norm: string, { globals, entries, mayMatch }: WordPatterns = RUDE): Hit[] {
  if (!mayMatch(norm)) return [];
  const hits: Hit[] = [];
  let counts: QuoteCounts | undefined;
  globals.forEach((global, i) => {
    global.lastIndex = 0;
    for (let m = global.exec(norm); m !== null; m = global.exec(norm)) {
      if (m[0] === "") global.lastIndex++;
      const start = matchStart(global, m);
      const end = m.index + m[0].length;
      counts ??= quoteCounts(text);
      const lineStart = counts.lineStart[start];
      if (!insideQuotes(counts, lineStart, start) && !onLogLine(text, lineStart) && passageAgrees(entries[i], norm, start, end)) hits.push({ start, end });
    }
  });
  return hits;
}

/** A run of three or more capitalised words that are not acronyms ("PLEASE DO NOT REPLY"). */
function capsRunHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // "3F", "2FA" and "8000" inside a shouted run do not end it.
  const run = /\b[A-Z][A-Z']+\b(?:[ ,]+\b[A-Z0-9][A-Z0-9']*\b)*/g;
  for (const m of text.matchAll(run)) {
    // Most runs are one acronym ("IT", "PDF"), and one word is never three shouted ones.
    if (!m[0].includes(" ") && !m[0].includes(",")) continue;
    const words = m[0].split(/[ ,]+/).filter((w) => w !== "");
    if (MARKER_RUN.test(words.join(" ").toLowerCase())) continue;
    const shouted = words.filter((w) => !isKnownAcronym(w) && (w.length >= 4 || SHORT_WORDS.has(w.toLowerCase())));
    const start = m.index ?? 0;
    if (shouted.length >= 3 && !isCapsHeading(text, start, start + m[0].length) && !isShownMessage(text, start, start + m[0].length)) hits.push({ start, end: start + m[0].length });
  }
  return hits;
}

// "Congratulations!!!" and "谢谢！！！" are joy, not shouting.
const JOYFUL = /congrat|thank|happy|welcome|well done|great job|awesome|amazing|恭喜|祝贺|感谢|谢谢|太棒|欢迎|快乐|辛苦了|好消息/;

function isSentenceEnd(ch: string): boolean {
  return ch === "." || ch === "!" || ch === "?" || ch === "\n";
}

function punctuationHits(norm: string): Hit[] {
  const hits: Hit[] = [];
  // Hits come in order: the last sentence end before each is carried forward, not searched
  // for again from the hit (which rescanned the text before every "!!!" of a long line).
  let scanned = 0;
  let lastEnd = -1;
  for (const m of norm.matchAll(SHOUT_PUNCTUATION)) {
    const start = m.index ?? 0;
    for (; scanned < start; scanned++) if (isSentenceEnd(norm[scanned])) lastEnd = scanned;
    const sentenceStart = lastEnd + 1;
    if (!m[0].includes("?") && JOYFUL.test(norm.slice(sentenceStart, start))) continue;
    hits.push({ start, end: start + m[0].length });
  }
  return hits;
}

/** The words of the sentence a hit ends, so a "!!!" is shown with what it shouts. */
function quote(text: string, hit: Hit, widen: boolean): string {
  if (!widen) return text.slice(hit.start, hit.end);
  let from = hit.start;
  while (from > 0 && hit.start - from < 40 && !/[.!?。！？\n]/.test(text[from - 1])) from--;
  return text.slice(from, hit.end).trim();
}

function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const hit of sorted) {
    const last = out[out.length - 1];
    if (last && hit.start < last.end) continue;
    out.push(hit);
  }
  return out;
}

/**
 * Shouting hits with only spaces and punctuation between them are one shout ("THE PRINTER IS
 * BROKEN AGAIN. THIS IS THE THIRD TIME!!!"): one finding, not one per sentence and its "!!!".
 */
function joinAdjacent(text: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && /^[\s,.;:!?。！？，；：]*$/.test(text.slice(last.end, hit.start)) && !text.slice(last.end, hit.start).includes("\n")) {
      last.end = Math.max(last.end, hit.end);
      continue;
    }
    out.push({ ...hit });
  }
  return out;
}

/** A quoted phishing lure's "！！！" or a quoted alert's capitals are not the sender shouting. */
function unquoted(text: string, hits: Hit[]): Hit[] {
  if (hits.length === 0) return hits;
  const counts = quoteCounts(text);
  return hits.filter((hit) => !insideQuotes(counts, counts.lineStart[hit.start], hit.start));
}

function wordReports(segments: readonly Segment[], bodyNorm: string, checkpoint: () => void): Report[] {
  const reports: Array<Report & { at: number }> = [];
  for (const segment of segments) {
    checkpoint();
    // normalize() keeps offsets, so the segment's share of body.ownNorm is its normalised text.
    const norm = bodyNorm.slice(segment.start, segment.end);
    for (const hit of dedupe(rudeHits(segment.text, norm))) {
      const words = quote(segment.text, hit, false);
      reports.push({ at: segment.start + hit.start, messageId: "rude", data: { words }, location: { field: "body", excerpt: words, start: segment.start + hit.start, end: segment.start + hit.end } });
    }
    for (const hit of dedupe(rudeHits(segment.text, norm, CONTEMPT))) {
      const words = quote(segment.text, hit, false);
      reports.push({ at: segment.start + hit.start, messageId: "contempt", data: { words }, location: { field: "body", excerpt: words, start: segment.start + hit.start, end: segment.start + hit.end } });
    }
    for (const hit of joinAdjacent(segment.text, unquoted(segment.text, dedupe([...capsRunHits(segment.text), ...punctuationHits(norm)])))) {
      const words = quote(segment.text, hit, /^[!?！？]+$/.test(segment.text.slice(hit.start, hit.end)));
      reports.push({ at: segment.start + hit.start, messageId: "shouting", data: { words }, location: { field: "body", excerpt: words, start: segment.start + hit.start, end: segment.start + hit.end } });
    }
  }
  return reports
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_WORD_FINDINGS)
    .map(({ at: _at, ...report }) => report);
}

const DATE_LINE = /^\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?$/;

function isNameOrDateLine(line: string): boolean {
  const text = line.trim();
  if (DATE_LINE.test(text)) return true;
  return text.length > 0 && text.length <= 24 && !/[。.!?！？,，:：;；]/.test(text) && text.split(/\s+/).length <= 3;
}

const TEAM_OR_COMPANY = /\b(sales|marketing|finance|accounts|accounting|operations|procurement|purchasing|admin|hr|legal|it|team|support|helpdesk|ltd|limited|inc|corp|co|company|group|office)\b|公司|办事处|辦事處|分行/i;

function isTitleOrContactLine(line: string): boolean {
  const text = line.trim();
  // "Sales, Contoso HK", "IT Operations | Contoso Ltd": a team and the company under the name.
  return text.length <= 48 && !/[。!?！？；;]|[,，:：]$/.test(text) && (/[|｜/]|分机|电话|手机|\b(ext|tel|mobile|phone)\b|\d{3,}|部|组|中心|dept|department|manager|engineer|经理|工程师|主管|总监/i.test(text) || TEAM_OR_COMPANY.test(text));
}

/**
 * A name, a team or a title left under the prose ("Tom", "李娜", "信息技术部 / 2026年11月24日")
 * signs the mail too, alone or as the last lines of the closing paragraph.
 */
function endsWithName(paragraphs: readonly Segment[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || paragraphs.length < 2) return false;
  const lines = last.text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length <= 3 && lines.every(isNameOrDateLine)) return true;
  // "张伟 / 财务部 | 分机 3021": a name, then a title or contact line the segmenter left in the prose.
  if (lines.length <= 4 && isNameOrDateLine(lines[0]) && lines.slice(1).every(isTitleOrContactLine)) return true;
  return lines.length >= 2 && isNameOrDateLine(lines[lines.length - 1]) && !DATE_LINE.test(lines[lines.length - 1].trim());
}

/** A banner ("INTERNAL USE ONLY", "[External]") may sit above the greeting. */
function greetsBelowBanner(paragraphs: readonly Segment[]): boolean {
  return paragraphs.slice(1, 2).some((p) => greetingLength(normalize(p.text.split("\n")[0]).trim()) > 0);
}

/** A subject in capitals shouts as the body does ("SERVER DOWN AGAIN FIX IT NOW"). */
function subjectReports(subject: SubjectInfo): Report[] {
  const words = isShouting(subject.stripped);
  if (!words) return [];
  return [{ messageId: "shouting", data: { words: subject.stripped }, location: { field: "subject", excerpt: subject.stripped } }];
}

function courtesyReports(body: ParsedBody): Report[] {
  const weight = body.paragraphs.reduce((sum, p) => sum + readingWeight(p.text), 0);
  if (weight < QUICK_REPLY_WEIGHT) return [];
  const reports: Report[] = [];
  const first = body.paragraphs[0];
  if (!body.greeting && first && !greetsBelowBanner(body.paragraphs)) {
    const excerpt = first.text.split("\n")[0].slice(0, 40).trim();
    reports.push({ messageId: "missingGreeting", severity: "info", data: { excerpt }, location: { field: "body", excerpt, start: first.start, end: first.start + excerpt.length } });
  }
  const signed = body.signoff !== undefined || body.ownSegments.some((s) => s.kind === "signature") || endsWithName(body.paragraphs);
  const last = body.paragraphs[body.paragraphs.length - 1];
  if (!signed && last) {
    const lines = last.text.split("\n");
    const excerpt = lines[lines.length - 1].trim().slice(-40);
    reports.push({ messageId: "missingSignoff", severity: "info", data: { excerpt }, location: { field: "body", excerpt, start: last.end - excerpt.length, end: last.end } });
  }
  return reports;
}

export default defineRule({
  id: "mail/politeness",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§1.3.3",
  description: {
    en: "Respectful wording: no rude words, no shouting, a greeting and a sign-off.",
    "zh-CN": "用语礼貌得体：不用粗鲁字眼、不“喊叫”，有称呼和落款。",
    "zh-TW": "用語禮貌得體：不用粗魯字眼、不「喊叫」，有稱呼和署名。",
  },
  messages: {
    rude: {
      en: "\"{{words}}\" may come across as rude. Keep the wording respectful, even when you disagree.",
      "zh-CN": "“{{words}}”可能显得不礼貌。即使意见不同，也请使用尊重对方的措辞。",
      "zh-TW": "「{{words}}」可能顯得不禮貌。即使意見不同，也請使用尊重對方的措辭。",
    },
    contempt: {
      en: "\"{{words}}\" reads as blame or contempt, even without a rude word. Say plainly what happened and what you need.",
      "zh-CN": "“{{words}}”读起来像在指责或挖苦对方，即使没有粗鲁字眼。请直接说明情况和需要对方做什么。",
      "zh-TW": "「{{words}}」讀起來像在指責或挖苦對方，即使沒有粗魯字眼。請直接說明情況和需要對方做什麼。",
    },
    shouting: {
      en: "\"{{words}}\" reads as shouting. Use normal capitalisation and punctuation.",
      "zh-CN": "“{{words}}”读起来像在喊叫。请使用正常的大小写和标点。",
      "zh-TW": "「{{words}}」讀起來像在喊叫。請使用正常的大小寫和標點。",
    },
    missingGreeting: {
      en: "The mail starts without a greeting (\"{{excerpt}}\"). Open with the recipient's name, e.g. \"Hi Lisa,\" or \"王经理，您好！\".",
      "zh-CN": "邮件开头没有称呼（“{{excerpt}}”）。请以对方称呼开头，例如“王经理，您好！”。",
      "zh-TW": "郵件開頭沒有稱呼（「{{excerpt}}」）。請以對方稱呼開頭，例如「王經理，您好！」。",
    },
    missingSignoff: {
      en: "The mail ends without a sign-off (\"{{excerpt}}\"). Close with e.g. \"Best regards,\" or \"谢谢！\" and your name.",
      "zh-CN": "邮件结尾没有落款（“{{excerpt}}”）。请以“谢谢！”“此致 敬礼”等结尾并署名。",
      "zh-TW": "郵件結尾沒有署名（「{{excerpt}}」）。請以「謝謝！」「此致 敬禮」等結尾並署名。",
    },
  },
  requires: ["body"],
  check({ body, subject, checkpoint }) {
    return [...subjectReports(subject), ...wordReports(body.prose, body.ownNorm, checkpoint), ...courtesyReports(body)];
  },
});
