import { CONFIDENTIAL_MARKERS, CONFIDENTIAL_PATTERN_WORDS, CONFIDENTIAL_PATTERNS, DISCLAIMER_WORDING, PROMISE_BEFORE, type MarkerEntry } from "../../lexicon/confidential-markers";
import { findListedTerms, matchStart, textOf, type Range } from "../../lexicon/match";
import { defineRule, type RuleContext } from "../../rule";
import { normalizeTerm } from "../../text/normalize";
import type { MailDraft, Person } from "../../types";
import { perPolicy } from "../../lexicon/per-policy";

/** §1.3.4: what is marked confidential does not go outside the company. */
export default defineRule({
  id: "mail/confidential-external",
  appliesTo: "mail",
  defaultSeverity: "error",
  needsCompanyDomains: true,
  clause: "§1.3.4",
  description: {
    en: "A mail marked confidential is not sent outside the company.",
    "zh-CN": "标为机密的邮件不得发往公司外部。",
    "zh-TW": "標為機密的郵件不得寄往公司外部。",
  },
  messages: {
    markedExternal: {
      en: "The mail is marked confidential (\"{{marker}}\") but goes outside the company to {{external}}. Remove them or the confidential content.",
      "zh-CN": "邮件标有保密标记（“{{marker}}”），却发给了公司外部的 {{external}}。请移除这些收件人或机密内容。",
      "zh-TW": "郵件標有保密標記（「{{marker}}」），卻寄給了公司外部的 {{external}}。請移除這些收件者或機密內容。",
    },
    labelExternal: {
      en: "The sensitivity label \"{{label}}\" does not allow sending outside the company, but the mail goes to {{external}}.",
      "zh-CN": "敏感度标签“{{label}}”不允许发往公司外部，但邮件发给了 {{external}}。",
      "zh-TW": "敏感度標籤「{{label}}」不允許寄往公司外部，但郵件寄給了 {{external}}。",
    },
  },
  check(ctx) {
    const external = externalRecipients(ctx);
    if (external.length === 0) return [];
    const list = external.join(", ");
    const label = confidentialLabel(ctx.draft, ctx.policy.confidentialLabels);
    if (label) return [{ messageId: "labelExternal", data: { label, external: list, count: external.length }, location: { field: "to" } }];
    const marker = findMarker(ctx);
    if (!marker) return [];
    return [{ messageId: "markedExternal", data: { marker: marker.excerpt, external: list, count: external.length }, location: marker }];
  },
});

function externalRecipients(ctx: RuleContext<MailDraft>): string[] {
  const addresses = ctx.recipients.map((p: Person) => textOf(p.address).trim()).filter((a) => a !== "" && !ctx.isInternal(a));
  return Array.from(new Set(addresses));
}

function confidentialLabel(draft: MailDraft, labels: readonly string[]): string | undefined {
  const label = textOf(draft.sensitivityLabel).trim();
  if (!label) return undefined;
  const norm = normalizeTerm(label);
  return labels.some((l) => normalizeTerm(l) === norm) ? label : undefined;
}

interface MarkerHit {
  field: "subject" | "body";
  excerpt: string;
  start: number;
  end: number;
}

const preparedMarkers = perPolicy((policy) => markerEntries(policy.lexicon.confidentialMarkers));

function markerEntries(extra: readonly string[]): Array<MarkerEntry & { norm: string }> {
  return [...CONFIDENTIAL_MARKERS, ...extra.map((term) => ({ term }))].map((e) => ({ ...e, norm: normalizeTerm(e.term) }));
}

/** The mark's own words, without the brackets and spaces a pattern needed around them. */
function trimmed(text: string, norm: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s[\](){}【】（）<>*:：\-–—,.!，。！]/.test(norm[s])) s++;
  while (e > s && /[\s[\](){}【】（）<>*:：\-–—,.!，。！]/.test(norm[e - 1])) e--;
  return { start: s, end: e };
}

function findIn(text: string, norm: string, range: Range, entries: ReadonlyArray<MarkerEntry & { norm: string }>): Range[] {
  const hits: Range[] = [];
  for (const hit of findListedTerms(norm, range, entries, (e) => e.norm)) hits.push({ start: hit.start, end: hit.end });
  const slice = norm.slice(range.start, range.end);
  // The sentence patterns try dozens of characters at every "the" and "it" of English prose.
  const patterns = CONFIDENTIAL_PATTERN_WORDS.test(slice) ? CONFIDENTIAL_PATTERNS : [];
  for (const pattern of patterns) {
    for (const m of slice.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const hit = trimmed(text, norm, range.start + matchStart(pattern, m), range.start + (m.index ?? 0) + m[0].length);
      if (!isPromised(norm, range.start, hit.start)) hits.push(hit);
    }
  }
  return hits.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The clause before `at` promises to keep something secret (see PROMISE_BEFORE). */
function isPromised(norm: string, from: number, at: number): boolean {
  const before = norm.slice(Math.max(from, at - 60), at);
  return PROMISE_BEFORE.test(before);
}

function findMarker(ctx: RuleContext<MailDraft>): MarkerHit | undefined {
  const entries = preparedMarkers(ctx.policy);
  const subject = ctx.subject.norm;
  const [inSubject] = findIn(ctx.subject.stripped, subject, { start: 0, end: subject.length }, entries);
  if (inSubject) return { field: "subject", excerpt: ctx.subject.stripped.slice(inSubject.start, inSubject.end), ...inSubject };
  for (const segment of ctx.body.prose) {
    ctx.checkpoint();
    if (DISCLAIMER_WORDING.test(ctx.body.ownNorm.slice(segment.start, segment.end))) continue;
    const [hit] = findIn(ctx.body.ownText, ctx.body.ownNorm, segment, entries);
    if (hit) return { field: "body", excerpt: ctx.body.ownText.slice(hit.start, hit.end), ...hit };
  }
  return undefined;
}
