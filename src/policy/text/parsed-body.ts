// What reading a body gives the rules: the body as segments (greeting, paragraphs, sign-off,
// signature, disclaimer, join block, quoted history) with offsets into its text.

export type SegmentKind =
  | "greeting"
  | "paragraph"
  | "signoff"
  | "signature"
  | "disclaimer"
  | "joinInfo"
  | "quoted";

export interface Segment {
  kind: SegmentKind;
  /** The segment's text as the reader sees it (lines joined by "\n"). */
  text: string;
  /** Offsets into ParsedBody.text. */
  start: number;
  end: number;
}

export interface ParsedBody {
  /** The whole body as plain text, one line per visual line. */
  text: string;
  /** `normalize(text)`: same length and offsets, folded for matching. */
  norm: string;
  segments: Segment[];
  greeting?: Segment;
  signoff?: Segment;
  /** The sender's new paragraphs, without greeting and sign-off. */
  paragraphs: Segment[];
  /** Greeting, paragraphs and sign-off, in order: everything the sender wrote now. */
  prose: Segment[];
  /** Link targets outside the quoted history. */
  links: string[];
  hasQuotedHistory: boolean;
  /**
   * The body's text up to the quoted history (every line before it, joined by "\n"): the
   * sender's prose lies inside it at the same offsets as in `text`. Rules that judge only the
   * new text read this and `ownNorm`, so that the history is found but never read: `text`,
   * `norm` and `segments` of a long reply are only built when something asks for them.
   */
  ownText: string;
  /** `normalize(ownText)`. */
  ownNorm: string;
  /** `segments` without the quoted ones: greeting, paragraphs, sign-off, signature, disclaimer, join block. */
  ownSegments: Segment[];
  /** Whether the line of `ownText` that starts at `lineStart` stood in an HTML table cell. */
  isTableCellLine(lineStart: number): boolean;
}
