import type { SimAppointmentState, SimMessageState } from "./sim-types";

// Ready-made items: a message and an appointment that a test or the playground overrides field
// by field.

/** What a new item of either kind holds besides its own fields: nothing attached, labelled or stored. */
function emptyStores(): Pick<SimMessageState, "attachments" | "sensitivityLabelId" | "sessionData" | "customProperties" | "notifications" | "categories"> {
  return { attachments: [], sensitivityLabelId: "", sessionData: {}, customProperties: {}, notifications: {}, categories: [] };
}

export function sampleMessage(overrides: Partial<SimMessageState> = {}): SimMessageState {
  return {
    itemType: "message",
    subject: "Q3 预算审批 / Q3 budget approval",
    body: {
      type: "html",
      content:
        "<div>Hi Lisa,</div><div><br></div><div>I'm writing to ask for your approval of the Q3 budget.</div><div><br></div><div>Could you reply by Friday?</div><div><br></div><div>Thanks,</div><div>Tom</div>",
    },
    from: { displayName: "Tom Chen", emailAddress: "tom.chen@contoso.com", recipientType: "user" },
    to: [{ displayName: "Lisa Wang", emailAddress: "lisa.wang@contoso.com", recipientType: "user" }],
    cc: [],
    bcc: [],
    ...emptyStores(),
    ...overrides,
  };
}

export function sampleAppointment(overrides: Partial<SimAppointmentState> = {}): SimAppointmentState {
  return {
    itemType: "appointment",
    subject: "Q3 预算评审会 / Q3 budget review",
    body: { type: "html", content: "<div>议程 Agenda:</div><div>1. Q3 spending</div><div>2. Q4 plan</div><div><br></div><div>会议记录人：李娜</div>" },
    organizer: { displayName: "Tom Chen", emailAddress: "tom.chen@contoso.com", recipientType: "user" },
    requiredAttendees: [
      { displayName: "Lisa Wang", emailAddress: "lisa.wang@contoso.com", recipientType: "user" },
      { displayName: "李娜", emailAddress: "li.na@contoso.com", recipientType: "user" },
    ],
    optionalAttendees: [],
    start: new Date("2026-11-26T06:00:00Z"),
    end: new Date("2026-11-26T07:00:00Z"),
    location: "Microsoft Teams Meeting",
    isAllDayEvent: false,
    ...emptyStores(),
    ...overrides,
  };
}
