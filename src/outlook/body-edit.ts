import { closingStart } from "../policy/text/closing";
import type { InsertPlace, ItemBody } from "../policy/types";
import {
  DEFAULT_STYLE,
  blankBlockMarkup,
  blockMarkup,
  escapeText,
  inlineMarkup,
  isBlankSource,
  isBlock,
  isFormatting,
  isSplittable,
  styleOf,
  tokenize,
  type LineStyle,
  type Token,
} from "./body-edit-html";
import { applySplice, lineAt, lineEndOffset, sourceLines, splitLines, viewOf, viewToSource, type BodyEdit, type BodyView, type Splice } from "./body-view";

// Inserting text where a person would put it: at the start, under the greeting, in front of
// the closing or the sign-off, or after the last paragraph. One splice into the body's
// source; an insertion that cannot be placed safely returns null and the fix is not offered.

// ---------------------------------------------------------------------------------------
// Where an insertion goes, in terms of the body's visual lines.

interface LinePlan {
  /** Index into the lines; -1 for an empty body. */
  line: number;
  where: "before" | "after";
  /** Separate the new text from its neighbour with an empty line, as the mail already does. */
  blank: boolean;
}

function planInsertion(view: BodyView, place: InsertPlace): LinePlan {
  const { parsed, lines } = view;
  const prose = parsed.prose;
  // Nothing written yet (only a signature or the quoted history): the text goes first, before
  // whatever container starts the history.
  if (lines.length === 0 || prose.length === 0) return { line: -1, where: "before", blank: false };
  const lastProseLine = prose.length > 0 ? lineAt(view, prose[prose.length - 1].end - 1) : -1;
  const blank = lines.slice(0, Math.max(lastProseLine, 0) + 1).some((l) => l.text === "");
  const atStart: LinePlan = { line: prose.length > 0 ? lineAt(view, prose[0].start) : 0, where: "before", blank };
  // The end of what the sender wrote is the last paragraph: the sign-off and the name under
  // it stay last.
  const paragraphs = parsed.paragraphs;
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const atEnd: LinePlan = lastParagraph
    ? { line: lineAt(view, lastParagraph.end - 1), where: "after", blank }
    : parsed.signoff
      ? { line: lineAt(view, parsed.signoff.start), where: "before", blank }
      : parsed.greeting
        ? { line: lineAt(view, parsed.greeting.end - 1), where: "after", blank }
        : { line: 0, where: "before", blank };

  switch (place) {
    case "start":
      return atStart;
    case "end":
      return atEnd;
    case "beforeSignoff":
      return parsed.signoff ? { line: lineAt(view, parsed.signoff.start), where: "before", blank } : atEnd;
    case "beforeClosing": {
      const closing = closingStart(parsed);
      return closing === undefined ? atEnd : { line: lineAt(view, closing), where: "before", blank };
    }
    case "afterGreeting": {
      const greeting = parsed.greeting;
      if (!greeting) return atStart;
      const greetingLine = lineAt(view, greeting.end - 1);
      // "Hi Lisa, I'm writing to …" on one line: the new text goes under that line.
      if (greeting.end < lineEndOffset(view, greetingLine)) return { line: greetingLine, where: "after", blank };
      const next = prose.find((s) => s.start >= greeting.end);
      return next ? { line: lineAt(view, next.start), where: "before", blank } : { line: greetingLine, where: "after", blank };
    }
  }
}


// ---------------------------------------------------------------------------------------
// HTML bodies.

function findText(tokens: Token[], predicate: (t: Token) => boolean): number {
  return tokens.findIndex((t) => t.kind === "text" && predicate(t));
}

function isBlankText(html: string, t: Token): boolean {
  return t.kind === "text" && isBlankSource(html.slice(t.start, t.end));
}

function bodyContentStart(tokens: Token[]): number {
  const body = tokens.find((t) => t.kind === "open" && t.name === "body");
  return body ? body.end : 0;
}

