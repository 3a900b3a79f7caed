import { Parser } from "htmlparser2";

// The HTML side of the body fixes: a flat list of the tags and text chunks of a body with
// their exact source positions, and the markup of the lines a fix inserts. Fixes splice
// into the source at these positions; they never parse and re-serialise the user's HTML,
// because a serialiser normalises quotes, entities and Outlook's conditional comments.

export interface Token {
  kind: "open" | "close" | "void" | "text";
  /** Lower-case tag name ("" for text). */
  name: string;
  /** Source range [start, end). An implied close tag has start === end. */
  start: number;
  end: number;
  attrs: Record<string, string>;
  /** For a close tag: the index of its open tag. */
  openIndex?: number;
  implied?: boolean;
  /** For text: the decoded characters of this chunk (an entity is a chunk of its own). */
  text?: string;
}

const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "embed", "param", "track"]);

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
  "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "head",
]);

/** Blocks a new sibling of the same kind can be put next to without changing the layout. */
const SPLITTABLE = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** Inline tags whose formatting (font, size, colour) a new line next to them should keep. */
const FORMATTING = new Set(["span", "font"]);

export function isBlock(name: string): boolean {
  return BLOCK.has(name);
}

export function isSplittable(name: string): boolean {
  return SPLITTABLE.has(name);
}

export function isFormatting(name: string): boolean {
  return FORMATTING.has(name);
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const stack: number[] = [];
  let parser: Parser | null = null;
  const here = (): { start: number; end: number } => ({ start: parser?.startIndex ?? 0, end: (parser?.endIndex ?? -1) + 1 });
  parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        const { start, end } = here();
        tokens.push({ kind: VOID.has(tag) ? "void" : "open", name: tag, start, end, attrs });
        if (!VOID.has(tag)) stack.push(tokens.length - 1);
      },
      onclosetag(name, implied) {
        const tag = name.toLowerCase();
        if (VOID.has(tag)) return;
        let open = -1;
        while (stack.length > 0) {
          const index = stack.pop() as number;
          if (tokens[index].name === tag) {
            open = index;
            break;
          }
        }
        const { start, end } = here();
        tokens.push(
          implied
            ? { kind: "close", name: tag, start, end: start, attrs: {}, openIndex: open, implied: true }
            : { kind: "close", name: tag, start, end, attrs: {}, openIndex: open },
        );
      },
      ontext(data) {
        const { start, end } = here();
        tokens.push({ kind: "text", name: "", start, end, attrs: {}, text: data });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tokens;
}

/** Whitespace only, counting the entities editors use for blank space. */
export function isBlankSource(source: string): boolean {
  return source.replace(/&nbsp;|&#160;|&#xa0;|&ensp;|&emsp;|&thinsp;|&#8203;|&zwnj;/gi, "").trim() === "";
}

export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // HTML collapses runs of spaces and drops a trailing one; "— " must stay ready for typing.
    .replace(/ {2,}/g, (run) => " " + "&nbsp;".repeat(run.length - 1))
    .replace(/^ | $/g, "&nbsp;");
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** How new lines are written next to an existing block. */
export interface LineStyle {
  /** "p" or "div". */
  tag: string;
  /** class / style / dir / lang of the neighbour, already escaped, with a leading space. */
  attrs: string;
  /** A plain <p> already reads as a paragraph with a gap after it. */
  loose: boolean;
  /** Raw opening tags of the neighbour's <span>/<font> wrappers (kept for the font). */
  wrappers: string[];
}

export const DEFAULT_STYLE: LineStyle = { tag: "div", attrs: "", loose: false, wrappers: [] };

const KEPT_ATTRS = ["class", "style", "dir", "lang"];

export function styleOf(block: Token, wrappers: string[] = []): LineStyle {
  const heading = /^h\d$/.test(block.name);
  const tag = block.name === "p" ? "p" : "div";
  const cls = block.attrs.class ?? "";
  const attrs = heading
    ? ""
    : KEPT_ATTRS.filter((a) => block.attrs[a] !== undefined)
        .map((a) => {
          // A list paragraph's class would make the new line look like a list item.
          const value = a === "class" ? cls.replace(/\bMsoListParagraph\w*/gi, "MsoNormal") : block.attrs[a];
          return ` ${a}="${escapeAttr(value)}"`;
        })
        .join("");
  const loose = tag === "p" && !/msonormal|msolistparagraph/i.test(cls);
  return { tag, attrs, loose, wrappers };
}

function wrap(style: LineStyle, inner: string): string {
  const closes = style.wrappers
    .map((raw) => /^<\s*([a-z0-9:-]+)/i.exec(raw)?.[1]?.toLowerCase() ?? "span")
    .reverse()
    .map((name) => `</${name}>`)
    .join("");
  return style.wrappers.join("") + inner + closes;
}

/** The lines as blocks like their neighbour: one block per line, or one loose <p> with <br>s. */
export function blockMarkup(lines: readonly string[], style: LineStyle): string {
  const open = `<${style.tag}${style.attrs}>`;
  const close = `</${style.tag}>`;
  if (style.loose) return open + wrap(style, lines.map(escapeText).join("<br>")) + close;
  return lines.map((line) => open + (line === "" ? "<br>" : wrap(style, escapeText(line))) + close).join("");
}

/** An empty line in the neighbour's style ("" where the block itself already leaves a gap). */
export function blankBlockMarkup(style: LineStyle): string {
  if (style.loose) return "";
  return style.tag === "p" ? `<p${style.attrs}>&nbsp;</p>` : `<div${style.attrs}><br></div>`;
}

/** The lines inside a run of text separated by <br>. */
export function inlineMarkup(lines: readonly string[]): string {
  return lines.map(escapeText).join("<br>");
}
