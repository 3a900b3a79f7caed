import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { paneTranslator } from "../i18n/message-pane";
import { engineLang, type UiLang } from "../i18n/strings";
import { composeMessage } from "../outlook/compose-item";
import { PaneShell } from "../pane-shell/PaneShell";
import { readerTimeZone } from "../pane-shell/pane-policy";
import { MessageText } from "../pane-shell/UserText";
import { DEFAULT_POLICY } from "../policy/config";
import { momentForReader } from "../policy/moment-text";
import { FindingsList } from "./components/FindingsList";
import { HeldBanner, PaneFooter, ScheduleBar, TemplatesPanel } from "./components/Sections";
import type { PaneHost } from "./host";
import { counts, findingKey, heldKeys, orderWithHandoff } from "./model";
import { useDraftCheck } from "./use-draft-check";
import { useHandoff } from "./use-handoff";
import { usePaneFixes } from "./use-pane-fixes";

// The message compose pane: the findings of the mail being written, live, with the rule's
// one-click changes, the send that was held back, the schedule, templates and the footer.

export interface AppProps {
  host: PaneHost;
  lang: UiLang;
}

function clock(date: Date, lang: UiLang): string {
  try {
    return new Intl.DateTimeFormat(lang === "qps-ploc" ? "en" : lang, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(date);
  } catch {
    return date.toTimeString().slice(0, 8);
  }
}

export function App({ host, lang }: AppProps) {
  const t = useMemo(() => paneTranslator(lang), [lang]);
  const { handoff, dismiss } = useHandoff();
  const [state, run] = useDraftCheck(host, lang);
  const policy = state.policy?.policy ?? DEFAULT_POLICY;
  const formatMoment = useCallback((iso: string) => momentForReader(iso, engineLang(lang), policy.workingHours.timeZone, readerTimeZone()), [lang, policy]);
  const fixes = usePaneFixes(run, t, lang, formatMoment);

  const findings = useMemo(() => orderWithHandoff(state.result?.findings ?? handoff?.findings ?? [], handoff), [state.result, handoff]);
  const held = useMemo(() => heldKeys(handoff), [handoff]);
  const stillHeld = state.result ? state.result.findings.filter((f) => held.has(findingKey(f))).length : held.size;
  const tally = counts(findings);
  const statusLine = state.checkedAt ? `${t("checkedAt", { time: clock(state.checkedAt, lang) })} · ${t("summary", { errors: tally.error, warnings: tally.warning, infos: tally.info })}` : undefined;

  return (
    <PaneShell
      lang={lang}
      title={t("title")}
      embedded={host.embedded}
      checkAgainLabel={t("checkAgain")}
      checking={state.checking}
      checkingLabel={t("checking")}
      busy={fixes.busy}
      onCheckAgain={() => void run("manual")}
      statusLine={statusLine}
      statuses={fixes.statuses}
      testId="message-pane"
    >
      {handoff && <HeldBanner handoff={handoff} stillHeld={stillHeld} t={t} onDismiss={dismiss} />}
      {state.policy?.source === "builtin" && state.policy.problem && (
        <MessageBar intent="warning" layout="multiline" data-testid="defaults-notice">
          <MessageBarBody>{t("defaultsInForce")}</MessageBarBody>
        </MessageBar>
      )}
      {state.readFailed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{composeMessage() ? t("readFailed") : t("notAMessage")}</MessageBarBody>
        </MessageBar>
      )}
      {state.result?.notices.map((n) => (
        <MessageBar key={`${n.code}|${n.rule ?? ""}|${n.message}`} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageText text={n.message} />
          </MessageBarBody>
        </MessageBar>
      ))}
      {state.scheduled && <ScheduleBar when={formatMoment(state.scheduled.toISOString())} t={t} busy={fixes.busy} onCancel={() => fixes.cancelSchedule(host.now())} />}
      <FindingsList findings={findings} checked={state.result !== undefined} held={held} lang={engineLang(lang)} t={t} busy={fixes.busy} supports={fixes.supports} onApply={fixes.apply} />
      <TemplatesPanel t={t} busy={fixes.busy} canInsert={fixes.supports({ kind: "insertTemplate", template: "structuredMail" }, "cursor")} onInsert={(template) => fixes.apply({ kind: "insertTemplate", template }, "cursor")} />
      <PaneFooter t={t} mailbox={policy.feedbackMailbox} version={state.policy?.policy.version} />
    </PaneShell>
  );
}
