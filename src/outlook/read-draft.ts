import type { Attachment, MailDraft, MeetingDraft, Person } from "../policy/types";
import { PROPERTY_MINUTES_OF } from "../graph/extended-properties";
import { displayName } from "../policy/people";
import { decodeStamp, STAMP_HEADER, type Stamp } from "../policy/stamp";
import { mayHoldMinutesMarker, minutesLinkFrom, ownTextOfHtml } from "./minutes-link";
import { officeCall, type AsyncResultLike } from "./office-async";
import { decodeOverride, OVERRIDE_KEY, type SendOverride } from "./send-override";
import { supportsMailbox } from "./requirements";

// Office.js compose item → the engine's draft. Every read is issued at once (one round trip),
// each guarded by the requirement set it needs; a field the client cannot give stays undefined
// and the engine reports the rules it had to skip.

export interface DraftRead<D> {
  draft: D;
  /** The `x-comm-policy` stamp an earlier Send of this draft wrote (messages, Mailbox 1.8). */
  previousStamp?: Stamp;
  /** The user's "send anyway" from the pane (send-override.ts), read in the same wave (Mailbox 1.11). */
  sendOverride?: SendOverride;
  /** Fields whose read failed (not the ones the client does not support). */
  failed: string[];
  /** Fields the client's requirement sets do not offer. */
  unsupported: string[];
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: "failed" | "unsupported" };

type Invoke<T> = (callback: (result: AsyncResultLike<T>) => void) => void;

/** Issues one read if `version` of Mailbox is supported; never rejects. */
function read<T>(name: string, version: string, invoke: Invoke<T>): Promise<Outcome<T>> {
  if (!supportsMailbox(version)) return Promise.resolve({ ok: false, reason: "unsupported" });
  return officeCall(name, invoke).then(
    (value): Outcome<T> => ({ ok: true, value }),
    (): Outcome<T> => ({ ok: false, reason: "failed" }),
  );
}

function valueOf<T>(outcome: Outcome<T>): T | undefined {
  return outcome.ok ? outcome.value : undefined;
}

function collect(outcomes: Record<string, Outcome<unknown>>): { failed: string[]; unsupported: string[] } {
  const entries = Object.entries(outcomes);
  return {
    failed: entries.filter(([, o]) => !o.ok && o.reason === "failed").map(([k]) => k),
    unsupported: entries.filter(([, o]) => !o.ok && o.reason === "unsupported").map(([k]) => k),
  };
}

interface EmailLike {
  displayName?: string;
  emailAddress?: string;
}

function toPerson(e: EmailLike): Person {
  const person: Person = { address: (e.emailAddress ?? "").trim() };
  const name = displayName(e.displayName ?? "");
  if (name && name !== e.emailAddress) person.name = name;
  return person;
}

function toPeople(list: readonly EmailLike[] | undefined): Person[] | undefined {
  return list ? list.map(toPerson) : undefined;
}

interface AttachmentLike {
  name: string;
  size?: number;
  contentType?: string;
  isInline?: boolean;
  attachmentType?: string;
}

function toAttachments(list: readonly AttachmentLike[] | undefined): Attachment[] | undefined {
  return list?.map((a) => {
    const attachment: Attachment = { name: a.name, isInline: Boolean(a.isInline), isCloud: a.attachmentType === "cloud" };
    if (typeof a.size === "number") attachment.size = a.size;
    if (a.contentType) attachment.contentType = a.contentType;
    return attachment;
  });
}

interface LabelLike {
  id: string;
  name: string;
  children?: LabelLike[];
}

function labelName(id: string | undefined, catalog: readonly LabelLike[] | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (id === "") return "";
  const flat = (labels: readonly LabelLike[]): LabelLike[] => labels.flatMap((l) => [l, ...flat(l.children ?? [])]);
  return flat(catalog ?? []).find((l) => l.id === id)?.name ?? undefined;
}

