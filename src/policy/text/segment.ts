import type { ItemBody } from "../types";
import type { BodyLine } from "./body-lines";
import { htmlToLines, textToLines } from "./html";
import { mayOpenHeaderPastEnd } from "./quote-start";
import { normalize } from "./normalize";
import type { ParsedBody } from "./parsed-body";
import { segmentLines, type Segmented } from "./segment-lines";

export { greetingLength } from "./greeting";
export type { ParsedBody, Segment, SegmentKind } from "./parsed-body";

// The body is read once the way a person reads it: who is greeted, what the sender wrote
// now, how it is signed, and what is only carried along (quoted history, signature,
// disclaimer, the meeting-join block). Rules see the parts they judge and nothing else.

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
  // The lines just above the history's container may open a quote header that the partial
  // reading has not seen the rest of: read it all.
  if (stoppedAtQuote === true && mayOpenHeaderPastEnd(lines.map((l) => normalize(l.text)))) return { segmented: readAll(body), rest: false };
  return { segmented: segmentLines(lines, links), rest: stoppedAtQuote === true };
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
  let cellLines: Set<number> | undefined;
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
    isTableCellLine(lineStart) {
      cellLines ??= new Set(own.lines.slice(0, ownEnd).filter((l) => l.cell).map((l) => l.start));
      return cellLines.has(lineStart);
    },
  };
}
