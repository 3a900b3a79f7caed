import type { Reason } from "./input-error";

// An mbox file (RFC 4155: Thunderbird, Apple Mail, Google Takeout, mutt) split into its
// messages as the bytes stream in, never held whole: a message starts at a "From " line at the
// start of the file or after an empty line, ">From " lines are unescaped (mboxrd), and a
// message larger than the limit is skipped (its bytes dropped as they pass) with its line.

export type MboxPiece = { ok: true; line: number; bytes: Uint8Array } | { ok: false; line: number; reason: Reason };

const LF = 0x0a;
const MB = 1024 * 1024;

function isFromLine(line: Uint8Array): boolean {
  return line.length >= 5 && line[0] === 0x46 && line[1] === 0x72 && line[2] === 0x6f && line[3] === 0x6d && line[4] === 0x20;
}

function isEmptyLine(line: Uint8Array): boolean {
  return line.length === 1 || (line.length === 2 && line[0] === 0x0d);
}

/** ">From " → "From ", ">>From " → ">From " (mboxrd); other lines as they are. */
function unescaped(line: Uint8Array): Uint8Array {
  if (line[0] !== 0x3e) return line;
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  return isFromLine(line.subarray(i)) ? line.subarray(1) : line;
}

class MessageBuilder {
  private lines: Uint8Array[] = [];
  private size = 0;
  oversize = false;
  constructor(
    readonly line: number,
    private readonly maxBytes: number,
  ) {}

  add(line: Uint8Array): void {
    if (this.oversize) return;
    this.size += line.length;
    if (this.size > this.maxBytes) {
      this.oversize = true;
      this.lines = [];
      return;
    }
    this.lines.push(line);
  }

  finish(): MboxPiece {
    if (this.oversize) return { ok: false, line: this.line, reason: { code: "mboxMessageTooLarge", data: { line: this.line, max: Math.round(this.maxBytes / MB) } } };
    if (this.lines.every(isEmptyLine)) return { ok: false, line: this.line, reason: { code: "mboxEmptyMessage", data: { line: this.line } } };
    // The empty line before the next "From " belongs to the format, not to the message.
    const last = this.lines[this.lines.length - 1];
    if (last && isEmptyLine(last)) this.lines.pop();
    return { ok: true, line: this.line, bytes: Buffer.concat(this.lines) };
  }
}

const CR = 0x0d;

/** Lines end in a lone CR when the first line end of the file is one (classic Mac OS, Eudora). */
function lineEndOf(chunk: Uint8Array): number | undefined {
  const lf = chunk.indexOf(LF);
  const cr = chunk.indexOf(CR);
  if (cr < 0 || cr + 1 >= chunk.length) return lf < 0 ? undefined : LF;
  return (lf < 0 || cr < lf) && chunk[cr + 1] !== LF ? CR : LF;
}

/**
 * Lines (each with its line end) of a byte stream, copied out of the chunks they span. A line
 * longer than `maxLine` is handed on in pieces: a file without line ends (random bytes named
 * .mbox) had been gathered whole in memory, whatever its size.
 */
async function* linesOf(chunks: AsyncIterable<Uint8Array>, maxLine: number): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array[] = [];
  let carried = 0;
  let end: number | undefined;
  for await (const chunk of chunks) {
    end ??= lineEndOf(chunk);
    const terminator = end ?? LF;
    let start = 0;
    for (let at = chunk.indexOf(terminator, start); at !== -1; at = chunk.indexOf(terminator, start)) {
      const piece = chunk.subarray(start, at + 1);
      yield carry.length > 0 ? Buffer.concat([...carry, piece]) : Buffer.from(piece);
      [carry, carried] = [[], 0];
      start = at + 1;
    }
    if (start < chunk.length) {
      carry.push(Buffer.from(chunk.subarray(start)));
      carried += chunk.length - start;
    }
    if (carried > maxLine) {
      yield Buffer.concat(carry);
      [carry, carried] = [[], 0];
    }
  }
  if (carry.length > 0) yield Buffer.concat(carry);
}

export async function* splitMbox(chunks: AsyncIterable<Uint8Array>, maxMessageBytes: number): AsyncGenerator<MboxPiece> {
  let current: MessageBuilder | undefined;
  let previousEmpty = true;
  let lineNumber = 0;
  for await (const line of linesOf(chunks, maxMessageBytes)) {
    lineNumber++;
    if (isFromLine(line) && previousEmpty) {
      if (current) yield current.finish();
      current = new MessageBuilder(lineNumber, maxMessageBytes);
      previousEmpty = false;
      continue;
    }
    if (!current) {
      yield { ok: false, line: lineNumber, reason: { code: "notMbox", data: {} } };
      return;
    }
    current.add(unescaped(line));
    previousEmpty = isEmptyLine(line);
  }
  if (current) yield current.finish();
  else yield { ok: false, line: 1, reason: { code: "empty", data: {} } };
}
