// A simulated Office.js mailbox: the part of the Outlook API the product uses, with the
// documented shapes (AsyncResult with status / value / error, callbacks that always run
// later, never inside the call), so the playground runs in a plain browser and the tests run
// in Jest without Outlook. No Node or DOM APIs: only timers and plain objects.
//
// This module is the door to it; the parts live beside it:
//   sim-types.ts       the item state, call configuration and call records
//   call-names.ts      every call the sim answers (keys of per-call latency and failure)
//   office-sim-core.ts the OfficeSim class: state, call machinery, change events, installing
//   namespace.ts       Office.context, actions, onReady, OfficeRuntime.storage, dialogs
//   item-api.ts        mailbox.item for a message and for an appointment
//   item-body.ts       item.body;  item-stores.ts  custom properties, session data, notifications
//   enums.ts, call-args.ts, body-text.ts, sample-items.ts, office-js-host.ts
//
// Extending it: add the state field to sim-types.ts, the call to the item builder and its
// name to call-names.ts; keep existing shapes as they are.

export * from "./sim-types";
export { SIM_CALLS, type SimCallName } from "./call-names";
export { OfficeSim, createOfficeSim } from "./office-sim-core";
export { compareVersions } from "./call-args";
export { escapeHtml, htmlToText } from "./body-text";
export { sampleAppointment, sampleMessage } from "./sample-items";
export { holdOfficeJsTelemetryFrame, installUnderOfficeJs } from "./office-js-host";
