import type { CompliancePolicy } from "../policy/config-compliance";
import { STORAGE_KEYS } from "../policy/names";
import type { Finding } from "../policy/types";

// What the on-send check leaves for the panes when it holds a mail back: the raw facts of
// `blocked` events (when, which check, which rules), appended to the device storage that the
// panes share (OfficeRuntime.storage). An event needs the pseudonymous user key, a keyed hash
// of the user's object id — Web Crypto, a token and zod that the on-send bundle must not carry
// (its size goal, issue 11) and that Send must never wait for — so the pane that next flushes
// completes them into events (pane-recorder.ts) with its own signed-in user, department,
// client and requirement set: the same device and the same Outlook. This module is all the
// on-send bundle adds for recording: no zod, no crypto, no network.

export const SEND_FACTS_KEY = STORAGE_KEYS.sendFacts;
/** Facts kept on the device until a pane takes them; beyond this the oldest go (as the queue does). */
export const MAX_SEND_FACTS = 100;

export interface HeldRule {
  rule: string;
  severity: "error" | "warning";
}

/** One held send: the check's id (the stamp's `id`), its moment and what held it. */
export interface SendFact {
  checkId: string;
  time: string;
  itemKind: "message" | "appointment";
  policyVersion: string;
  rules: HeldRule[];
}

export interface FactStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

/** Recording is on: enabled, with a service and the tenant's key (the panes check the same). */
export function isRecordingActive(policy: CompliancePolicy): boolean {
  return policy.enabled && policy.serviceUrl !== "" && policy.tenantKey !== "";
}

/** One entry per rule that held the mail (errors and warnings; notes never hold it), an error winning over a warning. */
export function heldRules(findings: readonly Pick<Finding, "rule" | "severity">[]): HeldRule[] {
  const byRule = new Map<string, HeldRule>();
  for (const finding of findings) {
    if (finding.severity === "info") continue;
    if (byRule.get(finding.rule)?.severity === "error") continue;
    byRule.set(finding.rule, { rule: finding.rule, severity: finding.severity });
  }
  return Array.from(byRule.values());
}

function isHeldRule(value: unknown): value is HeldRule {
  const r = value as Partial<HeldRule> | null;
  return typeof r === "object" && r !== null && typeof r.rule === "string" && (r.severity === "error" || r.severity === "warning");
}

function isSendFact(value: unknown): value is SendFact {
  const f = value as Partial<SendFact> | null;
  return (
    typeof f === "object" &&
    f !== null &&
    typeof f.checkId === "string" &&
    typeof f.time === "string" &&
    (f.itemKind === "message" || f.itemKind === "appointment") &&
    typeof f.policyVersion === "string" &&
    Array.isArray(f.rules) &&
    f.rules.every(isHeldRule)
  );
}

/** The stored list as it is; anything but a JSON array reads as empty. */
function storedList(text: string | null): unknown[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** The stored facts (the panes); anything damaged or foreign is left out rather than failing a pane. */
export function parseSendFacts(text: string | null): SendFact[] {
  return storedList(text).filter(isSendFact);
}

/** Appends one fact, keeping the newest `max`. Never rejects: a failing store loses the fact, never the send. */
export async function appendSendFact(storage: FactStorage, fact: SendFact, max: number = MAX_SEND_FACTS): Promise<void> {
  try {
    // Not validated here, to keep the on-send bundle small: the pane that reads them does.
    const facts = storedList(await storage.getItem(SEND_FACTS_KEY));
    facts.push(fact);
    await storage.setItem(SEND_FACTS_KEY, JSON.stringify(facts.slice(Math.max(0, facts.length - max))));
  } catch {
    // Storage unavailable or full: this send is not recorded; Send was decided already.
  }
}
