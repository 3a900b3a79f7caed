// The first e-mail address written in a text, as /[^\s<>()（）:：;；,，@]+@[^\s<>()（）:：;；,，]+\.[a-z]{2,}/i
// finds it, in one pass: the pattern retries its domain from every "@" of a run such as
// "a@a@a@…", which is quadratic.

const LOCAL = /[^\s<>()（）:：;；,，@]/;
const DOMAIN = /[^\s<>()（）:：;；,，]/;
const LETTER = /[a-z]/i;

/** The leftmost address: a local part, "@", a domain ending in "." and two or more letters. */
export function firstAddress(text: string): string | undefined {
  let at = text.indexOf("@");
  while (at >= 0) {
    const runEnd = domainRunEnd(text, at + 1);
    const lastDot = lastTopLevelDot(text, at + 1, runEnd);
    // Every "@" up to `runEnd` shares this domain run and its last dot.
    for (; at >= 0 && at < runEnd; at = text.indexOf("@", at + 1)) {
      const start = localStart(text, at);
      if (start < at && lastDot >= at + 2) return text.slice(start, letterRunEnd(text, lastDot + 1, runEnd));
    }
  }
  return undefined;
}

function domainRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && DOMAIN.test(text[i])) i++;
  return i;
}

/** The last "." in [from, to) followed by two letters, or -1. */
function lastTopLevelDot(text: string, from: number, to: number): number {
  for (let i = to - 3; i >= from; i--) if (text[i] === "." && LETTER.test(text[i + 1]) && LETTER.test(text[i + 2])) return i;
  return -1;
}

function localStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && LOCAL.test(text[i - 1])) i--;
  return i;
}

function letterRunEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && LETTER.test(text[i])) i++;
  return i;
}
