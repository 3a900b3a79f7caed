import type { CompliancePolicy } from "../policy/config-compliance";
import { cachedDepartment, objectIdOf } from "./identity";
import type { QueueStorage } from "./queue-storage";
import { createRecorder, type ComplianceRecorder, type FindingOutcome, type RecordContext } from "./recorder";
import { parseSendFacts, SEND_FACTS_KEY, type SendFact } from "./send-facts";

// The panes' recorder: the compliance recorder (recorder.ts) with who is recording worked out
// once per pane — the object id from the service's own token, the department from Graph
// through the device cache — and with the queue's changes and sends one at a time, so a
// timer and an action never send the same batch side by side or lose an event between them.
// A flush first completes what the on-send check held back into `blocked` events
// (send-facts.ts). Recording runs beside the UI: `record` returns at once and nothing here throws.

export interface PaneComplianceWiring {
  /** Where the queue, the department cache and the notice's dismissal live (queue-storage.ts). */
  storage: QueueStorage;
  /** An access token for the compliance service's API (compliance.apiScope). */
  getToken: (apiScope: string) => Promise<string>;
  /** The user's department from Microsoft Graph (cached on top of this). */
  readDepartment: () => Promise<string>;
  /** Overrides of the policy's compliance block: the playground's local service and dev key. */
  policyOverride?: Partial<CompliancePolicy>;
  fetch?: typeof fetch;
  /** How often the pane sends what is queued while it is open. */
  flushMs?: number;
}

export interface PaneRecorderMeta {
  /** Which pane records: the message pane's "message", the meeting pane's "appointment". */
  itemKind: RecordContext["itemKind"];
  policyVersion: string;
  client: string;
  requirementSet: string;
}

export interface PaneRecorder {
  readonly active: boolean;
  readonly storage: QueueStorage;
  /** Queues the outcomes under this check; returns at once (the promise settles when they are stored). */
  record(outcomes: readonly FindingOutcome[], checkId: string): Promise<void>;
  /** Sends what is queued; `withinMs` bounds it (before sendAsync, which may end the pane). */
  flush(withinMs?: number): Promise<void>;
}

export function panePolicy(policy: CompliancePolicy, wiring: PaneComplianceWiring | undefined): CompliancePolicy {
  return { ...policy, ...wiring?.policyOverride };
}

export function createPaneRecorder(policy: CompliancePolicy, wiring: PaneComplianceWiring, meta: PaneRecorderMeta, now: () => number = Date.now): PaneRecorder {
  const getToken = () => wiring.getToken(policy.apiScope);
  const recorder: ComplianceRecorder = createRecorder(policy, { storage: wiring.storage, getToken, fetch: wiring.fetch, now });
  let identity: Promise<{ objectId: string; department: string } | undefined> | undefined;
  const who = () =>
    (identity ??= getToken()
      .then(async (token) => {
        const objectId = objectIdOf(token);
        if (!objectId) return undefined;
        return { objectId, department: await cachedDepartment(wiring.storage, objectId, wiring.readDepartment, now) };
      })
      .catch(() => undefined)
      .then((user) => {
        // No sign-in yet (consent pending, offline): ask again with the next event.
        if (!user) identity = undefined;
        return user;
      }));
  let sending: Promise<void> = Promise.resolve();

  async function record(outcomes: readonly FindingOutcome[], checkId: string): Promise<void> {
    if (!recorder.active || outcomes.length === 0) return;
    const user = await who();
    // Without a sign-in there is no pseudonymous key to record under: nothing is recorded.
    if (!user) return;
    const context: RecordContext = { ...user, ...meta, checkId };
    await serially(() => recorder.record(context, outcomes));
  }

  /** The queue is read, changed and written back: one change at a time, sends included. */
  function serially(step: () => Promise<unknown>): Promise<void> {
    sending = sending.then(step).then(
      () => undefined,
      () => undefined,
    );
    return sending;
  }

  const factId = (fact: SendFact) => `${fact.checkId}|${fact.time}`;

  /** The on-send check's held sends (send-facts.ts) become `blocked` events under this pane's user, then leave the store. */
  async function completeSendFacts(): Promise<void> {
    const read = () => wiring.storage.getItem(SEND_FACTS_KEY).catch(() => null);
    const facts = parseSendFacts(await read());
    if (facts.length === 0) return;
    const user = await who();
    if (!user) return; // kept for a pane that is signed in
    for (const fact of facts) {
      const context: RecordContext = { ...user, ...meta, itemKind: fact.itemKind, policyVersion: fact.policyVersion || meta.policyVersion, checkId: fact.checkId, time: fact.time };
      await recorder.record(context, fact.rules.map((r) => ({ ...r, action: "blocked" })));
    }
    // Only the facts taken leave: one that a send appended meanwhile stays for the next flush.
    const taken = new Set(facts.map(factId));
    const rest = parseSendFacts(await read()).filter((f) => !taken.has(factId(f)));
    await wiring.storage.setItem(SEND_FACTS_KEY, JSON.stringify(rest)).catch(() => undefined);
  }

  function flush(withinMs?: number): Promise<void> {
    if (!recorder.active) return Promise.resolve();
    // A flush bounded by sendAsync has no time for the sign-in the held sends may need: the next one takes them.
    if (withinMs !== undefined) return serially(() => recorder.flushBefore(now() + withinMs));
    return serially(() => completeSendFacts().then(() => recorder.flush()));
  }

  return { active: recorder.active, storage: wiring.storage, record, flush };
}
