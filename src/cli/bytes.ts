import { InputError } from "./input-error";

// Bytes → text for the formats that are text (.ics, .json). Windows tools write UTF-16 with
// a byte-order mark (PowerShell's Out-File did so by default for years); anything else is
// read as UTF-8, replacing what is not.

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** An OLE compound file: what Outlook saves as .msg, whatever the file is called. */
export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

/** Refuses what no text format can be: nothing at all, or a binary file under a text name. */
export function assertTextLike(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError("empty");
  if (hasUtf16Bom(bytes)) return;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError("binary");
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

export function decodeText(bytes: Uint8Array): string {
  assertTextLike(bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}
