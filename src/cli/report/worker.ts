import { workerData } from "piscina";
import { createTaskContext, processTask } from "./process-task";
import type { Batch, TaskResult, WorkerSettings } from "./types";

// The worker thread of `comm-policy report` (dist/report-worker.js beside dist/cli.js): the
// policies are parsed once per thread, then each task of a batch is read, checked and
// summarized here, in order.

const context = createTaskContext(workerData as WorkerSettings);

export default async function run(batch: Batch): Promise<TaskResult[]> {
  const progress = batch.progress ? new Int32Array(batch.progress) : undefined;
  const results: TaskResult[] = [];
  for (const task of batch.tasks) {
    if (progress) Atomics.store(progress, 0, results.length + 1);
    results.push(await processTask(task, context));
  }
  return results;
}
