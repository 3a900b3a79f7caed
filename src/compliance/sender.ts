import { BATCH_SIZE, type BatchReceipt } from "./event";
import type { EventQueue } from "./queue";

// The batch sender: the add-in's only caller of the compliance service. It sends the queue's
// oldest events in batches of BATCH_SIZE until the queue is empty, the deadline comes, or the
// service says stop. An event leaves the queue only when the service acknowledged its batch,
// so a lost answer means a retry, and the client-made ids make that retry count once.

export interface SenderOptions {
  /** The service's base URL (compliance.serviceUrl). */
  serviceUrl: string;
  /** An access token for the service's API (compliance.apiScope). */
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
  now?: () => number;
}

export type StopReason = "empty" | "deadline" | "sign-in" | "busy" | "network" | "refused";

export interface SendOutcome {
  sent: number;
  batches: number;
  stoppedBy: StopReason;
}

/** Below this much time left no request is started: it could not finish. */
export const MIN_REQUEST_MS = 250;
/** One request never waits longer than this, deadline or not. */
export const REQUEST_TIMEOUT_MS = 10_000;

function eventsUrl(serviceUrl: string): string {
  let end = serviceUrl.length;
  while (end > 0 && serviceUrl[end - 1] === "/") end--;
  return `${serviceUrl.slice(0, end)}/api/events`;
}

type BatchAnswer = { kind: "ok"; receipt: BatchReceipt } | { kind: "stop"; reason: StopReason } | { kind: "bad-batch" };

function classify(status: number): BatchAnswer | undefined {
  if (status === 401 || status === 403) return { kind: "stop", reason: "sign-in" };
  if (status === 400 || status === 413 || status === 422) return { kind: "bad-batch" };
  if (status === 429 || status >= 500) return { kind: "stop", reason: "busy" };
  return status >= 200 && status < 300 ? undefined : { kind: "stop", reason: "refused" };
}

async function postBatch(options: SenderOptions, body: string, timeoutMs: number): Promise<BatchAnswer> {
  const fetchImpl = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const token = await options.getToken();
    const response = await fetchImpl(eventsUrl(options.serviceUrl), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      signal: controller.signal,
    });
    const problem = classify(response.status);
    if (problem) return problem;
    const receipt = (await response.json()) as BatchReceipt;
    return { kind: "ok", receipt };
  } catch {
    return { kind: "stop", reason: "network" };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends queued events until the queue is empty or `deadline` (epoch ms) comes. The on-send
 * run passes its remaining budget; the panes pass nothing. Never throws.
 */
export async function sendQueued(queue: EventQueue, options: SenderOptions, deadline = Number.POSITIVE_INFINITY): Promise<SendOutcome> {
  const now = options.now ?? Date.now;
  let sent = 0;
  let batches = 0;
  for (;;) {
    const left = deadline - now();
    if (left < MIN_REQUEST_MS) return { sent, batches, stoppedBy: "deadline" };
    const { events, dropped } = await queue.peek(BATCH_SIZE);
    if (events.length === 0) return { sent, batches, stoppedBy: "empty" };
    const answer = await postBatch(options, JSON.stringify({ events, dropped }), Math.min(left, REQUEST_TIMEOUT_MS));
    if (answer.kind === "stop") return { sent, batches, stoppedBy: answer.reason };
    // A batch the service refuses whole would be refused forever: it leaves the queue, counted as dropped.
    const lost = answer.kind === "bad-batch" ? events.length : 0;
    await queue.ack(
      events.map((e) => e.id),
      dropped - lost,
    );
    if (answer.kind === "ok") sent += answer.receipt.stored + answer.receipt.duplicates;
    batches++;
  }
}
