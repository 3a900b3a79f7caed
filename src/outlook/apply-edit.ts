import type { Person } from "../policy/types";
import { cursorMarkup } from "./body-edit";
import { blockMarkup, DEFAULT_STYLE } from "./body-edit-html";
import type { ComposeItem } from "./compose-item";
import { bodyAfter, subjectAfter, type EditPlan } from "./edit-plan";
import { officeCall } from "./office-async";
import { supportsMailbox } from "./requirements";

// The one place that writes an edit plan into the compose item, the same way for both panes.
// Office.js has no undo, so a body or subject edit reads the field, plans the change on it,
// reads the field again and writes only if nothing changed in between (else it plans again):
// an edit never overwrites what the user typed meanwhile. A plan whose API the client lacks is
// refused before any call (canApply), and the pane explains the change by hand instead.

export type EditResult =
  | { ok: true }
  | { ok: false; reason: "unsupported" | "changed" | "notFound" | "needsAddress" | "failed"; detail?: string };

type BodyType = "html" | "text";

/** The requirement set each kind of change needs (Outlook add-in API requirement sets). */
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

const ATTEMPTS = 3;

interface Editable {
  body?: Partial<Office.Body>;
  subject?: Partial<Office.Subject>;
  to?: Partial<Office.Recipients>;
  cc?: Partial<Office.Recipients>;
  delayDeliveryTime?: Partial<Office.DelayDeliveryTime>;
}

/** Whether this client can make the change (feature detection, not version guessing alone). */
export function canApply(plan: EditPlan, item: ComposeItem | undefined): boolean {
  if (!item) return false;
  const it = item as unknown as Editable;
  switch (plan.target) {
    case "body":
      return supportsMailbox(NEEDS.bodyRewrite) && typeof it.body?.setAsync === "function";
    case "bodyStart":
      return supportsMailbox(NEEDS.basic) && typeof it.body?.prependAsync === "function";
    case "cursor":
      return supportsMailbox(NEEDS.cursor) && typeof it.body?.setSelectedDataAsync === "function";
    case "subject":
      return supportsMailbox(NEEDS.basic) && typeof it.subject?.setAsync === "function";
    case "recipients":
      return supportsMailbox(NEEDS.basic) && typeof it[plan.field]?.addAsync === "function";
    case "delivery":
      return supportsMailbox(NEEDS.schedule) && typeof it.delayDeliveryTime?.setAsync === "function";
    case "none":
      return false;
  }
}

function failure(e: unknown): EditResult {
  return { ok: false, reason: "failed", detail: e instanceof Error ? e.message : String(e) };
}

function coercion(type: BodyType): Office.CoercionType {
  return type === "text" ? Office.CoercionType.Text : Office.CoercionType.Html;
}

function bodyType(item: ComposeItem): Promise<BodyType> {
  // Mailbox 1.1: body.getTypeAsync.
  return officeCall<Office.CoercionType | string>("body.getTypeAsync", (cb) => item.body.getTypeAsync(cb as never)).then((t) =>
    String(t).toLowerCase() === "text" ? "text" : "html",
  );
}

function readBody(item: ComposeItem, type: BodyType): Promise<string> {
  // Mailbox 1.3: body.getAsync with a coercion type.
  return officeCall<string>("body.getAsync", (cb) => item.body.getAsync(coercion(type), cb as never));
}

function writeBody(item: ComposeItem, type: BodyType, content: string): Promise<void> {
  // Mailbox 1.3: body.setAsync.
  return officeCall<void>("body.setAsync", (cb) => item.body.setAsync(content, { coercionType: coercion(type) }, cb as never));
}

function readSubject(item: ComposeItem): Promise<string> {
  return officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb as never));
}

function writeSubject(item: ComposeItem, subject: string): Promise<void> {
  return officeCall<void>("subject.setAsync", (cb) => item.subject.setAsync(subject, cb as never));
}

