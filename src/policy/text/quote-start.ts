import type { BodyLine } from "./body-lines";

// Where the quoted history starts: a line the client marked as quoted, or a header that mail
// clients write above the message they quote (Outlook, Gmail, Apple Mail; en, zh-CN, zh-TW).

// Apple Mail's Chinese forward opens with "以下是转发的邮件：", NetEase's with "转发邮件信息", Gmail's with "已转发邮件".
const QUOTE_SEPARATOR =
  /^[-_=*\s]*(original message|原始邮件|原始信件|原邮件|forwarded message|转发的邮件|转寄的邮件|转发邮件|转发邮件信息|已转发邮件|以下是转发的邮件|以下为转发的邮件|以下是转寄的邮件|以下为转寄的邮件|begin forwarded message)[-_=*\s:]*$/;
// QQ Mail and Foxmail in English: "------------------ Original ------------------". The dashes are
// required: a line that says only "Original:" is a label in a before/after list.
const QQ_SEPARATOR = /^-{2,}\s*original\s*-{2,}$/;
const HEADER_FROM = /^\*?(from|发件人|寄件者|寄件人|发信人|van|von|de)\s*(?:\*\s*)?:/;
const HEADER_NEXT = /^\*?(sent|date|to|cc|subject|发送时间|时间|日期|寄件日期|收件人|收件者|抄送|副本|主题|主旨|发送日期|gesendet|envoyé)\s*(?:\*\s*)?:/;
const WROTE_EN = /^on\b.{3,300}\bwrote:?$/;
const WROTE_ZH = /(写道|来信|寫道)\s*:?$/;
/**
 * Apple Mail, Gmail and Thunderbird in other languages: "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", "Op … schreef …:", "Il … ha scritto:", "Em … escreveu:". Plain string tests
 * keep this linear whatever the line.
 */
const WROTE_OPENERS = ["am ", "le ", "el ", "op ", "il ", "em "];
const WROTE_VERBS = [" schrieb ", " a écrit", " a ecrit", " escribió", " escribio", " schreef ", " ha scritto", " escreveu"];

/** The header names a moment (a time of day or a year), and after the verb only who wrote. */
function isForeignWroteLine(line: string): boolean {
  if (line.length > 400 || !line.endsWith(":") || !/\d:\d\d|\d{4}/.test(line)) return false;
  if (!WROTE_OPENERS.some((o) => line.startsWith(o))) return false;
  return WROTE_VERBS.some((v) => {
    const at = line.indexOf(v);
    return at > 0 && line.length - at - v.length <= 120;
  });
}

export const UNDERSCORE_RULE = /^_{10,}$|^-{10,}$/;

function isQuoteHeaderAt(lines: BodyLine[], i: number): boolean {
  const line = lines[i].norm;
  if (QUOTE_SEPARATOR.test(line) || QQ_SEPARATOR.test(line)) return true;
  if (WROTE_EN.test(line) || (line.startsWith("on ") && i + 1 < lines.length && WROTE_EN.test(`${line} ${lines[i + 1].norm}`))) {
    return line.length < 400;
  }
  if (WROTE_ZH.test(line) && line.length < 200 && /\d/.test(line)) return true;
  if (isForeignWroteLine(line)) return true;
  if (HEADER_FROM.test(line)) {
    if (/\b(sent|date|发送时间|日期)\s*:/.test(line.slice(5)) && /\b(to|收件人)\s*:/.test(line)) return true;
    let headers = 0;
    for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
      if (HEADER_NEXT.test(lines[j].norm)) headers++;
    }
    return headers >= 2;
  }
  return false;
}

/**
 * Where the run of "> " lines that ends the new text begins (`end` if it does not end so).
 * iPhone and Thunderbird put the whole history there, after "Sent from my iPhone" or "-- ": it
 * is history, not a signature. "> " lines amid the new text stay inline quotes. The new text
 * ends at the first line the client marked as quoted, so that a reading which stops at that
 * container sees the same run.
 */
function trailingQuotedBlock(lines: BodyLine[], end: number): number {
  let start = end;
  for (let i = end - 1; i >= 0; i--) {
    if (lines[i].blank) continue;
    if (!lines[i].text.startsWith(">")) break;
    start = i;
  }
  return start;
}

function firstMarkedQuoted(lines: readonly BodyLine[]): number {
  const at = lines.findIndex((l) => l.quoted === true);
  return at < 0 ? lines.length : at;
}

export function findQuoteStart(lines: BodyLine[]): number {
  const trailing = trailingQuotedBlock(lines, firstMarkedQuoted(lines));
  for (let i = 0; i < trailing; i++) {
    if (lines[i].norm === "") continue;
    if (isQuoteHeaderAt(lines, i)) {
      // A rule line just before the header belongs to the history as well.
      const previous = i > 0 ? lines[i - 1].norm : "";
      return UNDERSCORE_RULE.test(previous) ? i - 1 : i;
    }
    if (UNDERSCORE_RULE.test(lines[i].norm) && i + 1 < lines.length && isQuoteHeaderAt(lines, i + 1)) return i;
  }
  return trailing;
}

/**
 * Whether the last lines of a reading that stopped at the history's container may open a quote
 * header whose other lines are inside it: a rule line, a "From:" line (its Sent / To lines may
 * follow within six lines) or an "On … wrote:" split over two lines. Such a reading must be
 * redone whole, or it would judge those lines without what follows them.
 */
export function mayOpenHeaderPastEnd(normLines: readonly string[]): boolean {
  let seen = 0;
  for (let i = normLines.length - 1; i >= 0 && seen < 6; i--) {
    const line = normLines[i].trim();
    if (line === "") continue;
    if (HEADER_FROM.test(line) || (seen === 0 && (UNDERSCORE_RULE.test(line) || line.startsWith("on ")))) return true;
    seen++;
  }
  return false;
}
