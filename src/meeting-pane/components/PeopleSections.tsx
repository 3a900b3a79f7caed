import { Field, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { isolateBidi } from "../../policy/bidi";
import { MessageText, UserText } from "../../pane-shell/UserText";
import type { Attachment, Finding, Person } from "../../policy/types";
import { addressKey } from "../model";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// §2.3.4 the minute-taker, chosen among the organizer and the invitees; §2.3.2 the materials
// attached, and what the check says about materials the agenda mentions.

/** "李娜 <li.na@contoso.com>" as an option's text (a name that could turn the line around is isolated: options hold text only). */
function personOption(p: Person): string {
  return p.name && p.name !== p.address ? `${isolateBidi(p.name)} <${p.address}>` : p.address;
}

export function MinuteTakerSection({ people, organizer, taker, onChoose, t }: { people: readonly Person[]; organizer?: Person; taker: string; onChoose: (address: string) => void; t: MeetingT }) {
  const organizerKey = organizer ? addressKey(organizer.address) : "";
  return (
    <Section title={t("minuteTakerHeading")} testId="minute-taker">
      <Field label={t("minuteTakerPick")}>
        <Select value={taker} onChange={(_, d) => onChoose(d.value)} data-testid="minute-taker-select">
          <option value="">{t("minuteTakerNone")}</option>
          {people.map((p) => (
            <option key={p.address} value={addressKey(p.address)}>
              {personOption(p)}
              {addressKey(p.address) === organizerKey ? ` ${t("organizerSuffix")}` : ""}
            </option>
          ))}
        </Select>
      </Field>
    </Section>
  );
}

export function MaterialsSection({ attachments, findings, t }: { attachments: readonly Attachment[]; findings: readonly Finding[]; t: MeetingT }) {
  const styles = useMeetingStyles();
  return (
    <Section title={t("materialsHeading")} testId="materials">
      {attachments.length === 0 ? (
        <Text className={styles.muted}>{t("noAttachments")}</Text>
      ) : (
        <ul className={styles.list}>
          {attachments.map((a, i) => (
            <li key={i}>
              <UserText text={a.name} />
            </li>
          ))}
        </ul>
      )}
      {findings.map((f, i) => (
        <MessageBar key={i} intent={f.severity === "error" ? "error" : "warning"} data-testid="materials-missing">
          <MessageBarBody>
            <MessageText text={f.message} />
          </MessageBarBody>
        </MessageBar>
      ))}
    </Section>
  );
}
