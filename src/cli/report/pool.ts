import { setFlagsFromString } from "node:v8";
import { Piscina } from "piscina";
import { createTaskContext, processBatch } from "./process-task";
import type { Batch, Task, TaskResult, WorkerSettings } from "./types";

// The one door to the worker threads (piscina). A batch of tasks goes to one worker; each task
// runs under a time limit counted from the moment the worker starts it (the worker counts the
// tasks it has started in shared memory), so that starting a thread or waiting for one is not
// counted. When a task is over its limit, the batch's AbortSignal fires and piscina stops that
// worker thread (a synchronous loop in a parser cannot be interrupted any other way) and
// starts a fresh one; the batch fails with the position of the task that was running. A
// worker's heap is capped, so a file that would need more memory costs that worker, not the run.

export type Failure = { ok: false; failure: "timeLimit" | "outOfMemory" | "crashed"; detail: string };
export type TaskOutcome = { ok: true; result: TaskResult } | Failure;
/** A batch's results in task order, or its failure and which task was running (-1: none yet). */
export type BatchOutcome = { ok: true; results: TaskResult[] } | (Failure & { running: number });

export interface TaskRunner {
  run(tasks: Task[]): Promise<BatchOutcome>;
  readonly threads: number;
  close(): Promise<void>;
}

export interface PoolOptions {
  workerFile: string;
  threads: number;
  timeLimitMs: number;
  settings: WorkerSettings;
  /** Heap of each worker thread (resourceLimits.maxOldGenerationSizeMb). */
  heapMb?: number;
}

function failureOf(error: unknown, aborted: boolean): Failure {
  const detail = error instanceof Error ? error.message : String(error);
  if (aborted) return { ok: false, failure: "timeLimit", detail };
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(detail)) return { ok: false, failure: "outOfMemory", detail };
  return { ok: false, failure: "crashed", detail };
}

const POLL_MS = 50;
const YOUNG_GENERATION_MB = 32;

/** Calls `abort` when one task of the batch has been running for longer than `limitMs`. */
function watchTimeLimit(progress: Int32Array, limitMs: number, abort: () => void): NodeJS.Timeout {
  let task = 0;
  let startedAt = 0;
  return setInterval(() => {
    const started = Atomics.load(progress, 0);
    if (started !== task) {
      task = started;
      startedAt = Date.now();
    } else if (task > 0 && Date.now() - startedAt > limitMs) abort();
  }, POLL_MS);
}

function transferListOf(tasks: readonly Task[]): ArrayBuffer[] {
  return tasks.flatMap((t) => (t.kind === "bytes" ? [t.bytes.buffer as ArrayBuffer] : []));
}

let compilerLimited = false;

/**
 * Each worker is its own V8 isolate and optimises the whole engine anew (about 500 functions over
 * a 6,000-mail run); with TurboFan's inlining those compiles took a third of the run's CPU on
 * background threads, which on two cores compete with the other worker. Without inlining the
 * compiles cost about half and the checks themselves no more: over the SpamAssassin corpus with
 * two workers, 30 s of CPU instead of 36 and a median wall time of 16.4 s instead of 19.3 (three
 * runs each, alternated). V8 flags are process-wide and must be set before an isolate starts,
 * so this runs once, before the first worker thread (Worker execArgv does not take V8 flags).
 */
function limitWorkerCompilation(): void {
  if (compilerLimited) return;
  compilerLimited = true;
  setFlagsFromString("--no-turbo-inlining");
}

export function createWorkerPool(options: PoolOptions): TaskRunner {
  limitWorkerCompilation();
  const pool = new Piscina({
    filename: options.workerFile,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    workerData: options.settings,
    // A checked mail leaves much short-lived garbage: a young generation of 32 MB (V8's default
    // is a few) collects it in fewer scavenges; over the SpamAssassin corpus the run took 12 %
    // less time and no more memory (64 MB gained nothing and cost 90 MB of RSS).
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 384, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    threads: options.threads,
    async run(tasks) {
      const controller = new AbortController();
      const progress = new SharedArrayBuffer(4);
      const counter = new Int32Array(progress);
      const timer = watchTimeLimit(counter, options.timeLimitMs, () => controller.abort());
      const batch: Batch = { tasks, progress };
      try {
        return { ok: true, results: (await pool.run(batch, { signal: controller.signal, transferList: transferListOf(tasks) })) as TaskResult[] };
      } catch (error) {
        return { ...failureOf(error, controller.signal.aborted), running: Atomics.load(counter, 0) - 1 };
      } finally {
        clearInterval(timer);
      }
    },
    close: () => pool.destroy(),
  };
}

/** The same work in the calling thread, one task at a time (tests; no time limit). */
export function createInlineRunner(settings: WorkerSettings): TaskRunner {
  const context = createTaskContext(settings);
  return {
    threads: 1,
    async run(tasks) {
      let running = -1;
      try {
        return { ok: true, results: await processBatch(tasks, context, (index) => (running = index)) };
      } catch (error) {
        return { ...failureOf(error, false), running };
      }
    },
    close: async () => undefined,
  };
}
