import { indexLines, type BodyLine } from "./body-lines";
import { buildSegments } from "./build-segments";
import { greetingLength, nameBeforeGreeting } from "./greeting";
import type { Line } from "./html";
import type { Segment, SegmentKind } from "./parsed-body";
import { findQuoteStart } from "./quote-start";
import { findSignoff, isClosingBlessing, opensTwoLineClosing, trailingSignatureBlock } from "./signature";
import { classifyTail, groupParagraphs } from "./tail";

// The lines of a body read into segments: where the quoted history starts, what the tail is
// (signature, disclaimer, join block), who is greeted, and where the sign-off is.

/** The lines read into segments: everything of ParsedBody but the normalised text. */
export interface Segmented {
  lines: BodyLine[];
  text: string;
  quoteStart: number;
  segments: Segment[];
  prose: Segment[];
  links: string[];
}

interface Greeting {
  line: number;
  split: number;
}

/** Marks the greeting on the first line of the prose ("王经理：" + "您好！" on the next line greet together). */
function markGreeting(lines: readonly BodyLine[], groups: ReadonlyArray<[number, number]>, kinds: SegmentKind[]): Greeting {
  if (groups.length === 0) return { line: -1, split: -1 };
  const firstLine = groups[0][0];
  const len = greetingLength(lines[firstLine].norm) || nameBeforeGreeting(lines[firstLine].norm);
  if (len === 0) return { line: -1, split: -1 };
  kinds[firstLine] = "greeting";
  const next = firstLine + 1;
  if (next <= groups[0][1] && len === lines[firstLine].norm.length && greetingLength(lines[next].norm) === lines[next].norm.length) {
    kinds[next] = "greeting";
  }
  return { line: firstLine, split: len };
}

function nextNonBlank(lines: readonly BodyLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (!lines[i].blank) return i;
  return -1;
}

/** Marks the sign-off (and a two-line closing's blessing) and the signature under it, or an unmarked signature. */
function markSignoffAndSignature(lines: readonly BodyLine[], proseEnd: number, greetingLine: number, kinds: SegmentKind[]): void {
  const firstProse = nextNonBlank(lines, 0, proseEnd);
  if (firstProse < 0) return;
  const signoffLine = findSignoff(lines, firstProse, proseEnd);
  let signatureFrom = -1;
  if (signoffLine >= 0 && signoffLine !== greetingLine) {
    kinds[signoffLine] = "signoff";
    signatureFrom = signoffLine + 1;
    // "此致" with "敬礼" on a line (or in a paragraph) of its own.
    const blessing = nextNonBlank(lines, signoffLine + 1, proseEnd);
    if (blessing >= 0 && opensTwoLineClosing(lines[signoffLine].norm) && isClosingBlessing(lines[blessing].norm)) {
      kinds[blessing] = "signoff";
      signatureFrom = blessing + 1;
    }
  } else {
    signatureFrom = trailingSignatureBlock(lines, firstProse, proseEnd);
  }
  if (signatureFrom < 0) return;
  for (let i = signatureFrom; i < proseEnd; i++) if (kinds[i] === "paragraph") kinds[i] = "signature";
}

export function segmentLines(rawLines: readonly Line[], links: readonly string[]): Segmented {
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

  const greeting = markGreeting(lines, groups, kinds);
  markSignoffAndSignature(lines, proseEnd, greeting.line, kinds);

  const segments = buildSegments(lines, kinds, text, greeting.line, greeting.split);
  const prose = segments.filter((s) => s.kind === "greeting" || s.kind === "paragraph" || s.kind === "signoff");
  return { lines, text, quoteStart, segments, prose, links: Array.from(new Set(links.concat(urlsIn(prose.map((s) => s.text).join("\n"))))) };
}

function urlsIn(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]]+/gi), (m) => m[0]);
}
