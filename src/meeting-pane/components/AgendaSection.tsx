import { Button, Caption1, Field, Input } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { useShellStyles } from "../../pane-shell/shell-styles";
import type { Person } from "../../policy/types";
import { fromRows } from "../model";
import type { MeetingEdits } from "../use-meeting-edits";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// §2.3.1: the agenda, item by item (topic, minutes, owner), written into the invitation as a
// block the engine reads back.

export function AgendaSection({ edits, people, busy, t }: { edits: MeetingEdits; people: readonly Person[]; busy: boolean; t: MeetingT }) {
  const styles = useMeetingStyles();
  const shell = useShellStyles();
  return (
    <Section title={t("agendaHeading")} testId="agenda">
      {edits.rowsFromInvitation && <Caption1 className={styles.muted}>{t("agendaRead")}</Caption1>}
      {edits.rows.map((row, index) => (
        <div className={styles.row} key={row.key} role="group" aria-label={t("agendaItem", { n: index + 1 })} data-testid="agenda-row">
          <Field label={t("agendaTitle")} className={styles.title}>
            <Input value={row.title} data-testid="agenda-title" className={styles.input} onChange={(_, d) => edits.editRow(row.key, { title: d.value })} />
          </Field>
          <Field label={t("agendaMinutes")} className={styles.minutes}>
            <Input type="number" min={0} value={row.minutes} data-testid="agenda-minutes" className={styles.input} onChange={(_, d) => edits.editRow(row.key, { minutes: d.value })} />
          </Field>
          <Field label={t("agendaOwner")} className={styles.owner}>
            <Input value={row.owner} data-testid="agenda-owner" className={styles.input} list="cpa-people" onChange={(_, d) => edits.editRow(row.key, { owner: d.value })} />
          </Field>
          <Button appearance="subtle" className={styles.remove} aria-label={t("removeItem", { n: index + 1 })} onClick={() => edits.removeRow(row.key)}>
            ✕
          </Button>
        </div>
      ))}
      <datalist id="cpa-people">
        {people.map((p) => (
          <option key={p.address} value={p.name || p.address} />
        ))}
      </datalist>
      <div className={styles.row}>
        <Button className={shell.action} onClick={edits.addRow} data-testid="add-item">
          {t("addItem")}
        </Button>
        <Button appearance="primary" className={shell.action} onClick={edits.writeAgenda} disabled={busy || fromRows(edits.rows).length === 0} data-testid="write-agenda">
          {t("writeAgenda")}
        </Button>
      </div>
    </Section>
  );
}
