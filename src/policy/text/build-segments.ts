import type { BodyLine } from "./body-lines";
import type { Segment, SegmentKind } from "./parsed-body";

// The lines of a body, each with its kind, joined into segments.

/** Joins consecutive lines of one kind into segments; blank lines end paragraphs. */
export function buildSegments(
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
