import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlaygroundT } from "../i18n/playground";
import type { OfficeSim, SimMessageState, SimRecipient } from "../office-sim/office-sim";
import { UserText } from "../pane-shell/UserText";
import { formatRecipients, parseRecipients } from "./recipients";
import { usePlaygroundStyles } from "./styles";

// The simulated compose window's fields: From, To / Cc / Bcc, importance, the scheduled
// delivery, the subject, and the attachments. Every edit goes through the simulated item,
// which fires the events Outlook fires.

function RecipientField({ label, testId, value, onCommit }: { label: string; testId: string; value: readonly SimRecipient[]; onCommit: (list: SimRecipient[]) => void }) {
  const [text, setText] = useState(formatRecipients(value));
  useEffect(() => setText(formatRecipients(value)), [value]);
  const commit = () => {
    if (text !== formatRecipients(value)) onCommit(parseRecipients(text));
  };
  return (
    <Field label={label}>
      <Input value={text} onChange={(_, d) => setText(d.value)} onBlur={commit} onKeyDown={(e) => e.key === "Enter" && commit()} data-testid={testId} />
    </Field>
  );
}

export function HeaderFields({ sim, state, t }: { sim: OfficeSim; state: SimMessageState; t: PlaygroundT }) {
  const styles = usePlaygroundStyles();
  const setList = (field: "to" | "cc" | "bcc") => (list: SimRecipient[]) => sim.edit((s) => void ((s as SimMessageState)[field] = list));
  return (
    <>
      <section className={styles.row} aria-label={t("header")}>
        <Field label={t("from")}>
          <Input value={`${state.from.displayName} <${state.from.emailAddress}>`} readOnly />
        </Field>
        <RecipientField label={t("to")} testId="recipients-to" value={state.to} onCommit={setList("to")} />
        <RecipientField label={t("cc")} testId="recipients-cc" value={state.cc} onCommit={setList("cc")} />
        <RecipientField label={t("bcc")} testId="recipients-bcc" value={state.bcc} onCommit={setList("bcc")} />
        <Field label={t("importance")} hint={t("importanceHint")}>
          <Select defaultValue="normal">
            <option value="low">{t("importanceLow")}</option>
            <option value="normal">{t("importanceNormal")}</option>
            <option value="high">{t("importanceHigh")}</option>
          </Select>
        </Field>
        <Field label={t("delivery")}>
          <Input readOnly value={state.delayDeliveryTime ? state.delayDeliveryTime.toLocaleString() : t("sendNow")} data-testid="delivery" />
        </Field>
      </section>
      <Field label={t("subject")}>
        <Input value={state.subject} onChange={(_, d) => sim.edit((s) => void (s.subject = d.value))} data-testid="subject" />
      </Field>
    </>
  );
}

export function AttachmentsEditor({ sim, state, t }: { sim: OfficeSim; state: SimMessageState; t: PlaygroundT }) {
  const styles = usePlaygroundStyles();
  const [file, setFile] = useState({ name: "", size: "20", inline: false, cloud: false });
  const attach = () => {
    const name = file.name.trim();
    if (!name) return;
    const size = Math.max(0, Math.round(Number(file.size) * 1024)) || 1024;
    sim.edit((s) => {
      s.attachments = [...s.attachments, { id: `att-${Date.now().toString(36)}`, name, size, attachmentType: file.cloud ? "cloud" : "file", isInline: file.inline }];
    });
    setFile({ name: "", size: "20", inline: false, cloud: false });
  };
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title" className={styles.h2}>
        {t("attachments", { count: state.attachments.length })}
      </h2>
      <ul className={styles.attachments} data-testid="attachments">
        {state.attachments.map((a) => (
          <li key={a.id} className={styles.attachment}>
            <span>
              <UserText text={a.name} /> · {Math.round(a.size / 1024)} KB{a.isInline ? ` · ${t("inlineTag")}` : ""}
              {a.attachmentType === "cloud" ? ` · ${t("cloudTag")}` : ""}
            </span>
            <Button size="small" aria-label={t("removeNamed", { name: a.name })} onClick={() => sim.edit((s) => void (s.attachments = s.attachments.filter((x) => x.id !== a.id)))}>
              {t("remove")}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.toolbar}>
        <Field label={t("fileName")} className={styles.field}>
          <Input value={file.name} onChange={(_, d) => setFile({ ...file, name: d.value })} data-testid="attachment-name" />
        </Field>
        <Field label={t("sizeKb")} className={styles.field}>
          <Input type="number" value={file.size} onChange={(_, d) => setFile({ ...file, size: d.value })} />
        </Field>
        <Checkbox label={t("inline")} checked={file.inline} onChange={(_, d) => setFile({ ...file, inline: Boolean(d.checked) })} />
        <Checkbox label={t("cloud")} checked={file.cloud} onChange={(_, d) => setFile({ ...file, cloud: Boolean(d.checked) })} />
        <Button onClick={attach} data-testid="attachment-add">
          {t("attach")}
        </Button>
      </div>
    </section>
  );
}
