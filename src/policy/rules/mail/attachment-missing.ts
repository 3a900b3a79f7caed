import {
  ATTACHED_PHRASES,
  CLAIM_PATTERNS,
  CLOUD_LINK,
  LATER,
  NEGATIONS,
  RECEIVED,
  REQUEST_BEFORE,
  THEIRS_AFTER,
  THEIRS_BEFORE,
  THREAT_TOPIC,
  TOPIC_AFTER,
} from "../../lexicon/attachment-words";
import {
  ASKED_BEFORE,
  ATTACH_IDIOM,
  ATTACHED_BEFORE_SUBJECT,
  ATTACHED_BEFORE_WHEN,
  ATTACHED_ELSEWHERE,
  EARLIER,
  FORGOT_PATTERNS,
  LINK_BESIDE,
  LINK_WORD,
  OTHER_CHANNEL,
  OTHER_MAIL_AFTER,
  OTHER_MAIL_BEFORE,
  RESEND_CUE,
  RESEND_PATTERNS,
  SEND_CLAIM_PATTERNS,
  SEND_NOT_NOW,
  SENT_TO_YOU_PATTERNS,
  THIS_MAIL,
} from "../../lexicon/attachment-claims";
import { endsWithAny, findListedTerms, proseRanges, startsWithAny, type Range, type TermOptions } from "../../lexicon/match";
import { defineRule } from "../../rule";
import type { ParsedBody } from "../../text/segment";
import type { MailDraft } from "../../types";
import { isWhiteSpaceCode } from "../../text/trim";
import { anyOf } from "../../text/any-of";

/** §2.2.3, the reverse check: the mail says "attached" and nothing is attached. */
export default defineRule({
  id: "mail/attachment-missing",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "A mail that mentions an attachment has one.",
    "zh-CN": "提到附件的邮件须带有附件。",
    "zh-TW": "提到附件的郵件須帶有附件。",
  },
  messages: {
    missing: {
      en: "The mail says \"{{phrase}}\" but nothing is attached. Attach the file or share a link.",
      "zh-CN": "邮件中写了“{{phrase}}”，但没有添加附件。请添加附件或共享链接。",
      "zh-TW": "郵件中寫了「{{phrase}}」，但沒有加入附件。請加入附件或分享連結。",
    },
  },
  requires: ["attachments", "body"],
  check({ draft, body, subject }) {
    // "Phishing alert: fake payslip mails with an HTML attachment": the attachment is the topic.
    if (hasSomethingAttached(draft, body) || THREAT_TOPIC.test(subject.stripped.toLowerCase())) return [];
    const claim = findAttachmentClaim(body);
    if (!claim) return [];
    const phrase = body.ownText.slice(claim.start, claim.end);
    if (showsPastedImage(draft, body.ownNorm.slice(Math.max(0, claim.start - IMAGE_WINDOW), claim.end + IMAGE_WINDOW))) return [];
    return [{ messageId: "missing", data: { phrase }, location: { field: "body", excerpt: phrase, start: claim.start, end: claim.end } }];
  },
});

// "Here is the screenshot", "附件是报错截图": a picture pasted into the mail is what the reader
// sees, and Outlook, Gmail and Foxmail attach it inline.
const IMAGE_WINDOW = 30;
const IMAGE_CLAIM = /screenshots?|screen ?shots?|screen grab|pictures?|photos?|images?|截图|截屏|图片|照片|屏幕快照/;

function showsPastedImage(draft: MailDraft, claimNorm: string): boolean {
  return IMAGE_CLAIM.test(claimNorm) && (draft.attachments ?? []).some((a) => a.isInline === true);
}

function hasSomethingAttached(draft: MailDraft, body: ParsedBody): boolean {
  if ((draft.attachments ?? []).some((a) => a.isCloud === true || a.isInline !== true)) return true;
  return body.links.some((link) => CLOUD_LINK.test(link));
}

// Looked up by code for each character of the prose: a string per character and a string set
// were most of this step's time.
const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"].map((ch) => ch.charCodeAt(0)));

