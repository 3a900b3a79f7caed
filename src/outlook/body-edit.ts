import { htmlToLines, textToLines, type Line } from "../policy/text/html";
import { normalize } from "../policy/text/normalize";
import { parseBody, type ParsedBody } from "../policy/text/segment";
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

// Pure body transforms behind the one-click fixes. Office.js cannot undo, so every edit is
// one splice into the body's source: the user's HTML before and after it stays byte for
// byte what it was (test/outlook/body-edit.property.test.ts proves it on generated bodies).
// An edit that cannot be placed safely returns null and the fix is not offered.

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

// ---------------------------------------------------------------------------------------
// Where an insertion goes, in terms of the body's visual lines.

interface LinePlan {
  /** Index into the lines; -1 for an empty body. */
  line: number;
  where: "before" | "after";
  /** Separate the new text from its neighbour with an empty line, as the mail already does. */
  blank: boolean;
}

interface BodyView {
  lines: Line[];
  /** Offset of each line in ParsedBody.text. */
  offsets: number[];
  parsed: ParsedBody;
}

function viewOf(body: ItemBody): BodyView {
  const { lines } = body.contentType === "html" ? htmlToLines(body.content) : textToLines(body.content);
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.text.length + 1;
  }
  return { lines, offsets, parsed: parseBody(body) };
}

function lineAt(view: BodyView, offset: number): number {
  let lo = 0;
  let hi = view.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.offsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineEndOffset(view: BodyView, line: number): number {
  return view.offsets[line] + view.lines[line].text.length;
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

function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
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
// Plain-text bodies: the view collapses runs of blank lines, so map its lines back to the
// source lines first.

function sourceLines(text: string): Array<{ start: number; end: number; text: string }> {
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
function viewToSource(text: string): number[] {
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

// ---------------------------------------------------------------------------------------
// Replacing a word: inside one text node of the sender's own prose, never across tags.

interface TextNode {
  /** Decoded text. */
  text: string;
  /** Source start of each decoded character, plus one entry for the end. */
  map: number[];
}

/** The text nodes of [from, to) with a map from each decoded character to its source. */
function textNodes(html: string, tokens: Token[], from: number, to: number): TextNode[] {
  const nodes: TextNode[] = [];
  let current: TextNode | null = null;
  let previousEnd = -1;
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    if (t.kind !== "text") {
      if (!t.implied) current = null;
      continue;
    }
    if (!current || t.start !== previousEnd) {
      current = { text: "", map: [] };
      nodes.push(current);
    }
    const raw = html.slice(t.start, t.end);
    const decoded = t.text ?? raw;
    current.map.length = current.text.length; // drop the previous chunk's end entry
    if (decoded !== raw) {
      // An entity: only its edges are safe places to cut.
      for (let k = 0; k < decoded.length; k++) current.map.push(k === 0 ? t.start : Number.NaN);
    } else {
      for (let k = 0; k < raw.length; k++) current.map.push(t.start + k);
    }
    current.text += decoded;
    previousEnd = t.end;
    current.map[current.text.length] = t.end;
  }
  return nodes;
}

const LATIN_WORD = /[a-z0-9_]/i;

function isWordMatch(text: string, start: number, end: number, find: string): boolean {
  if (!LATIN_WORD.test(find[0] ?? "") && !LATIN_WORD.test(find[find.length - 1] ?? "")) return true;
  const before = start > 0 ? text[start - 1] : "";
  const after = end < text.length ? text[end] : "";
  return !(LATIN_WORD.test(find[0]) && LATIN_WORD.test(before)) && !(LATIN_WORD.test(find[find.length - 1]) && LATIN_WORD.test(after));
}

interface Match {
  node: TextNode;
  start: number;
  end: number;
}

function matchesIn(nodes: TextNode[], find: string, fold: boolean): Match[] {
  const needle = fold ? normalize(find) : find;
  const out: Match[] = [];
  for (const node of nodes) {
    const hay = fold ? normalize(node.text) : node.text;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + Math.max(needle.length, 1))) {
      if (isWordMatch(node.text, i, i + needle.length, find)) out.push({ node, start: i, end: i + needle.length });
    }
  }
  return out;
}

/** Source ranges of the sender's own prose (never the quoted history or the signature). */
function proseRanges(view: BodyView): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const segment of view.parsed.prose) {
    const first = lineAt(view, segment.start);
    const last = lineAt(view, Math.max(segment.start, segment.end - 1));
    for (let i = first; i <= last; i++) {
      const line = view.lines[i];
      if (line.htmlStart !== undefined && line.htmlEnd !== undefined) ranges.push([line.htmlStart, line.htmlEnd]);
    }
  }
  return ranges;
}

