// What clients get wrong in the bytes of a mail, put right before and after postal-mime reads
// it: a header block written in GBK or Big5 without RFC 2047 words (old Foxmail, scripts on
// Chinese Windows), and a body labelled Latin-1 or US-ASCII that is really UTF-8 (a web form
// or a script that never set its charset). Each step is one linear pass.

/** Where the header block ends (the index of its empty line), or -1 when no empty line is seen within `limit`. */
export function headerBlockEnd(bytes: Uint8Array, limit: number): number {
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 1;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 1;
  }
  return -1;
}

function hasEightBit(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function decodesAs(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The first charset a part declares: the best guess for what unlabelled header bytes are in. */
function declaredCharset(bytes: Uint8Array, limit: number): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, limit)));
  const match = /charset\s*=\s*"?([\w.:-]{1,40})/i.exec(head);
  return match ? match[1].toLowerCase() : undefined;
}

const UNICODE_LABELS = new Set(["utf-8", "utf8", "us-ascii", "ascii"]);

/**
 * Whether undeclared 8-bit header bytes read as Chinese in GB2312's shape rather than as Latin-1.
 * GB2312's characters are two bytes from 0xA1–0xF7 and 0xA1–0xFE; a Latin-1 name's accented
 * letters stand alone between ASCII ones ("Ren\xe9e", "Jos\xe9 M\xfcller"), which GBK would
 * also read, as one rare character each. So GB18030 is chosen only when such pairs are at least
 * as many as every other 8-bit byte.
 */
function looksLikeGb2312(bytes: Uint8Array): boolean {
  let pairs = 0;
  let others = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) {
      pairs++;
      i++;
    } else {
      others++;
    }
  }
  return pairs > 0 && pairs >= others;
}

/** What to read undeclared header bytes in: the mail's declared charset, else their shape's. */
function headerCharsets(header: Uint8Array, declared: string | undefined): string[] {
  if (declared && !UNICODE_LABELS.has(declared)) return [declared, "gb18030"];
  return looksLikeGb2312(header) ? ["gb18030"] : ["windows-1252"];
}

/**
 * Raw 8-bit header bytes that are not UTF-8 → the same header block in UTF-8, read in the charset
 * the mail declares for its text, else in GB18030 (a superset of GB2312 and GBK) when the bytes
 * have its shape and in windows-1252 when they do not. A valid UTF-8 header block, or one no
 * candidate decodes, is left as it is.
 */
export function withUtf8Headers(bytes: Uint8Array, limit: number): Uint8Array {
  const end = headerBlockEnd(bytes, limit);
  const header = bytes.subarray(0, end < 0 ? Math.min(bytes.length, limit) : end);
  if (!hasEightBit(header) || decodesAs(header, "utf-8") !== undefined) return bytes;
  for (const label of headerCharsets(header, declaredCharset(bytes, limit))) {
    const text = decodesAs(header, label);
    if (text === undefined) continue;
    const utf8 = new TextEncoder().encode(text);
    const out = new Uint8Array(utf8.length + bytes.length - header.length);
    out.set(utf8, 0);
    out.set(bytes.subarray(header.length), utf8.length);
    return out;
  }
  return bytes;
}

/** windows-1252's characters for the bytes 0x80–0x9F (a decoder that reads Latin-1 as windows-1252 gives these). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function singleByteOf(code: number): number {
  if (code <= 0xff) return code;
  const at = CP1252_HIGH.indexOf(String.fromCharCode(code));
  return at < 0 ? -1 : 0x80 + at;
}

/**
 * Text that was decoded one byte per character but whose bytes are valid UTF-8 with characters
 * beyond ASCII ("æå¨ï¼" for "李娜，") → the UTF-8 reading. Real Latin-1 text ("café") is no
 * valid UTF-8 and stays as it is; so does any text with a character no single byte gives.
 */
export function utf8MisreadAsLatin1(text: string): string {
  const bytes = new Uint8Array(text.length);
  let eightBit = false;
  for (let i = 0; i < text.length; i++) {
    const byte = singleByteOf(text.charCodeAt(i));
    if (byte < 0) return text;
    if (byte >= 0x80) eightBit = true;
    bytes[i] = byte;
  }
  if (!eightBit) return text;
  return decodesAs(bytes, "utf-8") ?? text;
}

/**
 * A mail whose lines end in a lone CR (classic Mac OS mail, some exports) → the same with CRLF.
 * postal-mime splits lines at LF only, so such a file was one line: no subject, no recipients,
 * and the check said so. Only a file whose header block has no LF at all is changed.
 */
export function withLineFeeds(bytes: Uint8Array, limit: number): Uint8Array {
  const head = bytes.subarray(0, Math.min(bytes.length, limit));
  if (head.includes(0x0a) || !head.includes(0x0d)) return bytes;
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lone++;
  const out = new Uint8Array(bytes.length + lone);
  let at = 0;
  for (let i = 0; i < bytes.length; i++) {
    out[at++] = bytes[i];
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) out[at++] = 0x0a;
  }
  return out;
}
