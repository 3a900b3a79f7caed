// Which Mailbox requirement sets the running Outlook client supports. Every optional call is
// guarded here, so a client that lacks a set simply gives fewer fields.

export function supportsMailbox(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

/** The Smart Alerts options beyond Mailbox 1.12, detected at run time, never required. */
export interface SendFeatures {
  /** `sendModeOverride: PromptUser` (Send Anyway): Mailbox 1.14. */
  promptUser: boolean;
  /** `cancelLabel` and `commandId` (a task pane): Mailbox 1.14. */
  commandButton: boolean;
  /** `contextData`: Mailbox 1.14. */
  contextData: boolean;
  /** `errorMessageMarkdown`: Mailbox 1.15. */
  markdown: boolean;
  /** `item.sessionData`: Mailbox 1.11. */
  sessionData: boolean;
}

export const NO_SEND_FEATURES: SendFeatures = { promptUser: false, commandButton: false, contextData: false, markdown: false, sessionData: false };

export function detectSendFeatures(): SendFeatures {
  const v114 = supportsMailbox("1.14");
  return { promptUser: v114, commandButton: v114, contextData: v114, markdown: supportsMailbox("1.15"), sessionData: supportsMailbox("1.11") };
}
