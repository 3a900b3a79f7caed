import type { PaneT } from "../i18n/taskpane";
import { attachmentListText, type TemplateId } from "../outlook/fixes-templates";
import type { FixMode } from "../outlook/fixes";
import type { Attachment, Finding, FixAction, Lang, MailDraft } from "../policy/types";

// Which changes the pane offers for a finding: the rule's fix and suggestions, plus the
// pane's own where a rule leaves one out (an attachment list, a template). An offer the
// client cannot carry out is kept with `supported: false` so the card explains the change
// by hand instead.

export interface FixOffer {
  id: string;
  label: string;
  fix: FixAction;
  supported: boolean;
  /** Also offered at the cursor (text insertions). */
  cursor: boolean;
}

export type SupportTest = (fix: FixAction, mode: FixMode) => boolean;

const TEMPLATE_FOR_RULE: Record<string, TemplateId> = {
  "mail/it-report-fields": "itReport",
  "mail/minutes-content": "minutes",
};

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

function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A label for a fix that came without one. */
export function fixLabel(fix: FixAction, t: PaneT, formatTime: (iso: string) => string): string {
  switch (fix.kind) {
    case "insertText":
      return t("fixInsert", { text: clip(fix.text) });
    case "replaceText":
      return t("fixReplace", { replace: fix.replace });
    case "setSubject":
      return t("fixSubject", { subject: clip(fix.subject) });
    case "scheduleSend":
      return t("fixSchedule", { time: formatTime(fix.at) });
    case "addRecipient":
      return t("fixAddRecipient", { name: fix.person.name || fix.person.address, field: fix.field === "cc" ? t("fieldCc") : t("fieldTo") });
    case "insertTemplate":
      return t("fixTemplate", { template: templateLabel(fix.template, t) });
    case "setReminder":
      return t("manualOther");
  }
}

function readerFacing(attachments: readonly Attachment[] | undefined): string[] {
  return (attachments ?? []).filter((a) => !(a.isInline && !a.isCloud)).map((a) => a.name);
}

function isInsertion(fix: FixAction): boolean {
  return fix.kind === "insertText" || fix.kind === "insertTemplate";
}

export function offersFor(finding: Finding, draft: MailDraft | undefined, lang: Lang, t: PaneT, supports: SupportTest, formatTime: (iso: string) => string): FixOffer[] {
  const raw: Array<{ label: string; fix: FixAction }> = [];
  if (finding.fix) raw.push({ label: fixLabel(finding.fix, t, formatTime), fix: finding.fix });
  for (const s of finding.suggestions ?? []) raw.push({ label: s.label || fixLabel(s.fix, t, formatTime), fix: s.fix });
  if (raw.length === 0 && finding.rule === "mail/attachments-described") {
    const names = readerFacing(draft?.attachments);
    if (names.length > 0) raw.push({ label: t("fixAttachmentList"), fix: { kind: "insertText", place: "beforeSignoff", text: attachmentListText(names, lang) } });
  }
  const template = TEMPLATE_FOR_RULE[finding.rule];
  if (template && !raw.some((r) => r.fix.kind === "insertTemplate")) {
    const fix: FixAction = { kind: "insertTemplate", template };
    raw.push({ label: fixLabel(fix, t, formatTime), fix });
  }
  return raw.map((r, i) => ({
    id: `${i}`,
    label: r.label,
    fix: r.fix,
    supported: supports(r.fix, "place") || (isInsertion(r.fix) && supports(r.fix, "cursor")),
    cursor: isInsertion(r.fix) && supports(r.fix, "cursor"),
  }));
}

/** What to do by hand when the client cannot make the change. */
export function manualHint(fix: FixAction, t: PaneT, formatTime: (iso: string) => string): string {
  switch (fix.kind) {
    case "insertText":
      return t("manualInsert", { text: clip(fix.text, 120) });
    case "replaceText":
      return t("manualReplace", { find: fix.find, replace: fix.replace });
    case "scheduleSend":
      return t("manualSchedule", { time: formatTime(fix.at) });
    case "addRecipient":
      return t("manualRecipient", { name: fix.person.name || fix.person.address, field: fix.field === "cc" ? t("fieldCc") : t("fieldTo") });
    default:
      return t("manualOther");
  }
}
