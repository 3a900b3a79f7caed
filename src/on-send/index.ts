import "./polyfilled";
import { onAppointmentSendHandler, onMessageSendHandler } from "./handlers";
import { HANDLER_NAMES } from "./names";

// The on-send bundle (commands.html, and launchevent.js for classic Outlook on Windows): the
// engine, the decision and the strings, nothing else. Outlook calls the functions by the names
// in the manifest's LaunchEvent elements.

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate(HANDLER_NAMES.mail, onMessageSendHandler);
  Office.actions.associate(HANDLER_NAMES.meeting, onAppointmentSendHandler);
}
