import type { BodyLine } from "./body-lines";

// Where the quoted history starts: a line the client marked as quoted, or a header that mail
// clients write above the message they quote (Outlook, Gmail, Apple Mail; en, zh-CN, zh-TW).

const QUOTE_SEPARATOR =
  /^[-_=*\s]*(original message|原始邮件|原始信件|原邮件|forwarded message|转发的邮件|转寄的邮件|转发邮件|begin forwarded message)[-_=*\s:]*$/;
const HEADER_FROM = /^\*?(from|发件人|寄件者|寄件人|发信人|van|von|de)\s*(?:\*\s*)?:/;
const HEADER_NEXT = /^\*?(sent|date|to|cc|subject|发送时间|时间|日期|寄件日期|收件人|收件者|抄送|副本|主题|主旨|发送日期|gesendet|envoyé)\s*(?:\*\s*)?:/;
const WROTE_EN = /^on\b.{3,300}\bwrote:?$/;
const WROTE_ZH = /(写道|来信|寫道)\s*:?$/;
export const UNDERSCORE_RULE = /^_{10,}$|^-{10,}$/;

function isQuoteHeaderAt(lines: BodyLine[], i: number): boolean {
  const line = lines[i].norm;
  if (QUOTE_SEPARATOR.test(line)) return true;
  if (WROTE_EN.test(line) || (line.startsWith("on ") && i + 1 < lines.length && WROTE_EN.test(`${line} ${lines[i + 1].norm}`))) {
    return line.length < 400;
  }
  if (WROTE_ZH.test(line) && line.length < 200 && /\d/.test(line)) return true;
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

export function findQuoteStart(lines: BodyLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].quoted) return i;
    if (lines[i].norm === "") continue;
    if (isQuoteHeaderAt(lines, i)) {
      // A rule line just before the header belongs to the history as well.
      const previous = i > 0 ? lines[i - 1].norm : "";
      return UNDERSCORE_RULE.test(previous) ? i - 1 : i;
    }
    if (UNDERSCORE_RULE.test(lines[i].norm) && i + 1 < lines.length && isQuoteHeaderAt(lines, i + 1)) return i;
  }
  return lines.length;
}
