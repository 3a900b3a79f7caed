import { findingKey } from "../compliance/pane-events";
import type { SendHandoff } from "../outlook/handoff";
import type { CheckResult, Finding, MailDraft, Severity } from "../policy/types";

// Pure helpers of the pane: stable keys (so React keeps each card's DOM node and the scroll
// position across re-checks), grouping by severity, the blocked send's findings first, and a
// fingerprint that tells whether a re-read draft needs the engine at all.

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export { findingKey };

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
}

/** The findings that held the mail back come first, in the order the dialog named them. */
export function orderWithHandoff(findings: readonly Finding[], handoff: SendHandoff | undefined): Finding[] {
  if (!handoff) return [...findings];
  const rank = new Map(handoff.findings.map((f, i) => [findingKey(f), i]));
  return findings
    .map((f, index) => ({ f, index, held: rank.get(findingKey(f)) }))
    .sort((a, b) => (a.held ?? Infinity) - (b.held ?? Infinity) || a.index - b.index)
    .map(({ f }) => f);
}

/** Whether a finding is one that held the mail back. */
export function heldKeys(handoff: SendHandoff | undefined): Set<string> {
  return new Set((handoff?.findings ?? []).filter((f) => f.severity !== "info").map(findingKey));
}

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
}

/**
 * What the check depends on: the draft, and the minute of sending (working hours change
 * with the clock). Equal fingerprints give equal findings, so the engine is skipped.
 */
export function fingerprint(draft: MailDraft, policyVersion: string, lang: string): string {
  return JSON.stringify([{ ...draft, sentAt: draft.sentAt?.slice(0, 16) }, policyVersion, lang]);
}

/** Equal results render the same; a new object would re-render every card for nothing. */
export function sameResult(a: CheckResult | undefined, b: CheckResult | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
