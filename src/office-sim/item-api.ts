import { toRecipient } from "./call-args";
import { bodyApi } from "./item-body";
import { customPropertiesApi, internetHeadersApi, notificationsApi, sessionDataApi } from "./item-stores";
import type { OfficeSim, SimHandler } from "./office-sim-core";
import type { SimAppointmentState, SimMessageState, SimRecipient, SimSensitivityLabel } from "./sim-types";

// `Office.context.mailbox.item` in compose: what a message and an appointment share (subject,
// body, attachments, labels, custom properties, session data, notifications, events), and
// what only one of them has (recipients and scheduled delivery; attendees, time, location).

/** The compose item, built fresh on each `Office.context.mailbox.item` read. */
export function buildItem(sim: OfficeSim): Record<string, unknown> {
  const s = sim.state;
  const common: Record<string, unknown> = {
    itemType: s.itemType,
    subject: {
      getAsync: sim.method("subject.getAsync", () => sim.state.subject),
      setAsync: sim.method("subject.setAsync", (rest) =>
        sim.apply((st) => {
          st.subject = String(rest[0]);
        }),
      ),
    },
    body: bodyApi(sim),
    // Mailbox 1.8
    getAttachmentsAsync: sim.method("getAttachmentsAsync", () => sim.state.attachments.map((a) => ({ contentId: "", ...a }))),
    addFileAttachmentAsync: sim.method("addFileAttachmentAsync", (rest) => {
      const id = `att-${sim.seq}`;
      sim.apply((st) => {
        st.attachments = [...st.attachments, { id, name: String(rest[1]), size: 1024, attachmentType: "file", isInline: false }];
      });
      return id;
    }),
    removeAttachmentAsync: sim.method("removeAttachmentAsync", (rest) =>
      sim.apply((st) => {
        st.attachments = st.attachments.filter((a) => a.id !== rest[0]);
      }),
    ),
    // Mailbox 1.13
    sensitivityLabel: {
      getAsync: sim.method("sensitivityLabel.getAsync", () => sim.state.sensitivityLabelId),
      setAsync: sim.method("sensitivityLabel.setAsync", (rest) => {
        const v = rest[0];
        sim.state.sensitivityLabelId = typeof v === "string" ? v : String((v as SimSensitivityLabel).id);
        sim.notify();
      }),
    },
    categories: { getAsync: sim.method("categories.getAsync", () => sim.state.categories.map((displayName) => ({ displayName, color: "preset0" }))) },
    saveAsync: sim.method("saveAsync", () => {
      sim.state.itemId = sim.state.itemId ?? `AAMkSim${Date.now().toString(36)}`;
      sim.notify();
      return sim.state.itemId;
    }),
    // Mailbox 1.9
    getItemIdAsync: sim.method("getItemIdAsync", () => {
      if (!sim.state.itemId) throw Object.assign(new Error("The item has not been saved."), { name: "ItemNotSaved", code: 9058 });
      return sim.state.itemId;
    }),
    loadCustomPropertiesAsync: sim.method("loadCustomPropertiesAsync", () => customPropertiesApi(sim)),
    // Mailbox 1.11
    sessionData: sessionDataApi(sim),
    getInitializationContextAsync: sim.method("getInitializationContextAsync", () => sim.state.initializationContext ?? null),
    notificationMessages: notificationsApi(sim),
    addHandlerAsync: sim.method("addHandlerAsync", (rest) => sim.addHandler(String(rest[0]), rest[1] as SimHandler)),
    removeHandlerAsync: sim.method("removeHandlerAsync", (rest) => sim.removeHandler(String(rest[0]))),
  };
  if (s.itemType === "message") {
    return {
      ...common,
      to: recipientsField(sim, "to"),
      cc: recipientsField(sim, "cc"),
      bcc: recipientsField(sim, "bcc"),
      // Mailbox 1.7
      from: { getAsync: sim.method("from.getAsync", () => ({ ...(sim.state as SimMessageState).from })) },
      // Mailbox 1.8
      internetHeaders: internetHeadersApi(sim),
      // Mailbox 1.13
      delayDeliveryTime: {
        getAsync: sim.method("delayDeliveryTime.getAsync", () => {
          const t = (sim.state as SimMessageState).delayDeliveryTime;
          return t ? new Date(t) : 0;
        }),
        setAsync: sim.method("delayDeliveryTime.setAsync", (rest) =>
          sim.apply((st) => {
            (st as SimMessageState).delayDeliveryTime = rest[0] instanceof Date ? new Date(rest[0]) : undefined;
          }),
        ),
      },
      // Mailbox 1.15 (outlook-requirement-set-1-15: "a method to programmatically send a mail
      // item"); only a client that has the set offers it, as Outlook does.
      ...(sim.isSetSupported("Mailbox", "1.15") ? { sendAsync: sim.method("sendAsync", () => sendItem(sim)) } : {}),
    };
  }
  return {
    ...common,
    requiredAttendees: recipientsField(sim, "requiredAttendees"),
    optionalAttendees: recipientsField(sim, "optionalAttendees"),
    // Mailbox 1.7
    organizer: { getAsync: sim.method("organizer.getAsync", () => ({ ...(sim.state as SimAppointmentState).organizer })) },
    start: timeField(sim, "start"),
    end: timeField(sim, "end"),
    location: {
      getAsync: sim.method("location.getAsync", () => (sim.state as SimAppointmentState).location),
      setAsync: sim.method("location.setAsync", (rest) =>
        sim.apply((st) => {
          (st as SimAppointmentState).location = String(rest[0]);
        }),
      ),
    },
    // Mailbox 1.7: null for a single appointment.
    recurrence: { getAsync: sim.method("recurrence.getAsync", () => (sim.state as SimAppointmentState).recurrence ?? null) },
    // Mailbox 1.11
    isAllDayEvent: {
      getAsync: sim.method("isAllDayEvent.getAsync", () => (sim.state as SimAppointmentState).isAllDayEvent),
      setAsync: sim.method("isAllDayEvent.setAsync", (rest) =>
        sim.apply((st) => {
          (st as SimAppointmentState).isAllDayEvent = Boolean(rest[0]);
        }),
      ),
    },
  };
}

