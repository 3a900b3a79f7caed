import { createReadStream, promises as fs, type Dirent } from "node:fs";
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

/**
 * `sizes`: whether each file's size is wanted (the progress bar's). Without it, a regular file
 * that the directory listing names is classified from the listing alone: a stat per file was
 * the largest cost of the walk over an export of small messages.
 */
export interface WalkOptions {
  sizes: boolean;
}

async function* walkDirectory(dir: string, seen: Set<string>, options: WalkOptions): AsyncGenerator<Input> {
  let entries: Dirent[];
  try {
    entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    yield { kind: "refused", path: dir, reason: fsErrorReason(e) };
    return;
  }
  for (const entry of entries) {
    const target = path.join(dir, entry.name);
    // A symbolic link, a directory or anything else is looked at as before.
    if (!options.sizes && entry.isFile()) yield classifyFile(target, 0, false);
    else yield* walkPath(target, seen, false, options);
  }
}

function classifyFile(target: string, size: number, named: boolean): Input {
  const extension = extensionOf(target);
  if (extension === "mbox") return { kind: "mbox", path: target, size };
  if (READ.has(extension)) return { kind: "file", path: target, size };
  if (named) return { kind: "refused", path: target, reason: { code: "unknownType", data: {} } };
  return { kind: "skipped", path: target, extension };
}

async function* walkPath(target: string, seen: Set<string>, named: boolean, options: WalkOptions): AsyncGenerator<Input> {
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
    yield* walkDirectory(target, seen, options);
    return;
  }
  if (!stats.isFile()) {
    const code = stats.isFIFO() ? "fifo" : stats.isSocket() ? "socket" : "device";
    yield { kind: "refused", path: target, reason: { code, data: {} } };
  } else yield classifyFile(target, stats.size, named);
}

/** Every input under the paths, in a stable order; paths named on the command line must be readable. */
export async function* walkInputs(paths: readonly string[], options: WalkOptions = { sizes: true }): AsyncGenerator<Input> {
  const seen = new Set<string>();
  for (const p of paths) yield* walkPath(p, seen, true, options);
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
