import type { BodyLine } from "./body-lines";
import { disclaimerStart } from "./disclaimer";
import { UNDERSCORE_RULE } from "./quote-start";
import type { SegmentKind } from "./segment";
import { chars, trimEndWhile } from "./trim";

// What follows the sender's prose: the sign-off, the signature (client-marked, "-- ", a
// mobile footer or trailing contact lines), the legal disclaimer and a meeting-join block.

const JOIN_INFO = /microsoft teams|teams (meeting|会议)|join (the )?meeting|加入会议|会议 id|meeting id:|zoom\.us|webex/;
const MOBILE_SIGNATURE =
  /^(sent from my|get outlook for|发自我的|从我的.{0,20}发送|发送自|sent via|sent with)/;

const SIGNOFF_PATTERNS = [
  /^((best|kind|warm|warmest|many|with best|with kind)\s+)?(regards|wishes)\b([,!.]?\s*[\p{L} .'-]{0,30})?$/u,
  /^(thanks|thank you|thank u|many thanks|thanks again|thanks a lot|thx|cheers|sincerely|yours (sincerely|truly|faithfully)|best|br|all the best|talk soon|take care)([,!.]?\s*[\p{L} .'-]{0,30})?$/u,
  /^(thanks|thank you|many thanks)( (so|very) much)?\s+(for|in advance)\b.{0,40}$/,
  /^(谢谢|多谢|感谢|非常感谢|辛苦了|此致|祝好|顺颂|顺祝|敬祝|祝[^。\n]{0,10}(愉快|顺利|好|安康))[^。\n]{0,12}$/,
];

const CONTACT_LINE =
  /(\b(tel|phone|mobile|mob|cell|fax|email|e-mail|web|address|addr)\b\s*[.:]|电话|手机|传真|地址|邮箱|微信|\+?\d[\d\s()-]{7,}\d|@[a-z0-9-]+\.[a-z]|https?:\/\/|www\.)/;

/** Paragraphs are runs of non-empty lines; returns [first, last] line indexes. */
export function groupParagraphs(lines: BodyLine[], from: number, to: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const blank = lines[i].blank;
    if (!blank && open < 0) open = i;
    if (blank && open >= 0) {
      groups.push([open, i - 1]);
      open = -1;
    }
  }
  if (open >= 0) groups.push([open, to - 1]);
  return groups;
}

const SIGNOFF_TRAIL = chars(/[\s,.!~，。！～]/);

function isSignoffLine(norm: string): boolean {
  const line = trimEndWhile(norm, SIGNOFF_TRAIL);
  if (line.length === 0 || line.length > 48) return false;
  return SIGNOFF_PATTERNS.some((re) => re.test(line));
}

export interface Bounds {
  quoteStart: number;
  proseEnd: number;
  tailKinds: Map<number, SegmentKind>;
}

/** Classifies the lines between the prose and the quoted history: signature, disclaimer, join block. */
export function classifyTail(lines: BodyLine[], quoteStart: number): Bounds {
  const tailKinds = new Map<number, SegmentKind>();
  let proseEnd = quoteStart;

  // Join blocks that Teams and other services append to invitations.
  for (let i = 0; i < quoteStart; i++) {
    if (UNDERSCORE_RULE.test(lines[i].norm) && i + 4 >= 0) {
      const window = lines.slice(i + 1, Math.min(quoteStart, i + 5)).map((l) => l.norm).join(" ");
      if (JOIN_INFO.test(window)) {
        for (let j = i; j < quoteStart; j++) tailKinds.set(j, "joinInfo");
        proseEnd = Math.min(proseEnd, i);
        break;
      }
    }
  }

  // The client-marked signature, or the "-- " delimiter.
  for (let i = 0; i < proseEnd; i++) {
    const raw = lines[i].text;
    if (lines[i].signature || raw === "-- " || raw.trim() === "--" || MOBILE_SIGNATURE.test(lines[i].norm)) {
      for (let j = i; j < proseEnd; j++) if (!tailKinds.has(j)) tailKinds.set(j, "signature");
      proseEnd = i;
      break;
    }
  }

  // Disclaimers: whole trailing paragraphs (before or after the signature).
  const groups = groupParagraphs(lines, 0, quoteStart);
  for (let g = groups.length - 1; g >= 0; g--) {
    const [first, last] = groups[g];
    const kind = tailKinds.get(first);
    if (kind === "joinInfo") continue;
    const start = disclaimerStart(lines, first, last);
    if (start < 0) {
      if (first < proseEnd) break;
      continue;
    }
    for (let j = start; j <= last; j++) tailKinds.set(j, "disclaimer");
    proseEnd = Math.min(proseEnd, start);
    if (start > first) break;
  }
  return { quoteStart, proseEnd, tailKinds };
}

/** Finds the sign-off among the last paragraphs; what follows it is the signature. */
export function findSignoff(lines: BodyLine[], groups: Array<[number, number]>): number {
  const lastGroups = groups.slice(-3);
  const end = groups.length > 0 ? groups[groups.length - 1][1] : -1;
  for (let g = lastGroups.length - 1; g >= 0; g--) {
    const [first, last] = lastGroups[g];
    for (let i = last; i >= first; i--) {
      if (isSignoffLine(lines[i].norm)) return onlySignatureAfter(lines, i + 1, end) ? i : -1;
    }
  }
  return -1;
}

/** What follows a sign-off is a name, a title, a phone number: never a request or a question. */
function onlySignatureAfter(lines: BodyLine[], from: number, to: number): boolean {
  const rest = lines.slice(from, to + 1).filter((l) => l.norm !== "");
  return rest.length <= 8 && rest.every((l) => l.norm.length <= 80 && !/[。?？]$|^请|please\b/.test(l.norm));
}

/** Trailing paragraphs made only of contact lines (name, title, phone) read as a signature. */
export function trailingContactBlock(lines: BodyLine[], groups: Array<[number, number]>): number {
  let start = -1;
  for (let g = groups.length - 1; g >= 1; g--) {
    const [first, last] = groups[g];
    const block = lines.slice(first, last + 1);
    const short = block.every((l) => l.norm.length <= 60);
    const contact = block.some((l) => CONTACT_LINE.test(l.norm));
    if (short && contact) start = first;
    else break;
  }
  return start;
}
