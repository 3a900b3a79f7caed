import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { dismissNotice, noticeDismissed } from "../compliance/notice-seen";
import { findingKey, fixedOutcome, reportedWrongOutcome, shownOutcomes } from "../compliance/pane-events";
import { createPaneRecorder, panePolicy, type PaneComplianceWiring, type PaneRecorder, type PaneRecorderMeta } from "../compliance/pane-recorder";
import type { LoadedPolicy } from "../outlook/policy-source";
import type { Finding, FixAction } from "../policy/types";
import { clientName, highestMailboxSet } from "./compliance-wiring";

// What both panes record for §5 supervision: the findings the user saw (once per check),
// the fixes and edits applied, and "this finding is wrong" — queued at once, sent in batches
// when the pane opens, on a timer and after an action, never waited on by the UI — and
// whether the one-time notice of what is recorded is due. With recording off in the policy,
// or no wiring, every call does nothing and no notice shows. The message pane adds sending
// anyway on top (message-pane/use-compliance.ts).

const DEFAULT_FLUSH_MS = 30_000;

export interface PaneRecording {
  recorder: PaneRecorder | undefined;
  active: boolean;
  /** The recording notice is to be shown (recording is active and it was never dismissed). */
  notice: boolean;
  dismissNotice: () => void;
  retentionDays: number;
  /** A fix (the FixAction) or an edit (its id) was applied for this finding. */
  fixed: (finding: Finding, fix: FixAction | string) => void;
  reportWrong: (finding: Finding, comment: string) => Promise<void>;
  /** Findings (by findingKey) reported as wrong in this pane. */
  reported: ReadonlySet<string>;
}

function useRecorder(wiring: PaneComplianceWiring | undefined, loaded: LoadedPolicy | undefined, itemKind: PaneRecorderMeta["itemKind"]): PaneRecorder | undefined {
  return useMemo(() => {
    if (!loaded || !wiring) return undefined;
    const policy = panePolicy(loaded.policy.compliance, wiring);
    return createPaneRecorder(policy, wiring, { itemKind, policyVersion: loaded.policy.version || "builtin", client: clientName(), requirementSet: highestMailboxSet() });
  }, [wiring, loaded, itemKind]);
}

function useFlushes(recorder: PaneRecorder | undefined, flushMs: number): void {
  useEffect(() => {
    if (!recorder?.active) return;
    void recorder.flush();
    const timer = setInterval(() => void recorder.flush(), flushMs);
    return () => {
      clearInterval(timer);
      // What is still queued goes with the pane's last moments, or with the next pane or Send.
      void recorder.flush();
    };
  }, [recorder, flushMs]);
}

function useNotice(recorder: PaneRecorder | undefined): [boolean, () => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let alive = true;
    if (recorder?.active) void noticeDismissed(recorder.storage).then((dismissed) => alive && setOpen(!dismissed));
    else setOpen(false);
    return () => {
      alive = false;
    };
  }, [recorder]);
  const dismiss = useCallback(() => {
    setOpen(false);
    if (recorder) void dismissNotice(recorder.storage);
  }, [recorder]);
  return [open, dismiss];
}

/** Records `shown` for each finding not yet recorded under this check, as the findings change. */
function useShown(recorder: PaneRecorder | undefined, findings: readonly Finding[], checkId: string): void {
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (!recorder?.active) return;
    const { outcomes, keys } = shownOutcomes(findings, checkId, seen.current);
    for (const key of keys) seen.current.add(key);
    void recorder.record(outcomes, checkId);
  }, [recorder, findings, checkId]);
}

export function usePaneRecording(wiring: PaneComplianceWiring | undefined, loaded: LoadedPolicy | undefined, itemKind: PaneRecorderMeta["itemKind"], checkId: string, findings: readonly Finding[]): PaneRecording {
  const recorder = useRecorder(wiring, loaded, itemKind);
  useFlushes(recorder, wiring?.flushMs ?? DEFAULT_FLUSH_MS);
  useShown(recorder, findings, checkId);
  const [notice, closeNotice] = useNotice(recorder);
  const [reported, setReported] = useState<ReadonlySet<string>>(() => new Set());

  const fixed = useCallback(
    (finding: Finding, fix: FixAction | string) => void recorder?.record([fixedOutcome(finding, fix)], checkId).then(() => recorder.flush()),
    [recorder, checkId],
  );
  const reportWrong = useCallback(
    async (finding: Finding, comment: string) => {
      // The UI does not wait for the service: the comment is queued, and sent in the background.
      await recorder?.record([reportedWrongOutcome(finding, comment)], checkId);
      setReported((before) => new Set(before).add(findingKey(finding)));
      void recorder?.flush();
    },
    [recorder, checkId],
  );

  return { recorder, active: recorder?.active ?? false, notice, dismissNotice: closeNotice, retentionDays: loaded?.policy.compliance.retentionDays ?? 400, fixed, reportWrong, reported };
}
