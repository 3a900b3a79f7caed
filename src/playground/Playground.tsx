import { FluentProvider, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { playgroundTranslator } from "../i18n/playground";
import { engineLang, resolveUiLang } from "../i18n/strings";
import { mountTaskpane } from "../message-pane/mount";
import type { OfficeSim, SimMessageState } from "../office-sim/office-sim";
import { fetchPolicyText, loadPolicy, policyUrl, type LoadedPolicy } from "../outlook/policy-source";
import { withEngineData } from "../pane-shell/pane-policy";
import { BodyEditor } from "./body-editor";
import { AttachmentsEditor, HeaderFields } from "./ComposeFields";
import { ComposeToolbar, type PolicyChoice, type ToolbarState } from "./ComposeToolbar";
import { OutcomeDialog } from "./OutcomeDialog";
import { sampleById } from "./samples";
import { simulateSend, type SendOutcome } from "./send";
import { usePlaygroundStyles } from "./styles";
import { DARK, LIGHT } from "./themes";
import { useClock } from "./use-clock";

// The playground page: a simulated Outlook compose window beside the real message pane.
// Everything the pane does goes through the simulated Office.js mailbox.


export type { PolicyChoice };

export interface PlaygroundProps {
  sim: OfficeSim;
  initial: { lang: string; theme: "light" | "dark"; now?: string; policy: PolicyChoice; sample: string };
}

function policyLoaderFor(choice: PolicyChoice): () => Promise<LoadedPolicy> {
  const fetchText = choice === "server" ? () => fetchPolicyText(policyUrl(), 4000) : () => Promise.reject(new Error("unreachable (simulated)"));
  return () => loadPolicy({ fetchText }).then(withEngineData);
}

export function Playground({ sim, initial }: PlaygroundProps) {
  const styles = usePlaygroundStyles();
  const state = useSyncExternalStore(
    (listener) => sim.subscribe(listener),
    () => sim.state,
  ) as SimMessageState;
  const [, force] = useState(0);
  useEffect(() => sim.subscribe(() => force((n) => n + 1)), [sim]);
  const [settings, setSettings] = useState({ lang: initial.lang, theme: initial.theme, policy: initial.policy, sample: initial.sample, mailbox: sim.mailboxVersion });
  const [now, clockValue, setClock] = useClock(initial.now);
  const [paneKey, setPaneKey] = useState(0);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const paneRef = useRef<HTMLDivElement>(null);
  const t = useMemo(() => playgroundTranslator(settings.lang), [settings.lang]);
  const policyLoader = useRef(policyLoaderFor(initial.policy));
  policyLoader.current = policyLoaderFor(settings.policy);

  useEffect(() => {
    document.documentElement.lang = resolveUiLang(settings.lang) === "qps-ploc" ? "en" : resolveUiLang(settings.lang);
  }, [settings.lang]);

  useEffect(() => {
    const host = paneRef.current;
    if (!host) return;
    // Each opening gets a fresh element: the previous pane unmounts after this render, as
    // React requires, and the new one never shares its root.
    const element = document.createElement("div");
    host.appendChild(element);
    const unmount = mountTaskpane(element, { now, pollMs: 1500, embedded: true, loadPolicy: () => policyLoader.current() });
    return () => {
      setTimeout(() => {
        unmount();
        element.remove();
      }, 0);
    };
  }, [paneKey, now]);

  const reopenPane = () => setPaneKey((k) => k + 1);
  const change = (next: Partial<ToolbarState>) => {
    if (next.clock !== undefined) setClock(next.clock);
    if (next.theme !== undefined) sim.setOfficeTheme(next.theme === "dark" ? DARK : LIGHT);
    if (next.lang !== undefined) sim.displayLanguage = next.lang;
    if (next.mailbox !== undefined) sim.mailboxVersion = next.mailbox;
    if (next.sample !== undefined) {
      sim.load(sampleById(next.sample).item());
      setOutcome(null);
    }
    setSettings((s) => ({ ...s, ...next }));
    // Outlook reloads add-ins when the display language changes; the others need a new pane too.
    if (next.lang !== undefined || next.mailbox !== undefined || next.sample !== undefined || next.policy !== undefined) reopenPane();
  };

  const send = async () => {
    setSending(true);
    setOutcome(null);
    const result = await simulateSend(sim, now, () => policyLoader.current());
    setSending(false);
    setOutcome(result);
  };

  const openFromFix = () => {
    if (outcome?.kind === "blocked" && outcome.contextData) sim.state.initializationContext = outcome.contextData;
    setOutcome(null);
    reopenPane();
  };

  return (
    <FluentProvider theme={settings.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <main className={styles.compose} aria-labelledby="compose-title">
          <h1 id="compose-title" className={styles.h1}>
            {t("composeTitle")}
          </h1>
          <span className={styles.hint}>{t("composeHint")}</span>
          <ComposeToolbar state={{ ...settings, clock: clockValue }} sending={sending} t={t} uiLang={engineLang(resolveUiLang(settings.lang))} onSend={() => void send()} onChange={change} onReopen={reopenPane} />
          {outcome?.kind === "sent" && (
            <MessageBar intent="success" data-testid="sent">
              <MessageBarBody>{outcome.scheduled && outcome.scheduled.getTime() > now().getTime() ? t("sentScheduled", { time: outcome.scheduled.toLocaleString() }) : t("sent")}</MessageBarBody>
            </MessageBar>
          )}
          <HeaderFields sim={sim} state={state} t={t} />
          <AttachmentsEditor sim={sim} state={state} t={t} />
          <section aria-labelledby="body-title">
            <h2 id="body-title" className={styles.h2}>
              {t("message")}
            </h2>
            <BodyEditor sim={sim} content={state.body.content} label={t("messageBody")} />
          </section>
        </main>
        <aside className={styles.pane} aria-label={t("pane")} data-testid="pane">
          <div ref={paneRef} />
        </aside>
      </div>
      <OutcomeDialog outcome={outcome} t={t} onClose={() => setOutcome(null)} onFix={openFromFix} onSendAnyway={() => setOutcome({ kind: "sent", scheduled: state.delayDeliveryTime })} />
    </FluentProvider>
  );
}
