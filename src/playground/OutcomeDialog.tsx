import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { PlaygroundT } from "../i18n/playground";
import { MessageText } from "../pane-shell/UserText";
import type { SendOutcome } from "./send";
import { usePlaygroundStyles } from "./styles";

// What Outlook shows when the on-send check holds a mail: its message, Send Anyway for
// warnings, Fix (the pane on the findings) for errors, and Don't Send.

export interface OutcomeDialogProps {
  outcome: SendOutcome | null;
  t: PlaygroundT;
  onClose: () => void;
  onFix: () => void;
  onSendAnyway: () => void;
}

export function OutcomeDialog({ outcome, t, onClose, onFix, onSendAnyway }: OutcomeDialogProps) {
  const styles = usePlaygroundStyles();
  const open = outcome !== null && outcome.kind !== "sent";
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()} modalType="alert">
      <DialogSurface aria-describedby="send-outcome-message" data-testid="send-dialog">
        <DialogBody>
          <DialogTitle>{t("dialogTitle")}</DialogTitle>
          <DialogContent>
            <p id="send-outcome-message" className={styles.pre} data-testid="send-dialog-message">
              <MessageText text={outcome && outcome.kind !== "sent" ? outcome.message : ""} />
            </p>
          </DialogContent>
          <DialogActions>
            {outcome?.kind === "prompt" && (
              <Button appearance="primary" onClick={onSendAnyway}>
                {t("sendAnyway")}
              </Button>
            )}
            {outcome?.kind === "blocked" && outcome.fixLabel && (
              <Button appearance="primary" onClick={onFix} data-testid="dialog-fix">
                {outcome.fixLabel}
              </Button>
            )}
            <Button onClick={onClose}>{t("dontSend")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
