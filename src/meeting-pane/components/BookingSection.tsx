import { Button, Field, Switch, Text, Textarea } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { useShellStyles } from "../../pane-shell/shell-styles";
import type { MeetingEdits } from "../use-meeting-edits";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// §2.3.1: how far ahead the meeting is booked; a meeting at shorter notice is marked urgent
// and its reason is written into the invitation.

export interface BookingProps {
  hoursAhead?: number;
  minHours: number;
  edits: MeetingEdits;
  busy: boolean;
  t: MeetingT;
}

export function BookingSection({ hoursAhead, minHours, edits, busy, t }: BookingProps) {
  const styles = useMeetingStyles();
  const shell = useShellStyles();
  const tooSoon = hoursAhead !== undefined && hoursAhead < minHours;
  return (
    <Section title={t("bookingHeading")} testId="booking">
      <Text data-testid="hours-ahead">{hoursAhead === undefined ? "" : hoursAhead < 0 ? t("bookedPast") : t("bookedAhead", { hours: hoursAhead, min: minHours })}</Text>
      {tooSoon && <Text className={styles.muted}>{t("tooSoon")}</Text>}
      {(tooSoon || edits.urgent) && <Switch label={t("urgentSwitch")} checked={edits.urgent} onChange={(_, d) => edits.setUrgent(d.checked)} data-testid="urgent-switch" />}
      {edits.urgent && (
        <>
          <Field label={t("urgentReason")} hint={t("urgentReasonHint")}>
            <Textarea value={edits.reason} onChange={(_, d) => edits.setReason(d.value)} data-testid="urgent-reason" resize="vertical" />
          </Field>
          <Button className={shell.action} disabled={busy || edits.reason.trim() === ""} onClick={() => void edits.write({ kind: "urgency", reason: edits.reason })} data-testid="write-reason">
            {t("writeReason")}
          </Button>
        </>
      )}
    </Section>
  );
}
