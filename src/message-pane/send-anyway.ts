import { officeCall } from "../outlook/office-async";
import { supportsMailbox } from "../outlook/requirements";
import { OVERRIDE_KEY, type SendOverride } from "../outlook/send-override";

// Sending the mail as it is, from the pane: the Office side of "send anyway".
// - item.sendAsync (Mailbox 1.15, https://learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-requirement-set-1-15:
//   "a method to programmatically send a mail item"; task panes only; read/write mailbox
//   permission). Code after it may never run, so everything else is done before.
// - Before it, the user's decision goes into item.sessionData (Mailbox 1.11) under
//   OVERRIDE_KEY, so the on-send check that the send starts again (or the user's next press
//   of Send on an older client) can tell that the user chose to send despite these rules.

export type SendAnywayResult = { kind: "sent" } | { kind: "pressSend" } | { kind: "failed"; reason: string };

export function canSendFromPane(item: Office.MessageCompose | undefined): boolean {
  return !!item && supportsMailbox("1.15") && typeof item.sendAsync === "function";
}

export async function writeOverride(item: Office.MessageCompose, override: SendOverride): Promise<void> {
  if (!supportsMailbox("1.11") || !item.sessionData) return;
  const value = JSON.stringify(override);
  await officeCall<void>("sessionData.setAsync", (cb) => item.sessionData.setAsync(OVERRIDE_KEY, value, cb)).catch(() => undefined);
}

/** Sends the item where the client can; otherwise says the user must press Send. Never throws. */
export async function sendFromPane(item: Office.MessageCompose | undefined): Promise<SendAnywayResult> {
  if (!item || !canSendFromPane(item)) return { kind: "pressSend" };
  try {
    await officeCall<void>("sendAsync", (cb) => item.sendAsync(cb));
    return { kind: "sent" };
  } catch (error) {
    return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}
