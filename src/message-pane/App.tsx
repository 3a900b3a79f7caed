import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { reasonRequired } from "../compliance/pane-events";
import { mayOverride } from "../outlook/send-override";
import { paneTranslator } from "../i18n/message-pane";
import { engineLang, type UiLang } from "../i18n/strings";
import { composeMessage } from "../outlook/compose-item";
import { PaneShell } from "../pane-shell/PaneShell";
import { readerTimeZone } from "../pane-shell/pane-policy";
import { MessageText } from "../pane-shell/UserText";
import { DEFAULT_POLICY } from "../policy/config";
import { momentForReader } from "../policy/moment-text";
import { FindingsList } from "./components/FindingsList";
import { RecordingNotice } from "../pane-shell/RecordingNotice";
import { HeldBanner, PaneFooter, ScheduleBar, TemplatesPanel } from "./components/Sections";
import { SendAnyway } from "./components/SendAnyway";
import type { PaneHost } from "./host";
import { counts, findingKey, heldKeys, orderWithHandoff } from "./model";
import { useDraftCheck } from "./use-draft-check";
import { usePaneCompliance } from "./use-compliance";
import { useHandoff } from "./use-handoff";
import { usePaneFixes } from "./use-pane-fixes";
import { useSendAnyway } from "./use-send-anyway";

// The message compose pane: the findings of the mail being written, live, with the rule's
// one-click changes, the send that was held back (and sending it anyway, with a reason), a
// report of a wrong finding, the notice of what is recorded, the schedule, templates and the footer.

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
  const heldNow = useMemo(() => findings.filter((f) => held.has(findingKey(f))), [findings, held]);
  const stillHeld = state.result ? heldNow.length : held.size;
  const compliance = usePaneCompliance(host, state.policy, handoff, findings);
  const sendAnyway = useSendAnyway(heldNow, compliance, host.now);
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
      {compliance.notice && <RecordingNotice t={t} retentionDays={compliance.retentionDays} onDismiss={compliance.dismissNotice} />}
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
      <FindingsList
        findings={findings}
        checked={state.result !== undefined}
        held={held}
        lang={engineLang(lang)}
        t={t}
        busy={fixes.busy}
        supports={fixes.supports}
        onApply={(fix, mode, finding) => fixes.apply(fix, mode, () => compliance.fixed(finding, fix))}
        report={compliance.active ? { reported: compliance.reported, onReport: compliance.reportWrong } : undefined}
      />
      {handoff && heldNow.length > 0 && mayOverride(heldNow, policy.sendBehavior) && (
        <SendAnyway required={reasonRequired(heldNow, compliance.reasonRequiredForErrors)} status={sendAnyway.status} busy={fixes.busy} t={t} onSubmit={sendAnyway.submit} />
      )}
      <TemplatesPanel t={t} busy={fixes.busy} canInsert={fixes.supports({ kind: "insertTemplate", template: "structuredMail" }, "cursor")} onInsert={(template) => fixes.apply({ kind: "insertTemplate", template }, "cursor")} />
      <PaneFooter t={t} mailbox={policy.feedbackMailbox} version={state.policy?.policy.version} />
    </PaneShell>
  );
}
