import type { Policy } from "../policy/config";
import { STORAGE_KEYS } from "../policy/names";
import type { Finding } from "../policy/types";

// "Send anyway" from the pane and the on-send check that the send starts again. The pane
// writes the user's decision into item.sessionData (Mailbox 1.11: data of this add-in only,
// for the item being composed) under OVERRIDE_KEY; the on-send check lets the mail through
// only when that decision is fresh and names every rule that holds the mail now, so a problem
// added after the decision is held again. Both sides read this module, so they cannot drift.

export const OVERRIDE_KEY = STORAGE_KEYS.sendOverride;

/** How long a decision holds: long enough for a second press of Send, not for another day's edit. */
export const OVERRIDE_TTL_MS = 15 * 60_000;

export interface SendOverride {
  v: 1;
  checkId: string;
  /** ISO moment of the decision. */
  at: string;
  /** The rules the user sent despite. */
  rules: string[];
}

type HeldFinding = Pick<Finding, "rule" | "severity">;

export function overrideFor(held: readonly HeldFinding[], checkId: string, now: Date): SendOverride {
  return { v: 1, checkId, at: now.toISOString(), rules: Array.from(new Set(held.filter((f) => f.severity !== "info").map((f) => f.rule))) };
}

/** Reads what the pane wrote; anything else (another version, a hand-made value) gives undefined. */
export function decodeOverride(value: unknown): SendOverride | undefined {
  if (typeof value !== "string" || value.length > 10_000) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const o = data as Partial<SendOverride>;
  if (o.v !== 1 || typeof o.checkId !== "string" || typeof o.at !== "string" || !Array.isArray(o.rules)) return undefined;
  if (!o.rules.every((r) => typeof r === "string")) return undefined;
  return { v: 1, checkId: o.checkId, at: o.at, rules: o.rules };
}

/**
 * Whether the user may go on despite these findings at all: never past an error while the
 * tenant's policy says errors block (`sendBehavior.errors: "block"`).
 */
export function mayOverride(findings: readonly HeldFinding[], sendBehavior: Policy["sendBehavior"]): boolean {
  return sendBehavior.errors !== "block" || !findings.some((f) => f.severity === "error");
}

/** Whether `override` lets a mail with these findings go, at `now`. */
export function overrideCovers(override: SendOverride, findings: readonly HeldFinding[], sendBehavior: Policy["sendBehavior"], now: Date): boolean {
  const at = Date.parse(override.at);
  if (Number.isNaN(at) || at > now.getTime() + 60_000 || now.getTime() - at > OVERRIDE_TTL_MS) return false;
  const held = findings.filter((f) => f.severity !== "info");
  if (held.length === 0 || !mayOverride(held, sendBehavior)) return false;
  const named = new Set(override.rules);
  return held.every((f) => named.has(f.rule));
}
