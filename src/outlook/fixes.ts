import type { FixAction, InsertPlace, ItemBody, Lang, Person } from "../policy/types";
import { cursorMarkup, insertIntoBody, replaceInBody, replaceInSubject, type BodyEdit } from "./body-edit";
import { blockMarkup, DEFAULT_STYLE } from "./body-edit-html";
import { templateText } from "./fixes-templates";
import { officeCall, type AsyncResultLike } from "./office-async";
import { supportsMailbox } from "./requirements";

// Applies a finding's FixAction to the compose item through Office.js. Office.js has no undo,
// so a body edit reads the body, computes one splice (body-edit.ts), reads the body again and
// writes only if nothing changed in between: a fix never overwrites what the user typed
// meanwhile. A fix whose API the client lacks is not offered (fixSupport) and the finding
// explains what to do by hand.

export type FixMode = "place" | "cursor";

export type FixResult =
  | { ok: true }
  | { ok: false; reason: "unsupported" | "changed" | "notFound" | "needsAddress" | "failed"; detail?: string };

type BodyType = "html" | "text";

/** The requirement set each kind of change needs. */
const NEEDS = {
  /** body.getAsync / setAsync with a coercion type. */
  bodyRewrite: "1.3",
  /** body.setSelectedDataAsync. */
  cursor: "1.2",
  /** body.prependAsync, body.getTypeAsync, subject and recipients. */
  basic: "1.1",
  /** item.delayDeliveryTime. */
  schedule: "1.13",
} as const;

function messageItem(): Office.MessageCompose | undefined {
  try {
    const item = Office.context.mailbox.item as unknown as Office.MessageCompose | undefined;
    return item && typeof item === "object" ? item : undefined;
  } catch {
    return undefined;
  }
}

/** Whether this client can make the change for the user (feature detection, not version guessing alone). */
export function fixSupport(fix: FixAction, mode: FixMode = "place", item: Office.MessageCompose | undefined = messageItem()): boolean {
  if (!item) return false;
  switch (fix.kind) {
    case "insertText":
    case "insertTemplate":
      if (mode === "cursor") return supportsMailbox(NEEDS.cursor) && typeof item.body?.setSelectedDataAsync === "function";
      if (fix.kind === "insertText" && fix.place === "start") return supportsMailbox(NEEDS.basic) && typeof item.body?.prependAsync === "function";
      return supportsMailbox(NEEDS.bodyRewrite) && typeof item.body?.setAsync === "function";
    case "replaceText":
      return fix.field === "subject"
        ? supportsMailbox(NEEDS.basic) && typeof item.subject?.setAsync === "function"
        : supportsMailbox(NEEDS.bodyRewrite) && typeof item.body?.setAsync === "function";
    case "setSubject":
      return supportsMailbox(NEEDS.basic) && typeof item.subject?.setAsync === "function";
    case "scheduleSend":
      return supportsMailbox(NEEDS.schedule) && typeof item.delayDeliveryTime?.setAsync === "function";
    case "addRecipient":
      return supportsMailbox(NEEDS.basic) && typeof item[fix.field]?.addAsync === "function";
    case "setReminder":
      // Office.js has no reminder API for compose items; the finding explains it instead.
      return false;
  }
}

// ---- small promise wrappers ------------------------------------------------------------------

function bodyType(item: Office.MessageCompose): Promise<BodyType> {
  // Mailbox 1.1: body.getTypeAsync.
  return officeCall<Office.CoercionType | string>("body.getTypeAsync", (cb) => item.body.getTypeAsync(cb as never)).then((t) =>
    String(t).toLowerCase() === "text" ? "text" : "html",
  );
}

function coercion(type: BodyType): Office.CoercionType {
  return type === "text" ? Office.CoercionType.Text : Office.CoercionType.Html;
}

function readBody(item: Office.MessageCompose, type: BodyType): Promise<string> {
  // Mailbox 1.3: body.getAsync with a coercion type.
  return officeCall<string>("body.getAsync", (cb) => item.body.getAsync(coercion(type), cb as never));
}

function writeBody(item: Office.MessageCompose, type: BodyType, content: string): Promise<void> {
  // Mailbox 1.3: body.setAsync.
  return officeCall<void>("body.setAsync", (cb) => item.body.setAsync(content, { coercionType: coercion(type) }, cb as never));
}

function readSubject(item: Office.MessageCompose): Promise<string> {
  return officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb as never));
}

function writeSubject(item: Office.MessageCompose, subject: string): Promise<void> {
  return officeCall<void>("subject.setAsync", (cb) => item.subject.setAsync(subject, cb as never));
}

function failure(e: unknown): FixResult {
  return { ok: false, reason: "failed", detail: e instanceof Error ? e.message : String(e) };
}

// ---- body edits -------------------------------------------------------------------------------

const ATTEMPTS = 3;

/** Read, transform, re-read, write: the write happens only on the body the edit was computed from. */
async function editBody(item: Office.MessageCompose, transform: (body: ItemBody) => BodyEdit | null): Promise<FixResult> {
  try {
    const type = await bodyType(item);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const content = await readBody(item, type);
      const edit = transform({ contentType: type, content });
      if (!edit) return { ok: false, reason: "notFound" };
      const current = await readBody(item, type);
      if (current !== content) continue; // the user typed meanwhile: compute again on the new text
      await writeBody(item, type, edit.body.content);
      return { ok: true };
    }
    return { ok: false, reason: "changed" };
  } catch (e) {
    return failure(e);
  }
}