/** Read, plan, re-read, write: the write happens only on the text the change was planned on. */
async function editField(read: () => Promise<string>, plan: (current: string) => string | null, write: (next: string) => Promise<void>): Promise<EditResult> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await read();
    const next = plan(current);
    if (next === null) return { ok: false, reason: "notFound" };
    if ((await read()) !== current) continue; // the user typed meanwhile: plan again on the new text
    await write(next);
    return { ok: true };
  }
  return { ok: false, reason: "changed" };
}

async function editBody(item: ComposeItem, plan: Extract<EditPlan, { target: "body" }>): Promise<EditResult> {
  const type = await bodyType(item);
  return editField(
    () => readBody(item, type),
    (content) => bodyAfter(plan.change, { contentType: type, content })?.body.content ?? null,
    (content) => writeBody(item, type, content),
  );
}

async function insertAtCursor(item: ComposeItem, text: string): Promise<EditResult> {
  const type = await bodyType(item);
  const data = type === "html" ? cursorMarkup(text) : text.includes("\n") ? `\n${text}` : text;
  // Mailbox 1.2: body.setSelectedDataAsync replaces the selection (or inserts at the cursor).
  await officeCall<void>("body.setSelectedDataAsync", (cb) => item.body.setSelectedDataAsync(data, { coercionType: coercion(type) }, cb as never));
  return { ok: true };
}

async function prepend(item: ComposeItem, text: string): Promise<EditResult> {
  const type = await bodyType(item);
  const lines = text.replace(/\n+$/, "").split("\n");
  const data = type === "html" ? blockMarkup(lines, DEFAULT_STYLE) : `${lines.join("\n")}\n`;
  // Mailbox 1.1: body.prependAsync adds at the very start without rewriting the body.
  await officeCall<void>("body.prependAsync", (cb) => item.body.prependAsync(data, { coercionType: coercion(type) }, cb as never));
  return { ok: true };
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function addRecipient(item: Office.MessageCompose, field: "to" | "cc", person: Person): Promise<EditResult> {
  const address = person.address.trim();
  if (!ADDRESS.test(address)) return { ok: false, reason: "needsAddress" };
  // Mailbox 1.1: recipients.addAsync.
  const entry = { displayName: person.name?.trim() || address, emailAddress: address };
  await officeCall<void>(`${field}.addAsync`, (cb) => item[field].addAsync([entry], cb as never));
  return { ok: true };
}

export async function setDelivery(item: Office.MessageCompose, at: Date): Promise<EditResult> {
  if (Number.isNaN(at.getTime())) return { ok: false, reason: "failed", detail: "invalid time" };
  // Mailbox 1.13: delayDeliveryTime.setAsync; the server holds the mail until then.
  await officeCall<void>("delayDeliveryTime.setAsync", (cb) => item.delayDeliveryTime.setAsync(at, cb as never));
  return { ok: true };
}

function run(item: ComposeItem, plan: EditPlan): Promise<EditResult> {
  switch (plan.target) {
    case "body":
      return editBody(item, plan);
    case "bodyStart":
      return prepend(item, plan.text);
    case "cursor":
      return insertAtCursor(item, plan.text);
    case "subject":
      return editField(() => readSubject(item), (subject) => subjectAfter(plan.change, subject), (subject) => writeSubject(item, subject));
    case "recipients":
      return addRecipient(item as Office.MessageCompose, plan.field, plan.person);
    case "delivery":
      return setDelivery(item as Office.MessageCompose, new Date(plan.at));
    case "none":
      return Promise.resolve({ ok: false, reason: "unsupported" });
  }
}

/** Makes the planned change. Never throws; the result says what happened. */
export async function applyEdit(item: ComposeItem | undefined, plan: EditPlan): Promise<EditResult> {
  if (!item || !canApply(plan, item)) return { ok: false, reason: "unsupported" };
  try {
    return await run(item, plan);
  } catch (e) {
    return failure(e);
  }
}
