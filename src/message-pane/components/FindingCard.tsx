import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneT } from "../../i18n/taskpane";
import type { FixMode } from "../../outlook/fixes";
import { clauseLabel } from "../../policy/clauses";
import type { Finding, FixAction, Lang } from "../../policy/types";
import { manualHint, type FixOffer } from "../offers";
import { usePaneStyles } from "../styles";

// One finding: what is wrong (one line), the words of the draft it is about (as text: React
// escapes it, never dangerouslySetInnerHTML), the clause behind it, and the changes on offer.

export interface FindingCardProps {
  finding: Finding;
  offers: FixOffer[];
  lang: Lang;
  t: PaneT;
  held: boolean;
  busy: boolean;
  formatTime: (iso: string) => string;
  onApply: (offer: FixOffer, mode: FixMode, fix?: FixAction) => void;
}

const INTENT = { error: "error", warning: "warning", info: "info" } as const;

function RecipientForm({ offer, t, busy, onApply }: { offer: FixOffer; t: PaneT; busy: boolean; onApply: FindingCardProps["onApply"] }) {
  const styles = usePaneStyles();
  const fix = offer.fix as Extract<FixAction, { kind: "addRecipient" }>;
  const name = fix.person.name || fix.person.address;
  const [address, setAddress] = useState(fix.person.address);
  const [invalid, setInvalid] = useState(false);
  const submit = (): void => {
    const value = address.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onApply(offer, "place", { ...fix, person: { ...fix.person, address: value } });
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label={t("addressLabel", { name })} validationState={invalid ? "error" : "none"} validationMessage={invalid ? t("addressInvalid") : undefined}>
        <Input type="email" value={address} onChange={(_, d) => setAddress(d.value)} placeholder="name@contoso.com" />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy}>
        {offer.label}
      </Button>
    </form>
  );
}

function OfferButtons({ offer, t, busy, formatTime, onApply }: { offer: FixOffer; t: PaneT; busy: boolean; formatTime: (iso: string) => string; onApply: FindingCardProps["onApply"] }) {
  const styles = usePaneStyles();
  if (!offer.supported) return <span className={styles.manual}>{manualHint(offer.fix, t, formatTime)}</span>;
  if (offer.fix.kind === "addRecipient" && !/@/.test(offer.fix.person.address)) return <RecipientForm offer={offer} t={t} busy={busy} onApply={onApply} />;
  return (
    <>
      <Button appearance="primary" size="small" disabled={busy} onClick={() => onApply(offer, "place")}>
        {offer.label}
      </Button>
      {offer.cursor && (
        <Button appearance="secondary" size="small" disabled={busy} aria-label={t("atCursorLabel", { label: offer.label })} onClick={() => onApply(offer, "cursor")}>
          {t("atCursor")}
        </Button>
      )}
    </>
  );
}

export function FindingCard({ finding, offers, lang, t, held, busy, formatTime, onApply }: FindingCardProps) {
  const styles = usePaneStyles();
  const excerpt = finding.location?.excerpt?.trim();
  return (
    <MessageBar intent={INTENT[finding.severity]} layout="multiline" data-rule={finding.rule} data-held={held ? "true" : undefined}>
      <MessageBarBody>
        <MessageBarTitle>{finding.message}</MessageBarTitle>
        {excerpt && (
          <span className={styles.excerpt}>
            {t("inYourMail")}: <q className={styles.quote}>{excerpt}</q>
          </span>
        )}
        <span className={styles.clause}>{t("clause", { clause: clauseLabel(finding.clause, lang) })}</span>
        {offers.length > 0 && (
          <span className={styles.actions} role="group" aria-label={t("fixesFor", { message: finding.message })}>
            {offers.map((offer) => (
              <OfferButtons key={offer.id} offer={offer} t={t} busy={busy} formatTime={formatTime} onApply={onApply} />
            ))}
          </span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