/** Sentences of the prose, as ranges of the body text. */
function sentences(body: ParsedBody): Range[] {
  const out: Range[] = [];
  const norm = body.ownNorm;
  for (const range of proseRanges(body)) {
    let start = range.start;
    for (let i = range.start; i < range.end; i++) {
      const code = norm.charCodeAt(i);
      if (code > 0x3f && code < 0x3002) continue;
      if (SENTENCE_END.has(code) || (code === 0x2e && (i + 1 >= norm.length || isWhiteSpaceCode(norm.charCodeAt(i + 1))))) {
        if (i + 1 > start) out.push({ start, end: i + 1 });
        start = i + 1;
      }
    }
    if (range.end > start) out.push({ start, end: range.end });
  }
  return out;
}

function isClaim(norm: string, sentence: Range, at: number, end: number): boolean {
  // Look a few words back: "no attachment", "没有任何附件", "your earlier attachment".
  const before = norm.slice(Math.max(sentence.start, at - 24), at);
  if (endsWithAny(norm, at, NEGATIONS) || /(无|没有|不需要|无需|不用|冇|唔使|唔洗)[^，,。]{0,4}$/.test(before) || /\b(no|without|not)\s+(\w+\s+){0,2}$/.test(before)) return false;
  if (THEIRS_BEFORE.some((w) => before.includes(w)) || startsWithAny(norm, end, THEIRS_AFTER) || /^\s+(that |which )?(you|they|he|she) (sent|shared|attached|forwarded)/.test(norm.slice(end, end + 40))) return false;
  if (startsWithAny(norm, end, TOPIC_AFTER) || isRegulationAppendix(norm, at, end)) return false;
  // The attachment of another mail: "上次邮件的附件", "附件见上一封邮件", "the attachment in my previous email".
  if (OTHER_MAIL_BEFORE.test(before) || OTHER_MAIL_AFTER.test(norm.slice(end, Math.min(sentence.end, end + 40)))) return false;
  if (attachedElsewhere(norm.slice(end, sentence.end)) || attachedEarlier(norm.slice(at, end), before, norm.slice(end, sentence.end))) return false;
  const word = norm.slice(at, end);
  // "How do I attach…", "Can I attach files larger than 20 MB?": a question about attaching.
  if (word.startsWith("i ") && (ASKED_BEFORE.test(before) || ATTACH_IDIOM.test(norm.slice(end, end + 30)))) return false;
  if (!usedAsClaim(word, before, norm.slice(end, Math.min(sentence.end, end + 40)))) return false;
  // "请…附上工作编号": the verb asked of the reader ("请见附图", "请查收附件" are still claims);
  // "我们会随信附上扫描件", "我可以附上模板": the verb promised or offered, not done.
  if (ATTACH_VERBS.has(word) && (REQUEST_BEFORE.test(norm.slice(sentence.start, at)) || SEND_NOT_NOW.test(clauseBefore(norm, sentence, at)))) return false;
  return standsAsClaim(norm, sentence, at, end);
}

// 附表二 beside 第4条 / 第6条 is a schedule of the rules being revised, not a file with this mail;
// 见附表二 in a mail that cites no article still claims one.
const NUMBERED = /^[一二三四五六七八九十\d]/;
const ARTICLE = /第[一二三四五六七八九十百\d]{1,4}[条章节款项]/;

function isRegulationAppendix(norm: string, at: number, end: number): boolean {
  return norm.slice(at, end) === "附表" && NUMBERED.test(norm.slice(end, end + 1)) && ARTICLE.test(norm);
}

/** "attached to the ticket", "附在工单里": the file went into another system, not into this mail. */
function attachedElsewhere(after: string): boolean {
  return ATTACHED_ELSEWHERE.test(after) && !THIS_MAIL.test(after);
}

/** "the logs I attached on Monday", "it was attached there": a file of an earlier mail. */
function attachedEarlier(word: string, before: string, after: string): boolean {
  if (!word.endsWith("attached")) return false;
  return (word !== "attached" || ATTACHED_BEFORE_SUBJECT.test(before)) && ATTACHED_BEFORE_WHEN.test(after);
}

