import { normalize } from "../policy/text/normalize";
import type { ItemBody } from "../policy/types";
import { escapeText, tokenize, type Token } from "./body-edit-html";
import { applySplice, lineAt, sourceLines, viewOf, viewToSource, type BodyEdit, type BodyView, type Splice } from "./body-view";

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
