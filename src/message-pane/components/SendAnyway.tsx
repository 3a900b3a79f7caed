import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId, useState } from "react";
import { MAX_REASON_CHARS } from "../../compliance/event";
import { checkReason } from "../../compliance/pane-events";
import type { PaneT } from "../../i18n/message-pane";
import { useShellStyles } from "../../pane-shell/shell-styles";
import { MessageText } from "../../pane-shell/UserText";
import { usePaneStyles } from "../styles";
import type { SendAnywayStatus } from "../use-send-anyway";

// Beside the fixes of a held send: send the mail as it is, with a one-line reason (required
// when an error held it and the policy asks for one). A plain form: Enter sends, the error is
// tied to the field, and what happened is announced in the form's own live region.

export interface SendAnywayProps {
  required: boolean;
  status: SendAnywayStatus;
  busy: boolean;
  t: PaneT;
  onSubmit: (reason: string) => void;
}

function statusText(status: SendAnywayStatus, t: PaneT): { intent: "info" | "success" | "warning" | "error"; text: string } | undefined {
  switch (status.kind) {
    case "sending":
      return { intent: "info", text: t("sendingAnyway") };
    case "sent":
      return { intent: "success", text: t("sentAnyway") };
    case "pressSend":
      return { intent: "warning", text: t("pressSendAgain") };
    case "failed":
      return { intent: "error", text: t("sendFailed", { reason: status.reason }) };
    default:
      return undefined;
  }
}

export function SendAnyway({ required, status, busy, t, onSubmit }: SendAnywayProps) {
  const styles = usePaneStyles();
  const shell = useShellStyles();
  const headingId = useId();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<"required" | "tooLong" | undefined>();
  const said = statusText(status, t);
  const done = status.kind === "sending" || status.kind === "sent";
  const submit = (): void => {
    const checked = checkReason(reason, required);
    setProblem(checked.ok ? undefined : checked.problem);
    if (checked.ok) onSubmit(checked.text);
  };
  const message = problem === "required" ? t("reasonRequired") : problem === "tooLong" ? t("reasonTooLong", { max: MAX_REASON_CHARS }) : undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="send-anyway">
      <h2 id={headingId} className={styles.groupHeading}>
        {t("sendAnywayRegion")}
      </h2>
      <form
        className={shell.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field className={shell.grow} label={required ? t("reasonLabelRequired") : t("reasonLabelOptional")} required={required} validationState={message ? "error" : "none"} validationMessage={message}>
          <Input value={reason} onChange={(_, d) => setReason(d.value)} disabled={done} data-testid="send-anyway-reason" />
        </Field>
        <Button type="submit" appearance="primary" size="small" className={shell.action} disabled={busy || done}>
          {t("sendAnyway")}
        </Button>
      </form>
      <div role="status" aria-live="polite" data-testid="send-anyway-status">
        {said && (
          <MessageBar intent={said.intent} layout="multiline">
            <MessageBarBody>
              <MessageText text={said.text} />
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
