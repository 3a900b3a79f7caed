import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { RecordingT } from "../i18n/message-pane-compliance";
import { useShellStyles } from "./shell-styles";

// The one-time notice of what is recorded (PIPL: employees are told before anything is
// recorded about them). Shown only while recording is on; "Got it" dismisses it for good.
// The policy's §5 (supervision and appraisal) opens under it, in the user's language.

export function RecordingNotice({ t, retentionDays, onDismiss }: { t: RecordingT; retentionDays: number; onDismiss: () => void }) {
  const styles = useShellStyles();
  const policyId = useId();
  const [policyOpen, setPolicyOpen] = useState(false);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="recording-notice">
      <MessageBarBody>
        <MessageBarTitle>{t("noticeTitle")}</MessageBarTitle>
        <span className={styles.excerpt} data-testid="recording-notice-text">
          {t("noticeBody")}
        </span>
        <span className={styles.excerpt} data-testid="recording-notice-retention">
          {t("noticeRetention", { days: retentionDays })}
        </span>
        <Link as="button" inline={false} aria-expanded={policyOpen} aria-controls={policyId} onClick={() => setPolicyOpen((o) => !o)} data-testid="notice-policy-link">
          {t("noticePolicyLink")}
        </Link>
        <span id={policyId} className={policyOpen ? styles.excerpt : undefined} hidden={!policyOpen} data-testid="notice-policy-text">
          {t("noticePolicyText")}
        </span>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss} data-testid="notice-dismiss">
          {t("noticeDismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
