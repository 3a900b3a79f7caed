import type { Stamp } from "../policy/stamp";
import type { Draft, Lang } from "../policy/types";
import { isOleFile } from "./bytes";
import { emlToMail } from "./eml";
import { icsToItems } from "./ics";
import { errorDetail, InputError, reasonText, type Reason } from "./input-error";
import { jsonToDrafts } from "./json-draft";
import { msgToItem } from "./msg";
import { MAX_FILE_BYTES } from "./read-file";

// File name and bytes → the items in it, or the reason it cannot be checked. The format is
// the extension's, except that an Outlook item (an OLE file) is read as .msg whatever its
// name: people rename them.

export { MAX_FILE_BYTES } from "./read-file";

export interface LoadedItem {
  draft: Draft;
  /** The on-send check's stamp (x-comm-policy), when the sent item carries one. */
  stamp?: Stamp;
}

export type LoadedItems =
  | { ok: true; items: LoadedItem[]; problems: Reason[]; notes: Reason[] }
  | { ok: false; reason: Reason };

/** `reason` is the text in the language asked for; `cause` the reason as data. */
export type Loaded = { ok: true; drafts: Draft[] } | { ok: false; reason: string; cause: Reason };

export interface LoadOptions {
  timeZone: string;
  /** Replaces the moment of sending / booking the file carries. */
  now?: Date;
  /** The language of loadDrafts' reason (default en). */
  lang?: Lang;
}

const SUPPORTED = ["eml", "msg", "ics", "json"];

export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function isSupportedFile(path: string): boolean {
  return SUPPORTED.includes(extensionOf(path));
}

type Parsed = { items: LoadedItem[]; problems: Reason[]; notes: Reason[] };

async function itemsOf(path: string, bytes: Uint8Array, options: LoadOptions): Promise<Parsed> {
  const extension = extensionOf(path);
  if (isOleFile(bytes) && SUPPORTED.includes(extension)) return { items: [msgToItem(bytes)], problems: [], notes: [] };
  switch (extension) {
    case "eml":
      return { items: [await emlToMail(bytes)], problems: [], notes: [] };
    case "msg":
      return { items: [msgToItem(bytes)], problems: [], notes: [] };
    case "ics": {
      const result = icsToItems(bytes, { timeZone: options.timeZone });
      return { items: result.drafts.map((draft) => ({ draft })), problems: result.problems, notes: result.notes };
    }
    case "json":
      return { items: jsonToDrafts(bytes).map((draft) => ({ draft })), problems: [], notes: [] };
    case "mbox":
      throw new InputError("mboxHere");
    default:
      throw new InputError("unknownType");
  }
}

function withMoment(item: LoadedItem, now: Date | undefined): LoadedItem {
  if (!now) return item;
  const iso = now.toISOString();
  const draft = item.draft.kind === "mail" ? { ...item.draft, sentAt: iso } : { ...item.draft, bookedAt: iso };
  return { ...item, draft };
}

/** Never throws: a parser bug on a hostile file is still just a file that cannot be checked. */
export async function loadItems(path: string, bytes: Uint8Array, options: LoadOptions): Promise<LoadedItems> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: { code: "tooLarge", data: { max: MAX_FILE_BYTES / 1024 / 1024, size: Math.ceil(bytes.length / 1024 / 1024) } } };
  try {
    const parsed = await itemsOf(path, bytes, options);
    if (parsed.items.length === 0 && parsed.problems.length > 0) return { ok: false, reason: parsed.problems[0] };
    return { ok: true, items: parsed.items.map((i) => withMoment(i, options.now)), problems: parsed.problems, notes: parsed.notes };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, reason: e.reason };
    return { ok: false, reason: { code: "readFailed", data: { detail: errorDetail(e) } } };
  }
}

/** The drafts of a file, or why not: the reason as data and as one line in `options.lang` (the simple callers and tests). */
export async function loadDrafts(path: string, bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const result = await loadItems(path, bytes, options);
  if (!result.ok) return { ok: false, reason: reasonText(result.reason, options.lang ?? "en"), cause: result.reason };
  return { ok: true, drafts: result.items.map((i) => i.draft) };
}
