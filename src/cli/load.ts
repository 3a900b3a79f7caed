import type { Draft } from "../policy/types";
import { emlToDraft } from "./eml";
import { icsToDrafts } from "./ics";
import { InputError, oneLine } from "./input-error";
import { jsonToDrafts } from "./json-draft";

// File name → the drafts in it, or the one-line reason it cannot be checked.

export type Loaded = { ok: true; drafts: Draft[] } | { ok: false; reason: string };

export interface LoadOptions {
  timeZone: string;
  /** Replaces the moment of sending / booking the file carries. */
  now?: Date;
}

/** Refuses files no mail or calendar export comes near, before reading them into memory twice. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function isSupportedFile(path: string): boolean {
  return ["eml", "ics", "json"].includes(extensionOf(path));
}

async function draftsOf(path: string, bytes: Uint8Array, options: LoadOptions): Promise<Draft[]> {
  switch (extensionOf(path)) {
    case "eml":
      return [await emlToDraft(bytes)];
    case "ics":
      return icsToDrafts(bytes, { timeZone: options.timeZone });
    case "json":
      return jsonToDrafts(bytes);
    case "msg":
      throw new InputError("Outlook .msg files are not supported; save the item as .eml (mail) or .ics (meeting)");
    default:
      throw new InputError("unknown file type; expected .eml, .ics or .json");
  }
}

function withMoment(draft: Draft, now: Date | undefined): Draft {
  if (!now) return draft;
  const iso = now.toISOString();
  return draft.kind === "mail" ? { ...draft, sentAt: iso } : { ...draft, bookedAt: iso };
}

export async function loadDrafts(path: string, bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  try {
    const drafts = await draftsOf(path, bytes, options);
    return { ok: true, drafts: drafts.map((d) => withMoment(d, options.now)) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, reason: oneLine(e.message) };
    // A parser bug on a hostile file is still just a file that cannot be checked.
    return { ok: false, reason: `could not be read: ${oneLine(e instanceof Error ? e.message : String(e))}` };
  }
}

/** fs errors → the words a person understands. */
export function readErrorReason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return `could not be read: ${oneLine(error instanceof Error ? error.message : String(error))}`;
  }
}
