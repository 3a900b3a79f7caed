import type { Finding, FixAction } from "../policy/types";
import { MAX_REASON_CHARS } from "./event";
import type { FindingOutcome } from "./recorder";
import { heldRules } from "./send-facts";

// What the panes record, as pure functions of what the user saw and did: the mapping from
// findings and actions onto compliance outcomes (§5, issue 15). Only rule ids, severities,
// fix kinds and the user's own reason or comment leave here — never the mail's words.

const CHECK_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A finding's identity in a pane: its rule, message and data (the key both panes render it under). */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.messageId}|${JSON.stringify(finding.data)}`;
}

/** A finding's identity within one check. */
export function outcomeKey(checkId: string, finding: Finding): string {
  return `${checkId}|${findingKey(finding)}`;
}

/**
 * The `shown` outcomes for findings not yet recorded under this check, and the keys to
 * remember: a re-render, a poll or a re-check that finds the same things records nothing more.
 */
export function shownOutcomes(findings: readonly Finding[], checkId: string, seen: ReadonlySet<string>): { outcomes: FindingOutcome[]; keys: string[] } {
  const outcomes: FindingOutcome[] = [];
  const keys: string[] = [];
  for (const finding of findings) {
    const key = outcomeKey(checkId, finding);
    if (seen.has(key) || keys.includes(key)) continue;
    keys.push(key);
    outcomes.push({ rule: finding.rule, severity: finding.severity, action: "shown" });
  }
  return { outcomes, keys };
}

/** The fix's kind is its id: it says which change was made and carries none of the mail's words. */
export function fixId(fix: FixAction): string {
  return fix.kind;
}

/** The findings of `before` that `after` no longer has (by findingKey): what an edit made go away. */
export function findingsGone(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const still = new Set(after.map(findingKey));
  return before.filter((f) => !still.has(findingKey(f)));
}

/** Whether two checks found the same things (a re-read that changed nothing). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  const left = new Set(a.map(findingKey));
  const right = new Set(b.map(findingKey));
  return left.size === right.size && Array.from(right).every((key) => left.has(key));
}

/** `fixed` under a fix id: a FixAction's kind (fixId), or the meeting pane's edit (its block's kind). */
export function fixedOutcome(finding: Finding, fix: FixAction | string): FindingOutcome {
  return { rule: finding.rule, severity: finding.severity, action: "fixed", fixId: typeof fix === "string" ? fix : fixId(fix) };
}

/** One `sent-despite` per rule that held the mail (errors and warnings; notes never hold it). */
export function sentDespiteOutcomes(held: readonly Finding[], reason: string): FindingOutcome[] {
  return heldRules(held).map((r) => ({ ...r, action: "sent-despite", reason }));
}

export function reportedWrongOutcome(finding: Finding, comment: string): FindingOutcome {
  return { rule: finding.rule, severity: finding.severity, action: "reported-wrong", reason: comment };
}

/** Whether sending anyway needs a reason: an error held the mail and the policy asks for one. */
export function reasonRequired(held: readonly Finding[], reasonRequiredForErrors: boolean): boolean {
  return reasonRequiredForErrors && held.some((f) => f.severity === "error");
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u3000" || ch === "\u00a0" || ch === "\u2028" || ch === "\u2029";
}

/** One line: every run of white space (line breaks included) becomes one space, ends trimmed, NULs dropped. A loop, linear. */
export function oneLine(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (const ch of text) {
    if (ch === "\u0000") continue;
    if (isSpace(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += ch;
  }
  return out;
}

export type ReasonCheck = { ok: true; text: string } | { ok: false; problem: "required" | "tooLong"; text: string };

/** A reason or comment as it will be stored, or why it cannot be: nothing is cut, so nothing is lost silently. */
export function checkReason(input: string, required: boolean): ReasonCheck {
  const text = oneLine(input);
  if (required && text === "") return { ok: false, problem: "required", text };
  if ([...text].length > MAX_REASON_CHARS) return { ok: false, problem: "tooLong", text };
  return { ok: true, text };
}

/**
 * The on-send check's id, when the handoff carries one (`checkId`, or `id` as the stamp calls
 * it); anything that is not a valid event id is ignored and the pane uses its own.
 */
export function handoffCheckId(handoff: unknown): string | undefined {
  if (typeof handoff !== "object" || handoff === null) return undefined;
  const record = handoff as { checkId?: unknown; id?: unknown };
  for (const value of [record.checkId, record.id]) if (typeof value === "string" && CHECK_ID.test(value)) return value;
  return undefined;
}

/** A check id of the pane's own (no handoff id): random, valid as an event id. */
export function paneCheckId(random: () => string = () => crypto.randomUUID()): string {
  return `pane-${random().replace(/[^A-Za-z0-9]/g, "").slice(0, 24)}`;
}