/** The item leaves the compose form: marked sent, with the moment (a second send fails as Outlook's would). */
function sendItem(sim: OfficeSim): void {
  const state = sim.state as SimMessageState;
  if (state.sentAt) throw Object.assign(new Error("The item has already been sent."), { name: "ItemAlreadySent", code: 9041 });
  sim.apply((st) => {
    (st as SimMessageState).sentAt = new Date().toISOString();
  });
}

function recipientsField(sim: OfficeSim, field: "to" | "cc" | "bcc" | "requiredAttendees" | "optionalAttendees"): Record<string, unknown> {
  const list = () => (sim.state as unknown as Record<string, SimRecipient[]>)[field] ?? [];
  const write = (next: SimRecipient[]) =>
    sim.apply((s) => {
      (s as unknown as Record<string, SimRecipient[]>)[field] = next;
    });
  return {
    getAsync: sim.method(`${field}.getAsync`, () => list().map((r) => ({ ...r }))),
    setAsync: sim.method(`${field}.setAsync`, (rest) => write((rest[0] as unknown[]).map(toRecipient))),
    addAsync: sim.method(`${field}.addAsync`, (rest) => write([...list(), ...(rest[0] as unknown[]).map(toRecipient)])),
  };
}

function timeField(sim: OfficeSim, field: "start" | "end"): Record<string, unknown> {
  return {
    getAsync: sim.method(`${field}.getAsync`, () => new Date((sim.state as SimAppointmentState)[field])),
    setAsync: sim.method(`${field}.setAsync`, (rest) => {
      const value = rest[0];
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw Object.assign(new Error("The date is not valid."), { name: "InvalidDate", code: 9021 });
      sim.apply((s) => {
        (s as SimAppointmentState)[field] = new Date(value);
      });
    }),
  };
}
