import { Parser } from "htmlparser2";
import { withConstantTimeStacks } from "./html-stack";
import { chars, isWhiteSpace, trimEndWhile, trimStartWhile } from "./trim";

// Turns an HTML body into the lines a reader sees, remembering which lines sit inside the
// quoted history or the signature that the mail client marked up. A streaming parser keeps
// this linear in the size of the body (a 1 MB reply chain is common) and needs no DOM.

export interface Line {
  text: string;
  /** Inside a container the client marks as quoted history. */
  quoted: boolean;
  /** Inside a container the client marks as the signature. */
  signature: boolean;
  /** Inside an HTML table cell (<td>, <th>): a file listed in a table has its description in the next cell. */
  cell?: boolean;
  /**
   * Where the line's text sits in the HTML source: from the first character of its first
   * text chunk to just after its last one. Lets the fixes splice text next to a line without
   * rewriting the rest of the body. Absent for blank lines and plain-text bodies.
   */
  htmlStart?: number;
  htmlEnd?: number;
}

export interface HtmlText {
  lines: Line[];
  /** Link targets outside the quoted history. */
  links: string[];
  /** With `untilQuotedHistory`: the reading stopped where a quoted-history container opened. */
  stoppedAtQuote?: boolean;
}

export interface HtmlReadOptions {
  /**
   * Stop at the container that opens the quoted history: the lines before it are exactly the
   * first lines of the whole reading (minus blank lines at its end), and nothing after it is
   * parsed. The engine reads the rest only if a rule asks for the history.
   */
  untilQuotedHistory?: boolean;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "caption",
]);
const SKIPPED_TAGS = new Set(["head", "style", "script", "title", "noscript", "template", "xml", "object"]);
const VOID_TAGS = new Set(["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"]);