/** The words that are the sender's verb of attaching, which a request or a promise can take. */
const ATTACH_VERBS: ReadonlySet<string> = new Set(["附上", "另附", "检附", "附埋"]);

/** Not a reply about their file, a promise for later or a warning about a malicious attachment. */
function standsAsClaim(norm: string, sentence: Range, at: number, end: number): boolean {
  const text = norm.slice(sentence.start, sentence.end);
  return !RECEIVED.test(text) && !THREAT_TOPIC.test(text) && !LATER.test(clauseAround(norm, sentence, at, end));
}

const mayClaim = anyOf([...CLAIM_PATTERNS, ...SEND_CLAIM_PATTERNS, ...SENT_TO_YOU_PATTERNS, ...RESEND_PATTERNS, ...FORGOT_PATTERNS]);

/** A formal or casual claim without the word "attach" ("报价单如附", "Here's the spreadsheet"). */
function patternClaim(norm: string, sentence: Range): Range | undefined {
  const text = norm.slice(sentence.start, sentence.end);
  // Most sentences match none: one joined test answers for the list before it is run in order.
  if (!mayClaim(text)) return undefined;
  const found = (re: RegExp): Range | undefined => {
    const m = re.exec(text);
    return m ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } : undefined;
  };
  for (const re of CLAIM_PATTERNS) {
    const hit = found(re);
    if (hit && patternStands(norm, sentence, hit)) return hit;
  }
  for (const re of SEND_CLAIM_PATTERNS) {
    const hit = found(re);
    if (hit && patternStands(norm, sentence, hit) && sentNow(norm, sentence, hit, false)) return hit;
  }
  for (const re of [...RESEND_PATTERNS, ...FORGOT_PATTERNS]) {
    const hit = found(re);
    const resent = hit && !/[你您]/.test(norm.charAt(hit.start - 1)) && (RESEND_PATTERNS.includes(re) || RESEND_CUE.test(norm.slice(hit.end, hit.end + 60)));
    if (hit && resent && patternStands(norm, sentence, hit) && sentNow(norm, sentence, hit, false)) return hit;
  }
  for (const re of SENT_TO_YOU_PATTERNS) {
    const hit = found(re);
    if (hit && patternStands(norm, sentence, hit) && sentNow(norm, sentence, hit, true) && !EARLIER.test(text)) return hit;
  }
  return undefined;
}

function patternStands(norm: string, sentence: Range, hit: Range): boolean {
  const before = norm.slice(Math.max(sentence.start, hit.start - 24), hit.start);
  if (/(不|没|无|未|not |no |never )$/.test(before) || THEIRS_BEFORE.some((w) => before.includes(w))) return false;
  // "Can we attach…", "We attach great importance to…": a question and an idiom.
  if (ASKED_BEFORE.test(before) || ATTACH_IDIOM.test(norm.slice(hit.end, hit.end + 30))) return false;
  return standsAsClaim(norm, sentence, hit.start, hit.end);
}

/**
 * A send verb in the present, not asked of the reader, not sent another way. `spanned`: the
 * match runs from the document to the verb, so "报价单我明天一并发送" has its future inside it.
 */
function sentNow(norm: string, sentence: Range, hit: Range, spanned: boolean): boolean {
  const before = clauseBefore(norm, sentence, hit.start);
  if (SEND_NOT_NOW.test(spanned ? before + norm.slice(hit.start, hit.end) : before) || REQUEST_BEFORE.test(before)) return false;
  return !OTHER_CHANNEL.test(norm.slice(sentence.start, sentence.end));
}

/** Where the clause holding `at` starts: after the last comma, semicolon or colon before it, at `floor` at most. */
function clauseStart(text: string, floor: number, at: number): number {
  let from = at;
  while (from > floor && !/[,，;；:：]/.test(text[from - 1])) from--;
  return from;
}

/** The part of its clause before `at`: "我们会随信" of "发票开好后，我们会随信附上扫描件". */
function clauseBefore(norm: string, sentence: Range, at: number): string {
  return norm.slice(clauseStart(norm, sentence.start, at), at);
}

