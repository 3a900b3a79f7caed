import { useCallback, useEffect, useRef } from "react";
import { findingsGone, paneCheckId, sameFindings } from "../compliance/pane-events";
import type { PaneComplianceWiring } from "../compliance/pane-recorder";
import type { LoadedPolicy } from "../outlook/policy-source";
import { usePaneRecording, type PaneRecording } from "../pane-shell/use-pane-recording";
import type { Finding } from "../policy/types";
import type { MeetingEdit } from "./model";

// The meeting pane's side of §5 supervision: the same recording as the message pane
// (pane-shell/use-pane-recording.ts) under item kind "appointment" and a check id of the
// pane's own (no on-send check runs for a meeting). A meeting's findings carry no one-click
// fix: the pane's edits are its fixes. So an edit written into the invitation (agenda,
// minute-taker, urgency reason) or a reminder saved records `fixed`, under the edit's kind,
// for each finding that the first check with different findings after it no longer has —
// the pane names no rule, it sees what the edit made go away.

const NONE: readonly Finding[] = [];

export interface MeetingRecording extends Omit<PaneRecording, "recorder" | "fixed"> {
  /** Tells the recording an edit was written into the invitation. */
  edited: (kind: MeetingEdit) => void;
}

interface PendingEdit {
  kind: MeetingEdit;
  before: readonly Finding[];
}

export function useMeetingRecording(wiring: PaneComplianceWiring | undefined, loaded: LoadedPolicy | undefined, findings: readonly Finding[] | undefined, reminderSaved: number | undefined): MeetingRecording {
  const checkId = useRef(paneCheckId()).current;
  const now = findings ?? NONE;
  const recording = usePaneRecording(wiring, loaded, "appointment", checkId, now);
  const { fixed } = recording;
  const latest = useRef(now);
  const pending = useRef<PendingEdit | undefined>(undefined);
  const edited = useCallback((kind: MeetingEdit) => {
    pending.current = { kind, before: latest.current };
  }, []);

  // A saved reminder is in this render's check already: what it fixed is measured against the last one.
  const savedReminder = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (reminderSaved === undefined || reminderSaved === savedReminder.current) return;
    savedReminder.current = reminderSaved;
    pending.current = { kind: "reminder", before: latest.current };
  }, [reminderSaved]);

  useEffect(() => {
    const edit = pending.current;
    // A re-read that found the same things is not the check after the edit: wait for one that differs.
    if (edit && !sameFindings(edit.before, now)) {
      pending.current = undefined;
      for (const finding of findingsGone(edit.before, now)) fixed(finding, edit.kind);
    }
    latest.current = now;
  }, [now, fixed]);

  const { active, notice, dismissNotice, retentionDays, reportWrong, reported } = recording;
  return { active, notice, dismissNotice, retentionDays, reportWrong, reported, edited };
}