/** Containers that Outlook, Gmail, Apple Mail and Thunderbird put around quoted history. */
function startsQuotedHistory(tag: string, attrs: Record<string, string>): boolean {
  const id = (attrs.id ?? "").toLowerCase();
  const cls = ` ${(attrs.class ?? "").toLowerCase()} `;
  const style = (attrs.style ?? "").toLowerCase().replace(/\s+/g, "");
  if (tag === "blockquote") return true;
  if (id === "divrplyfwdmsg" || id === "appendonsend" || id.startsWith("x_divrplyfwdmsg")) return true;
  if (id === "mail-editor-reference-message-container" || id === "ms-outlook-mobile-reply") return true;
  if (/ (gmail_quote|gmail_extra|moz-cite-prefix|yahoo_quoted|ms-outlook-quoted|outlook_quoted) /.test(cls)) return true;
  // Outlook desktop opens the reply header with a box that has only a thin top border.
  if (tag === "div" && /border-top:solid#[0-9a-f]{6}1\.0pt/.test(style) && /border:none/.test(style)) return true;
  return false;
}

function marksSignature(attrs: Record<string, string>): boolean {
  const id = (attrs.id ?? "").toLowerCase();
  const cls = ` ${(attrs.class ?? "").toLowerCase()} `;
  return (
    id === "signature" || id === "x_signature" || id.endsWith("_signature") ||
    / (gmail_signature|moz-signature|elementtoproof-signature) /.test(cls) ||
    "data-signature" in attrs || "data-smartmail" in attrs
  );
}

function isLooseParagraph(tag: string, attrs: Record<string, string>): boolean {
  // Outlook desktop writes every line as <p class=MsoNormal> with no margin; a plain <p>
  // from any other editor is a visual paragraph, so it ends with an empty line.
  return tag === "p" && !/msonormal|msolistparagraph/i.test(attrs.class ?? "");
}

const ENTITY_WS = /[\t\r\n\f ]+/g;
const isSpaceOrNbsp = chars(/[ \u00a0]/);
const isSpace = (ch: string): boolean => ch === " ";
const isLineEndSpace = chars(/[ \t\u00a0]/);

export function htmlToLines(html: string, options: HtmlReadOptions = {}): HtmlText {
  const lines: Line[] = [];
  const links: string[] = [];
  let current = "";
  let currentStart = -1;
  let currentEnd = -1;
  let skipDepth = 0;
  let preDepth = 0;
  let quotedHistory = false; // once started, the rest of the mail is history
  const stack: Array<{ tag: string; signature: boolean; quoteStart: boolean; loose: boolean }> = [];
  let signatureDepth = 0;
  let cellDepth = 0;
  const openCount = new Map<string, number>();
  let stopped = false;

  const flush = (): void => {
    const text = trimStartWhile(trimEndWhile(current, isSpaceOrNbsp), isSpace);
    const line: Line = { text, quoted: quotedHistory, signature: signatureDepth > 0 };
    if (cellDepth > 0) line.cell = true;
    if (currentStart >= 0) {
      line.htmlStart = currentStart;
      line.htmlEnd = currentEnd;
    }
    lines.push(line);
    current = "";
    currentStart = -1;
    currentEnd = -1;
  };
  const breakLine = (): void => {
    if (current.trim() !== "" || current.length > 0) flush();
  };
  const blankLine = (): void => {
    breakLine();
    const last = lines[lines.length - 1];
    if (last && last.text !== "") lines.push({ text: "", quoted: quotedHistory, signature: signatureDepth > 0 });
  };

  const parser = withConstantTimeStacks(new Parser(
    {
      onopentag(name, attrs) {
        if (stopped) return;
        const tag = name.toLowerCase();
        if (SKIPPED_TAGS.has(tag)) {
          if (!VOID_TAGS.has(tag)) skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (tag === "br") {
          flush();
          return;
        }
        if (tag === "a" && attrs.href && !quotedHistory) links.push(attrs.href);
        if (tag === "img") {
          return;
        }
        const quoteStart = !quotedHistory && startsQuotedHistory(tag, attrs);
        const signature = marksSignature(attrs);
        if (BLOCK_TAGS.has(tag) || quoteStart || signature) breakLine();
        if (tag === "hr") {
          // An <hr> directly before Outlook's reply header belongs to the history; it is
          // dropped as a line either way.
          return;
        }
        if (quoteStart && options.untilQuotedHistory) {
          stopped = true;
          parser.pause();
          return;
        }
        if (quoteStart) quotedHistory = true;
        if (signature) signatureDepth++;
        if (tag === "pre") preDepth++;
        if (tag === "td" || tag === "th") {
          current += current === "" ? "" : " ";
          cellDepth++;
        }
        if (!VOID_TAGS.has(tag)) {
          stack.push({ tag, signature, quoteStart, loose: isLooseParagraph(tag, attrs) });
          openCount.set(tag, (openCount.get(tag) ?? 0) + 1);
        }
      },
      ontext(raw) {
        if (stopped || skipDepth > 0) return;
        if (raw.trim() !== "") {
          if (currentStart < 0) currentStart = parser.startIndex;
          currentEnd = parser.endIndex + 1;
        }
        current += preDepth > 0 ? raw : raw.replace(ENTITY_WS, " ");
        // `current` holds no line break before this chunk: looking at the chunk is enough
        // (scanning `current` again for every chunk of a long <pre> line is quadratic).
        if (preDepth > 0 && raw.includes("\n")) {
          const parts = current.split("\n");
          current = parts.pop() ?? "";
          for (const part of parts) {
            lines.push({ text: trimEndWhile(part, isWhiteSpace), quoted: quotedHistory, signature: signatureDepth > 0 });
          }
          // Split <pre> lines have no exact source range; leaving it out keeps fixes off them.
          currentStart = -1;
          currentEnd = -1;
        }
      },
      onclosetag(name) {
        if (stopped) return;
        const tag = name.toLowerCase();
        if (SKIPPED_TAGS.has(tag)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0 || VOID_TAGS.has(tag)) return;
        // Pop to the matching open tag; broken HTML leaves unclosed elements behind. A tag
        // that is not open is known at once, without walking a deep stack for every stray close.
        if ((openCount.get(tag) ?? 0) === 0) return;
        let index = stack.length - 1;
        while (index >= 0 && stack[index].tag !== tag) index--;
        if (index < 0) return;
        const closing = stack.splice(index);
        for (const entry of closing) {
          openCount.set(entry.tag, (openCount.get(entry.tag) ?? 1) - 1);
          if (entry.tag === "pre") preDepth = Math.max(0, preDepth - 1);
        }
        const top = closing[0];
        if (top.loose) blankLine();
        else if (BLOCK_TAGS.has(tag)) breakLine();
        // After the line break: the cell's last line is still the cell's.
        for (const entry of closing) {
          if (entry.signature) signatureDepth = Math.max(0, signatureDepth - 1);
          if (entry.tag === "td" || entry.tag === "th") cellDepth = Math.max(0, cellDepth - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  ));
  parser.write(html);
  if (!stopped) parser.end();
  breakLine();
  const text: HtmlText = { lines: collapseBlankRuns(lines), links };
  if (options.untilQuotedHistory) text.stoppedAtQuote = stopped;
  return text;
}

/** Outlook writes an empty paragraph as `<p>&nbsp;</p>`; several in a row read as one gap. */
function collapseBlankRuns(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const blank = line.text.trim() === "";
    const previous = out[out.length - 1];
    if (blank && (!previous || previous.text === "")) continue;
    out.push(blank ? { ...line, text: "" } : line);
  }
  while (out.length > 0 && out[out.length - 1].text === "") out.pop();
  return out;
}

export function textToLines(text: string): HtmlText {
  // Blank runs are collapsed while splitting (as collapseBlankRuns does): a body of a million
  // empty lines then builds a handful of line objects, not a million.
  const lines: Line[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = trimEndWhile(raw, isLineEndSpace);
    const blank = line.trim() === "";
    if (blank && (lines.length === 0 || lines[lines.length - 1].text === "")) continue;
    lines.push({ text: blank ? "" : line, quoted: false, signature: false });
  }
  while (lines.length > 0 && lines[lines.length - 1].text === "") lines.pop();
  const links = Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)]+/gi), (m) => m[0]);
  return { lines, links };
}