function iso(value: Date | string | number | undefined): string | undefined {
  if (value === undefined || value === 0 || value === "") return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

// Teams, Zoom, Webex and Tencent Meeting join links in an invitation's body.
const JOIN_LINK = /https:\/\/(?:teams\.microsoft\.com\/l\/meetup-join|teams\.live\.com\/meet|[\w.-]*zoom\.us\/j|[\w.-]*webex\.com\/(?:meet|join)|meeting\.tencent\.com\/dm)[^\s"'<>]*/i;

function joinLinkIn(html: string | undefined): string | undefined {
  return html?.match(JOIN_LINK)?.[0];
}

/** The sensitivity label and the label catalog (Mailbox 1.13), as two reads of the same wave. */
function readLabel(item: Office.MessageCompose): [Promise<Outcome<string>>, Promise<Outcome<LabelLike[]>>] {
  // Mailbox 1.13: item.sensitivityLabel and Office.context.sensitivityLabelsCatalog.
  const label = read<string>("sensitivityLabel", "1.13", (cb) => item.sensitivityLabel.getAsync(cb));
  const catalog = read<LabelLike[]>("sensitivityLabelsCatalog", "1.13", (cb) => Office.context.sensitivityLabelsCatalog.getAsync(cb));
  return [label, catalog];
}

/** The stamp header of an earlier Send, read in the same wave as the rest (Mailbox 1.8). */
function readStamp(item: Office.MessageCompose): Promise<Outcome<Record<string, string>>> {
  return read<Record<string, string>>("internetHeaders", "1.8", (cb) => item.internetHeaders.getAsync([STAMP_HEADER], cb));
}

/** The pane's "send anyway" decision in sessionData (Mailbox 1.11), read in the same wave. */
function readOverride(item: Office.MessageCompose): Promise<Outcome<string>> {
  return read<string>("sessionData", "1.11", (cb) => item.sessionData.getAsync(OVERRIDE_KEY, cb));
}

function stampOf(headers: Record<string, string> | undefined): Stamp | undefined {
  const value = headers?.[STAMP_HEADER];
  return typeof value === "string" ? decodeStamp(value) : undefined;
}

/** Only a marker in the sender's own text counts (see minutesLinkFrom); the body is read again only if it has one. */
function minutesLinkOf(properties: Office.CustomProperties | undefined, html: string | undefined): ReturnType<typeof minutesLinkFrom> {
  return minutesLinkFrom(linkProperty(properties), mayHoldMinutesMarker(html) ? ownTextOfHtml(html as string) : undefined);
}

export async function readMessageDraft(item: Office.MessageCompose, now: Date): Promise<DraftRead<MailDraft>> {
  const [label, catalog] = readLabel(item);
  const [subject, body, to, cc, bcc, from, attachments, delay, labelId, labels, properties, stampHeaders, override] = await Promise.all([
    read<string>("subject", "1.1", (cb) => item.subject.getAsync(cb)),
    read<string>("body", "1.1", (cb) => item.body.getAsync(Office.CoercionType.Html, cb)),
    read<EmailLike[]>("to", "1.1", (cb) => item.to.getAsync(cb)),
    read<EmailLike[]>("cc", "1.1", (cb) => item.cc.getAsync(cb)),
    read<EmailLike[]>("bcc", "1.1", (cb) => item.bcc.getAsync(cb)),
    // Mailbox 1.7: from.getAsync in compose.
    read<EmailLike>("from", "1.7", (cb) => item.from.getAsync(cb)),
    // Mailbox 1.8: getAttachmentsAsync.
    read<AttachmentLike[]>("attachments", "1.8", (cb) => item.getAttachmentsAsync(cb)),
    // Mailbox 1.13: delayDeliveryTime (0 when the mail goes now).
    read<Date | number>("delayDeliveryTime", "1.13", (cb) => item.delayDeliveryTime.getAsync(cb)),
    label,
    catalog,
    // Mailbox 1.1: the add-in's custom properties carry the minutes mail's link to its meeting.
    read<Office.CustomProperties>("customProperties", "1.1", (cb) => item.loadCustomPropertiesAsync(cb)),
    readStamp(item),
    readOverride(item),
  ]);
  const html = valueOf(body);
  const fromValue = valueOf(from);
  const draft: MailDraft = {
    kind: "mail",
    subject: valueOf(subject),
    body: html === undefined ? undefined : { contentType: "html", content: html },
    from: fromValue ? toPerson(fromValue) : undefined,
    to: toPeople(valueOf(to)),
    cc: toPeople(valueOf(cc)),
    bcc: toPeople(valueOf(bcc)),
    attachments: toAttachments(valueOf(attachments)),
    sensitivityLabel: labelName(valueOf(labelId), valueOf(labels)),
    // A scheduled mail is judged at its delivery time, not at the click.
    sentAt: iso(valueOf(delay)) ?? now.toISOString(),
  };
  const minutesOf = minutesLinkOf(valueOf(properties), html);
  if (minutesOf) draft.minutesOf = minutesOf;
  const previousStamp = stampOf(valueOf(stampHeaders));
  const sendOverride = decodeOverride(valueOf(override));
  return {
    draft,
    ...(previousStamp ? { previousStamp } : {}),
    ...(sendOverride ? { sendOverride } : {}),
    ...collect({ subject, body, to, cc, bcc, from, attachments, delayDeliveryTime: delay, sensitivityLabel: labelId }),
  };
}

function linkProperty(properties: Office.CustomProperties | undefined): unknown {
  try {
    return properties?.get(PROPERTY_MINUTES_OF);
  } catch {
    return undefined;
  }
}

/** Mailbox 1.11 `isAllDayEvent`, missing from some versions of the type declarations. */
interface AllDayCompose {
  isAllDayEvent?: { getAsync: (callback: (result: AsyncResultLike<boolean>) => void) => void };
}

export async function readAppointmentDraft(item: Office.AppointmentCompose, now: Date): Promise<DraftRead<MeetingDraft>> {
  const allDayField = (item as unknown as AllDayCompose).isAllDayEvent;
  const [subject, body, required, optional, organizer, start, end, location, allDay, attachments, recurrence] = await Promise.all([
    read<string>("subject", "1.1", (cb) => item.subject.getAsync(cb)),
    read<string>("body", "1.1", (cb) => item.body.getAsync(Office.CoercionType.Html, cb)),
    read<EmailLike[]>("requiredAttendees", "1.1", (cb) => item.requiredAttendees.getAsync(cb)),
    read<EmailLike[]>("optionalAttendees", "1.1", (cb) => item.optionalAttendees.getAsync(cb)),
    // Mailbox 1.7: organizer.getAsync in compose.
    read<EmailLike>("organizer", "1.7", (cb) => item.organizer.getAsync(cb)),
    read<Date>("start", "1.1", (cb) => item.start.getAsync(cb)),
    read<Date>("end", "1.1", (cb) => item.end.getAsync(cb)),
    read<string>("location", "1.1", (cb) => item.location.getAsync(cb)),
    // Mailbox 1.11: isAllDayEvent.
    read<boolean>("isAllDayEvent", "1.11", (cb) => {
      if (!allDayField) throw new Error("isAllDayEvent is not available");
      allDayField.getAsync(cb);
    }),
    // Mailbox 1.8: getAttachmentsAsync.
    read<AttachmentLike[]>("attachments", "1.8", (cb) => item.getAttachmentsAsync(cb)),
    // Mailbox 1.7: recurrence (null for a single appointment). Not a field the rules judge, so a
    // client without it only loses the series case (see MeetingDraft.recurring), with no notice.
    read<Office.Recurrence | null>("recurrence", "1.7", (cb) => item.recurrence.getAsync(cb)),
  ]);
  const html = valueOf(body);
  const organizerValue = valueOf(organizer);
  const joinUrl = joinLinkIn(html);
  const draft: MeetingDraft = {
    kind: "meeting",
    subject: valueOf(subject),
    body: html === undefined ? undefined : { contentType: "html", content: html },
    organizer: organizerValue ? toPerson(organizerValue) : undefined,
    requiredAttendees: toPeople(valueOf(required)),
    optionalAttendees: toPeople(valueOf(optional)),
    start: iso(valueOf(start)),
    end: iso(valueOf(end)),
    isAllDay: valueOf(allDay),
    location: valueOf(location),
    attachments: toAttachments(valueOf(attachments)),
    bookedAt: now.toISOString(),
  };
  if (valueOf(recurrence)) draft.recurring = true;
  // Office.js has no "is online meeting" read; a join link in the body says it, its absence says nothing.
  if (joinUrl) {
    draft.onlineMeetingUrl = joinUrl;
    draft.isOnlineMeeting = true;
  }
  return {
    draft,
    ...collect({ subject, body, requiredAttendees: required, optionalAttendees: optional, organizer, start, end, location, isAllDayEvent: allDay, attachments }),
  };
}

/** True when the item gave the add-in nothing to judge: neither subject nor body. */
export function isUnreadable(read: DraftRead<MailDraft | MeetingDraft>): boolean {
  return read.draft.subject === undefined && read.draft.body === undefined;
}
