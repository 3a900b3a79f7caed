import { ATTACH_CLAIM, NOT_A_DESCRIPTION, RECEIVED, WHAT_IT_IS } from "../../lexicon/attachment-words";
import { proseLang, textOf } from "../../lexicon/match";
import { defineRule, type Report, type SuggestionReport } from "../../rule";
import { readAttachmentList, renderAttachmentList } from "../../text/attachment-list";
import { normalizeTerm } from "../../text/normalize";
import type { ParsedBody } from "../../text/segment";
import type { Attachment, Lang } from "../../types";
import { DIGIT, LETTER } from "../../text/letters";
import { compact, compactProse, type Compact } from "../../text/compact-prose";

const NOT_WORD = new RegExp(`[^${LETTER}${DIGIT}]+`, "gu");

/** §2.2.3: every attachment is named in the new text with a short description. */
export default defineRule({
  id: "mail/attachments-described",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "Every attachment is named in the mail with a short description.",
    "zh-CN": "每个附件都须在正文中列明并简要说明。",
    "zh-TW": "每個附件都須在內文中列明並簡要說明。",
  },
  messages: {
    notMentioned: {
      en: "The attachment \"{{name}}\" is not mentioned in the mail. Name it and say in a few words what it is.",
      "zh-CN": "正文未提及附件“{{name}}”。请列明该附件并简要说明其内容。",
      "zh-TW": "內文未提及附件「{{name}}」。請列明該附件並簡要說明其內容。",
    },
    noDescription: {
      en: "The attachment \"{{name}}\" is listed without a description. Add a few words on what it is.",
      "zh-CN": "附件“{{name}}”只列了名称，没有说明。请简要说明其内容。",
      "zh-TW": "附件「{{name}}」只列了名稱，沒有說明。請簡要說明其內容。",
    },
    moreUndescribed: {
      en: "{count, plural, one {# more attachment is} other {# more attachments are}} not named or described in the mail. List each with a few words on what it is.",
      "zh-CN": "另有 {count, plural, other {# 个附件}}未在正文中列明或说明。请逐一列明并简要说明其内容。",
      "zh-TW": "另有 {count, plural, other {# 個附件}}未在內文中列明或說明。請逐一列明並簡要說明其內容。",
    },
    insertList: {
      en: "Insert an attachment list before the closing",
      "zh-CN": "在结尾前插入附件清单",
      "zh-TW": "在結尾前插入附件清單",
    },
    updateList: {
      en: "Add the missing files to the attachment list",
      "zh-CN": "把缺少的文件补进附件清单",
      "zh-TW": "把缺少的檔案補進附件清單",
    },
  },
  requires: ["attachments", "body"],
  check({ draft, body, subject, checkpoint }) {
    const attachments = namedFiles(draft.attachments ?? []);
    if (attachments.length === 0) return [];
    const prose = compactProse(body);
    const judged = attachments.map((a) => {
      checkpoint();
      return { attachment: a, mentions: findMentions(a, prose, body.ownNorm) };
    });
    const described = describedLines(body, judged.flatMap((j) => j.mentions));
    // With one file there is no doubt which one a sentence that describes "the attachment" means.
    const soleDescribed = attachments.length === 1 && judged[0].mentions.length === 0 && describesTheAttachment(body);
    const undescribed = judged
      .map((j) => ({ ...j, state: j.mentions.length === 0 ? (soleDescribed ? "ok" : "notMentioned") : j.mentions.some((m) => described(m)) ? "ok" : "noDescription" }))
      .filter((j) => j.state !== "ok");
    if (undescribed.length === 0) return [];
    const list = listSuggestion(body, attachments.map((a) => a.name), new Set(undescribed.map((j) => j.attachment.name)), proseLang(body, subject.stripped));
    // Beyond MAX_NAMED, one finding speaks for the rest and alone carries the list: one list per
    // finding made 10,000 attachments 175 MB of findings.
    const many = undescribed.length > MAX_NAMED;
    const named = undescribed.slice(0, MAX_NAMED).map((j): Report => {
      const first = j.mentions[0];
      const report: Report = {
        messageId: j.state,
        data: { name: j.attachment.name },
        location: first
          ? { field: "body", excerpt: body.ownText.slice(first.start, first.end), start: first.start, end: first.end }
          : { field: "attachments", excerpt: j.attachment.name },
      };
      if (!many && list) report.suggestions = [list];
      return report;
    });
    if (!many) return named;
    const count = undescribed.length - MAX_NAMED;
    return [...named, { messageId: "moreUndescribed", data: { count }, location: { field: "attachments" }, ...(list ? { suggestions: [list] } : {}) }];
  },
});

