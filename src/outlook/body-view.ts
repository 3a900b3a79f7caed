import { htmlToLines, textToLines, type Line } from "../policy/text/html";
import { parseBody, type ParsedBody } from "../policy/text/segment";
import type { ItemBody } from "../policy/types";

// A body as the edits see it: its visual lines (each with its place in the HTML source), the
// parsed body the engine reads, and the one kind of change an edit makes, a splice into the
// source. Office.js cannot undo, so the user's HTML before and after a splice stays byte for
// byte what it was (test/outlook/body-edit.property.test.ts proves it on generated bodies).

export interface Splice {
  /** Source offset of the change. */
  at: number;
  /** Characters of the source replaced (0 for an insertion). */
  remove: number;
  insert: string;
}

export interface BodyEdit {
  body: ItemBody;
  splice: Splice;
}

export function applySplice(source: string, splice: Splice): string {
  return source.slice(0, splice.at) + splice.insert + source.slice(splice.at + splice.remove);
}

export interface BodyView {
  lines: Line[];
  /** Offset of each line in ParsedBody.text. */
  offsets: number[];
  parsed: ParsedBody;
}

export function viewOf(body: ItemBody): BodyView {
  const { lines } = body.contentType === "html" ? htmlToLines(body.content) : textToLines(body.content);
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.text.length + 1;
  }
  return { lines, offsets, parsed: parseBody(body) };
}

export function lineAt(view: BodyView, offset: number): number {
  let lo = 0;
  let hi = view.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.offsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineEndOffset(view: BodyView, line: number): number {
  return view.offsets[line] + view.lines[line].text.length;
}

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
}

// Plain-text bodies: the view collapses runs of blank lines, so its lines map back to the
// source lines first.

export function sourceLines(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Source line index of each view line (textToLines drops repeated and trailing blank lines). */
export function viewToSource(text: string): number[] {
  const map: number[] = [];
  let previousBlank = true;
  sourceLines(text).forEach((line, index) => {
    const blank = line.text.trim() === "";
    if (blank && previousBlank) return;
    map.push(index);
    previousBlank = blank;
  });
  return map;
}
