import type { ItemBody } from "../types";
import { indexLines, type BodyLine } from "./body-lines";
import { greetingLength, nameBeforeGreeting } from "./greeting";
import { htmlToLines, textToLines, type Line } from "./html";
import { normalize } from "./normalize";
import { findQuoteStart, UNDERSCORE_RULE } from "./quote-start";
import { classifyTail, findSignoff, groupParagraphs, trailingContactBlock } from "./tail";

export { greetingLength } from "./greeting";

// The body is read once the way a person reads it: who is greeted, what the sender wrote
// now, how it is signed, and what is only carried along (quoted history, signature,
// disclaimer, the meeting-join block). Rules see the parts they judge and nothing else.

export type SegmentKind =
  | "greeting"
  | "paragraph"
  | "signoff"
  | "signature"
  | "disclaimer"
  | "joinInfo"
  | "quoted";

export interface Segment {
  kind: SegmentKind;
  /** The segment's text as the reader sees it (lines joined by "\n"). */
  text: string;
  /** Offsets into ParsedBody.text. */
  start: number;
  end: number;
}

export interface ParsedBody {
  /** The whole body as plain text, one line per visual line. */
  text: string;
  /** `normalize(text)`: same length and offsets, folded for matching. */
  norm: string;
  segments: Segment[];
  greeting?: Segment;
  signoff?: Segment;
  /** The sender's new paragraphs, without greeting and sign-off. */
  paragraphs: Segment[];
  /** Greeting, paragraphs and sign-off, in order: everything the sender wrote now. */
  prose: Segment[];
  /** Link targets outside the quoted history. */
  links: string[];
  hasQuotedHistory: boolean;
  /**
   * The body's text up to the quoted history (every line before it, joined by "\n"): the
   * sender's prose lies inside it at the same offsets as in `text`. Rules that judge only the
   * new text read this and `ownNorm`, so that the history is found but never read: `text`,
   * `norm` and `segments` of a long reply are only built when something asks for them.
   */
  ownText: string;
  /** `normalize(ownText)`. */
  ownNorm: string;
  /** `segments` without the quoted ones: greeting, paragraphs, sign-off, signature, disclaimer, join block. */
  ownSegments: Segment[];
}

/** The lines of a body, indexed, with lazily normalised text. */
/** The lines read into segments: everything of ParsedBody but the normalised text. */
interface Segmented {
  lines: BodyLine[];
  text: string;
  quoteStart: number;
  segments: Segment[];
  prose: Segment[];
  links: string[];
}

function segmentLines(rawLines: readonly Line[], links: readonly string[]): Segmented {
  const lines = indexLines(rawLines);
  const text = rawLines.map((l) => l.text).join("\n");
  const quoteStart = findQuoteStart(lines);
  const { proseEnd, tailKinds } = classifyTail(lines, quoteStart);

  const groups = groupParagraphs(lines, 0, proseEnd);
  const kinds = new Array<SegmentKind>(lines.length).fill("paragraph");
  for (let i = quoteStart; i < lines.length; i++) kinds[i] = "quoted";
  for (const [i, kind] of tailKinds) kinds[i] = kind;
  // Lines written with ">" are quoted even inside the new text (inline replies).
  for (let i = 0; i < proseEnd; i++) if (/^>/.test(lines[i].text)) kinds[i] = "quoted";

  let greetingSplit = -1;
  let greetingLine = -1;
  if (groups.length > 0) {
    const firstLine = groups[0][0];
    const len = greetingLength(lines[firstLine].norm) || nameBeforeGreeting(lines[firstLine].norm);
    if (len > 0) {
      greetingLine = firstLine;
      greetingSplit = len;
      kinds[firstLine] = "greeting";
      // "王经理：" followed by "您好！" on its own line: both greet.
      const next = firstLine + 1;
      if (next <= groups[0][1] && len === lines[firstLine].norm.length && greetingLength(lines[next].norm) === lines[next].norm.length) {
        kinds[next] = "greeting";
      }
    }
  }

  const signoffLine = findSignoff(lines, groups);
  if (signoffLine >= 0 && signoffLine !== greetingLine) {
    kinds[signoffLine] = "signoff";
    // 此致 / 敬礼 is written on two lines.
    if (/^此致/.test(lines[signoffLine].norm) && signoffLine + 1 < proseEnd && /^敬礼/.test(lines[signoffLine + 1].norm)) {
      kinds[signoffLine + 1] = "signoff";
    }
    for (let i = signoffLine + 1; i < proseEnd; i++) if (kinds[i] === "paragraph") kinds[i] = "signature";
  } else {
    const contact = trailingContactBlock(lines, groups);
    if (contact >= 0) for (let i = contact; i < proseEnd; i++) if (kinds[i] === "paragraph") kinds[i] = "signature";
  }

  const segments = buildSegments(lines, kinds, text, greetingLine, greetingSplit);
  const prose = segments.filter((s) => s.kind === "greeting" || s.kind === "paragraph" || s.kind === "signoff");
  return { lines, text, quoteStart, segments, prose, links: Array.from(new Set(links.concat(urlsIn(prose.map((s) => s.text).join("\n"))))) };
}

