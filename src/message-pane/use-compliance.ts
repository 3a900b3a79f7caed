import { useCallback, useRef } from "react";
import { handoffCheckId, paneCheckId, sentDespiteOutcomes } from "../compliance/pane-events";
import type { SendHandoff } from "../outlook/handoff";
import type { LoadedPolicy } from "../outlook/policy-source";
import { usePaneRecording, type PaneRecording } from "../pane-shell/use-pane-recording";
import type { Finding } from "../policy/types";
import type { PaneHost } from "./host";

// The message pane's side of §5 supervision: what both panes record (pane-shell/
// use-pane-recording.ts) under the on-send check's id when Smart Alerts opened the pane, and
// sending anyway with a reason.

export interface PaneCompliance extends Omit<PaneRecording, "recorder"> {
  reasonRequiredForErrors: boolean;
  /** Records the reason for every held rule and sends it within `withinMs` (sendAsync may end the pane). */
  sentDespite: (held: readonly Finding[], reason: string, withinMs: number) => Promise<void>;
  checkId: string;
}

export function usePaneCompliance(host: PaneHost, loaded: LoadedPolicy | undefined, handoff: SendHandoff | undefined, findings: readonly Finding[]): PaneCompliance {
  const ownId = useRef(paneCheckId());
  const checkId = handoffCheckId(handoff) ?? ownId.current;
  const { recorder, ...recording } = usePaneRecording(host.compliance, loaded, "message", checkId, findings);
  const sentDespite = useCallback(
    async (held: readonly Finding[], reason: string, withinMs: number) => {
      await recorder?.record(sentDespiteOutcomes(held, reason), checkId);
      await recorder?.flush(withinMs);
    },
    [recorder, checkId],
  );
  return { ...recording, reasonRequiredForErrors: loaded?.policy.compliance.reasonRequiredForErrors ?? true, sentDespite, checkId };
}
