import { Piscina } from "piscina";
import { createTaskContext, processTask } from "./process-task";
import type { Task, TaskResult, WorkerSettings } from "./types";

// The one door to the worker threads (piscina). Each task runs under a time limit, counted
// from the moment its worker starts it (the worker raises a flag in shared memory), so that
// starting a thread or waiting for one is not counted. When it is over, its AbortSignal fires and piscina stops that worker thread (a synchronous loop in
// a parser cannot be interrupted any other way) and starts a fresh one; the file is reported
// as over the limit and the run goes on. A worker's heap is capped, so a file that would
// need more memory costs that worker, not the run.

export type TaskOutcome = { ok: true; result: TaskResult } | { ok: false; failure: "timeLimit" | "outOfMemory" | "crashed"; detail: string };

export interface TaskRunner {
  run(task: Task): Promise<TaskOutcome>;
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

function failureOf(error: unknown, aborted: boolean): TaskOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  if (aborted) return { ok: false, failure: "timeLimit", detail };
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(detail)) return { ok: false, failure: "outOfMemory", detail };
  return { ok: false, failure: "crashed", detail };
}

const POLL_MS = 50;

function watchTimeLimit(flag: Int32Array, limitMs: number, abort: () => void): NodeJS.Timeout {
  let startedAt: number | undefined;
  return setInterval(() => {
    if (startedAt === undefined) {
      if (Atomics.load(flag, 0) === 1) startedAt = Date.now();
    } else if (Date.now() - startedAt > limitMs) abort();
  }, POLL_MS);
}

export function createWorkerPool(options: PoolOptions): TaskRunner {
  const pool = new Piscina({
    filename: options.workerFile,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    workerData: options.settings,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 384 },
  });
  return {
    threads: options.threads,
    async run(task) {
      const controller = new AbortController();
      const started = new SharedArrayBuffer(4);
      const timer = watchTimeLimit(new Int32Array(started), options.timeLimitMs, () => controller.abort());
      const transferList = task.kind === "bytes" ? [task.bytes.buffer as ArrayBuffer] : undefined;
      try {
        return { ok: true, result: (await pool.run({ ...task, started }, { signal: controller.signal, transferList })) as TaskResult };
      } catch (error) {
        return failureOf(error, controller.signal.aborted);
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
    async run(task) {
      try {
        return { ok: true, result: await processTask(task, context) };
      } catch (error) {
        return failureOf(error, false);
      }
    },
    close: async () => undefined,
  };
}
