import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { dismissNotice, noticeDismissed } from "../compliance/notice-seen";
import { fixedOutcome, handoffCheckId, paneCheckId, reportedWrongOutcome, sentDespiteOutcomes, shownOutcomes } from "../compliance/pane-events";
import { createPaneRecorder, panePolicy, type PaneRecorder } from "../compliance/pane-recorder";
import type { SendHandoff } from "../outlook/handoff";
import type { LoadedPolicy } from "../outlook/policy-source";
import type { Finding, FixAction } from "../policy/types";
import { clientName, highestMailboxSet } from "./compliance-wiring";
import type { PaneHost } from "./host";
import { findingKey } from "./model";

// The pane's side of §5 supervision: records what the user saw and did (queued at once, sent
// in batches when the pane opens, on a timer and after an action — never waited on by the
// UI), and whether the one-time notice of what is recorded is due. With recording off in the
// policy, or no wiring, every call does nothing and no notice shows.

const DEFAULT_FLUSH_MS = 30_000;

export interface PaneCompliance {
  active: boolean;
  /** The recording notice is to be shown (recording is active and it was never dismissed). */
  notice: boolean;
  dismissNotice: () => void;
  reasonRequiredForErrors: boolean;
  retentionDays: number;
  fixed: (finding: Finding, fix: FixAction) => void;
  /** Records the reason for every held rule and sends it within `withinMs` (sendAsync may end the pane). */
  sentDespite: (held: readonly Finding[], reason: string, withinMs: number) => Promise<void>;
  reportWrong: (finding: Finding, comment: string) => Promise<void>;
  /** Findings (by findingKey) reported as wrong in this pane. */
  reported: ReadonlySet<string>;
  checkId: string;
}

function useRecorder(host: PaneHost, loaded: LoadedPolicy | undefined): PaneRecorder | undefined {
  return useMemo(() => {
    if (!loaded || !host.compliance) return undefined;
    const policy = panePolicy(loaded.policy.compliance, host.compliance);
    return createPaneRecorder(policy, host.compliance, { policyVersion: loaded.policy.version || "builtin", client: clientName(), requirementSet: highestMailboxSet() });
  }, [host, loaded]);
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

export function usePaneCompliance(host: PaneHost, loaded: LoadedPolicy | undefined, handoff: SendHandoff | undefined, findings: readonly Finding[]): PaneCompliance {
  const recorder = useRecorder(host, loaded);
  const ownId = useRef(paneCheckId());
  const checkId = handoffCheckId(handoff) ?? ownId.current;
  const seen = useRef(new Set<string>());
  useFlushes(recorder, host.compliance?.flushMs ?? DEFAULT_FLUSH_MS);
  const [notice, closeNotice] = useNotice(recorder);
  const [reported, setReported] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    if (!recorder?.active) return;
    const { outcomes, keys } = shownOutcomes(findings, checkId, seen.current);
    for (const key of keys) seen.current.add(key);
    void recorder.record(outcomes, checkId);
  }, [recorder, findings, checkId]);

  const afterAction = useCallback((recorded: Promise<void>) => recorded.then(() => recorder?.flush()), [recorder]);
  const fixed = useCallback((finding: Finding, fix: FixAction) => void afterAction(recorder?.record([fixedOutcome(finding, fix)], checkId) ?? Promise.resolve()), [recorder, checkId, afterAction]);
  const reportWrong = useCallback(async (finding: Finding, comment: string) => {
    // The UI does not wait for the service: the comment is queued, and sent in the background.
    await recorder?.record([reportedWrongOutcome(finding, comment)], checkId);
    setReported((before) => new Set(before).add(findingKey(finding)));
    void recorder?.flush();
  }, [recorder, checkId]);
  const sentDespite = useCallback(async (held: readonly Finding[], reason: string, withinMs: number) => {
    await recorder?.record(sentDespiteOutcomes(held, reason), checkId);
    await recorder?.flush(withinMs);
  }, [recorder, checkId]);

  return {
    active: recorder?.active ?? false,
    notice,
    dismissNotice: closeNotice,
    reasonRequiredForErrors: loaded?.policy.compliance.reasonRequiredForErrors ?? true,
    retentionDays: loaded?.policy.compliance.retentionDays ?? 400,
    fixed,
    sentDespite,
    reportWrong,
    reported,
    checkId,
  };
}
