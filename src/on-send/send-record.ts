import { officeCall } from "../outlook/office-async";
import { supportsMailbox } from "../outlook/requirements";
import type { SendDecision } from "../outlook/send-decision";
import { encodeStamp, STAMP_HEADER, type StampDecision } from "../policy/stamp";
import type { Finding } from "../policy/types";

// What the on-send check leaves on the item once it has decided: the `x-comm-policy` stamp
// (Mailbox 1.8 internetHeaders.setAsync, https://learn.microsoft.com/javascript/api/outlook/office.internetheaders
// and office-js-docs-pr docs/outlook/internet-headers.md) and, where contextData is missing,
// the pane's handoff in sessionData (Mailbox 1.11). Smart Alerts never tells an add-in whether
// the user chose Send Anyway (office-js #5554), so the stamp of a prompt says `o=1`: a mail
// that left carrying it can only have left that way (a fixed draft sent again is stamped again).

export interface StampFacts {
  id: string;
  policyVersion: string;
  decision: StampDecision;
  findings: readonly Pick<Finding, "rule" | "severity">[];
}

/** The stamp decision for what the handler told Outlook. */
export function stampDecisionOf(decision: SendDecision, failed: boolean): StampDecision {
  if (failed) return decision.verdict === "allow" ? "fail-allow" : "fail-block";
  return decision.verdict;
}

/** A short id for this check: the stamp's `id` and the compliance events' check id. */
export function newCheckId(random: () => number = Math.random): string {
  let id = "";
  while (id.length < 12) id += Math.floor(random() * 36).toString(36);
  return id;
}

export function stampValue(facts: StampFacts): string {
  return encodeStamp({
    id: facts.id,
    policyVersion: facts.policyVersion,
    decision: facts.decision,
    findings: facts.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
    wentOn: facts.decision === "prompt",
  });
}

type WritableItem = Partial<Pick<Office.MessageCompose, "internetHeaders" | "sessionData">>;

function currentItem(): WritableItem | undefined {
  try {
    return Office.context.mailbox.item as WritableItem | undefined;
  } catch {
    return undefined;
  }
}

/** Sets the stamp header; a failure (or an appointment, which has no headers) costs the record only. */
export function writeStamp(value: string): Promise<void> {
  const item = currentItem();
  if (!item?.internetHeaders || !supportsMailbox("1.8")) return Promise.resolve();
  const headers = item.internetHeaders;
  return officeCall<void>("internetHeaders.setAsync", (cb) => headers.setAsync({ [STAMP_HEADER]: value }, cb)).catch(() => undefined);
}

/** Writes the pane's handoff to item.sessionData (Mailbox 1.11); a failure only costs the handoff. */
export function writeHandoff(entry: { key: string; value: string }): Promise<void> {
  const item = currentItem();
  if (!item?.sessionData) return Promise.resolve();
  const data = item.sessionData;
  return officeCall<void>("sessionData.setAsync", (cb) => data.setAsync(entry.key, entry.value, cb)).catch(() => undefined);
}

/** Removes an entry of item.sessionData (Mailbox 1.11); a failure leaves it to expire. */
export function removeSessionEntry(key: string): Promise<void> {
  const item = currentItem();
  if (!item?.sessionData || !supportsMailbox("1.11")) return Promise.resolve();
  const data = item.sessionData;
  return officeCall<void>("sessionData.removeAsync", (cb) => data.removeAsync(key, cb)).catch(() => undefined);
}

/** Settles when `work` does or after `ms`, whichever is first: a write that never answers is left behind. */
export function boundedWait(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, ms));
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}
