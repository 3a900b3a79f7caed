// The files inside an Outlook winmail.dat (TNEF, application/ms-tnef): Outlook for Windows wraps
// the attachments of a rich-text mail in it, and other clients show them as the mail's files.
// Only what the engine needs is read: each file's name and size. One pass over the attributes;
// a damaged stream ends the reading with the files found so far.

export interface TnefFile {
  name: string;
  size: number;
}

const SIGNATURE = 0x223e9f78;
const LEVEL_ATTACHMENT = 0x02;
const ATT_ATTACH_REND_DATA = 0x00069002;
const ATT_ATTACH_TITLE = 0x00018010;
const ATT_ATTACH_DATA = 0x0006800f;
const ATT_ATTACHMENT = 0x00069005;
const ATT_OEM_CODEPAGE = 0x00069007;
const PR_ATTACH_LONG_FILENAME = 0x3707;

const CODEPAGES: Record<number, string> = { 936: "gbk", 950: "big5", 54936: "gb18030", 65001: "utf-8", 1252: "windows-1252", 932: "shift_jis", 949: "euc-kr" };

/** A string value up to its terminating NUL. */
function decodeString(bytes: Uint8Array, label: string): string {
  let text: string;
  try {
    text = new TextDecoder(label).decode(bytes);
  } catch {
    text = new TextDecoder("utf-8").decode(bytes);
  }
  const end = text.indexOf("\u0000");
  return (end < 0 ? text : text.slice(0, end)).trim();
}

export function isTnef(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true) === SIGNATURE;
}

export function tnefFiles(bytes: Uint8Array): TnefFile[] {
  if (!isTnef(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: Array<{ title?: string; longName?: string; size: number }> = [];
  let codepage = "windows-1252";
  // Signature (4) and legacy key (2); then level (1), id (4), length (4), data, checksum (2).
  for (let at = 6; at + 9 <= bytes.length; ) {
    const level = bytes[at];
    const id = view.getUint32(at + 1, true);
    const length = view.getUint32(at + 5, true);
    const start = at + 9;
    if (start + length > bytes.length) break;
    const data = bytes.subarray(start, start + length);
    if (id === ATT_OEM_CODEPAGE && length >= 4) codepage = CODEPAGES[view.getUint32(start, true)] ?? codepage;
    if (level === LEVEL_ATTACHMENT) {
      if (id === ATT_ATTACH_REND_DATA || files.length === 0) files.push({ size: 0 });
      const file = files[files.length - 1];
      if (id === ATT_ATTACH_TITLE) file.title = decodeString(data, codepage);
      if (id === ATT_ATTACH_DATA) file.size = length;
      if (id === ATT_ATTACHMENT) file.longName = longFileName(data, codepage);
    }
    at = start + length + 2;
  }
  return files.map((f) => ({ name: f.longName || f.title || "attachment", size: f.size }));
}

const FIXED_SIZES: Record<number, number> = { 0x02: 2, 0x03: 4, 0x04: 4, 0x05: 8, 0x06: 8, 0x07: 8, 0x0a: 4, 0x0b: 2, 0x14: 8, 0x40: 8, 0x48: 16 };
const VARIABLE_TYPES = new Set([0x1e, 0x1f, 0x0d, 0x102]);

/**
 * PR_ATTACH_LONG_FILENAME from an attachment's MAPI property block (MS-OXTNEF 2.1.3.4): the
 * name as the sender saw it, where attAttachTitle may hold an 8.3 or ANSI-mangled one.
 */
function longFileName(data: Uint8Array, codepage: string): string | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fits = (at: number, n: number): boolean => at + n <= data.length;
  if (!fits(0, 4)) return undefined;
  const count = view.getUint32(0, true);
  let at = 4;
  for (let p = 0; p < count && fits(at, 4); p++) {
    const type = view.getUint16(at, true);
    const id = view.getUint16(at + 2, true);
    at += 4;
    if (id >= 0x8000) {
      // A named property: GUID, kind, then a number or a length-prefixed name.
      if (!fits(at, 20)) return undefined;
      const kind = view.getUint32(at + 16, true);
      at += 20;
      if (kind === 0) at += 4;
      else {
        if (!fits(at, 4)) return undefined;
        at += 4 + pad4(view.getUint32(at, true));
      }
    }
    const multi = (type & 0x1000) !== 0;
    const base = type & 0x0fff;
    if (!VARIABLE_TYPES.has(base)) {
      const size = FIXED_SIZES[base];
      if (size === undefined) return undefined;
      const values = multi && fits(at, 4) ? view.getUint32(at, true) : 1;
      at += (multi ? 4 : 0) + values * size;
      continue;
    }
    if (!fits(at, 4)) return undefined;
    const values = view.getUint32(at, true);
    at += 4;
    for (let v = 0; v < values && fits(at, 4); v++) {
      const length = view.getUint32(at, true);
      at += 4;
      if (!fits(at, length)) return undefined;
      if (id === PR_ATTACH_LONG_FILENAME && v === 0) return decodeString(data.subarray(at, at + length), base === 0x1f ? "utf-16le" : codepage) || undefined;
      at += pad4(length);
    }
  }
  return undefined;
}

function pad4(n: number): number {
  return n + ((4 - (n % 4)) % 4);
}
