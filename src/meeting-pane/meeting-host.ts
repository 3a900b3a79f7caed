import { applyEdit, type EditResult } from "../outlook/apply-edit";
import { composeAppointment } from "../outlook/compose-item";
import type { EditPlan } from "../outlook/edit-plan";
import { officeCall } from "../outlook/office-async";
import { readAppointmentDraft, type DraftRead } from "../outlook/read-draft";
import { supportsMailbox } from "../outlook/requirements";
import type { MeetingDraft, Person } from "../policy/types";

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
  /** Writes an edit plan into the invitation, the one way both panes edit (read, plan, re-read, write). */
  applyEdit(plan: EditPlan): Promise<EditResult>;
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
  const appointment = composeAppointment();
  if (!appointment) throw new Error("no appointment is being organised");
  return appointment;
}

export function createOfficeMeetingHost(): MeetingHost {
  const mailbox = Office.context.mailbox;
  return {
    displayLanguage: Office.context.displayLanguage ?? "en-US",
    timeZone: mailbox.userProfile?.timeZone ?? "UTC",
    read: (now) => readAppointmentDraft(item(), now),
    applyEdit: (plan) => applyEdit(composeAppointment(), plan),
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
