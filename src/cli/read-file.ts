import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type Stats } from "node:fs";
import { InputError, errorDetail, type Reason } from "./input-error";

// The one door through which the CLI reads an input file. It opens without blocking (a FIFO
// with no writer would otherwise hang the open), looks at what it opened before reading a
// byte, and reads only regular files no larger than the limit: a 1 GB export is refused from
// its size, /dev/zero from its type, and neither is read.

/** Refuses files no mail or calendar item comes near, before reading them. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const MB = 1024 * 1024;

function notRegular(stats: Stats): InputError | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return new InputError("directory");
  if (stats.isFIFO()) return new InputError("fifo");
  if (stats.isSocket()) return new InputError("socket");
  return new InputError("device");
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError("tooLarge", { max: Math.round(maxBytes / MB), size: Math.ceil(size / MB) });
}

/** What a failed open or read means, in words a person understands. */
export function fsErrorReason(error: unknown): Reason {
  if (error instanceof InputError) return error.reason;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "noSuchFile", data: {} };
    case "EISDIR":
      return { code: "directory", data: {} };
    case "EACCES":
    case "EPERM":
      return { code: "permission", data: {} };
    case "ENXIO": // a socket cannot be opened as a file
      return { code: "socket", data: {} };
    default:
      return { code: "readFailed", data: { detail: errorDetail(error) } };
  }
}

/** Kind and size of a path without opening it (the report's walk uses this to plan). */
export async function statInput(path: string): Promise<Stats> {
  return fs.stat(path);
}

/**
 * The file's bytes. Read with blocking calls: a worker thread of the report has nothing else
 * to do meanwhile, and the four round trips through libuv's thread pool (open, stat, read,
 * close) cost more than reading a mail; the open itself never blocks (O_NONBLOCK).
 */
export async function readInputFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    const refusal = notRegular(stats);
    if (refusal) throw refusal;
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    const buffer = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    // A file that shrinks while it is read ends early; one that grows is read as it was.
    while (filled < stats.size) {
      const bytesRead = readSync(fd, buffer, filled, stats.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === stats.size ? buffer : buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