function bodyContentEnd(tokens: Token[], length: number): number {
  const close = tokens.find((t) => t.kind === "close" && t.name === "body" && !t.implied);
  if (close) return close.start;
  const html = tokens.find((t) => t.kind === "close" && t.name === "html" && !t.implied);
  return html ? html.start : length;
}

function insertBeforeLine(html: string, tokens: Token[], start: number, lines: string[], blank: boolean): Splice | null {
  const first = findText(tokens, (t) => t.start === start);
  if (first < 0) return null;
  let j = first - 1;
  const wrappers: Token[] = [];
  while (j >= 0) {
    const t = tokens[j];
    if (isBlankText(html, t)) j--;
    else if (t.kind === "open" && !isBlock(t.name)) {
      if (isFormatting(t.name)) wrappers.unshift(t);
      j--;
    } else if (isInlineEdge(t)) {
      // An empty inline element (Outlook's <o:p></o:p>) or an inline image starts the line.
      wrappers.length = 0;
      j--;
    } else break;
  }
  const boundary = j >= 0 ? tokens[j] : undefined;
  const at = tokens[j + 1].start;
  const raw = wrappers.map((w) => html.slice(w.start, w.end));
  if (boundary && boundary.kind === "open" && isBlock(boundary.name) && boundary.name !== "body" && boundary.name !== "html") {
    if (isSplittable(boundary.name)) {
      const style = styleOf(boundary, raw);
      return { at: boundary.start, remove: 0, insert: blockMarkup(lines, style) + (blank ? blankBlockMarkup(style) : "") };
    }
    return { at, remove: 0, insert: inlineMarkup(lines) + "<br>" + (blank ? "<br>" : "") };
  }
  if (boundary && boundary.kind === "void" && boundary.name === "br") {
    return { at, remove: 0, insert: inlineMarkup(lines) + "<br>" + (blank ? "<br>" : "") };
  }
  const style: LineStyle = { ...DEFAULT_STYLE, wrappers: raw };
  return { at, remove: 0, insert: blockMarkup(lines, style) + (blank ? blankBlockMarkup(style) : "") };
}

/** A close tag of an inline element, or an inline void element other than a line break. */
function isInlineEdge(t: Token): boolean {
  return (t.kind === "close" && !isBlock(t.name)) || (t.kind === "void" && t.name !== "br" && t.name !== "hr");
}

/** Past blank text and inline tags (open, close, images) that follow index `from`. */
function skipInlineEnds(html: string, tokens: Token[], from: number): number {
  let j = from;
  while (j < tokens.length) {
    const t = tokens[j];
    if (isBlankText(html, t) || isInlineEdge(t) || (t.kind === "open" && !isBlock(t.name))) j++;
    else break;
  }
  return j;
}

/** Raw <span>/<font> tags still open at token `at` inside the block opened at `from` (the line's font). */
function openFormatting(html: string, tokens: Token[], from: number, at: number): string[] {
  const open: number[] = [];
  for (let i = from + 1; i <= at; i++) {
    const t = tokens[i];
    if (t.kind === "open" && isFormatting(t.name)) open.push(i);
    else if (t.kind === "close" && t.openIndex !== undefined) {
      const k = open.indexOf(t.openIndex);
      if (k >= 0) open.splice(k, 1);
    }
  }
  return open.map((i) => html.slice(tokens[i].start, tokens[i].end));
}

