import type { BatchOutcome, Failure, TaskOutcome, TaskRunner } from "./pool";
import type { Progress } from "./progress";
import type { Task } from "./types";

// Tasks go to the workers in batches of a few: a message to a worker thread and back cost
// about as much as checking a small mail. At most two batches per thread are in flight, so
// memory is bounded by the pool, not by the export. When a batch fails, the task that was
// over the time limit is reported and every other task of the batch runs again in a batch of
// its own, so that a failure is always put on the file that caused it and no file is lost.

interface Entry {
  task: Task;
  ref: string;
  bytes: number;
  endsFile: boolean;
}

const BATCH_TASKS = 8;
/** Messages of an mbox travel in the batch: a batch holds at most this many of their bytes. */
const BATCH_BYTES = 4 * 1024 * 1024;

export class Dispatcher {
  private readonly inflight = new Set<Promise<void>>();
  private pending: Entry[] = [];
  private pendingBytes = 0;
  private readonly retries: Entry[] = [];
  readonly state = { files: 0, messages: 0, bytes: 0 };

  constructor(
    private readonly runner: TaskRunner,
    private readonly onOutcome: (ref: string, outcome: TaskOutcome) => void,
    private readonly progress: Progress,
    // Two per thread: the next batch is ready when a thread finishes, and no more is held.
    private readonly limit = runner.threads * 2,
  ) {}

  async submit(task: Task, ref: string, bytes: number, endsFile: boolean): Promise<void> {
    await this.startRetries();
    this.pending.push({ task, ref, bytes, endsFile });
    this.pendingBytes += task.kind === "bytes" ? task.bytes.byteLength : 0;
    if (this.pending.length >= BATCH_TASKS || this.pendingBytes >= BATCH_BYTES) await this.flush();
  }

  async drain(): Promise<void> {
    await this.flush();
    while (this.inflight.size > 0 || this.retries.length > 0) {
      await this.startRetries();
      if (this.inflight.size > 0) await Promise.race(this.inflight);
    }
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    await this.start(entries);
  }

  private async startRetries(): Promise<void> {
    for (let entry = this.retries.shift(); entry; entry = this.retries.shift()) await this.start([entry]);
  }

  private async start(entries: Entry[]): Promise<void> {
    while (this.inflight.size >= this.limit) await Promise.race(this.inflight);
    const running: Promise<void> = this.runner
      .run(entries.map((e) => e.task))
      .then((outcome) => this.settle(entries, outcome))
      .finally(() => this.inflight.delete(running));
    this.inflight.add(running);
  }

  private settle(entries: readonly Entry[], outcome: BatchOutcome): void {
    if (outcome.ok) {
      entries.forEach((entry, i) => this.finish(entry, { ok: true, result: outcome.results[i] }));
      return;
    }
    const failure: Failure = { ok: false, failure: outcome.failure, detail: outcome.detail };
    const culprit = entries.length === 1 ? 0 : outcome.failure === "timeLimit" ? outcome.running : -1;
    entries.forEach((entry, i) => (i === culprit ? this.finish(entry, failure) : this.retries.push(entry)));
  }

  private finish(entry: Entry, outcome: TaskOutcome): void {
    this.state.bytes += entry.bytes;
    if (entry.endsFile) this.state.files += 1;
    if (outcome.ok) this.state.messages += outcome.result.items.length;
    this.onOutcome(entry.ref, outcome);
    this.progress.update(this.state);
  }
}
