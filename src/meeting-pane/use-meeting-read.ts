import { useCallback, useEffect, useState } from "react";
import type { MeetingDraft } from "../policy/types";
import type { MeetingHost } from "./meeting-host";

// Keeps the meeting as Outlook has it: read on open, on the item's change events (attendees,
// time, attachments) and on a short interval while the pane is visible (there is no
// body-changed event), and after every write.

export interface MeetingRead {
  draft?: MeetingDraft;
  /** Fields Outlook did not give, or why the read failed. */
  problems: string[];
  reading: boolean;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useMeetingRead(host: MeetingHost, now: () => Date, pollMs: number): [MeetingRead, () => Promise<void>] {
  const [state, setState] = useState<MeetingRead>({ problems: [], reading: true });

  const refresh = useCallback(async () => {
    setState((s) => ({ ...s, reading: true }));
    try {
      const read = await host.read(now());
      setState({ draft: read.draft, problems: read.failed, reading: false });
    } catch (error) {
      setState((s) => ({ ...s, problems: [errorText(error)], reading: false }));
    }
  }, [host, now]);

  useEffect(() => {
    void refresh();
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void host.onItemChanged(() => void refresh()).then((off) => {
      if (disposed) off();
      else unsubscribe = off;
    });
    const timer = setInterval(() => {
      if (typeof document === "undefined" || document.visibilityState === "visible") void refresh();
    }, pollMs);
    return () => {
      disposed = true;
      clearInterval(timer);
      unsubscribe?.();
    };
  }, [host, refresh, pollMs]);

  return [state, refresh];
}
