import type { PaneT } from "../i18n/message-pane";
import type { TemplateId } from "../outlook/fixes-templates";
import type { FixMode } from "../outlook/fixes";
import type { Finding, FixAction } from "../policy/types";

// Which changes the pane offers for a finding: the rule's fix and suggestions, each with the
// rule's own label (the pane adds no wording of its own to a fix). An offer the client cannot
// carry out is kept with `supported: false`, so the card explains the change by hand instead.

export interface FixOffer {
  id: string;
  label: string;
  fix: FixAction;
  supported: boolean;
  /** Also offered at the cursor (text insertions). */
  cursor: boolean;
}

export type SupportTest = (fix: FixAction, mode: FixMode) => boolean;

export function templateLabel(template: TemplateId, t: PaneT): string {
  switch (template) {
    case "structuredMail":
      return t("templateStructuredMail");
    case "itReport":
      return t("templateItReport");
    case "minutes":
      return t("templateMinutes");
    case "agenda":
      return t("templateAgenda");
  }
}

function isInsertion(fix: FixAction): boolean {
  return fix.kind === "insertText" || fix.kind === "insertTemplate";
}

export function offersFor(finding: Finding, supports: SupportTest): FixOffer[] {
  const raw: Array<{ label: string; fix: FixAction }> = [];
  if (finding.fix && finding.fixLabel) raw.push({ label: finding.fixLabel, fix: finding.fix });
  for (const s of finding.suggestions ?? []) raw.push({ label: s.label, fix: s.fix });
  return raw.map((r, i) => ({
    id: `${i}`,
    label: r.label,
    fix: r.fix,
    supported: supports(r.fix, "place") || (isInsertion(r.fix) && supports(r.fix, "cursor")),
    cursor: isInsertion(r.fix) && supports(r.fix, "cursor"),
  }));
}

/** What the pane says once a change is made: what is now in the mail, in the past tense. */
export function doneText(fix: FixAction, t: PaneT, formatMoment: (iso: string) => string): string {
  switch (fix.kind) {
    case "insertText":
      return fix.block === "attachmentList" ? t("doneAttachmentList") : t("doneInsert");
    case "insertTemplate":
      return t("doneTemplate", { template: templateLabel(fix.template, t) });
    case "replaceText":
      return t("doneReplace", { find: fix.find, replace: fix.replace });
    case "setSubject":
      return t("doneSubject", { subject: fix.subject });
    case "scheduleSend":
      return t("doneSchedule", { time: formatMoment(fix.at) });
    case "addRecipient":
      return t("doneRecipient", { name: fix.person.name || fix.person.address, field: fix.field === "cc" ? t("fieldCc") : t("fieldTo") });
    case "setReminder":
      return t("doneInsert");
  }
}
