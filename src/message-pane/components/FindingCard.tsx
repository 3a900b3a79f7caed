import { isAddress } from "../../policy/people";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneT } from "../../i18n/message-pane";
import type { FixMode } from "../../outlook/fixes";
import { clauseLabel } from "../../policy/clauses";
import type { Finding, FixAction, Lang } from "../../policy/types";
import { useShellStyles } from "../../pane-shell/shell-styles";
import { MessageText, UserText } from "../../pane-shell/UserText";
import type { FixOffer } from "../offers";
import { usePaneStyles } from "../styles";
import { ReportWrong } from "../../pane-shell/ReportWrong";

// One finding: what is wrong (one line), the words of the draft it is about (as text: React
// escapes it, never dangerouslySetInnerHTML; isolated so it cannot reorder the card), the
// clause behind it, and the changes on offer, each labelled by its rule.

export interface FindingCardProps {
  finding: Finding;
  offers: FixOffer[];
  lang: Lang;
  t: PaneT;
  held: boolean;
  busy: boolean;
  onApply: (fix: FixAction, mode: FixMode) => void;
  /** "This finding is wrong" (only while recording is on: the report goes to the compliance service). */
  report?: { reported: boolean; onReport: (comment: string) => Promise<void> };
}

const INTENT = { error: "error", warning: "warning", info: "info" } as const;

function RecipientForm({ offer, t, busy, onApply }: { offer: FixOffer; t: PaneT; busy: boolean; onApply: FindingCardProps["onApply"] }) {
  const shell = useShellStyles();
  const fix = offer.fix as Extract<FixAction, { kind: "addRecipient" }>;
  const [address, setAddress] = useState(fix.person.address);
  const [invalid, setInvalid] = useState(false);
  const submit = (): void => {
    const value = address.trim();
    setInvalid(!isAddress(value));
    if (isAddress(value)) onApply({ ...fix, person: { ...fix.person, address: value } }, "place");
  };
  return (
    <form
      className={shell.form}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label={<MessageText text={t("addressLabel", { name: fix.person.name || fix.person.address })} />} validationState={invalid ? "error" : "none"} validationMessage={invalid ? t("addressInvalid") : undefined}>
        <Input type="email" value={address} onChange={(_, d) => setAddress(d.value)} placeholder="name@contoso.com" />
      </Field>
      <Button type="submit" appearance="primary" size="small" className={shell.action} disabled={busy}>
        <MessageText text={offer.label} />
      </Button>
    </form>
  );
}

function OfferButtons({ offer, t, busy, onApply }: { offer: FixOffer; t: PaneT; busy: boolean; onApply: FindingCardProps["onApply"] }) {
  const shell = useShellStyles();
  if (!offer.supported) {
    return (
      <span className={shell.manual}>
        <MessageText text={t("manualChange", { label: offer.label })} />
      </span>
    );
  }
  if (offer.fix.kind === "addRecipient" && !offer.fix.person.address.includes("@")) return <RecipientForm offer={offer} t={t} busy={busy} onApply={onApply} />;
  return (
    <>
      <Button appearance="primary" size="small" className={shell.action} disabled={busy} onClick={() => onApply(offer.fix, "place")}>
        <MessageText text={offer.label} />
      </Button>
      {offer.cursor && (
        <Button appearance="secondary" size="small" className={shell.action} disabled={busy} aria-label={t("atCursorLabel", { label: offer.label })} onClick={() => onApply(offer.fix, "cursor")}>
          {t("atCursor")}
        </Button>
      )}
    </>
  );
}

export function FindingCard({ finding, offers, lang, t, held, busy, onApply, report }: FindingCardProps) {
  const styles = usePaneStyles();
  const shell = useShellStyles();
  const excerpt = finding.location?.excerpt?.trim();
  return (
    <MessageBar intent={INTENT[finding.severity]} layout="multiline" data-rule={finding.rule} data-held={held ? "true" : undefined}>
      <MessageBarBody>
        <MessageBarTitle>
          <MessageText text={finding.message} />
        </MessageBarTitle>
        {excerpt && (
          <span className={shell.excerpt} data-testid="excerpt">
            {t("inYourMail")}{" "}
            <q className={styles.quote}>
              <UserText text={excerpt} />
            </q>
          </span>
        )}
        <span className={styles.clause}>{t("clause", { clause: clauseLabel(finding.clause, lang) })}</span>
        {offers.length > 0 && (
          <span className={shell.actions} role="group" aria-label={t("fixesFor", { message: finding.message })}>
            {offers.map((offer) => (
              <OfferButtons key={offer.id} offer={offer} t={t} busy={busy} onApply={onApply} />
            ))}
          </span>
        )}
        {report && <ReportWrong message={finding.message} t={t} reported={report.reported} onReport={report.onReport} />}
      </MessageBarBody>
    </MessageBar>
  );
}
