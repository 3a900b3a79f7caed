import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { PlaygroundT } from "../i18n/playground";
import type { Lang } from "../policy/types";
import { SAMPLES } from "./samples";
import { usePlaygroundStyles } from "./styles";

// The playground's settings: Send, the sample draft, Outlook's display language and theme,
// the clock, the client's Mailbox requirement set and whether policy.json can be reached.

export type PolicyChoice = "server" | "unreachable";

export interface ToolbarState {
  sample: string;
  lang: string;
  theme: "light" | "dark";
  clock: string;
  mailbox: string;
  policy: PolicyChoice;
}

export interface ComposeToolbarProps {
  state: ToolbarState;
  sending: boolean;
  t: PlaygroundT;
  uiLang: Lang;
  onSend: () => void;
  onChange: (change: Partial<ToolbarState>) => void;
  onReopen: () => void;
}

const MAILBOX_VERSIONS = ["1.15", "1.14", "1.13", "1.12", "1.8", "1.2"];

export function ComposeToolbar({ state, sending, t, uiLang, onSend, onChange, onReopen }: ComposeToolbarProps) {
  const styles = usePlaygroundStyles();
  return (
    <div className={styles.toolbar} role="group" aria-label={t("settings")}>
      <Button appearance="primary" onClick={onSend} disabled={sending} data-testid="send">
        {sending ? t("sending") : t("send")}
      </Button>
      <Field label={t("sample")} className={styles.field}>
        <Select value={state.sample} onChange={(_, d) => onChange({ sample: d.value })} data-testid="sample">
          {SAMPLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label[uiLang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("displayLanguage")} className={styles.field}>
        <Select value={state.lang} onChange={(_, d) => onChange({ lang: d.value })} data-testid="lang">
          <option value="en-US">English (en-US)</option>
          <option value="zh-CN">简体中文 (zh-CN)</option>
          <option value="zh-TW">繁體中文 (zh-TW)</option>
          <option value="fr-FR">{t("langFallback")}</option>
          <option value="qps-ploc">{t("langPseudo")}</option>
        </Select>
      </Field>
      <Field label={t("theme")} className={styles.field}>
        <Select value={state.theme} onChange={(_, d) => onChange({ theme: d.value === "dark" ? "dark" : "light" })} data-testid="theme">
          <option value="light">{t("themeLight")}</option>
          <option value="dark">{t("themeDark")}</option>
        </Select>
      </Field>
      <Field label={t("clock")} className={styles.field}>
        <Input type="datetime-local" value={state.clock} onChange={(_, d) => onChange({ clock: d.value })} data-testid="clock" />
      </Field>
      <Field label={t("mailbox")} className={styles.field}>
        <Select value={state.mailbox} onChange={(_, d) => onChange({ mailbox: d.value })} data-testid="mailbox">
          {MAILBOX_VERSIONS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("policy")} className={styles.field}>
        <Select value={state.policy} onChange={(_, d) => onChange({ policy: d.value === "unreachable" ? "unreachable" : "server" })} data-testid="policy">
          <option value="server">{t("policyServer")}</option>
          <option value="unreachable">{t("policyUnreachable")}</option>
        </Select>
      </Field>
      <Button onClick={onReopen}>{t("reopen")}</Button>
    </div>
  );
}
