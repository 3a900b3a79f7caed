import { readAttachmentList } from "../policy/text/attachment-list";
import { readMeetingBody } from "../policy/text/meeting-body";
import type { BodyBlock, InsertPlace, ItemBody } from "../policy/types";
import { escapeText, tokenize } from "./body-edit-html";
import { insertIntoBody } from "./body-edit";
import { applySplice, lineAt, sourceLines, viewOf, viewToSource, type BodyEdit, type BodyView, type Splice } from "./body-view";

// Writing a block the add-in reads back (the attachment list, the agenda, the minute-taker, the
// reason for urgency): the block the engine's reader finds is replaced, whole lines only, so
// writing it again never adds a second one; without one the block is inserted where a person
// would put it. Everything outside the replaced lines stays byte for byte.

/** What the sender writes (the readers read these; a short last line may be taken for a signature). */
const SENDER = new Set(["greeting", "paragraph", "signoff", "signature"]);

interface Range {
  start: number;
  end: number;
}

function readBlock(view: BodyView, block: BodyBlock): Range | undefined {
  if (block === "attachmentList") return readAttachmentList(view.parsed);
  const read = readMeetingBody(view.parsed);
  // A running order by the clock is kept as written: the list the add-in writes has no times.
  if (block === "agenda") return read.agenda?.timed === true ? undefined : (read.agenda ?? read.emptyAgendaHeading);
  return block === "minuteTaker" ? read.minuteTaker : read.urgency;
}

/**
 * The block as found, cut where the sender's text ends: what a reader took in from the quoted
 * history, the join block or the disclaimer below it is never part of what is replaced.
 */
function existingBlock(view: BodyView, block: BodyBlock): Range | undefined {
  const found = readBlock(view, block);
  if (!found) return undefined;
  const carried = view.parsed.segments.find((s) => !SENDER.has(s.kind) && s.end > found.start && s.start < found.end);
  if (carried && carried.start <= found.start) return undefined;
  return carried ? { start: found.start, end: Math.min(found.end, carried.start) } : found;
}

/** The view lines [first, last] a text range covers, when it covers them whole. */
function wholeLines(view: BodyView, range: Range): { first: number; last: number } | undefined {
  const first = lineAt(view, range.start);
  const last = lineAt(view, Math.max(range.start, range.end - 1));
  const before = view.parsed.text.slice(view.offsets[first], range.start);
  const after = view.parsed.text.slice(range.end, view.offsets[last] + view.lines[last].text.length);
  // A block inside a sentence is left alone: the caller inserts a new one instead.
  return before.trim() === "" && after.trim() === "" ? { first, last } : undefined;
}

function replaceHtmlLines(html: string, view: BodyView, first: number, last: number, text: string): Splice | undefined {
  const a = view.lines[first];
  const b = view.lines[last];
  if (a.htmlStart === undefined || b.htmlEnd === undefined || a.quoted || b.quoted) return undefined;
  return { at: a.htmlStart, remove: b.htmlEnd - a.htmlStart, insert: text.split("\n").map(escapeText).join("<br>") };
}

function replaceTextLines(content: string, first: number, last: number, text: string): Splice {
  const source = sourceLines(content);
  const map = viewToSource(content);
  const a = source[map[first]];
  const b = source[map[last]];
  const newline = /\r\n/.test(content) ? "\r\n" : "\n";
  return { at: a.start, remove: b.end - a.start, insert: text.split("\n").join(newline) };
}

function replaceBlock(body: ItemBody, view: BodyView, block: BodyBlock, text: string): BodyEdit | null {
  const found = existingBlock(view, block);
  const lines = found ? wholeLines(view, found) : undefined;
  if (!lines) return null;
  const splice = body.contentType === "html" ? replaceHtmlLines(body.content, view, lines.first, lines.last, text) : replaceTextLines(body.content, lines.first, lines.last, text);
  return splice ? { body: { ...body, content: applySplice(body.content, splice) }, splice } : null;
}

/** The end of the body's content (before </body>, else the end): the last resort (a <pre> body). */
function appendAt(html: string): number {
  const close = tokenize(html).find((t) => t.kind === "close" && t.name === "body" && !t.implied);
  return close ? close.start : html.length;
}

function appendBlock(body: ItemBody, text: string): BodyEdit {
  const markup = text
    .split("\n")
    .map((line) => `<div>${line === "" ? "<br>" : escapeText(line)}</div>`)
    .join("");
  const splice: Splice =
    body.contentType === "html"
      ? { at: appendAt(body.content), remove: 0, insert: markup }
      : { at: body.content.length, remove: 0, insert: body.content.trim() === "" ? text : `\n\n${text}` };
  return { body: { ...body, content: applySplice(body.content, splice) }, splice };
}

/** Writes `text` as the body's `block`: in place of the one there, else inserted at `place`. */
export function writeBlock(body: ItemBody, block: BodyBlock, text: string, place: InsertPlace): BodyEdit | null {
  if (text.trim() === "") return null;
  const view = viewOf(body);
  const replaced = replaceBlock(body, view, block, text);
  if (replaced) return replaced;
  // With nothing written yet, insertIntoBody puts the block first, above any quoted history.
  return insertIntoBody(body, place, text) ?? appendBlock(body, text);
}