function insertAfterLine(html: string, tokens: Token[], end: number, lines: string[], blank: boolean): Splice | null {
  const last = findText(tokens, (t) => t.end === end);
  if (last < 0) return null;
  let j = skipInlineEnds(html, tokens, last + 1);
  let t = tokens[j];
  if (t && t.kind === "void" && t.name === "br") {
    const k = skipInlineEnds(html, tokens, j + 1);
    const u = tokens[k];
    // A trailing <br> that only keeps an empty block open: the line ends with its block.
    if (!(u && u.kind === "close" && isSplittable(u.name) && !u.implied)) {
      return { at: t.end, remove: 0, insert: (blank ? "<br>" : "") + inlineMarkup(lines) + "<br>" };
    }
    j = k;
    t = u;
  }
  if (t && t.kind === "close" && !t.implied && isBlock(t.name) && t.name !== "body" && t.name !== "html") {
    const open = t.openIndex !== undefined && t.openIndex >= 0 ? tokens[t.openIndex] : undefined;
    if (isSplittable(t.name) && open) {
      const style = styleOf(open, openFormatting(html, tokens, t.openIndex ?? 0, last));
      return { at: t.end, remove: 0, insert: (blank ? blankBlockMarkup(style) : "") + blockMarkup(lines, style) };
    }
    return { at: t.start, remove: 0, insert: "<br>" + (blank ? "<br>" : "") + inlineMarkup(lines) };
  }
  const at = t ? t.start : html.length;
  if (t && (t.kind === "text" || (t.kind === "open" && !isBlock(t.name)))) {
    return { at, remove: 0, insert: "<br>" + (blank ? "<br>" : "") + inlineMarkup(lines) + "<br>" };
  }
  return { at, remove: 0, insert: (blank ? blankBlockMarkup(DEFAULT_STYLE) : "") + blockMarkup(lines, DEFAULT_STYLE) };
}

function insertIntoHtml(html: string, view: BodyView, plan: LinePlan, lines: string[]): Splice | null {
  const tokens = tokenize(html);
  if (plan.line < 0) {
    const at = view.lines.length === 0 ? bodyContentEnd(tokens, html.length) : bodyContentStart(tokens);
    return { at, remove: 0, insert: blockMarkup(lines, DEFAULT_STYLE) };
  }
  const line = view.lines[plan.line];
  if (line.htmlStart === undefined || line.htmlEnd === undefined) return null;
  return plan.where === "before"
    ? insertBeforeLine(html, tokens, line.htmlStart, lines, plan.blank)
    : insertAfterLine(html, tokens, line.htmlEnd, lines, plan.blank);
}

// ---------------------------------------------------------------------------------------
// Plain-text bodies.



function insertIntoText(text: string, view: BodyView, plan: LinePlan, lines: string[]): Splice {
  const newline = /\r\n/.test(text) ? "\r\n" : "\n";
  const block = lines.join(newline);
  if (plan.line < 0) {
    return text === "" ? { at: 0, remove: 0, insert: block } : { at: 0, remove: 0, insert: block + newline };
  }
  const source = sourceLines(text);
  const line = source[viewToSource(text)[plan.line]];
  if (plan.where === "before") {
    return { at: line.start, remove: 0, insert: block + newline + (plan.blank ? newline : "") };
  }
  return { at: line.end, remove: 0, insert: newline + (plan.blank ? newline : "") + block };
}

// ---------------------------------------------------------------------------------------
// Public transforms.

/** Inserts `text` (lines separated by "\n") at a place a person would choose. */
export function insertIntoBody(body: ItemBody, place: InsertPlace, text: string): BodyEdit | null {
  const lines = splitLines(text);
  if (lines.length === 0 || (lines.length === 1 && lines[0] === "")) return null;
  const view = viewOf(body);
  const plan = planInsertion(view, place);
  const splice = body.contentType === "html" ? insertIntoHtml(body.content, view, plan, lines) : insertIntoText(body.content, view, plan, lines);
  return splice ? { body: { ...body, content: applySplice(body.content, splice) }, splice } : null;
}

/**
 * Markup for text put at the cursor (Office's setSelectedDataAsync): lines joined by <br>.
 * Several lines start on a line of their own, so a caret left at the end of "Hi team," does
 * not glue the first of them to the user's line; one line goes exactly where the caret is.
 */
export function cursorMarkup(text: string): string {
  const lines = splitLines(text);
  return (lines.length > 1 ? "<br>" : "") + inlineMarkup(lines);
}

export function escapeHtmlText(text: string): string {
  return escapeText(text);
}

