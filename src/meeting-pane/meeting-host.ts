import { officeCall } from "../outlook/office-async";
import { readAppointmentDraft, type DraftRead } from "../outlook/read-draft";
import { supportsMailbox } from "../outlook/requirements";
import type { ItemBody, MeetingDraft, Person } from "../policy/types";

// What the meeting pane needs from Outlook, as promises. Each call names its requirement set;
// a client without it gets `undefined` / a thrown OfficeCallError and the pane says so.

export interface NewMessage {
  to: Person[];
  cc: Person[];
  subject: string;
  htmlBody: string;
}

export interface MeetingHost {
  displayLanguage: string;
  /** The organizer's time zone as Outlook names it (Windows name, e.g. "China Standard Time"). */
  timeZone: string;
  read(now: Date): Promise<DraftRead<MeetingDraft>>;
  /** The raw body (HTML when the client gives it). */
  readBody(): Promise<ItemBody>;
  writeBody(body: ItemBody): Promise<void>;
  /** Subscribes to the item's change events; returns the unsubscribe function. */
  onItemChanged(listener: () => void): Promise<() => void>;
  /** Saves the item and returns its REST id (for Graph), or undefined when it cannot. */
  save(): Promise<string | undefined>;
  /** Stores values in the item's custom properties (saved with the item). */
  setCustomProperties(values: Record<string, string>): Promise<void>;
  openNewMessage(message: NewMessage): void;
  /** Opens an existing draft by its Graph id; false when the client cannot. */
  openDraft(graphId: string): boolean;
}

type Item = Office.AppointmentCompose;

/** Graph uses REST v2.0 ids; the enum's run-time value is the string "v2.0". */
function restVersion(): Office.MailboxEnums.RestVersion {
  return Office.MailboxEnums?.RestVersion?.v2_0 ?? ("v2.0" as Office.MailboxEnums.RestVersion);
}

function item(): Item {
  return Office.context.mailbox.item as unknown as Item;
}

export function createOfficeMeetingHost(): MeetingHost {
  const mailbox = Office.context.mailbox;
  return {
    displayLanguage: Office.context.displayLanguage ?? "en-US",
    timeZone: mailbox.userProfile?.timeZone ?? "UTC",
    read: (now) => readAppointmentDraft(item(), now),
    async readBody() {
      // Asked for as HTML whatever the item's own format: the pane writes HTML back (Mailbox 1.1).
      const content = await officeCall<string>("body.getAsync", (cb) => item().body.getAsync(Office.CoercionType.Html, cb as never));
      return { contentType: "html", content };
    },
    async writeBody(body) {
      // Mailbox 1.3: body.setAsync. Always HTML: the pane read HTML.
      await officeCall<void>("body.setAsync", (cb) => item().body.setAsync(body.content, { coercionType: Office.CoercionType.Html }, cb as never));
    },
    async onItemChanged(listener) {
      // Mailbox 1.7: RecipientsChanged, AppointmentTimeChanged; Mailbox 1.8: AttachmentsChanged.
      const types = [Office.EventType.RecipientsChanged, Office.EventType.AppointmentTimeChanged, ...(supportsMailbox("1.8") ? [Office.EventType.AttachmentsChanged] : [])];
      if (!supportsMailbox("1.7")) return () => undefined;
      const added = await Promise.all(
        types.map((type) =>
          officeCall<void>(`addHandlerAsync(${type})`, (cb) => item().addHandlerAsync(type, listener, cb as never)).then(
            () => type,
            () => undefined,
          ),
        ),
      );
      return () => {
        for (const type of added) if (type) item().removeHandlerAsync(type, () => undefined);
      };
    },
    async save() {
      // Mailbox 1.3: saveAsync gives the EWS item id; convertToRestId turns it into Graph's id.
      const ewsId = await officeCall<string>("saveAsync", (cb) => item().saveAsync(cb as never));
      if (!ewsId) return undefined;
      try {
        return mailbox.convertToRestId(ewsId, restVersion());
      } catch {
        return undefined;
      }
    },
    async setCustomProperties(values) {
      // Mailbox 1.1: loadCustomPropertiesAsync / CustomProperties.saveAsync.
      const props = await officeCall<Office.CustomProperties>("loadCustomPropertiesAsync", (cb) => item().loadCustomPropertiesAsync(cb as never));
      for (const [k, v] of Object.entries(values)) props.set(k, v);
      await officeCall<void>("customProperties.saveAsync", (cb) => props.saveAsync(cb as never));
    },
    openNewMessage(message) {
      // Mailbox 1.6: displayNewMessageForm (recipients, subject, HTML body up to 32 KB).
      mailbox.displayNewMessageForm({
        toRecipients: message.to.map((p) => ({ displayName: p.name ?? p.address, emailAddress: p.address })),
        ccRecipients: message.cc.map((p) => ({ displayName: p.name ?? p.address, emailAddress: p.address })),
        subject: message.subject,
        htmlBody: message.htmlBody,
      } as never);
    },
    openDraft(graphId) {
      // Mailbox 1.3: convertToEwsId; Mailbox 1.0: displayMessageForm opens the saved draft.
      try {
        mailbox.displayMessageForm(mailbox.convertToEwsId(graphId, restVersion()));
        return true;
      } catch {
        return false;
      }
    },
  };
}
