import { useCallback, useState } from "react";
import type { PaneT } from "../i18n/message-pane";
import { engineLang, type UiLang } from "../i18n/strings";
import { composeMessage } from "../outlook/compose-item";
import { applyFix, cancelScheduledSend, fixSupport, type FixMode, type FixResult } from "../outlook/fixes";
import type { PaneStatus } from "../pane-shell/PaneShell";
import type { FixAction } from "../policy/types";
import { doneText } from "./offers";
import type { CheckReason } from "./use-draft-check";

// Making a change the pane offers: one at a time (the buttons wait meanwhile), then a line
// that says what is now in the mail, or why nothing was changed, and a fresh check.

export interface PaneFixes {
  busy: boolean;
  statuses: PaneStatus[];
  supports: (fix: FixAction, mode: FixMode) => boolean;
  apply: (fix: FixAction, mode: FixMode) => void;
  cancelSchedule: (now: Date) => void;
}

function failureText(result: Extract<FixResult, { ok: false }>, t: PaneT): string {
  switch (result.reason) {
    case "changed":
      return t("fixChanged");
    case "notFound":
      return t("fixNotFound");
    case "needsAddress":
      return t("addressInvalid");
    default:
      return t("fixFailed", { reason: result.detail ?? result.reason });
  }
}

export function usePaneFixes(run: (reason: CheckReason) => Promise<void>, t: PaneT, lang: UiLang, formatMoment: (iso: string) => string): PaneFixes {
  const [busy, setBusy] = useState(false);
  const [statuses, setStatuses] = useState<PaneStatus[]>([]);
  const supports = useCallback((fix: FixAction, mode: FixMode) => fixSupport(fix, mode, composeMessage()), []);

  const change = useCallback(
    async (make: () => Promise<FixResult>, done: () => string) => {
      setBusy(true);
      setStatuses([{ intent: "info", text: t("applying") }]);
      const result = await make();
      setStatuses([result.ok ? { intent: "success", text: done() } : { intent: "error", text: failureText(result, t) }]);
      setBusy(false);
      await run("fix");
    },
    [run, t],
  );

  const apply = useCallback(
    (fix: FixAction, mode: FixMode) => void change(() => applyFix(fix, { mode, lang: engineLang(lang) }), () => doneText(fix, t, formatMoment)),
    [change, lang, t, formatMoment],
  );
  const cancelSchedule = useCallback((now: Date) => void change(() => cancelScheduledSend(composeMessage(), now), () => t("doneCancelSchedule")), [change, t]);
  return { busy, statuses, supports, apply, cancelSchedule };
}
