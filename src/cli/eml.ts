import PostalMime from "postal-mime";
import { displayName } from "../policy/people";
import { decodeStamp, STAMP_HEADER, type Stamp } from "../policy/stamp";
import type { Attachment, Importance, MailDraft, Person } from "../policy/types";
import { isOleFile } from "./bytes";
import { InputError, errorDetail } from "./input-error";
import { withoutNestedGroups } from "./address-groups";
import { headerBlockEnd, utf8MisreadAsLatin1, withLineFeeds, withUtf8Headers } from "./mime-repair";
import { tnefFiles } from "./tnef";

// A saved mail (.eml, RFC 5322 / MIME) → MailDraft. postal-mime decodes the MIME tree,
// transfer encodings, charsets (GB2312, GBK, Big5, ...) and RFC 2047 words; this module
// only decides what the engine needs: who, what, which parts are files a reader opens,
// importance, the sensitivity label and the moment of sending.

type Email = PostalMime.Email;
type MimeAttachment = PostalMime.Attachment;
type Address = PostalMime.Address;

/** Headers a real message has at least one of; a file with none is not a mail. */
const MESSAGE_HEADERS = ["from", "to", "subject", "date", "message-id", "mime-version", "received", "content-type"];

/** A mail as read from its file: the draft, and the stamp the on-send check left on it. */
export interface ReadMail {
  draft: MailDraft;
  stamp?: Stamp;
}

export async function emlToDraft(bytes: Uint8Array): Promise<MailDraft> {
  return (await emlToMail(bytes)).draft;
}

/** postal-mime's own limits, passed so that its refusal can be told in the user's words. */
const MAX_NESTING = 256;
const MAX_HEADERS_MB = 2;

/** What postal-mime refused, as a reason: its limits by name, anything else in its words. */
function mimeRefusal(e: unknown): InputError {
  const detail = errorDetail(e);
  if (/nesting depth/i.test(detail)) return new InputError("mimeTooDeep", { max: MAX_NESTING });
  if (/header size/i.test(detail)) return new InputError("mimeHeadersTooLarge", { max: MAX_HEADERS_MB });
  return new InputError("mimeUnreadable", { detail });
}

/** The bytes postal-mime is given: line ends, header charset and address groups put right. */
function repaired(bytes: Uint8Array): Uint8Array {
  const utf8 = withUtf8Headers(withLineFeeds(bytes, HEADER_SCAN_BYTES), HEADER_SCAN_BYTES);
  // As far as postal-mime reads headers, not just the first 256 KB: the rest was still read fifty times.
  const limit = MAX_HEADERS_MB * 1024 * 1024;
  const end = headerBlockEnd(utf8, limit);
  return withoutNestedGroups(utf8, end < 0 ? Math.min(utf8.length, limit) : end);
}

export async function emlToMail(bytes: Uint8Array): Promise<ReadMail> {
  assertHeaderIsText(bytes);
  let email: Email;
  try {
    // rfc822Attachments: a forwarded message without a Content-Disposition is a file, as Outlook shows it.
    email = await PostalMime.parse(repaired(bytes), { attachmentEncoding: "arraybuffer", rfc822Attachments: true, maxNestingDepth: MAX_NESTING, maxHeadersSize: MAX_HEADERS_MB * 1024 * 1024 });
  } catch (e) {
    throw mimeRefusal(e);
  }
  if (!email.headers.some((h) => MESSAGE_HEADERS.includes(h.key))) throw new InputError("notMime");
  await nameForwardedMessages(email.attachments);
  const stamp = stampOf(email);
  return stamp ? { draft: toDraft(email), stamp } : { draft: toDraft(email) };
}

/** How far into a file the header block is looked for; a header is never this long. */
const HEADER_SCAN_BYTES = 256 * 1024;

/** A forwarded message without a file name is named after its subject, as Outlook lists it. */
async function nameForwardedMessages(attachments: MimeAttachment[]): Promise<void> {
  for (const a of attachments) {
    if (a.mimeType !== "message/rfc822" || a.filename?.trim() || typeof a.content === "string") continue;
    const inner = new Uint8Array(a.content);
    const end = headerBlockEnd(inner, HEADER_SCAN_BYTES);
    if (end < 0) continue;
    try {
      const subject = (await PostalMime.parse(withoutNestedGroups(inner.subarray(0, end), end))).subject?.trim();
      if (subject) a.filename = `${subject.slice(0, 200)}.eml`;
    } catch {
      // An unreadable inner header keeps the default name.
    }
  }
}

/**
 * A mail's parts may be binary (an 8bit or binary transfer encoding carries NUL bytes), its
 * header block may not: a NUL before the first empty line means this is not a mail at all.
 */
function assertHeaderIsText(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError("empty");
  if (isOleFile(bytes)) throw new InputError("msgNotMime");
  const end = Math.min(bytes.length, HEADER_SCAN_BYTES);
  let line = 1;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) throw new InputError("binaryHeader", { line });
    if (b !== 0x0a) continue;
    line++;
    // An empty line (LF LF or LF CR LF) ends the header block.
    if (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a)) return;
  }
}

/** The on-send check's record of how the mail left (src/policy/stamp.ts); the first valid one. */
function stampOf(email: Headers): Stamp | undefined {
  for (const h of email.headers) {
    if (h.key !== STAMP_HEADER) continue;
    const stamp = decodeStamp(h.value);
    if (stamp) return stamp;
  }
  return undefined;
}

