import { useCallback, useEffect, useRef, useState } from "react";
import type { MeetingT } from "../i18n/meeting-pane";
import { planMeetingBlock, type MeetingBlock } from "../outlook/edit-plan";
import type { PaneStatus } from "../pane-shell/PaneShell";
import type { Lang, MeetingParts, Person } from "../policy/types";
import type { MeetingHost } from "./meeting-host";
import { addressKey } from "../policy/people";
import { fromRows, toRow, type AgendaRow } from "./model";

// What the organizer edits in the pane before it goes into the invitation: the urgent mark
// and its reason, the agenda rows, the minute-taker. Filled once from what the invitation
// already says (the check's parts); the agenda follows the invitation until the organizer
// types in the editor. Writing goes through the one edit path (host.applyEdit).

export interface MeetingEdits {
  urgent: boolean;
  setUrgent: (urgent: boolean) => void;
  reason: string;
  setReason: (reason: string) => void;
  rows: AgendaRow[];
  rowsFromInvitation: boolean;
  editRow: (key: number, change: Partial<AgendaRow>) => void;
  addRow: () => void;
  removeRow: (key: number) => void;
  taker: string;
  chooseTaker: (address: string, people: readonly Person[]) => void;
  write: (block: MeetingBlock) => Promise<void>;
  writeAgenda: () => void;
}

/** What the pane around the edits is told: how they report, re-read, and that a block was written (compliance). */
export interface EditEffects {
  report: (s: PaneStatus[]) => void;
  refresh: () => Promise<void>;
  written?: (kind: MeetingBlock["kind"]) => void;
}

export function useMeetingEdits(host: MeetingHost, parts: MeetingParts | undefined, lang: Lang, t: MeetingT, effects: EditEffects): MeetingEdits {
  const { report, refresh, written } = effects;
  const [urgent, setUrgent] = useState(false);
  const [reason, setReason] = useState("");
  const [rows, setRows] = useState<AgendaRow[]>([]);
  const [rowsFromInvitation, setRowsFromInvitation] = useState(false);
  const [taker, setTaker] = useState("");
  const initialized = useRef(false);
  const edited = useRef(false);

  useEffect(() => {
    if (!parts) return;
    if (!initialized.current) {
      initialized.current = true;
      setRows(parts.agenda ? parts.agenda.map(toRow) : [toRow({ title: "" })]);
      setRowsFromInvitation(!!parts.agenda);
      if (parts.urgencyReason !== undefined) {
        setUrgent(true);
        setReason(parts.urgencyReason);
      }
    } else if (parts.agenda && !edited.current) {
      setRows(parts.agenda.map(toRow));
      setRowsFromInvitation(true);
    }
    if (parts.minuteTaker?.attendee) setTaker(parts.minuteTaker.attendee);
  }, [parts]);

  const write = useCallback(
    async (block: MeetingBlock) => {
      const result = await host.applyEdit(planMeetingBlock(block, lang));
      if (result.ok) written?.(block.kind);
      report([result.ok ? { intent: "success", text: t("written") } : { intent: "error", text: t("bodyWriteFailed", { message: result.detail ?? result.reason }) }]);
      await refresh();
    },
    [host, lang, t, report, refresh, written],
  );

  const editRow = useCallback((key: number, change: Partial<AgendaRow>) => {
    edited.current = true;
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }, []);
  const addRow = useCallback(() => {
    edited.current = true;
    setRows((all) => [...all, toRow({ title: "" })]);
  }, []);
  const removeRow = useCallback((key: number) => {
    edited.current = true;
    setRows((all) => all.filter((r) => r.key !== key));
  }, []);
  const writeAgenda = useCallback(() => {
    const items = fromRows(rows);
    if (items.length === 0) return;
    edited.current = false;
    void write({ kind: "agenda", items });
  }, [rows, write]);
  const chooseTaker = useCallback(
    (address: string, people: readonly Person[]) => {
      setTaker(address);
      const person = people.find((p) => addressKey(p.address) === address);
      if (person) void write({ kind: "minuteTaker", person });
    },
    [write],
  );

  return { urgent, setUrgent, reason, setReason, rows, rowsFromInvitation, editRow, addRow, removeRow, taker, chooseTaker, write, writeAgenda };
}