function replaceInHtml(html: string, view: BodyView, find: string, replace: string, occurrence: number): Splice | null {
  const tokens = tokenize(html);
  const nodes = proseRanges(view).flatMap(([from, to]) => textNodes(html, tokens, from, to));
  const unique = Array.from(new Map(nodes.map((n) => [n.map[0], n])).values());
  let matches = matchesIn(unique, find, false);
  if (matches.length === 0) matches = matchesIn(unique, find, true);
  const match = matches[Math.min(occurrence, matches.length - 1)];
  if (!match) return null;
  const at = match.node.map[match.start];
  const end = match.node.map[match.end];
  if (!Number.isFinite(at) || !Number.isFinite(end)) return null;
  return { at, remove: end - at, insert: escapeText(replace).replace(/^&nbsp;|&nbsp;$/g, " ") };
}

function replaceInText(text: string, view: BodyView, find: string, replace: string, occurrence: number): Splice | null {
  const source = sourceLines(text);
  const toSource = viewToSource(text);
  const proseLines = new Set<number>();
  for (const segment of view.parsed.prose) {
    for (let i = lineAt(view, segment.start); i <= lineAt(view, Math.max(segment.start, segment.end - 1)); i++) proseLines.add(toSource[i]);
  }
  const nodes: TextNode[] = Array.from(proseLines)
    .sort((a, b) => a - b)
    .map((i) => source[i])
    .map((line) => ({ text: line.text, map: Array.from({ length: line.text.length + 1 }, (_, k) => line.start + k) }));
  let matches = matchesIn(nodes, find, false);
  if (matches.length === 0) matches = matchesIn(nodes, find, true);
  const match = matches[Math.min(occurrence, matches.length - 1)];
  if (!match) return null;
  const at = match.node.map[match.start];
  return { at, remove: match.node.map[match.end] - at, insert: replace };
}

/**
 * Replaces the `occurrence`-th (0-based) appearance of `find` in the sender's new prose.
 * Matching tries the exact text first, then ignores script, width and case.
 */
export function replaceInBody(body: ItemBody, find: string, replace: string, occurrence = 0): BodyEdit | null {
  if (find === "") return null;
  const view = viewOf(body);
  const index = Math.max(0, Math.floor(occurrence));
  const splice = body.contentType === "html" ? replaceInHtml(body.content, view, find, replace, index) : replaceInText(body.content, view, find, replace, index);
  return splice ? { body: { ...body, content: applySplice(body.content, splice) }, splice } : null;
}

/** Replaces one appearance of `find` in a subject, exactly or ignoring script, width and case. */
export function replaceInSubject(subject: string, find: string, replace: string, occurrence = 0): string | null {
  const node: TextNode = { text: subject, map: Array.from({ length: subject.length + 1 }, (_, k) => k) };
  let matches = matchesIn([node], find, false);
  if (matches.length === 0) matches = matchesIn([node], find, true);
  const match = matches[Math.min(Math.max(0, occurrence), matches.length - 1)];
  return match ? subject.slice(0, match.start) + replace + subject.slice(match.end) : null;
}
