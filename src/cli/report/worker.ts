import { workerData } from "piscina";
import { createTaskContext, processTask } from "./process-task";
import type { Task, TaskResult, WorkerSettings } from "./types";

// The worker thread of `comm-policy report` (dist/report-worker.js beside dist/cli.js): the
// policies are parsed once per thread, then each task is read, checked and summarized here.

const context = createTaskContext(workerData as WorkerSettings);

export default function run(task: Task): Promise<TaskResult> {
  if (task.started) Atomics.store(new Int32Array(task.started), 0, 1);
  return processTask(task, context);
}