function toDraft(email: Email): MailDraft {
  const html = utf8MisreadAsLatin1(email.html ?? "");
  const draft: MailDraft = {
    kind: "mail",
    subject: email.subject ?? "",
    body: email.html !== undefined ? { contentType: "html", content: html } : { contentType: "text", content: utf8MisreadAsLatin1(email.text ?? "") },
    to: people(email.to),
    cc: people(email.cc),
    bcc: people(email.bcc),
    attachments: email.attachments.flatMap((a) => [attachmentOf(a, html), ...filesInsideTnef(a)]),
    importance: importanceOf(email),
  };
  const from = people(email.from ? [email.from] : undefined)[0];
  if (from) draft.from = from;
  const label = sensitivityLabelOf(email);
  if (label) draft.sensitivityLabel = label;
  const sentAt = dateOf(email.date);
  if (sentAt) draft.sentAt = sentAt;
  return draft;
}

function people(addresses: readonly Address[] | undefined): Person[] {
  const mailboxes = (addresses ?? []).flatMap((a) => (a.group ? a.group : [a]));
  return mailboxes
    .filter((m) => m.address || m.name)
    .map((m) => (m.name && displayName(m.name) ? { name: displayName(m.name), address: (m.address ?? "").trim() } : { address: (m.address ?? "").trim() }));
}

function byteSize(content: MimeAttachment["content"]): number {
  if (typeof content === "string") return content.length;
  return content.byteLength;
}

function referencedByHtml(contentId: string | undefined, html: string): boolean {
  if (!contentId || !html) return false;
  const id = contentId.replace(/^<|>$/g, "").trim();
  return id !== "" && html.toLowerCase().includes(`cid:${id.toLowerCase()}`);
}

/** Parts the mail client consumes itself: S/MIME and PGP signatures, Outlook's winmail.dat. */
const CLIENT_PARTS = new Set(["application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature", "application/ms-tnef", "application/vnd.ms-tnef"]);

/**
 * Inline = shown inside the body, not a file to open: an image the HTML points at by its
 * Content-ID, a part of multipart/related, the calendar part of an invitation mail, or a
 * part the client consumes (a signature).
 */
function isInline(a: MimeAttachment, html: string): boolean {
  if (a.related || CLIENT_PARTS.has(a.mimeType)) return true;
  if (referencedByHtml(a.contentId, html)) return true;
  return a.mimeType === "text/calendar" && a.method !== undefined;
}

function attachmentOf(a: MimeAttachment, html: string): Attachment {
  return {
    name: a.filename?.trim() || a.description?.trim() || defaultName(a.mimeType),
    size: byteSize(a.content),
    contentType: a.mimeType,
    isInline: isInline(a, html),
    isCloud: false,
  };
}

const TNEF_TYPES = new Set(["application/ms-tnef", "application/vnd.ms-tnef"]);

/** The files Outlook wrapped in winmail.dat: what the recipient sees attached. */
function filesInsideTnef(a: MimeAttachment): Attachment[] {
  if (!TNEF_TYPES.has(a.mimeType) || typeof a.content === "string") return [];
  return tnefFiles(new Uint8Array(a.content)).map((f) => ({ name: f.name, size: f.size, contentType: "application/octet-stream", isInline: false, isCloud: false }));
}

function defaultName(mimeType: string): string {
  if (mimeType === "message/rfc822") return "message.eml";
  if (mimeType === "text/calendar") return "invite.ics";
  return "attachment";
}

type Headers = { headers: ReadonlyArray<{ key: string; value: string }> };

function header(email: Headers, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value.trim();
}

/** `Importance:` (Outlook), else `X-Priority:` / `X-MSMail-Priority:` / `Priority:`. */
export function importanceOf(e: Headers): Importance {
  const importance = header(e, "importance")?.toLowerCase();
  if (importance === "high" || importance === "low" || importance === "normal") return importance;
  const xPriority = /^\s*([1-5])/.exec(header(e, "x-priority") ?? "");
  if (xPriority) return xPriority[1] <= "2" ? "high" : xPriority[1] >= "4" ? "low" : "normal";
  const msPriority = header(e, "x-msmail-priority")?.toLowerCase();
  if (msPriority === "high" || msPriority === "low") return msPriority;
  const priority = header(e, "priority")?.toLowerCase();
  if (priority === "urgent") return "high";
  if (priority === "non-urgent") return "low";
  return "normal";
}

/**
 * The Purview label from `msip_labels:` ("MSIP_Label_<guid>_Enabled=true; ..._Name=Confidential; ...").
 * A mail may carry a parent and a sub-label; the last enabled one is the one applied.
 */
export function sensitivityLabelOf(email: Headers): string | undefined {
  const value = email.headers.filter((h) => h.key === "msip_labels").map((h) => h.value).join(";");
  if (!value) return undefined;
  const labels = new Map<string, Record<string, string>>();
  for (const pair of value.split(/;\s*/)) {
    // Trimmed first, so that the value needs no lazy group before trailing white space.
    const match = /^\s*MSIP_Label_([0-9a-f-]+)_(\w+)\s*=\s*(\S.*|)$/i.exec(pair.trimEnd());
    if (!match) continue;
    const [, id, key, val] = match;
    const fields = labels.get(id) ?? {};
    fields[key.toLowerCase()] = val;
    labels.set(id, fields);
  }
  const enabled = Array.from(labels.values()).filter((f) => f.name && f.enabled?.toLowerCase() !== "false");
  return enabled.length > 0 ? enabled[enabled.length - 1].name : undefined;
}

function dateOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
