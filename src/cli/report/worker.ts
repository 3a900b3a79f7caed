import { workerData } from "piscina";
import { createTaskContext, processBatch } from "./process-task";
import type { Batch, TaskResult, WorkerSettings } from "./types";

// The worker thread of `comm-policy report` (dist/report-worker.js beside dist/cli.js): the
// policies are parsed once per thread, then each task of a batch is read, checked and
// summarized here, in order.

const context = createTaskContext(workerData as WorkerSettings);

export default function run(batch: Batch): Promise<TaskResult[]> {
  const progress = batch.progress ? new Int32Array(batch.progress) : undefined;
  // The count of tasks started, which the parent's watcher reads (pool.ts).
  return processBatch(batch.tasks, context, (index) => progress && Atomics.store(progress, 0, index + 1));
}
