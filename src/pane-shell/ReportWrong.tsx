import { Button, Field, Input } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { MAX_REASON_CHARS } from "../compliance/event";
import { checkReason } from "../compliance/pane-events";
import type { RecordingT } from "../i18n/message-pane-compliance";
import { useShellStyles } from "./shell-styles";
import { MessageText } from "./UserText";

// "This finding is wrong" on a finding: a button that opens a one-line, optional comment and
// sends the report; then a thank-you in place of the button. Focus moves into the field when
// it opens and back to the button when it is cancelled, so the keyboard never gets lost.

export interface ReportWrongProps {
  message: string;
  t: RecordingT;
  reported: boolean;
  onReport: (comment: string) => Promise<void>;
}

export function ReportWrong({ message, t, reported, onReport }: ReportWrongProps) {
  const shell = useShellStyles();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [tooLong, setTooLong] = useState(false);
  const [sending, setSending] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (reported) {
    return (
      <span className={shell.manual} role="status" data-testid="reported">
        {t("reported")}
      </span>
    );
  }
  if (!open) {
    return (
      <Button ref={opener} appearance="subtle" size="small" className={shell.action} aria-label={t("reportWrongFor", { message })} aria-expanded={false} onClick={() => setOpen(true)} data-testid="report-wrong">
        {t("reportWrong")}
      </Button>
    );
  }
  const submit = async (): Promise<void> => {
    const checked = checkReason(comment, false);
    setTooLong(!checked.ok);
    if (!checked.ok) return;
    setSending(true);
    await onReport(checked.text);
    setSending(false);
  };
  return (
    <form
      className={shell.form}
      aria-label={t("reportWrongFor", { message })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <Field className={shell.grow} label={t("commentLabel")} validationState={tooLong ? "error" : "none"} validationMessage={tooLong ? t("reasonTooLong", { max: MAX_REASON_CHARS }) : undefined}>
        <Input ref={field} value={comment} onChange={(_, d) => setComment(d.value)} data-testid="report-comment" />
      </Field>
      <Button type="submit" appearance="primary" size="small" className={shell.action} disabled={sending}>
        <MessageText text={t("reportSubmit")} />
      </Button>
      <Button appearance="secondary" size="small" className={shell.action} onClick={() => setOpen(false)}>
        {t("cancel")}
      </Button>
    </form>
  );
}
