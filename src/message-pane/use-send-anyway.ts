import { useCallback, useState } from "react";
import { composeMessage } from "../outlook/compose-item";
import type { Finding } from "../policy/types";
import { overrideFor } from "../outlook/send-override";
import { sendFromPane, writeOverride } from "./send-anyway";
import type { PaneCompliance } from "./use-compliance";

// "Send anyway" after Smart Alerts held the mail: the decision is written to the item and
// the reason recorded and sent first (sendAsync may end the pane), then the mail is sent
// where the client can, or the user is told to press Send again.

/** What recording may take before the mail goes: the pane may close once it is sent. */
export const RECORD_BEFORE_SEND_MS = 2000;

export type SendAnywayStatus = { kind: "idle" } | { kind: "sending" } | { kind: "sent" } | { kind: "pressSend" } | { kind: "failed"; reason: string };

export function useSendAnyway(held: readonly Finding[], compliance: PaneCompliance, now: () => Date): { status: SendAnywayStatus; submit: (reason: string) => void } {
  const [status, setStatus] = useState<SendAnywayStatus>({ kind: "idle" });
  const submit = useCallback(
    (reason: string) => {
      setStatus({ kind: "sending" });
      void (async () => {
        const item = composeMessage();
        if (item) await writeOverride(item, overrideFor(held, compliance.checkId, now()));
        await compliance.sentDespite(held, reason, RECORD_BEFORE_SEND_MS).catch(() => undefined);
        setStatus(await sendFromPane(item));
      })();
    },
    [held, compliance, now],
  );
  return { status, submit };
}
