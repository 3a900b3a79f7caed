// Names shared by the manifest and the code. test/manifest checks that the manifest uses these.

/** The functions `LaunchEvent` calls, registered with `Office.actions.associate`. */
export const HANDLER_NAMES = {
  mail: "onMessageSendHandler",
  meeting: "onAppointmentSendHandler",
} as const;

/** The `Control` ids of the pane buttons, which Smart Alerts' Fix button opens (`commandId`). */
export const PANE_COMMAND_IDS = {
  mail: "msgComposeCheckPolicy",
  meeting: "apptComposeCheckPolicy",
} as const;
