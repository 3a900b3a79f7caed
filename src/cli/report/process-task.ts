import { DEFAULT_POLICY, parsePolicyText, type Policy } from "../../policy/config";
import { RULE_IDS } from "../../policy/engine";
import { emlToMail } from "../eml";
import { errorDetail, InputError } from "../input-error";
import { loadItems, type LoadedItem } from "../load";
import { fsErrorReason, readInputFile } from "../read-file";
import { summarizeItem } from "./summarize";
import type { Task, TaskResult, WorkerSettings } from "./types";

// One task (a file, or one message of an mbox) → its items' summaries, or why it could not be
// checked. The same function runs inside each worker thread and, in tests, in the caller.

export interface TaskContext {
  settings: WorkerSettings;
  base: Policy;
  compare?: Policy;
}

function policyOf(text: string | undefined): Policy {
  if (text === undefined) return DEFAULT_POLICY;
  const parsed = parsePolicyText(text, RULE_IDS);
  if (!parsed.ok) throw new Error(`invalid policy: ${parsed.errors[0]}`);
  return parsed.policy;
}

export function createTaskContext(settings: WorkerSettings): TaskContext {
  const context: TaskContext = { settings, base: policyOf(settings.policyText) };
  if (settings.compareText !== undefined) context.compare = policyOf(settings.compareText);
  return context;
}

async function itemsOfTask(task: Task, context: TaskContext): Promise<{ items: LoadedItem[]; result: TaskResult; ref: string }> {
  const result: TaskResult = { items: [], problems: [], notes: [] };
  if (task.kind === "bytes") {
    try {
      return { items: [await emlToMail(task.bytes)], result, ref: task.ref };
    } catch (e) {
      result.problems.push({ ref: task.ref, reason: e instanceof InputError ? e.reason : { code: "readFailed", data: { detail: errorDetail(e) } } });
      return { items: [], result, ref: task.ref };
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(task.path);
  } catch (e) {
    result.problems.push({ ref: task.path, reason: fsErrorReason(e) });
    return { items: [], result, ref: task.path };
  }
  const loaded = await loadItems(task.path, bytes, { timeZone: context.base.workingHours.timeZone });
  if (!loaded.ok) {
    result.problems.push({ ref: task.path, reason: loaded.reason });
    return { items: [], result, ref: task.path };
  }
  for (const reason of loaded.problems) result.problems.push({ ref: task.path, reason });
  for (const reason of loaded.notes) result.notes.push({ ref: task.path, reason });
  return { items: loaded.items, result, ref: task.path };
}

export async function processTask(task: Task, context: TaskContext): Promise<TaskResult> {
  const { items, result, ref } = await itemsOfTask(task, context);
  const { lang, showNames, quotes } = context.settings;
  items.forEach((item, index) => {
    const itemRef = items.length > 1 ? `${ref}#${index + 1}` : ref;
    result.items.push(summarizeItem(itemRef, item.draft, item.stamp, context.base, context.compare, { lang, showNames, quotes }));
  });
  return result;
}

/**
 * The tasks of a batch in order, `starting` told each one's position before it runs: the
 * worker publishes it for the time limit, the inline runner keeps it to name a failure.
 */
export async function processBatch(tasks: readonly Task[], context: TaskContext, starting: (index: number) => void): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  for (const task of tasks) {
    starting(results.length);
    results.push(await processTask(task, context));
  }
  return results;
}
