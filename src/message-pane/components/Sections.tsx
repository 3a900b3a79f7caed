import { Button, Field, Link, MessageBar, MessageBarActions, MessageBarBody, Select } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { PaneT } from "../../i18n/message-pane";
import type { SendHandoff } from "../../outlook/handoff";
import { TEMPLATE_IDS, type TemplateId } from "../../outlook/fixes-templates";
import { useShellStyles } from "../../pane-shell/shell-styles";
import { MessageText, UserText } from "../../pane-shell/UserText";
import { templateLabel } from "../offers";
import { usePaneStyles } from "../styles";

// The pane's smaller parts: the held-send line, the schedule, the templates and the footer.

export function HeldBanner({ handoff, stillHeld, t, onDismiss }: { handoff: SendHandoff; stillHeld: number; t: PaneT; onDismiss: () => void }) {
  const blocked = handoff.findings.some((f) => f.severity === "error");
  const text = stillHeld === 0 ? t("heldResolved") : blocked ? t("heldBlocked") : t("heldWarned");
  return (
    <MessageBar intent={stillHeld === 0 ? "success" : blocked ? "error" : "warning"} layout="multiline" data-testid="held-banner">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ScheduleBar({ when, t, busy, onCancel }: { when: string; t: PaneT; busy: boolean; onCancel: () => void }) {
  const shell = useShellStyles();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="schedule-bar">
      <MessageBarBody>
        <MessageText text={t("scheduled", { time: when })} />
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" className={shell.action} disabled={busy} onClick={onCancel}>
          {t("cancelSchedule")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function TemplatesPanel({ t, busy, canInsert, onInsert }: { t: PaneT; busy: boolean; canInsert: boolean; onInsert: (template: TemplateId) => void }) {
  const styles = usePaneStyles();
  const shell = useShellStyles();
  const headingId = useId();
  const [template, setTemplate] = useState<TemplateId>("structuredMail");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.groupHeading}>
        {t("templates")}
      </h2>
      <span className={shell.status}>{t("templatesHint")}</span>
      <div className={shell.form}>
        <Field label={t("templates")}>
          <Select value={template} onChange={(_, d) => setTemplate(d.value as TemplateId)}>
            {TEMPLATE_IDS.filter((id) => id !== "agenda").map((id) => (
              <option key={id} value={id}>
                {templateLabel(id, t)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="secondary" size="small" className={shell.action} disabled={busy || !canInsert} onClick={() => onInsert(template)}>
          {t("insertTemplate")}
        </Button>
      </div>
    </section>
  );
}

export function PaneFooter({ t, mailbox, version }: { t: PaneT; mailbox: string; version?: string }) {
  const styles = usePaneStyles();
  if (!mailbox && !version) return null;
  const [before, after] = t("feedback", { mailbox: "\u0000" }).split("\u0000");
  return (
    <footer className={styles.footer}>
      {mailbox && (
        <span data-testid="feedback">
          {before}
          <Link href={`mailto:${encodeURIComponent(mailbox).replace(/%40/g, "@")}`} aria-label={`${t("feedbackLinkLabel")}: ${mailbox}`}>
            <UserText text={mailbox} />
          </Link>
          {after}
        </span>
      )}
      {version && version !== "builtin" && (
        <span>
          <MessageText text={t("policyVersion", { version })} />
        </span>
      )}
    </footer>
  );
}
