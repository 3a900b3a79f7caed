import { anyOf } from "./any-of";

// The legal disclaimer under a mail: whole trailing paragraphs, or the lines of a paragraph
// from where its wording starts (it often follows the name without a gap).

const DISCLAIMER_ANYWHERE = [
  /\bthis (e-?mail|message|communication|transmission)\b.{0,120}\b(confidential|privileged|intended (solely|only))/,
  /\bif you (are not|have received this).{0,80}(intended recipient|in error|by mistake)/,
  /\bdisclaimer\b/,
  /(如果?|若)您?(并)?(不是|非).{0,30}(指定|预期|预定)?的?(收件人|收件者)/,
  // "如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件", "請立即通知寄件者並刪除本郵件".
  /(错收|误收)了?(本|此|这封)(电子)?(邮件|信息)|(立即|马上|尽快)[^,.;]{0,12}通知(发件人|寄件者|寄件人)并?(删除|销毁)/,
  /免责声明|免責聲明|法律声明/,
];
const saysDisclaimer = anyOf(DISCLAIMER_ANYWHERE);
/** Read only at the start of the text. */
// Often under a heading: "保密声明：本邮件及其附件含有…", "機密聲明：本電子郵件…".
const DISCLAIMER_AT_START = /^((保密|机密|免责|法律)(声明|提示|须知)\s*:\s*)?(本|此)(电子)?(邮件|信息|讯息|郵件).{0,80}(保密|机密|仅供|仅限|预期收件人|法律)/;

const AT_START_STICKY = new RegExp(DISCLAIMER_AT_START.source.slice(1), "y");

export function isDisclaimer(norm: string): boolean {
  return DISCLAIMER_AT_START.test(norm) || saysDisclaimer(norm);
}

interface NormLine {
  norm: string;
}

function joined(lines: readonly NormLine[], from: number, to: number): string {
  return lines.slice(from, to + 1).map((l) => l.norm).join(" ");
}

/** First line of a disclaimer inside the paragraph [first, last], or -1. */
export function disclaimerStart(lines: readonly NormLine[], first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    // The window is the start of the text from line k to the paragraph's end, and no pattern
    // needs the end of its text: where the window reads as a disclaimer, so does that text.
    if (isDisclaimer(joined(lines, k, Math.min(last, k + 2)))) {
      // Start where the wording starts, not on a name line above it.
      return isDisclaimer(lines[k].norm) || k === last ? k : firstMatchingLine(lines, k, last);
    }
  }
  return -1;
}

/**
 * The first line k from `from` on where the text from k to `last` reads as a disclaimer and the
 * text from k + 1 does not (else `from`). Joining and testing every such tail was quadratic in
 * the paragraph's lines. An unanchored pattern that matches a tail also matches every longer
 * tail, so where they stop matching is found by bisection; the anchored pattern is tried where
 * each tail starts.
 */
function firstMatchingLine(lines: readonly NormLine[], from: number, last: number): number {
  const text = joined(lines, from, last);
  const offsets: number[] = [];
  let at = 0;
  for (let k = from; k <= last; k++) {
    offsets.push(at);
    at += lines[k].norm.length + 1;
  }
  const tail = (k: number): string => text.slice(offsets[k - from]);
  const lastAnywhere = lastLineWhere(from, last, (k) => saysDisclaimer(tail(k)));
  const readsAsDisclaimer = (k: number): boolean => {
    if (k > last) return false;
    AT_START_STICKY.lastIndex = offsets[k - from];
    return k <= lastAnywhere || AT_START_STICKY.test(text);
  };
  for (let k = from; k <= last; k++) if (readsAsDisclaimer(k) && !readsAsDisclaimer(k + 1)) return k;
  return from;
}

/** The last k in [from, last] for which `holds` (true up to some k, false after it), or from - 1. */
function lastLineWhere(from: number, last: number, holds: (k: number) => boolean): number {
  let low = from - 1;
  let high = last + 1;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (holds(mid)) low = mid;
    else high = mid;
  }
  return low;
}