/** Normalised text of the lines before `end`, joined as the text is (the lines that were normalised already are not again). */
function ownNormOf(lines: readonly BodyLine[], end: number): string {
  return lines.slice(0, end).map((l) => l.normalized).join("\n");
}

function ownLineCount(segmented: Segmented): number {
  return segmented.quoteStart;
}

/** Reads the whole body: every line, the history included. */
function readAll(body: ItemBody | undefined): Segmented {
  const source = body?.content ?? "";
  const { lines, links } = body?.contentType === "html" ? htmlToLines(source) : textToLines(source);
  return segmentLines(lines, links);
}

/**
 * Reads the body up to its quoted history. An HTML body is parsed only up to the container
 * that opens the history (Outlook's divRplyFwdMsg, a <blockquote>, Gmail's gmail_quote…);
 * `rest` says whether something was left unread.
 */
function readOwnPart(body: ItemBody | undefined): { segmented: Segmented; rest: boolean } {
  const source = body?.content ?? "";
  if (body?.contentType !== "html") return { segmented: readAll(body), rest: false };
  const { lines, links, stoppedAtQuote } = htmlToLines(source, { untilQuotedHistory: true });
  // A rule line just above the history's container belongs to the history only when the
  // history opens with a quote header, which the partial reading has not seen: read it all.
  if (stoppedAtQuote === true && endsWithRuleLine(lines)) return { segmented: readAll(body), rest: false };
  return { segmented: segmentLines(lines, links), rest: stoppedAtQuote === true };
}

function endsWithRuleLine(lines: readonly Line[]): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    const norm = normalize(lines[i].text).trim();
    if (norm !== "") return UNDERSCORE_RULE.test(norm);
  }
  return false;
}

export function parseBody(body: ItemBody | undefined): ParsedBody {
  const { segmented: own, rest } = readOwnPart(body);
  const ownEnd = ownLineCount(own);
  const ownText = own.lines.slice(0, ownEnd).map((l) => l.text).join("\n");
  const ownNorm = ownNormOf(own.lines, ownEnd);
  let whole: Segmented | undefined = rest ? undefined : own;
  let norm: string | undefined = !rest && ownEnd === own.lines.length ? ownNorm : undefined;
  const all = (): Segmented => (whole ??= readAll(body));
  const prose = own.prose;
  return {
    get text() {
      return all().text;
    },
    get norm() {
      norm ??= normalize(all().text);
      return norm;
    },
    get segments() {
      return all().segments;
    },
    get hasQuotedHistory() {
      return own.quoteStart < own.lines.length || (rest && all().quoteStart < all().lines.length);
    },
    greeting: prose.find((s) => s.kind === "greeting"),
    signoff: prose.find((s) => s.kind === "signoff"),
    paragraphs: prose.filter((s) => s.kind === "paragraph"),
    prose,
    links: own.links,
    ownText,
    ownNorm,
    ownSegments: own.segments.filter((s) => s.kind !== "quoted"),
  };
}

function urlsIn(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]]+/gi), (m) => m[0]);
}

/** Joins consecutive lines of one kind into segments; blank lines end paragraphs. */
function buildSegments(
  lines: BodyLine[],
  kinds: SegmentKind[],
  text: string,
  greetingLine: number,
  greetingSplit: number,
): Segment[] {
  const segments: Segment[] = [];
  let open: { kind: SegmentKind; start: number; end: number } | null = null;
  const close = (): void => {
    if (open && open.end > open.start) {
      const segText = text.slice(open.start, open.end);
      if (segText.trim() !== "") segments.push({ kind: open.kind, text: segText, start: open.start, end: open.end });
    }
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = kinds[i];
    const lineEnd = line.start + line.text.length;
    const blank = line.blank;
    if (blank) {
      // Paragraph-like segments end at a blank line; history, signature and disclaimer run on.
      if (open && (open.kind === "paragraph" || open.kind === "greeting" || open.kind === "signoff")) close();
      continue;
    }
    if (i === greetingLine && greetingSplit > 0 && greetingSplit < line.norm.length) {
      close();
      const lead = line.text.length - line.text.trimStart().length;
      const split = line.start + lead + greetingSplit;
      segments.push({ kind: "greeting", text: text.slice(line.start, split), start: line.start, end: split });
      const restStart = split + (text.slice(split, lineEnd).length - text.slice(split, lineEnd).trimStart().length);
      open = { kind: "paragraph", start: restStart, end: lineEnd };
      continue;
    }
    if (open && open.kind === kind && (kind !== "greeting" || i === greetingLine + 1)) {
      open.end = lineEnd;
    } else {
      close();
      open = { kind, start: line.start, end: lineEnd };
    }
  }
  close();
  return segments;
}
