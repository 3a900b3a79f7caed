// RFC 5322 allows no group inside a group ("To: a: b: c: ...;"), but postal-mime's address parser
// reads one by parsing the rest of the header again, to fifty levels: a To header of "g:" repeated,
// or fifty group names before a long list of addresses, cost it fifty passes over the header, and
// 1.9 MB of it (inside postal-mime's own 2 MB limit) took 34 s. Before it reads the header block,
// each colon that would open a group inside a group becomes a space, so every address header is
// read in at most two passes. The scan follows postal-mime's tokenizer: quotes (with backslash
// escapes), comments and angle brackets hide a colon; inside a group only the group's own text
// counts, up to its semicolon.

const ADDRESS_HEADERS = new Set(["from", "sender", "reply-to", "to", "cc", "bcc", "delivered-to", "return-path"]);

const CLOSERS: Record<number, number> = { 0x22: 0x22, 0x28: 0x29, 0x3c: 0x3e };
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const LF = 0x0a;

/** One tokenizer level: what closes the construct it is in (0: none), and an escape pending. */
class Level {
  expecting = 0;
  escaped = false;

  /** Whether `b` is read at this level's top (not inside quotes, a comment or brackets). */
  atTop(b: number): boolean {
    if (this.escaped) {
      this.escaped = false;
      return false;
    }
    if (this.expecting !== 0) {
      if (b === this.expecting) this.expecting = 0;
      else if (this.expecting === QUOTE && b === BACKSLASH) this.escaped = true;
      return false;
    }
    if (CLOSERS[b] !== undefined) {
      this.expecting = CLOSERS[b];
      return false;
    }
    return true;
  }
}

function headerName(bytes: Uint8Array, from: number, to: number): { name: string; colon: number } | undefined {
  for (let i = from; i < to && i - from < 80; i++) {
    if (bytes[i] === COLON) return { name: new TextDecoder("latin1").decode(bytes.subarray(from, i)).trim().toLowerCase(), colon: i };
  }
  return undefined;
}

/** The header block (bytes before `end`) with nested group openers blanked; the same array when there is none. */
export function withoutNestedGroups(bytes: Uint8Array, end: number): Uint8Array {
  let out: Uint8Array | undefined;
  let inAddress = false;
  let outer = new Level();
  let inner = new Level();
  let inGroup = false;
  for (let i = 0; i < end; i++) {
    const lineStart = i === 0 || bytes[i - 1] === LF;
    if (lineStart && bytes[i] !== 0x20 && bytes[i] !== 0x09) {
      const header = headerName(bytes, i, end);
      inAddress = header !== undefined && ADDRESS_HEADERS.has(header.name);
      [outer, inner, inGroup] = [new Level(), new Level(), false];
      if (header) i = header.colon;
      continue;
    }
    if (!inAddress) continue;
    const b = bytes[i];
    if (!inGroup) {
      if (outer.atTop(b) && b === COLON) [inGroup, inner] = [true, new Level()];
      continue;
    }
    if (b === SEMICOLON) {
      inGroup = false;
      continue;
    }
    if (inner.atTop(b) && b === COLON) {
      out ??= Uint8Array.from(bytes);
      out[i] = 0x20;
    }
  }
  return out ?? bytes;
}
