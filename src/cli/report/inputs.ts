import { createReadStream, promises as fs } from "node:fs";
import * as path from "node:path";
import { extensionOf } from "../load";
import { splitMbox } from "../mbox";
import { MAX_FILE_BYTES, fsErrorReason } from "../read-file";
import type { Reason } from "../input-error";

// The export folders, walked lazily (a directory is read only when the walk reaches it), with
// regular files only: a symlink loop is entered once, FIFOs and devices are refused unread.
// An .mbox file is streamed here and its messages handed out one by one.

export type Input =
  | { kind: "file"; path: string; size: number }
  | { kind: "mbox"; path: string; size: number }
  | { kind: "skipped"; path: string; extension: string }
  | { kind: "refused"; path: string; reason: Reason };

const READ = new Set(["eml", "msg", "ics", "json"]);

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<Input> {
  let entries: string[];
  try {
    entries = (await fs.readdir(dir)).sort();
  } catch (e) {
    yield { kind: "refused", path: dir, reason: fsErrorReason(e) };
    return;
  }
  for (const name of entries) yield* walkPath(path.join(dir, name), seen, false);
}

async function* walkPath(target: string, seen: Set<string>, named: boolean): AsyncGenerator<Input> {
  let stats;
  try {
    stats = await fs.stat(target);
  } catch (e) {
    yield { kind: "refused", path: target, reason: fsErrorReason(e) };
    return;
  }
  if (stats.isDirectory()) {
    const id = `${stats.dev}:${stats.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    yield* walkDirectory(target, seen);
    return;
  }
  const extension = extensionOf(target);
  if (!stats.isFile()) {
    const code = stats.isFIFO() ? "fifo" : stats.isSocket() ? "socket" : "device";
    yield { kind: "refused", path: target, reason: { code, data: {} } };
  } else if (extension === "mbox") {
    yield { kind: "mbox", path: target, size: stats.size };
  } else if (READ.has(extension)) {
    yield { kind: "file", path: target, size: stats.size };
  } else if (named) {
    yield { kind: "refused", path: target, reason: { code: "unknownType", data: {} } };
  } else {
    yield { kind: "skipped", path: target, extension };
  }
}

/** Every input under the paths, in a stable order; paths named on the command line must be readable. */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<Input> {
  const seen = new Set<string>();
  for (const p of paths) yield* walkPath(p, seen, true);
}

/** Files and bytes to be read, for the progress bar (a first, cheap pass over the folders). */
export async function plannedInputs(paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  const totals = { files: 0, bytes: 0 };
  for await (const input of walkInputs(paths)) {
    if (input.kind !== "file" && input.kind !== "mbox") continue;
    totals.files += 1;
    totals.bytes += input.size;
  }
  return totals;
}

export function mboxMessages(file: string) {
  return splitMbox(createReadStream(file, { highWaterMark: 1024 * 1024 }), MAX_FILE_BYTES);
}
