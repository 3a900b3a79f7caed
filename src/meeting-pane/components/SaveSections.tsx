import { Button, Caption1, Text } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { useShellStyles } from "../../pane-shell/shell-styles";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// Saving the meeting with what the policy needs on it, and writing the minutes afterwards.

export function SaveSection({ reminder, saving, onSave, t }: { reminder: number; saving: boolean; onSave: () => void; t: MeetingT }) {
  const styles = useMeetingStyles();
  const shell = useShellStyles();
  return (
    <Section title={t("saveHeading")} testId="save">
      <Caption1 className={styles.muted}>{t("saveExplain", { minutes: reminder })}</Caption1>
      <Button appearance="primary" className={shell.action} onClick={onSave} disabled={saving} data-testid="save-apply">
        {saving ? t("saving") : t("saveButton")}
      </Button>
    </Section>
  );
}

export interface MinutesSectionProps {
  due?: string;
  days: number;
  attendees: number;
  heads: number;
  onWrite: () => void;
  t: MeetingT;
}

export function MinutesSection({ due, days, attendees, heads, onWrite, t }: MinutesSectionProps) {
  const shell = useShellStyles();
  return (
    <Section title={t("minutesHeading")} testId="minutes">
      {due && (
        <Text data-testid="minutes-due" data-due={due}>
          {t("minutesDue", { date: due, days })}
        </Text>
      )}
      <Caption1>{t("minutesRecipients", { count: attendees, heads })}</Caption1>
      <Button className={shell.action} onClick={onWrite} data-testid="write-minutes">
        {t("writeMinutes")}
      </Button>
    </Section>
  );
}
