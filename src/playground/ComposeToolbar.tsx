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

interface ChoiceProps {
  label: string;
  value: string;
  testId: string;
  choices: ReadonlyArray<readonly [value: string, label: string]>;
  onPick: (value: string) => void;
}

/** One labelled drop-down of the toolbar. */
function Choice({ label, value, testId, choices, onPick }: ChoiceProps) {
  const styles = usePlaygroundStyles();
  return (
    <Field label={label} className={styles.field}>
      <Select value={value} onChange={(_, d) => onPick(d.value)} data-testid={testId}>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ComposeToolbar({ state, sending, t, uiLang, onSend, onChange, onReopen }: ComposeToolbarProps) {
  const styles = usePlaygroundStyles();
  const languages = [
    ["en-US", "English (en-US)"],
    ["zh-CN", "简体中文 (zh-CN)"],
    ["zh-TW", "繁體中文 (zh-TW)"],
    ["fr-FR", t("langFallback")],
    ["qps-ploc", t("langPseudo")],
  ] as const;
  return (
    <div className={styles.toolbar} role="group" aria-label={t("settings")}>
      <Button appearance="primary" onClick={onSend} disabled={sending} data-testid="send">
        {sending ? t("sending") : t("send")}
      </Button>
      <Choice label={t("sample")} value={state.sample} testId="sample" choices={SAMPLES.map((s) => [s.id, s.label[uiLang]] as const)} onPick={(sample) => onChange({ sample })} />
      <Choice label={t("displayLanguage")} value={state.lang} testId="lang" choices={languages} onPick={(lang) => onChange({ lang })} />
      <Choice
        label={t("theme")}
        value={state.theme}
        testId="theme"
        choices={[["light", t("themeLight")], ["dark", t("themeDark")]]}
        onPick={(v) => onChange({ theme: v === "dark" ? "dark" : "light" })}
      />
      <Field label={t("clock")} className={styles.field}>
        <Input type="datetime-local" value={state.clock} onChange={(_, d) => onChange({ clock: d.value })} data-testid="clock" />
      </Field>
      <Choice label={t("mailbox")} value={state.mailbox} testId="mailbox" choices={MAILBOX_VERSIONS.map((v) => [v, v] as const)} onPick={(mailbox) => onChange({ mailbox })} />
      <Choice
        label={t("policy")}
        value={state.policy}
        testId="policy"
        choices={[["server", t("policyServer")], ["unreachable", t("policyUnreachable")]]}
        onPick={(v) => onChange({ policy: v === "unreachable" ? "unreachable" : "server" })}
      />
      <Button onClick={onReopen}>{t("reopen")}</Button>
    </div>
  );
}
