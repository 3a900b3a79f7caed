import { STAMP_HEADER } from "./names";
import type { Severity } from "./types";

// The record a sent item carries of how it left: the on-send check writes it as the internet
// header `x-comm-policy` (Mailbox 1.8 internetHeaders), the CLI report reads it back from
// exports, and the compliance service counts the same facts. One codec for all of them, so
// the three cannot drift. The header holds rule ids and decisions only, never the mail's text.
//
//   x-comm-policy: v=1; id=k3j9x0a1b2c3; pv=2026-11.3; d=prompt; f=mail/subject-specific:w,mail/politeness:i; o=1
//
// A header line is bounded (STAMP_MAX_BYTES): findings are kept by severity (errors first)
// and the rest is counted as `+N`.

// The header's name is in names.ts with the other names outside programs read.
export { STAMP_HEADER };
export const STAMP_VERSION = 1;
export const STAMP_MAX_BYTES = 400;

/**
 * What the check decided at Send:
 * - allow: nothing held the item;
 * - prompt: warnings were shown and the user could send anyway;
 * - block: errors held the item;
 * - override: the user sent from the pane despite findings, giving a reason;
 * - fail-allow / fail-block: the add-in itself could not decide and the tenant's failureMode applied.
 */
export type StampDecision = "allow" | "prompt" | "block" | "override" | "fail-allow" | "fail-block";
export const STAMP_DECISIONS: readonly StampDecision[] = ["allow", "prompt", "block", "override", "fail-allow", "fail-block"];

export interface StampFinding {
  rule: string;
  severity: Severity;
}

export interface Stamp {
  /** The check's own id (also the compliance events' correlation id). */
  id?: string;
  policyVersion: string;
  decision: StampDecision;
  findings: StampFinding[];
  /** Findings left out to keep the header bounded. */
  omitted: number;
  /** True when the user went on although findings were shown (Send Anyway, or a reason in the pane). */
  wentOn: boolean;
}

const SEVERITY_LETTER: Record<Severity, string> = { error: "e", warning: "w", info: "i" };
const LETTER_SEVERITY: Record<string, Severity> = { e: "error", w: "warning", i: "info" };
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const RULE_ID = /^[a-z][a-z0-9-]{0,30}\/[a-z0-9-]{1,40}$/;
const CHECK_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** Bytes of the encoded policy version (a Chinese character takes 9). */
const POLICY_VERSION_MAX = 64;

function encodeChar(ch: string): string {
  try {
    return encodeURIComponent(ch);
  } catch {
    return ""; // a lone surrogate has no UTF-8 form
  }
}

/** Policy versions are free text: keep the safe characters, percent-encode the rest. */
function encodeToken(text: string): string {
  let out = "";
  for (const ch of text) {
    const piece = /^[A-Za-z0-9._~+:-]$/.test(ch) ? ch : encodeChar(ch);
    if (out.length + piece.length > POLICY_VERSION_MAX) break;
    out += piece;
  }
  return out;
}

function decodeToken(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function findingsField(findings: readonly StampFinding[], budget: number): { field: string; omitted: number } {
  const ordered = SEVERITY_ORDER.flatMap((s) => findings.filter((f) => f.severity === s && RULE_ID.test(f.rule)));
  const seen = new Set<string>();
  const unique = ordered.filter((f) => !seen.has(f.rule) && seen.add(f.rule) !== undefined);
  const parts: string[] = [];
  let used = 0;
  for (const [index, f] of unique.entries()) {
    const part = `${f.rule}:${SEVERITY_LETTER[f.severity]}`;
    const rest = unique.length - index - 1;
    const reserve = rest > 0 ? `,+${rest}`.length : 0;
    if (used + part.length + 1 + reserve > budget) return { field: [...parts, `+${unique.length - index}`].join(","), omitted: unique.length - index };
    parts.push(part);
    used += part.length + 1;
  }
  return { field: parts.join(","), omitted: 0 };
}

/** The header value, at most STAMP_MAX_BYTES bytes (ASCII only). */
export function encodeStamp(stamp: Omit<Stamp, "omitted"> & { omitted?: number }): string {
  const head = [`v=${STAMP_VERSION}`];
  if (stamp.id && CHECK_ID.test(stamp.id)) head.push(`id=${stamp.id}`);
  head.push(`pv=${encodeToken(stamp.policyVersion)}`, `d=${stamp.decision}`);
  const tail = `o=${stamp.wentOn ? 1 : 0}`;
  const fixed = [...head, tail].join("; ").length + "; f=".length;
  const { field } = findingsField(stamp.findings, STAMP_MAX_BYTES - fixed);
  return [...head, `f=${field}`, tail].join("; ");
}

/** Reads a header value back; undefined when it is not a stamp this version understands. */
export function decodeStamp(value: string): Stamp | undefined {
  if (value.length > STAMP_MAX_BYTES * 4) return undefined;
  const fields = new Map<string, string>();
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  if (fields.get("v") !== String(STAMP_VERSION)) return undefined;
  const decision = fields.get("d") as StampDecision | undefined;
  if (!decision || !STAMP_DECISIONS.includes(decision)) return undefined;
  const findings: StampFinding[] = [];
  let omitted = 0;
  for (const item of (fields.get("f") ?? "").split(",").filter(Boolean)) {
    const more = /^\+(\d{1,6})$/.exec(item);
    if (more) {
      omitted += Number(more[1]);
      continue;
    }
    const colon = item.lastIndexOf(":");
    const rule = item.slice(0, colon);
    const severity = LETTER_SEVERITY[item.slice(colon + 1)];
    if (colon > 0 && severity && RULE_ID.test(rule)) findings.push({ rule, severity });
  }
  const id = fields.get("id");
  return {
    ...(id && CHECK_ID.test(id) ? { id } : {}),
    policyVersion: decodeToken(fields.get("pv") ?? ""),
    decision,
    findings,
    omitted,
    wentOn: fields.get("o") === "1",
  };
}
