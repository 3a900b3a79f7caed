import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { fetchPolicyText, loadPolicy, policyUrl, type LoadedPolicy } from "../outlook/policy-source";
import { mountTaskpane } from "../message-pane/mount";
import { BodyEditor } from "./body-editor";
import type { OfficeSim, SimMessageState, SimRecipient } from "../office-sim/office-sim";
import { SAMPLES, sampleById } from "./samples";
import { simulateSend, type SendOutcome } from "./send";

// The playground page: a simulated Outlook compose window (left) beside the real message pane
// (right). Everything the pane does goes through the simulated Office.js mailbox.

const useStyles = makeStyles({
  page: { display: "flex", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  compose: { flex: "1 1 auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))", gap: tokens.spacingHorizontalM },
  pane: {
    flex: "0 0 380px",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    maxHeight: "100vh",
    position: "sticky",
    top: 0,
  },
  attachments: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  attachment: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  pre: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyBase },
});

const DARK = { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#292929", controlForegroundColor: "#ffffff", isDarkTheme: true, themeId: "black" };
const LIGHT = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424", controlBackgroundColor: "#f5f5f5", controlForegroundColor: "#242424", isDarkTheme: false, themeId: "colorful" };

export type PolicyChoice = "server" | "unreachable";

export interface PlaygroundProps {
  sim: OfficeSim;
  initial: { lang: string; theme: "light" | "dark"; now?: string; policy: PolicyChoice; sample: string };
}

function formatRecipients(list: readonly SimRecipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join("; ");
}

export function parseRecipients(text: string): SimRecipient[] {
  return text
    .split(/[;,，；\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*<([^>]*)>$/.exec(part);
      const name = (m ? m[1] : "").replace(/^"|"$/g, "").trim();
      const address = (m ? m[2] : part).trim();
      return { displayName: name || address, emailAddress: address, recipientType: "user" };
    });
}

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A clock that starts at the chosen moment and runs on from there. */
function useClock(initial?: string): [() => Date, string, (value: string) => void] {
  const [base, setBase] = useState(() => ({ at: initial ? new Date(initial) : new Date(), setAt: Date.now() }));
  const now = useRef(() => new Date());
  now.current = () => new Date(base.at.getTime() + (Date.now() - base.setAt));
  const stable = useRef(() => now.current());
  return [stable.current, toLocalInput(base.at), (value) => value && setBase({ at: new Date(value), setAt: Date.now() })];
}

function RecipientField({ label, value, onCommit }: { label: string; value: readonly SimRecipient[]; onCommit: (list: SimRecipient[]) => void }) {
  const [text, setText] = useState(formatRecipients(value));
  useEffect(() => setText(formatRecipients(value)), [value]);
  const commit = () => {
    if (text !== formatRecipients(value)) onCommit(parseRecipients(text));
  };
  return (
    <Field label={label}>
      <Input value={text} onChange={(_, d) => setText(d.value)} onBlur={commit} onKeyDown={(e) => e.key === "Enter" && commit()} data-testid={`recipients-${label.toLowerCase()}`} />
    </Field>
  );
}

function OutcomeDialog({ outcome, onClose, onFix, onSendAnyway }: { outcome: SendOutcome | null; onClose: () => void; onFix: () => void; onSendAnyway: () => void }) {
  const styles = useStyles();
  const open = outcome !== null && outcome.kind !== "sent";
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()} modalType="alert">
      <DialogSurface aria-describedby="send-outcome-message" data-testid="send-dialog">
        <DialogBody>
          <DialogTitle>Communication Policy Assistant</DialogTitle>
          <DialogContent>
            <p id="send-outcome-message" className={styles.pre} data-testid="send-dialog-message">
              {outcome && outcome.kind !== "sent" ? outcome.message : ""}
            </p>
          </DialogContent>
          <DialogActions>
            {outcome?.kind === "prompt" && (
              <Button appearance="primary" onClick={onSendAnyway}>
                Send Anyway
              </Button>
            )}
            {outcome?.kind === "blocked" && outcome.fixLabel && (
              <Button appearance="primary" onClick={onFix} data-testid="dialog-fix">
                {outcome.fixLabel}
              </Button>
            )}
            <Button onClick={onClose}>Don&apos;t Send</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function Playground({ sim, initial }: PlaygroundProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(
    (listener) => sim.subscribe(listener),
    () => sim.state,
  ) as SimMessageState;
  const [, force] = useState(0);
  useEffect(() => sim.subscribe(() => force((n) => n + 1)), [sim]);
  const [lang, setLang] = useState(initial.lang);
  const [theme, setTheme] = useState(initial.theme);
  const [policy, setPolicy] = useState<PolicyChoice>(initial.policy);
  const [mailbox, setMailbox] = useState(sim.mailboxVersion);
  const [sample, setSample] = useState(initial.sample);
  const [now, clockValue, setClock] = useClock(initial.now);
  const [paneKey, setPaneKey] = useState(0);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const [newFile, setNewFile] = useState({ name: "", size: "20", inline: false, cloud: false });
  const paneRef = useRef<HTMLDivElement>(null);

  const policyLoader = useRef<() => Promise<LoadedPolicy>>(() => Promise.reject(new Error("not ready")));
  policyLoader.current =
    policy === "server"
      ? () => loadPolicy({ fetchText: () => fetchPolicyText(policyUrl(), 4000) })
      : () => loadPolicy({ fetchText: () => Promise.reject(new Error("unreachable (simulated)")) });

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

  const changeLang = (value: string) => {
    setLang(value);
    sim.displayLanguage = value;
    reopenPane(); // Outlook reloads add-ins when the display language changes.
  };
  const changeTheme = (value: "light" | "dark") => {
    setTheme(value);
    sim.setOfficeTheme(value === "dark" ? DARK : LIGHT);
  };
  const changeMailbox = (value: string) => {
    setMailbox(value);
    sim.mailboxVersion = value;
    reopenPane();
  };
  const loadSample = (id: string) => {
    setSample(id);
    sim.load(sampleById(id).item());
    setOutcome(null);
    reopenPane();
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

  const addAttachment = () => {
    const name = newFile.name.trim();
    if (!name) return;
    const size = Math.max(0, Math.round(Number(newFile.size) * 1024)) || 1024;
    sim.edit((s) => {
      s.attachments = [
        ...s.attachments,
        { id: `att-${Date.now().toString(36)}`, name, size, attachmentType: newFile.cloud ? "cloud" : "file", isInline: newFile.inline },
      ];
    });
    setNewFile({ name: "", size: "20", inline: false, cloud: false });
  };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <main className={styles.compose} aria-labelledby="compose-title">
          <h1 id="compose-title" className={styles.h1}>
            Playground: simulated Outlook compose window
          </h1>
          <span className={styles.hint}>
            Office.js is simulated in this page (asynchronous callbacks, documented result shapes). The pane on the right is the add-in's real message pane; Send runs the real on-send check.
          </span>
          <div className={styles.toolbar} role="group" aria-label="Playground settings">
            <Button appearance="primary" onClick={() => void send()} disabled={sending} data-testid="send">
              {sending ? "Sending…" : "Send"}
            </Button>
            <Field label="Sample draft">
              <Select value={sample} onChange={(_, d) => loadSample(d.value)} data-testid="sample">
                {SAMPLES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Outlook display language">
              <Select value={lang} onChange={(_, d) => changeLang(d.value)} data-testid="lang">
                <option value="en-US">English (en-US)</option>
                <option value="zh-CN">简体中文 (zh-CN)</option>
                <option value="zh-TW">繁體中文 (zh-TW)</option>
                <option value="fr-FR">Français (fr-FR, falls back to English)</option>
                <option value="qps-ploc">Pseudo-locale (qps-ploc)</option>
              </Select>
            </Field>
            <Field label="Office theme">
              <Select value={theme} onChange={(_, d) => changeTheme(d.value as "light" | "dark")} data-testid="theme">
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </Select>
            </Field>
            <Field label="Time now (your time zone)">
              <Input type="datetime-local" value={clockValue} onChange={(_, d) => setClock(d.value)} data-testid="clock" />
            </Field>
            <Field label="Client supports Mailbox">
              <Select value={mailbox} onChange={(_, d) => changeMailbox(d.value)} data-testid="mailbox">
                {["1.15", "1.14", "1.13", "1.12", "1.8", "1.2"].map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Tenant policy">
              <Select
                value={policy}
                onChange={(_, d) => {
                  setPolicy(d.value as PolicyChoice);
                  reopenPane();
                }}
                data-testid="policy"
              >
                <option value="server">policy.json from the add-in&apos;s server</option>
                <option value="unreachable">Unreachable (built-in defaults)</option>
              </Select>
            </Field>
            <Button onClick={reopenPane}>Reopen the pane</Button>
          </div>

          {outcome?.kind === "sent" && (
            <MessageBar intent="success" data-testid="sent">
              <MessageBarBody>
                {outcome.scheduled && outcome.scheduled.getTime() > now().getTime()
                  ? `Sent (simulated): the server delivers it at ${outcome.scheduled.toLocaleString()}.`
                  : "Sent (simulated): the on-send check let this mail go."}
              </MessageBarBody>
            </MessageBar>
          )}

          <section className={styles.row} aria-label="Message header">
            <Field label="From">
              <Input value={`${state.from.displayName} <${state.from.emailAddress}>`} readOnly />
            </Field>
            <RecipientField label="To" value={state.to} onCommit={(list) => sim.edit((s) => void ((s as SimMessageState).to = list))} />
            <RecipientField label="Cc" value={state.cc} onCommit={(list) => sim.edit((s) => void ((s as SimMessageState).cc = list))} />
            <RecipientField label="Bcc" value={state.bcc} onCommit={(list) => sim.edit((s) => void ((s as SimMessageState).bcc = list))} />
            <Field label="Importance" hint="Office.js gives add-ins no importance in compose; kept for the picture.">
              <Select defaultValue="normal">
                <option value="low">Low</option>
                <option value="normal">Normal</option>
                <option value="high">High</option>
              </Select>
            </Field>
            <Field label="Scheduled delivery (delayDeliveryTime)">
              <Input readOnly value={state.delayDeliveryTime ? state.delayDeliveryTime.toLocaleString() : "Send now"} data-testid="delivery" />
            </Field>
          </section>
          <Field label="Subject">
            <Input
              value={state.subject}
              onChange={(_, d) =>
                sim.edit((s) => {
                  s.subject = d.value;
                })
              }
              data-testid="subject"
            />
          </Field>

          <section aria-labelledby="attachments-title">
            <h2 id="attachments-title" className={styles.h2}>
              Attachments ({state.attachments.length})
            </h2>
            <ul className={styles.attachments} data-testid="attachments">
              {state.attachments.map((a) => (
                <li key={a.id} className={styles.attachment}>
                  <span>
                    {a.name} · {Math.round(a.size / 1024)} KB{a.isInline ? " · inline" : ""}
                    {a.attachmentType === "cloud" ? " · cloud" : ""}
                  </span>
                  <Button size="small" aria-label={`Remove ${a.name}`} onClick={() => sim.edit((s) => void (s.attachments = s.attachments.filter((x) => x.id !== a.id)))}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
            <div className={styles.toolbar}>
              <Field label="File name">
                <Input value={newFile.name} onChange={(_, d) => setNewFile({ ...newFile, name: d.value })} data-testid="attachment-name" />
              </Field>
              <Field label="Size (KB)">
                <Input type="number" value={newFile.size} onChange={(_, d) => setNewFile({ ...newFile, size: d.value })} />
              </Field>
              <Checkbox label="Inline image" checked={newFile.inline} onChange={(_, d) => setNewFile({ ...newFile, inline: Boolean(d.checked) })} />
              <Checkbox label="Cloud link" checked={newFile.cloud} onChange={(_, d) => setNewFile({ ...newFile, cloud: Boolean(d.checked) })} />
              <Button onClick={addAttachment} data-testid="attachment-add">
                Attach
              </Button>
            </div>
          </section>

          <section aria-labelledby="body-title">
            <h2 id="body-title" className={styles.h2}>
              Message
            </h2>
            <BodyEditor sim={sim} content={state.body.content} label="Message body" />
          </section>
        </main>
        <aside className={styles.pane} aria-label="Add-in pane: Communication policy" data-testid="pane">
          <div ref={paneRef} />
        </aside>
      </div>
      <OutcomeDialog
        outcome={outcome}
        onClose={() => setOutcome(null)}
        onFix={openFromFix}
        onSendAnyway={() => setOutcome({ kind: "sent", scheduled: state.delayDeliveryTime })}
      />
    </FluentProvider>
  );
}