/** The clause of a sentence that holds [at, end): "附件我会在周三整理好后单独发给你" but not "，终稿下周发". */
function clauseAround(norm: string, sentence: Range, at: number, end: number): string {
  const from = clauseStart(norm, sentence.start, at);
  let to = end;
  while (to < sentence.end && !/[,，;；]/.test(norm[to])) to++;
  return norm.slice(from, to);
}

// English uses these words for other things too: "a badge attached to the carpet", "get
// attached to a window manager", "values enclosed in quotes", "scan mail for attachments".
const NOUN_CLAIM_BEFORE = /\b(see|find|in|per|check|open|review|refer to|view|download|included in|listed in|shown in|detailed in|provided in|sending( you)?|send( you)?|attached as|attach( it)? as)\s+(the\s+|my\s+|our\s+|this\s+|an?\s+)?(attached\s+)?$/;
const NOUN_CLAIM_AFTER = /^\s*([:(]|(is|are|has|have|contains?|shows?|includes?|lists?|for (your|the)|with)\b)/;

function usedAsClaim(word: string, before: string, after: string): boolean {
  if (word === "attachment" || word === "attachments") {
    if (/^\s*$/.test(before) && /^\s*[:：]/.test(after)) return true;
    return NOUN_CLAIM_BEFORE.test(before) || (/\b(the|this|my|our)\s+$/.test(before) && NOUN_CLAIM_AFTER.test(after));
  }
  if (word === "attached") {
    // A state, not a file: "remains attached when the objects are moved", "stays attached".
    if (/\b(get|gets|got|getting|become|becomes|became|becoming|so|very|emotionally|remain|remains|remained|remaining|stay|stays|stayed|staying|keep|keeps|kept)\s+$/.test(before)) return false;
    return !/^\s+to\b/.test(after) || /^\s+to\s+(this|the|my|our)\s+(e-?mail|mail|message|invite|invitation|ticket)\b/.test(after);
  }
  // 另附送 / 附带 read as "bundled" / "comes with", not as a file sent along.
  if (word.endsWith("附") && (after.startsWith("送") || after.startsWith("带"))) return false;
  if (word === "enclosed") return !/^\s+(in|within|by|between|with|inside)\b/.test(after);
  // 带附件的邮件 / 作为附件的音频、视频: attachments as a kind; 上传附件 / 添加附件: an instruction.
  if (/(?:[带含有]|作为)$/.test(before) && after.startsWith("的")) return false;
  if (/(上传|添加|插入|删除|带上|加上|补充|提交)(相关|相应|必要的|对应的)?$/.test(before)) return false;
  return true;
}

/** The phrases as a list the matcher reads in one pass. */
const ATTACHED_ENTRIES: ReadonlyArray<TermOptions & { phrase: string }> = ATTACHED_PHRASES.map((phrase) => ({ phrase }));

function findAttachmentClaim(body: ParsedBody): Range | undefined {
  for (const sentence of sentences(body)) {
    const hits: Range[] = findListedTerms(body.ownNorm, sentence, ATTACHED_ENTRIES, (e) => e.phrase).map((h) => ({ start: h.start, end: h.end }));
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const claim = hits.find((h) => isClaim(body.ownNorm, sentence, h.start, h.end)) ?? patternClaim(body.ownNorm, sentence);
    if (claim && !linkGiven(body, sentence, claim)) return claim;
  }
  return undefined;
}

/**
 * The sentence gives a link for the file after the claim ("附件较大，请通过以下链接下载：https://…"):
 * shared, not missing. "另附产品页链接" adds a link beside the file, which is still missing.
 */
function linkGiven(body: ParsedBody, sentence: Range, claim: Range): boolean {
  if (body.links.length === 0 && !/https?:\/\//.test(body.ownNorm)) return false;
  const rest = body.ownNorm.slice(claim.end, sentence.end);
  const m = LINK_WORD.exec(rest);
  if (!m) return false;
  return !LINK_BESIDE.test(rest.slice(clauseStart(rest, 0, m.index), m.index));
}
