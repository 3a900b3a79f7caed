// RFC 5545 §3.1 folds a content line after 75 octets, and writers that count octets (Feishu,
// DingTalk, several Java and PHP libraries) cut a Chinese character's three UTF-8 bytes across
// the fold: "会" arrives as E4 BC / CRLF SP / 9A. Decoded line by line, both halves become U+FFFD
// and "会议记录人" no longer reads as a label. The bytes of a character cut this way are moved
// after the fold's space, so unfolding the text joins them whole; the file keeps its length and
// its line numbers.

const LF = 0x0a;
const CR = 0x0d;

function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** How many bytes the sequence led by `byte` has; 0 for a byte that leads nothing. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** The bytes of a character left unfinished at the end of bytes[from, end). */
function unfinishedTail(bytes: Uint8Array, from: number, end: number): number {
  let lead = end - 1;
  while (lead >= from && lead > end - 4 && isContinuation(bytes[lead])) lead--;
  if (lead < from) return 0;
  const need = sequenceLength(bytes[lead]);
  const have = end - lead;
  return need > have ? have : 0;
}

/** UTF-8 bytes with every character cut by a fold made whole again (UTF-16 files are returned as they are). */
export function mendSplitFolds(bytes: Uint8Array): Uint8Array {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes;
  let out: Uint8Array | undefined;
  let lineStart = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== LF) continue;
    const next = bytes[i + 1];
    const contentEnd = i > 0 && bytes[i - 1] === CR ? i - 1 : i;
    const tail = next === 0x20 || next === 0x09 ? unfinishedTail(bytes, lineStart, contentEnd) : 0;
    lineStart = i + 1;
    if (tail === 0) continue;
    out ??= Uint8Array.from(bytes);
    // [tail bytes][CR]LF SP → [CR]LF SP [tail bytes]
    const breakLength = i + 2 - contentEnd;
    out.set(bytes.subarray(contentEnd, i + 2), contentEnd - tail);
    out.set(bytes.subarray(contentEnd - tail, contentEnd), contentEnd - tail + breakLength);
  }
  return out ?? bytes;
}
