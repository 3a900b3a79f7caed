import type { Line } from "./html";
import { normalize } from "./normalize";

// The lines of a body with their offsets into its text. A line is normalised only when it is
// looked at: the segmenter reads the lines up to the quoted history, and normalising a long
// history that no rule judges was a third of reading a 1 MB reply.

export class BodyLine {
  private folded: string | undefined;
  private trimmed: string | undefined;

  constructor(
    private readonly line: Line,
    /** Offset of the line in the body's text. */
    readonly start: number,
  ) {}

  get text(): string {
    return this.line.text;
  }

  get quoted(): boolean {
    return this.line.quoted;
  }

  get signature(): boolean {
    return this.line.signature;
  }

  get cell(): boolean {
    return this.line.cell === true;
  }

  /** `normalize(text)`: same length as the line. */
  get normalized(): string {
    this.folded ??= normalize(this.line.text);
    return this.folded;
  }

  /** The normalised line, trimmed: what the patterns read. */
  get norm(): string {
    this.trimmed ??= this.normalized.trim();
    return this.trimmed;
  }

  /** Blank as a reader sees it (normalising never turns white space into text or back). */
  get blank(): boolean {
    return this.trimmed !== undefined ? this.trimmed === "" : this.line.text.trim() === "";
  }
}

export function indexLines(lines: readonly Line[]): BodyLine[] {
  const indexed: BodyLine[] = [];
  let offset = 0;
  for (const line of lines) {
    indexed.push(new BodyLine(line, offset));
    offset += line.text.length + 1;
  }
  return indexed;
}
