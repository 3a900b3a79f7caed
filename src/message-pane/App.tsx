import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { engineLang, htmlLang, paneTranslator, type PaneT, type UiLang } from "../i18n/taskpane";
import { applyFix, cancelScheduledSend, fixSupport, type FixMode, type FixResult } from "../outlook/fixes";
import type { FixAction } from "../policy/types";
import { FindingCard } from "./components/FindingCard";
import { HeldBanner, PaneFooter, ScheduleBar, TemplatesPanel } from "./components/Sections";
import { composeItem, type PaneHost } from "./host";
import { counts, findingKey, groupFindings, heldKeys, orderWithHandoff } from "./model";
import { offersFor, type FixOffer } from "./offers";
import { usePaneStyles } from "./styles";
import { formatClock, formatDateTime } from "./time";
import { useDraftCheck } from "./use-draft-check";
import { useHandoff } from "./use-handoff";
import { useOfficeTheme } from "./use-office-theme";

export interface AppProps {
  host: PaneHost;
  lang: UiLang;
}

const GROUP_TITLE = { error: "groupError", warning: "groupWarning", info: "groupInfo" } as const;

function resultText(result: FixResult, label: string, t: PaneT): { ok: boolean; text: string } {
  if (result.ok) return { ok: true, text: t("applied", { label }) };
  switch (result.reason) {
    case "changed":
      return { ok: false, text: t("fixChanged") };
    case "notFound":
      return { ok: false, text: t("fixNotFound") };
    case "needsAddress":
      return { ok: false, text: t("addressInvalid") };
    default:
      return { ok: false, text: t("fixFailed", { reason: result.detail ?? result.reason }) };
  }
}

export function App({ host, lang }: AppProps) {
  const styles = usePaneStyles();
  const t = useMemo(() => paneTranslator(lang), [lang]);
  const { theme } = useOfficeTheme();
  const { handoff, dismiss } = useHandoff();
  const [state, run] = useDraftCheck(host, lang);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const formatTime = useCallback((iso: string) => formatDateTime(iso, lang), [lang]);
  const supports = useCallback((fix: FixAction, mode: FixMode) => fixSupport(fix, mode, composeItem()), []);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);

  const apply = useCallback(
    async (label: string, change: () => Promise<FixResult>) => {
      setBusy(true);
      setStatus({ ok: true, text: t("applying") });
      const result = await change();
      setStatus(resultText(result, label, t));
      setBusy(false);
      await run("fix");
    },
    [run, t],
  );

  const onApply = useCallback(
    (offer: FixOffer, mode: FixMode, fix?: FixAction) => void apply(offer.label, () => applyFix(fix ?? offer.fix, { mode, lang: engineLang(lang) })),
    [apply, lang],
  );

  const findings = useMemo(() => orderWithHandoff(state.result?.findings ?? handoff?.findings ?? [], handoff), [state.result, handoff]);
  const held = useMemo(() => heldKeys(handoff), [handoff]);
  const stillHeld = state.result ? state.result.findings.filter((f) => held.has(findingKey(f))).length : held.size;
  const tally = counts(findings);
  const loaded = state.policy;
  const Landmark = host.embedded ? "section" : "main";

  return (
    <FluentProvider theme={theme} dir="ltr" lang={htmlLang(lang)}>
      <Landmark className={styles.root} aria-busy={state.checking} aria-label={host.embedded ? t("title") : undefined}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <h1 className={styles.title}>{t("title")}</h1>
            <Button appearance="secondary" size="small" disabled={busy} onClick={() => void run("manual")}>
              {t("checkAgain")}
            </Button>
          </div>
          <span className={styles.status} data-testid="check-status">
            {state.checking ? (
              <Spinner size="extra-tiny" label={t("checking")} labelPosition="after" />
            ) : state.checkedAt ? (
              `${t("checkedAt", { time: formatClock(state.checkedAt, lang) })} · ${t("summary", { errors: tally.error, warnings: tally.warning, infos: tally.info })}`
            ) : null}
          </span>
        </header>

        <div role="status" aria-live="polite" data-testid="fix-status" className={status ? undefined : styles.visuallyHidden}>
          {status && (
            <MessageBar intent={status.ok ? "success" : "error"}>
              <MessageBarBody>{status.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>

        {handoff && <HeldBanner handoff={handoff} stillHeld={stillHeld} t={t} onDismiss={dismiss} />}

        {loaded?.source === "builtin" && loaded.problem && (
          <MessageBar intent="warning" layout="multiline" data-testid="defaults-notice">
            <MessageBarBody>{t("defaultsInForce")}</MessageBarBody>
          </MessageBar>
        )}
        {state.readFailed && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{composeItem() ? t("readFailed") : t("notAMessage")}</MessageBarBody>
          </MessageBar>
        )}
        {state.result?.notices.map((n) => (
          <MessageBar key={`${n.code}|${n.rule ?? ""}|${n.message}`} intent="info" layout="multiline">
            <MessageBarBody>{n.message}</MessageBarBody>
          </MessageBar>
        ))}
        {state.scheduled && (
          <ScheduleBar when={formatTime(state.scheduled.toISOString())} t={t} busy={busy} onCancel={() => void apply(t("cancelSchedule"), () => cancelScheduledSend(composeItem(), host.now()))} />
        )}

        <section aria-label={t("findingsRegion")} data-testid="findings">
          {state.result && findings.length === 0 && (
            <MessageBar intent="success" layout="multiline" data-testid="all-clear">
              <MessageBarBody>{t("allClear")}</MessageBarBody>
            </MessageBar>
          )}
          {groupFindings(findings).map((group) => (
            <div key={group.severity} data-severity={group.severity}>
              <h2 className={styles.groupHeading}>
                {t(GROUP_TITLE[group.severity])} ({group.findings.length})
              </h2>
              <ul className={styles.list}>
                {group.findings.map((finding) => (
                  <li key={findingKey(finding)}>
                    <FindingCard
                      finding={finding}
                      offers={offersFor(finding, state.draft, engineLang(lang), t, supports, formatTime)}
                      lang={engineLang(lang)}
                      t={t}
                      held={held.has(findingKey(finding))}
                      busy={busy}
                      formatTime={formatTime}
                      onApply={onApply}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <TemplatesPanel
          t={t}
          busy={busy}
          canInsert={supports({ kind: "insertTemplate", template: "structuredMail" }, "cursor")}
          onInsert={(template) => void apply(t("insertTemplate"), () => applyFix({ kind: "insertTemplate", template }, { mode: "cursor", lang: engineLang(lang) }))}
        />
        <PaneFooter t={t} mailbox={loaded?.policy.feedbackMailbox ?? ""} version={loaded?.policy.version} />
      </Landmark>
    </FluentProvider>
  );
}
