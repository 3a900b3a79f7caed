import type { CompliancePolicy } from "../policy/config-compliance";
import type { EventAction } from "./event";
import { createEventQueue, type EventQueue } from "./queue";
import type { QueueStorage } from "./queue-storage";
import { isRecordingActive } from "./send-facts";
import { sendQueued, type SendOutcome, type SenderOptions } from "./sender";
import { pseudonymousUserKey } from "./user-key";

// The add-in side's one door to the compliance service, as the panes and the on-send run use
// it: record what happened to findings (queued at once, never waiting on the network), and
// send the queue — the panes whenever they like, the on-send run only within its remaining
// budget. With recording off, or no service or key configured, every call does nothing.

/** Who and where, once per pane or on-send run; the mail's own content never enters. */
export interface RecordContext {
  /** The user's Entra object id (the token's `oid`); only its keyed hash leaves the device. */
  objectId: string;
  department: string;
  policyVersion: string;
  client: string;
  requirementSet: string;
  itemKind: "message" | "appointment";
  checkId?: string;
  /** When it happened (ISO), if not now: a held send that a pane records later. */
  time?: string;
}

export interface FindingOutcome {
  rule: string;
  severity: "error" | "warning" | "info";
  action: EventAction;
  reason?: string;
  fixId?: string;
}

export interface ComplianceRecorder {
  readonly active: boolean;
  /** Queues one event per outcome. Never throws and never waits on the network. */
  record(context: RecordContext, outcomes: readonly FindingOutcome[]): Promise<void>;
  /** Sends what is queued (panes). */
  flush(): Promise<SendOutcome>;
  /** Sends what is queued while at least MIN_REQUEST_MS remain before `deadline` (epoch ms; on-send). */
  flushBefore(deadline: number): Promise<SendOutcome>;
  readonly queue: EventQueue;
}

export interface RecorderDeps {
  storage: QueueStorage;
  getToken: SenderOptions["getToken"];
  fetch?: typeof fetch;
  now?: () => number;
  newId?: () => string;
}

const IDLE: SendOutcome = { sent: 0, batches: 0, stoppedBy: "empty" };

export { isRecordingActive };

export function createRecorder(policy: CompliancePolicy, deps: RecorderDeps): ComplianceRecorder {
  const queue = createEventQueue(deps.storage, policy.queueMax);
  const active = isRecordingActive(policy);
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const sender: SenderOptions = { serviceUrl: policy.serviceUrl, getToken: deps.getToken, fetch: deps.fetch, now };

  async function record(context: RecordContext, outcomes: readonly FindingOutcome[]): Promise<void> {
    if (!active || outcomes.length === 0) return;
    try {
      const userKey = await pseudonymousUserKey(context.objectId, policy.tenantKey);
      const time = context.time ?? new Date(now()).toISOString();
      const { objectId: _omitted, ...shared } = context;
      await queue.add(outcomes.map((o) => ({ ...shared, ...o, id: newId(), time, userKey })));
    } catch {
      // No Web Crypto or no storage: this device records nothing; the user's work goes on.
    }
  }

  return {
    active,
    queue,
    record,
    flush: () => (active ? sendQueued(queue, sender) : Promise.resolve(IDLE)),
    flushBefore: (deadline) => (active ? sendQueued(queue, sender, deadline) : Promise.resolve(IDLE)),
  };
}
