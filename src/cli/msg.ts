import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import type { Attachment, MailDraft, MeetingDraft, Person } from "../policy/types";
import { meetingServiceNamed } from "../policy/meeting-hosts";
import { addressKey, displayName } from "../policy/people";
import { decodeStamp, STAMP_HEADER, type Stamp } from "../policy/stamp";
import { importanceOf, sensitivityLabelOf } from "./eml";
import { isOleFile } from "./bytes";
import { cfbDamage, type CfbDamage } from "./cfb-check";
import { InputError } from "./input-error";

// An Outlook item saved as .msg (an OLE compound file) → a mail or a meeting draft, read with
// @kenjiuno/msgreader (MS-OXMSG). Mail is IPM.Note*; an appointment or a meeting request is
// IPM.Appointment / IPM.Schedule.Meeting.Request, whose recipients are its attendees (To:
// required, Cc: optional, Bcc: resources). The body is PR_BODY_HTML when the item has one,
// else PR_BODY: the RTF body is not decoded. Transport headers, when the item carries them,
// give the importance, the sensitivity label and the on-send stamp.

export interface ReadMsg {
  draft: MailDraft | MeetingDraft;
  stamp?: Stamp;
}

type Header = { key: string; value: string };

const CODEPAGES: Record<number, string> = { 65001: "utf-8", 936: "gbk", 54936: "gb18030", 950: "big5", 1252: "windows-1252", 20127: "windows-1252", 28591: "iso-8859-1", 932: "shift_jis", 50220: "iso-2022-jp", 949: "euc-kr", 1200: "utf-16le" };

const DAMAGE_REASONS = { truncated: "msgTruncated", chainLoop: "msgLoop", treeLoop: "msgLoop", chainOutside: "msgOutside" } as const satisfies Record<CfbDamage, string>;

function read(bytes: Uint8Array): FieldsData {
  if (bytes.length === 0) throw new InputError("empty");
  if (!isOleFile(bytes)) throw new InputError("msgNotOle");
  // msgreader loops for ever on a chain or tree that leads back to itself: such a file is refused first.
  const damage = cfbDamage(bytes);
  if (damage) throw new InputError(DAMAGE_REASONS[damage]);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let fields: FieldsData;
  try {
    fields = new MsgReader(buffer).getFileData();
  } catch {
    // What msgreader throws on a damaged file names its own internals ("reading 'type'"), not the file's fault.
    throw new InputError("msgUnreadable");
  }
  if (fields.error) throw new InputError("msgUnreadable");
  // An OLE file with no item properties at all (another Office document, a damaged export).
  if (fields.messageClass === undefined && fields.subject === undefined && fields.body === undefined) {
    throw new InputError("msgNoContent");
  }
  return fields;
}

/** A damaged file's property may come out as a number or an array where msgreader promises text. */
function textFields(fields: FieldsData): FieldsData {
  const out: FieldsData = { ...fields };
  for (const key of TEXT_FIELDS) {
    const value: unknown = out[key];
    if (value !== undefined && typeof value !== "string") delete out[key];
  }
  return out;
}

const TEXT_FIELDS = ["messageClass", "subject", "body", "bodyHtml", "headers", "apptLocation", "senderName", "senderEmail", "senderSmtpAddress", "sentRepresentingSmtpAddress", "creatorSMTPAddress", "clientSubmitTime", "messageDeliveryTime", "creationTime", "apptStartWhole", "apptEndWhole", "name", "email", "smtpAddress", "fileName", "fileNameShort", "attachMimeTag"] as const satisfies ReadonlyArray<keyof FieldsData>;

export function msgToItem(bytes: Uint8Array): ReadMsg {
  const fields = textFields(read(bytes));
  const messageClass = fields.messageClass ?? "IPM.Note";
  const headers = parseHeaders(fields.headers ?? "");
  const stamp = headers.filter((h) => h.key === STAMP_HEADER).map((h) => decodeStamp(h.value)).find((s) => s !== undefined);
  const draft = isMeetingClass(messageClass) ? toMeeting(fields) : isMailClass(messageClass) ? toMail(fields, headers) : undefined;
  if (!draft) throw new InputError("msgNotItem", { messageClass });
  return stamp ? { draft, stamp } : { draft };
}

function isMailClass(messageClass: string): boolean {
  return /^IPM\.Note(\.|$)/i.test(messageClass) || /^IPM$/i.test(messageClass);
}

/** Appointments and meeting requests; responses and cancellations are not invitations to check. */
function isMeetingClass(messageClass: string): boolean {
  return /^IPM\.Appointment(\.|$)/i.test(messageClass) || /^IPM\.Schedule\.Meeting\.Request(\.|$)/i.test(messageClass);
}

