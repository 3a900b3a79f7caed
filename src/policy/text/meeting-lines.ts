import { normalize } from "./normalize";
import type { ParsedBody, SegmentKind } from "./parsed-body";
import { chars, trimEndWhile } from "./trim";

// The lines of an invitation that the organizer wrote, for the readers of its blocks (agenda,
// minute-taker, urgency): the Teams join block, quoted history and disclaimers are skipped.

export interface BodyLine {
  text: string;
  norm: string;
  start: number;
  kind?: SegmentKind;
  /** The line is a segment of its own: an HTML paragraph or list item. */
  alone?: boolean;
}

/** Segment kinds the sender wrote now (a short signature may wrongly hold a line with an address). */
const SENDER_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(["greeting", "paragraph", "signoff", "signature"]);

/** The sender's lines in order; a blank line stands between segments. */
export function senderLines(body: ParsedBody): BodyLine[] {
  const lines: BodyLine[] = [];
  for (const segment of body.segments) {
    if (!SENDER_KINDS.has(segment.kind)) continue;
    if (lines.length > 0) lines.push({ text: "", norm: "", start: segment.start });
    let offset = segment.start;
    const texts = segment.text.split("\n");
    for (const text of texts) {
      lines.push({ text, norm: body.norm.slice(offset, offset + text.length), start: offset, kind: segment.kind, alone: texts.length === 1 });
      offset += text.length + 1;
    }
  }
  return lines;
}

const PLACEHOLDER_TRAIL = chars(/[\s。.]/);
const PLACEHOLDER = /^(tbd|tba|n\/a|待定|待补充|待确认|暂无|无|none|to be confirmed|to be decided|\.{2,}|…+|x+)$/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(trimEndWhile(normalize(text), PLACEHOLDER_TRAIL).trim());
}