/** Where each reader-facing attachment is named in the sender's text (the check result's parts). */
export function attachmentMentions(attachments: readonly Attachment[], body: ParsedBody): Array<{ name: string; start: number; end: number }> {
  const names = namedFiles(attachments).map((a) => a.name);
  if (names.length === 0) return [];
  const prose = compactProse(body);
  return names.flatMap((name) => findMentions({ name }, prose, body.ownNorm).map((m) => ({ name, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
}

/** Attachments named one by one in findings; the rest are counted in one more. */
const MAX_NAMED = 10;

/** Inline images are part of the text; winmail.dat and S/MIME parts are transport. */
function isReaderFacing(a: Attachment): boolean {
  if (a.isInline === true && a.isCloud !== true) return false;
  return !/^(winmail\.dat|smime\.p7[sm]|att\d{5}\.(txt|htm))$/i.test(textOf(a.name).trim());
}

/** The reader-facing attachments that have a name, the name trimmed: the files the text should name. */
function namedFiles(attachments: readonly Attachment[]): Attachment[] {
  return attachments
    .filter(isReaderFacing)
    .map((a) => ({ ...a, name: textOf(a.name).trim() }))
    .filter((a) => a.name !== "");
}

/**
 * The list to write, in front of the closing: the files still to describe, or, when the
 * sender's text has a list already, that list with the missing files added (each line there
 * kept as written). None once the list names every file still to describe: what is left is a
 * description, which the finding asks for and no button can write.
 */
function listSuggestion(body: ParsedBody, names: readonly string[], undescribed: ReadonlySet<string>, lang: Lang): SuggestionReport | undefined {
  const existing = readAttachmentList(body);
  if (!existing) return { messageId: "insertList", fix: { kind: "insertText", place: "beforeClosing", block: "attachmentList", text: renderAttachmentList([...undescribed], lang) } };
  const kept = new Map<string, string>();
  for (const name of names) {
    const variants = nameVariants(name);
    const line = existing.items.find((item) => variants.some((v) => compact(normalizeTerm(item.text)).includes(v)));
    if (line) kept.set(name, line.text);
  }
  if ([...undescribed].every((name) => kept.has(name))) return undefined;
  const text = renderAttachmentList(names.filter((n) => kept.has(n) || undescribed.has(n)), lang, kept);
  return { messageId: "updateList", fix: { kind: "insertText", place: "beforeClosing", block: "attachmentList", text } };
}

// ---- finding names in the prose ----------------------------------------------------


// Versions, dates and short numbers around a file's words: "会议纪要-1125" (MMDD), "Budget_2027",
// "Minutes_0312" are named in a sentence by their words ("本次会议纪要", "the attached budget").
const NOISE_TOKEN = /^(final|draft|v\d+([._]\d+)*|ver\d+|rev\d+|r\d+|\d{6,8}|\d{4}-?\d{2}-?\d{2}|copy|副本|最终版|最终稿|最终|定稿|终稿|修订版|修改版|新版|\d{1,4})$/;

function isLongEnough(variant: string): boolean {
  const cjk = (variant.match(/[\u3400-\u9fff]/g) ?? []).length;
  return cjk >= 2 || variant.length >= 4;
}

/** The ways a writer refers to a file: full name, name without extension, its core words. */
export function nameVariants(name: string): string[] {
  const norm = normalizeTerm(name);
  // An attached mail is named by its subject: "RE: Q3 budget.msg" is "Q3 budget".
  const stem = norm.replace(/\.[a-z0-9]{1,5}$/, "").replace(/^((re|fw|fwd|aw|wg|回复|答复|转发)\s*[:：]\s*)+/, "");
  const tokens = stem.split(/[\s_\-.·,，()（）[\]【】]+/).filter(Boolean);
  const variants = new Set<string>([compact(norm)]);
  const add = (t: string[]): void => {
    const v = compact(t.join(""));
    if (isLongEnough(v)) variants.add(v);
  };
  add(tokens);
  const core = [...tokens];
  while (core.length > 1 && NOISE_TOKEN.test(core[core.length - 1])) {
    core.pop();
    add(core);
  }
  while (core.length > 1 && NOISE_TOKEN.test(core[0])) {
    core.shift();
    add(core);
  }
  const withoutYear = compact(core.join("")).replace(/^(19|20)\d{2}(年|年度|fy)?/, "");
  if (isLongEnough(withoutYear)) variants.add(withoutYear);
  return Array.from(variants).filter((v) => v.length > 0);
}

interface Mention {
  start: number;
  end: number;
}

function findMentions(attachment: Attachment, prose: Compact, norm: string): Mention[] {
  const mentions: Mention[] = [];
  for (const variant of nameVariants(attachment.name).sort((a, b) => b.length - a.length)) {
    for (const m of prose.chars.matchAll(variantPattern(variant))) {
      const at = m.index ?? 0;
      const start = prose.map[at];
      const end = prose.map[at + m[0].length - 1] + 1;
      if (!mentions.some((x) => start < x.end && x.start < end) && latinBoundary(norm, start, end, variant) && !namesTheMeeting(norm, end, variant)) mentions.push({ start, end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A Chinese file name is read back with particles the writer adds in a sentence:
 * "11月机房巡检报告.pdf" is "11月的机房巡检报告", "资安稽核报告" may be "资安之稽核报告".
 */
function variantPattern(variant: string): RegExp {
  const chars = Array.from(variant).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!/[\u3400-\u9fff]/.test(variant)) return new RegExp(chars.join(""), "g");
  return new RegExp(chars.map((c, i) => (i === 0 ? c : `(?:的|之)?${c}`)).join(""), "g");
}

/** "plan" must not be found inside "planning": a Latin name needs a non-letter on its outer sides. */
function latinBoundary(norm: string, start: number, end: number, variant: string): boolean {
  const before = norm[start - 1] ?? "";
  const after = norm[end] ?? "";
  if (/^[a-z0-9]/.test(variant) && /[a-z0-9]/.test(before)) return false;
  if (/[a-z0-9]$/.test(variant) && /[a-z]/.test(after)) return false;
  return true;
}

/**
 * "20261126_架構評審.pptx" is the material of the 架構評審會議: where the file's words run on into
 * 会议 / 会上 / 会前 / 例会 they name the meeting, not the file.
 */
function namesTheMeeting(norm: string, end: number, variant: string): boolean {
  return /[\u3400-\u9fff]$/.test(variant) && /^(?:会议|会上|会前|会后|会中|例会)/.test(norm.slice(end, end + 2));
}

// ---- is there a description? -------------------------------------------------------

/** A sentence of the sender's says something is attached and what it is (see WHAT_IT_IS). */
function describesTheAttachment(body: ParsedBody): boolean {
  return body.prose.some((segment) =>
    body.ownNorm
      .slice(segment.start, segment.end)
      .split(/[.!?\n]/)
      .some((sentence) => ATTACH_CLAIM.test(sentence) && WHAT_IT_IS.test(sentence) && !RECEIVED.test(sentence)),
  );
}

const WORDS = [...NOT_A_DESCRIPTION].sort((a, b) => b.length - a.length);
/** The Latin words as whole-word patterns, compiled once. */
const WORD_PATTERNS = new Map(WORDS.filter((w) => /^[a-z]/.test(w)).map((w) => [w, new RegExp(`\\b${w}\\b`, "g")]));

/**
 * Whether the line holding a mention says more than "附件：" and the names on it. The answer is
 * the same for every mention on a line, so each line is judged once.
 */
function describedLines(body: ParsedBody, all: readonly Mention[]): (mention: Mention) => boolean {
  const sorted = [...all].sort((a, b) => a.start - b.start);
  const byLine = new Map<number, boolean>();
  return (mention) => {
    const lineStart = body.ownText.lastIndexOf("\n", mention.start - 1) + 1;
    let answer = byLine.get(lineStart);
    if (answer === undefined) {
      answer = isDescribed(body, mention, lineStart, sorted);
      byLine.set(lineStart, answer);
    }
    return answer;
  };
}

/** The line holding the mention says more than "附件：" and the name. */
function isDescribed(body: ParsedBody, mention: Mention, lineStart: number, sorted: readonly Mention[]): boolean {
  const nextBreak = body.ownText.indexOf("\n", mention.end);
  const lineEnd = nextBreak < 0 ? body.ownText.length : nextBreak;
  let rest = "";
  let at = lineStart;
  for (const m of mentionsWithin(sorted, lineStart, lineEnd)) {
    if (m.start < at) continue;
    rest += `${body.ownNorm.slice(at, m.start)} `;
    at = m.end;
  }
  rest += body.ownNorm.slice(at, lineEnd);
  if (saysSomething(rest)) return true;
  // A table cell holding only the name: its description is the next cell, on the next line.
  if (!body.isTableCellLine(lineStart) || lineEnd >= body.ownText.length || !body.isTableCellLine(lineEnd + 1)) return false;
  const nextEnd = body.ownText.indexOf("\n", lineEnd + 1);
  const cellEnd = nextEnd < 0 ? body.ownText.length : nextEnd;
  return mentionsWithin(sorted, lineEnd + 1, cellEnd).length === 0 && saysSomething(body.ownNorm.slice(lineEnd + 1, cellEnd));
}

/** The mentions inside [from, to), from mentions sorted by start (found by bisection). */
function mentionsWithin(sorted: readonly Mention[], from: number, to: number): Mention[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < from) low = mid + 1;
    else high = mid;
  }
  const out: Mention[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end <= to) out.push(sorted[i]);
  return out;
}

function saysSomething(text: string): boolean {
  let rest = ` ${text.replace(/\.[a-z0-9]{1,5}\b/g, " ").replace(/^\s*(\d+[.)、]|[-*•·])\s*/, " ")} `;
  rest = rest.replace(NOT_WORD, " ");
  for (const w of WORDS) {
    const word = WORD_PATTERNS.get(w);
    rest = word ? rest.replace(word, " ") : rest.split(w).join(" ");
  }
  const cjk = (rest.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latinWord = /[a-z]{3,}/.test(rest);
  return cjk >= 2 || latinWord;
}