/** RFC 5322 header lines (unfolded) from PR_TRANSPORT_MESSAGE_HEADERS. */
export function parseHeaders(text: string): Header[] {
  const headers: Header[] = [];
  for (const line of text.split(/\r?\n/)) {
    if ((line.startsWith(" ") || line.startsWith("\t")) && headers.length > 0) {
      headers[headers.length - 1].value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0) headers.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

function clean(text: string | undefined): string {
  return typeof text === "string" ? displayName(text) : "";
}

/** Exchange stores its own X.500 address; the SMTP one is in a property of its own. */
function smtpOf(fields: FieldsData): string {
  if (fields.smtpAddress) return fields.smtpAddress.trim();
  const email = clean(fields.email);
  return /@/.test(email) && !email.startsWith("/") ? email : "";
}

function personOf(name: string | undefined, address: string): Person {
  const display = clean(name);
  return display && display.toLowerCase() !== address.toLowerCase() ? { name: display, address } : { address };
}

function senderOf(fields: FieldsData): Person | undefined {
  const email = clean(fields.senderEmail);
  const smtp = fields.senderSmtpAddress || fields.sentRepresentingSmtpAddress || (/@/.test(email) && !email.startsWith("/") ? email : "") || fields.creatorSMTPAddress || "";
  if (!smtp && !clean(fields.senderName)) return undefined;
  return personOf(fields.senderName, smtp.trim());
}

function recipients(fields: FieldsData, type: "to" | "cc" | "bcc"): Person[] {
  return (fields.recipients ?? []).map(textFields).filter((r) => (r.recipType ?? "to") === type).map((r) => personOf(r.name, smtpOf(r)));
}

function attachmentsOf(fields: FieldsData): Attachment[] {
  return (fields.attachments ?? []).map(textFields).map((a) => {
    const name = a.fileName || a.name || a.fileNameShort || (a.innerMsgContent ? "message.msg" : "attachment");
    const attachment: Attachment = { name, isInline: a.attachmentHidden === true, isCloud: false };
    if (typeof a.contentLength === "number") attachment.size = a.contentLength;
    if (a.attachMimeTag) attachment.contentType = a.attachMimeTag;
    return attachment;
  });
}

function htmlOf(fields: FieldsData): string | undefined {
  if (fields.bodyHtml && fields.bodyHtml.trim() !== "") return fields.bodyHtml;
  if (!fields.html || fields.html.length === 0) return undefined;
  const label = CODEPAGES[fields.internetCodepage ?? 65001] ?? "utf-8";
  try {
    return new TextDecoder(label).decode(fields.html);
  } catch {
    return new TextDecoder("utf-8").decode(fields.html);
  }
}

function bodyOf(fields: FieldsData): MailDraft["body"] {
  const html = htmlOf(fields);
  return html !== undefined ? { contentType: "html", content: html } : { contentType: "text", content: fields.body ?? "" };
}

function isoOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function toMail(fields: FieldsData, headers: Header[]): MailDraft {
  const draft: MailDraft = {
    kind: "mail",
    subject: fields.subject ?? "",
    body: bodyOf(fields),
    to: recipients(fields, "to"),
    cc: recipients(fields, "cc"),
    bcc: recipients(fields, "bcc"),
    attachments: attachmentsOf(fields),
    importance: importanceOf({ headers }),
  };
  const from = senderOf(fields);
  if (from) draft.from = from;
  const label = sensitivityLabelOf({ headers });
  if (label) draft.sensitivityLabel = label;
  const sentAt = isoOf(fields.clientSubmitTime) ?? isoOf(fields.messageDeliveryTime);
  if (sentAt) draft.sentAt = sentAt;
  return draft;
}

function toMeeting(fields: FieldsData): MeetingDraft {
  const organizer = senderOf(fields);
  const organizerKey = organizer ? addressKey(organizer.address) : undefined;
  const notOrganizer = (p: Person) => addressKey(p.address) === "" || addressKey(p.address) !== organizerKey;
  const location = fields.apptLocation ?? "";
  const draft: MeetingDraft = {
    kind: "meeting",
    subject: fields.subject ?? "",
    body: bodyOf(fields),
    requiredAttendees: recipients(fields, "to").filter(notOrganizer),
    optionalAttendees: recipients(fields, "cc").filter(notOrganizer),
    location,
    isOnlineMeeting: meetingServiceNamed(location, "location") !== undefined,
    attachments: attachmentsOf(fields).filter((a) => !a.isInline),
    importance: "normal",
    isAllDay: false,
  };
  if (organizer) draft.organizer = organizer;
  const start = isoOf(fields.apptStartWhole);
  const end = isoOf(fields.apptEndWhole);
  if (start) draft.start = start;
  if (end) draft.end = end;
  const booked = isoOf(fields.clientSubmitTime) ?? isoOf(fields.creationTime);
  if (booked) draft.bookedAt = booked;
  return draft;
}
