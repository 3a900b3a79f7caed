import { useCallback, useEffect, useRef, useState } from "react";
import { engineLang, type UiLang } from "../i18n/strings";
import { readScheduledSend } from "../outlook/fixes";
import { readMinutesLink } from "../outlook/minutes-link";
import type { LoadedPolicy } from "../outlook/policy-source";
import { readMessageDraft } from "../outlook/read-draft";
import { composeMessage } from "../outlook/compose-item";
import { checkDraft } from "../policy/engine";
import { eventType, onOfficeEvent } from "../pane-shell/office-events";
import { readerTimeZone } from "../pane-shell/pane-policy";
import type { CheckResult, MailDraft } from "../policy/types";
import type { PaneHost } from "./host";
import { fingerprint, sameResult } from "./model";

// Keeps the findings current: on open, on Office.js events (recipients: Mailbox 1.7,
// attachments: Mailbox 1.8), on a short interval while the pane is visible (there is no
// body- or subject-changed event), after every fix and on "Check again". A re-read draft
// that did not change skips the engine, and an unchanged result keeps the same object, so
// nothing re-renders and the scroll position stays where the reader left it.

export type CheckReason = "open" | "event" | "poll" | "manual" | "fix";

export interface DraftCheckState {
  result?: CheckResult;
  draft?: MailDraft;
  policy?: LoadedPolicy;
  scheduled?: Date;
  readFailed: boolean;
  /** A check the user asked for is running (background polls stay silent). */
  checking: boolean;
  checkedAt?: Date;
}

export function useDraftCheck(host: PaneHost, lang: UiLang): [DraftCheckState, (reason: CheckReason) => Promise<void>] {
  const [state, setState] = useState<DraftCheckState>({ readFailed: false, checking: true });
  const policyRef = useRef<Promise<LoadedPolicy> | null>(null);
  const lastPrint = useRef<string>("");
  const running = useRef<Promise<void> | null>(null);
  const again = useRef<CheckReason | null>(null);
  const alive = useRef(true);

  const runOnce = useCallback(
    async (reason: CheckReason): Promise<void> => {
      const item = composeMessage();
      if (!item) {
        setState((s) => ({ ...s, readFailed: true, checking: false }));
        return;
      }
      const visible = reason !== "poll" && reason !== "event";
      if (visible) setState((s) => (s.checking ? s : { ...s, checking: true }));
      policyRef.current ??= host.loadPolicy();
      const now = host.now();
      // One wave: the policy, the item's fields, the schedule and the minutes link together.
      const [policy, read, scheduled, minutesOf] = await Promise.all([
        policyRef.current,
        readMessageDraft(item, now).catch(() => undefined),
        readScheduledSend(item, now),
        readMinutesLink(item).catch(() => undefined),
      ]);
      if (!alive.current) return;
      if (!read || (read.draft.subject === undefined && read.draft.body === undefined)) {
        setState((s) => ({ ...s, readFailed: true, checking: false, policy, scheduled }));
        return;
      }
      const draft: MailDraft = minutesOf ? { ...read.draft, minutesOf } : read.draft;
      const print = fingerprint(draft, policy.policy.version, lang);
      if (print === lastPrint.current && reason !== "manual") {
        setState((s) => (s.checking || s.scheduled?.getTime() !== scheduled?.getTime() ? { ...s, checking: false, scheduled } : s));
        return;
      }
      lastPrint.current = print;
      const result = checkDraft(draft, policy.policy, { lang: engineLang(lang), now, timeZone: readerTimeZone() });
      setState((s) => ({
        result: sameResult(s.result, result) ? s.result : result,
        draft,
        policy,
        scheduled,
        readFailed: false,
        checking: false,
        checkedAt: now,
      }));
    },
    [host, lang],
  );

  /** Runs a check; a request during a running check runs once more after it. */
  const run = useCallback(
    (reason: CheckReason): Promise<void> => {
      if (running.current) {
        if (again.current === null || reason === "manual" || reason === "fix") again.current = reason;
        return running.current;
      }
      const loop = async (): Promise<void> => {
        let next: CheckReason | null = reason;
        while (next !== null) {
          again.current = null;
          try {
            await runOnce(next);
          } catch {
            if (alive.current) setState((s) => ({ ...s, checking: false }));
          }
          next = again.current;
        }
        running.current = null;
      };
      running.current = loop();
      return running.current;
    },
    [runOnce],
  );

  useEffect(() => {
    alive.current = true;
    lastPrint.current = "";
    void run("open");
    const removers: Array<Promise<() => void>> = [
      onOfficeEvent("item", eventType("RecipientsChanged", "olkRecipientsChanged"), "1.7", () => void run("event")),
      onOfficeEvent("item", eventType("AttachmentsChanged", "olkAttachmentsChanged"), "1.8", () => void run("event")),
    ];
    const timer = setInterval(() => {
      if (typeof document === "undefined" || document.visibilityState === "visible") void run("poll");
    }, host.pollMs);
    return () => {
      alive.current = false;
      clearInterval(timer);
      for (const remove of removers) void remove.then((r) => r());
    };
  }, [host, run]);

  return [state, run];
}