async function insertAtCursor(item: Office.MessageCompose, text: string): Promise<FixResult> {
  try {
    const type = await bodyType(item);
    const data = type === "html" ? cursorMarkup(text) : text.includes("\n") ? `\n${text}` : text;
    // Mailbox 1.2: body.setSelectedDataAsync replaces the selection (or inserts at the cursor).
    await officeCall<void>("body.setSelectedDataAsync", (cb) => item.body.setSelectedDataAsync(data, { coercionType: coercion(type) }, cb as never));
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

async function prepend(item: Office.MessageCompose, text: string): Promise<FixResult> {
  try {
    const type = await bodyType(item);
    const lines = text.replace(/\n+$/, "").split("\n");
    const data = type === "html" ? blockMarkup(lines, DEFAULT_STYLE) : `${lines.join("\n")}\n`;
    // Mailbox 1.1: body.prependAsync adds at the very start without rewriting the body.
    await officeCall<void>("body.prependAsync", (cb) => item.body.prependAsync(data, { coercionType: coercion(type) }, cb as never));
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

async function insertText(item: Office.MessageCompose, place: InsertPlace, text: string, mode: FixMode): Promise<FixResult> {
  if (mode === "cursor") return insertAtCursor(item, text);
  if (place === "start") return prepend(item, text);
  return editBody(item, (body) => insertIntoBody(body, place, text));
}

// ---- other fields -------------------------------------------------------------------------------

async function replaceSubjectText(item: Office.MessageCompose, find: string, replace: string, occurrence: number | undefined): Promise<FixResult> {
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const subject = await readSubject(item);
      const next = replaceInSubject(subject, find, replace, occurrence ?? 0);
      if (next === null) return { ok: false, reason: "notFound" };
      if ((await readSubject(item)) !== subject) continue;
      await writeSubject(item, next);
      return { ok: true };
    }
    return { ok: false, reason: "changed" };
  } catch (e) {
    return failure(e);
  }
}

async function addRecipient(item: Office.MessageCompose, field: "to" | "cc", person: Person): Promise<FixResult> {
  const address = person.address.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return { ok: false, reason: "needsAddress" };
  try {
    // Mailbox 1.1: recipients.addAsync.
    const entry = { displayName: person.name?.trim() || address, emailAddress: address };
    await officeCall<void>(`${field}.addAsync`, (cb) => item[field].addAsync([entry], cb as never));
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

async function scheduleSend(item: Office.MessageCompose, at: Date): Promise<FixResult> {
  if (Number.isNaN(at.getTime())) return { ok: false, reason: "failed", detail: "invalid time" };
  try {
    // Mailbox 1.13: delayDeliveryTime.setAsync; the server holds the mail until then.
    await officeCall<void>("delayDeliveryTime.setAsync", (cb) => item.delayDeliveryTime.setAsync(at, cb as never));
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

/** The scheduled delivery time, or undefined when the mail goes out on Send (Mailbox 1.13). */
export async function readScheduledSend(item: Office.MessageCompose | undefined = messageItem(), now: Date = new Date()): Promise<Date | undefined> {
  if (!item || !supportsMailbox(NEEDS.schedule) || !item.delayDeliveryTime) return undefined;
  try {
    const value = await officeCall<Date | 0>("delayDeliveryTime.getAsync", (cb) =>
      item.delayDeliveryTime.getAsync(cb as (r: AsyncResultLike<Date | 0>) => void as never),
    );
    if (value === 0 || value === null || value === undefined) return undefined;
    const date = new Date(value);
    // A delivery time that is not in the future delivers at once: nothing is scheduled.
    return Number.isNaN(date.getTime()) || date.getTime() <= now.getTime() ? undefined : date;
  } catch {
    return undefined;
  }
}

/**
 * Cancels a scheduled delivery. Office.js documents no "clear" value for setAsync (getAsync
 * answers 0 when nothing is set); a delivery time of now delivers at once, which is what
 * "cancel the schedule" means to the user.
 */
export function cancelScheduledSend(item: Office.MessageCompose | undefined = messageItem(), now: Date = new Date()): Promise<FixResult> {
  if (!item || !supportsMailbox(NEEDS.schedule) || !item.delayDeliveryTime) return Promise.resolve({ ok: false, reason: "unsupported" });
  return scheduleSend(item, now);
}

export interface ApplyOptions {
  mode?: FixMode;
  /** The pane's language: templates are written in it. */
  lang: Lang;
  item?: Office.MessageCompose;
}

/** Makes the change a finding offers. Never throws; the result says what happened. */
export async function applyFix(fix: FixAction, options: ApplyOptions): Promise<FixResult> {
  const item = options.item ?? messageItem();
  const mode = options.mode ?? "place";
  if (!item || !fixSupport(fix, mode, item)) return { ok: false, reason: "unsupported" };
  switch (fix.kind) {
    case "insertText":
      return insertText(item, fix.place, fix.text, mode);
    case "insertTemplate":
      return insertText(item, "end", templateText(fix.template, options.lang), mode);
    case "replaceText":
      return fix.field === "subject"
        ? replaceSubjectText(item, fix.find, fix.replace, fix.occurrence)
        : editBody(item, (body) => replaceInBody(body, fix.find, fix.replace, fix.occurrence ?? 0));
    case "setSubject":
      try {
        await writeSubject(item, fix.subject);
        return { ok: true };
      } catch (e) {
        return failure(e);
      }
    case "scheduleSend":
      return scheduleSend(item, new Date(fix.at));
    case "addRecipient":
      return addRecipient(item, fix.field, fix.person);
    case "setReminder":
      return { ok: false, reason: "unsupported" };
  }
}
