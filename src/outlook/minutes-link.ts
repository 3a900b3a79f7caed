import { MINUTES_MARKER_PREFIX } from "../policy/names";
import { PROPERTY_MINUTES_OF } from "../graph/extended-properties";
import { parseBody } from "../policy/text/segment";
import type { LinkedMeeting, Person } from "../policy/types";
import { officeCall } from "./office-async";

// The link from a minutes mail to its meeting (MailDraft.minutesOf), written by the meeting
// pane's "Write minutes" and read back here by the message pane and the on-send check.
//
// Two carriers, the first one preferred:
// 1. The add-in's custom properties (Mailbox 1.1, loadCustomPropertiesAsync). The meeting pane
//    creates the draft through Graph with the `cecp-<add-in id>` extended property, which is
//    where Office.js keeps custom properties, so Office.js reads it here without Graph.
// 2. Without Graph the pane opens displayNewMessageForm (Mailbox 1.6), which cannot set
//    properties; the link then travels in the body as a hidden marker
//    `cpa-minutes-of:<base64url JSON>`. If a client strips it, the mail is still recognised as
//    minutes by its subject, only without the meeting's recipients and due date. The marker
//    is read only from the sender's own text, never from quoted history: the link decides
//    whom the minutes fixes add to the mail.

const MARKER = MINUTES_MARKER_PREFIX;
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Shorter payloads cannot be a meeting (subject, start, end and attendees). */
const MIN_PAYLOAD = 8;

// UTF-8 and base64url by hand: the on-send check runs where there is no DOM (atob, btoa,
// TextEncoder and TextDecoder are the browser's, not the language's).

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** Decodes UTF-8; a malformed sequence gives U+FFFD, as TextDecoder does. */
function utf8Text(bytes: readonly number[]): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    let cp = length === 1 ? b : length === 2 ? b & 31 : length === 3 ? b & 15 : b & 7;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      ok = (bytes[i + k] & 0xc0) === 0x80;
      cp = (cp << 6) | (bytes[i + k] & 63);
    }
    ok = ok && !(length === 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) && !(length === 4 && (cp < 0x10000 || cp > 0x10ffff));
    out += ok ? String.fromCodePoint(cp) : "\ufffd";
    i += ok ? length : 1;
  }
  return out;
}

function toBase64Url(text: string): string {
  const bytes = utf8Bytes(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Undefined when `text` holds a character outside base64url. */
function fromBase64Url(text: string): string | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const digit = BASE64URL.indexOf(ch);
    if (digit < 0) return undefined;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return utf8Text(bytes);
}

function isPerson(value: unknown): value is Person {
  return !!value && typeof value === "object" && typeof (value as Person).address === "string";
}

/** Accepts only a well-formed link (bad data from a mailbox must never reach the engine). */
export function parseLinkedMeeting(value: unknown): LinkedMeeting | undefined {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const m = v as Partial<LinkedMeeting> | null;
  if (!m || typeof m !== "object") return undefined;
  if (typeof m.subject !== "string" || typeof m.start !== "string" || typeof m.end !== "string") return undefined;
  if (!Array.isArray(m.attendees) || !m.attendees.every(isPerson)) return undefined;
  const link: LinkedMeeting = { subject: m.subject, start: m.start, end: m.end, attendees: m.attendees.map((p) => ({ ...(p.name ? { name: p.name } : {}), address: p.address })) };
  if (Array.isArray(m.departmentHeads) && m.departmentHeads.every(isPerson)) link.departmentHeads = m.departmentHeads.map((p) => ({ ...(p.name ? { name: p.name } : {}), address: p.address }));
  if (typeof m.minutesDue === "string" && /^\d{4}-\d{2}-\d{2}$/.test(m.minutesDue)) link.minutesDue = m.minutesDue;
  return link;
}

/** The hidden marker for a body (HTML), for the path without Graph. */
export function minutesMarkerHtml(link: LinkedMeeting): string {
  return `<div style="display:none;font-size:0;line-height:0;max-height:0;overflow:hidden;mso-hide:all">cpa-minutes-of:${toBase64Url(JSON.stringify(link))}</div>`;
}

function isPayloadChar(ch: string): boolean {
  return BASE64URL.includes(ch);
}

/** The first marker's payload in `text` (a scan, not a pattern: linear in the text). */
function markerPayload(text: string): string | undefined {
  for (let at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + 1)) {
    let end = at + MARKER.length;
    while (end < text.length && isPayloadChar(text[end])) end++;
    if (end - at - MARKER.length >= MIN_PAYLOAD) return text.slice(at + MARKER.length, end);
  }
  return undefined;
}

/** The link a marker in `text` carries. Give it only what the sender wrote (see minutesLinkFrom). */
export function parseMinutesMarker(text: string): LinkedMeeting | undefined {
  const payload = markerPayload(text);
  if (payload === undefined) return undefined;
  const json = fromBase64Url(payload);
  return json === undefined ? undefined : parseLinkedMeeting(json);
}

/** The text the sender wrote now: the HTML body read up to its quoted history, as the engine reads it. */
export function ownTextOfHtml(html: string): string {
  return parseBody({ contentType: "html", content: html }).ownText;
}

/** True when `text` may hold a marker at all: the reading of the sender's own text is spared otherwise. */
export function mayHoldMinutesMarker(text: string | undefined): boolean {
  return text !== undefined && text.includes(MARKER);
}

/**
 * The link from what a reader already has: the `commPolicyMinutesOf` custom property, else a
 * marker in `ownText`, the text the sender wrote now (ParsedBody.ownText: the body before its
 * quoted history). Never the whole body: a marker in the quoted history, or anywhere an
 * outsider wrote, would let them choose the people a fix adds to the mail.
 */
export function minutesLinkFrom(customProperty: unknown, ownText: string | undefined): LinkedMeeting | undefined {
  return parseLinkedMeeting(customProperty) ?? (ownText ? parseMinutesMarker(ownText) : undefined);
}

/** The minutes link of a compose item, or undefined. Never throws, never hangs on a failed read. */
export async function readMinutesLink(item: Office.MessageCompose): Promise<LinkedMeeting | undefined> {
  // Both reads at once: one round trip (Mailbox 1.1 for both).
  const [properties, body] = await Promise.all([
    officeCall<Office.CustomProperties>("loadCustomPropertiesAsync", (cb) => item.loadCustomPropertiesAsync(cb)).catch(() => undefined),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Html, cb)).catch(() => undefined),
  ]);
  let fromProperties: LinkedMeeting | undefined;
  try {
    fromProperties = properties ? parseLinkedMeeting(properties.get(PROPERTY_MINUTES_OF)) : undefined;
  } catch {
    fromProperties = undefined;
  }
  return fromProperties ?? (mayHoldMinutesMarker(body) ? parseMinutesMarker(ownTextOfHtml(body as string)) : undefined);
}
