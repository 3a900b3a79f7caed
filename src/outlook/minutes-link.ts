import { PROPERTY_MINUTES_OF } from "../graph/extended-properties";
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
//    minutes by its subject, only without the meeting's recipients and due date.

const MARKER = /cpa-minutes-of:([A-Za-z0-9_-]{8,})/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
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

export function parseMinutesMarker(body: string): LinkedMeeting | undefined {
  const match = MARKER.exec(body);
  if (!match) return undefined;
  try {
    return parseLinkedMeeting(fromBase64Url(match[1]));
  } catch {
    return undefined;
  }
}

/**
 * The link from what a reader already has: the `commPolicyMinutesOf` custom property and the
 * body HTML. Lets the on-send reader add one loadCustomPropertiesAsync to its single wave of
 * reads and reuse the body it reads anyway.
 */
export function minutesLinkFrom(customProperty: unknown, bodyHtml: string | undefined): LinkedMeeting | undefined {
  return parseLinkedMeeting(customProperty) ?? (bodyHtml ? parseMinutesMarker(bodyHtml) : undefined);
}

/** The minutes link of a compose item, or undefined. Never throws, never hangs on a failed read. */
export async function readMinutesLink(item: Office.MessageCompose): Promise<LinkedMeeting | undefined> {
  // Both reads at once: one round trip (Mailbox 1.1 for both).
  const [properties, body] = await Promise.all([
    officeCall<Office.CustomProperties>("loadCustomPropertiesAsync", (cb) => item.loadCustomPropertiesAsync(cb as never)).catch(() => undefined),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Html, cb as never)).catch(() => undefined),
  ]);
  let fromProperties: LinkedMeeting | undefined;
  try {
    fromProperties = properties ? parseLinkedMeeting(properties.get(PROPERTY_MINUTES_OF)) : undefined;
  } catch {
    fromProperties = undefined;
  }
  return fromProperties ?? (body ? parseMinutesMarker(body) : undefined);
}
