import type { FixAction, Lang } from "../policy/types";
import { applyEdit, canApply, setDelivery, type EditResult } from "./apply-edit";
import { composeMessage } from "./compose-item";
import { planFix, type FixMode } from "./edit-plan";
import { officeCall, type AsyncResultLike } from "./office-async";
import { supportsMailbox } from "./requirements";

// A finding's FixAction on the message being written: planned (edit-plan.ts), then applied
// the one way every edit is (apply-edit.ts). A fix whose API the client lacks is not offered
// (fixSupport) and the finding explains what to do by hand. Also the scheduled delivery the
// pane shows and cancels.

export type { FixMode };
export type FixResult = EditResult;

/** Mailbox 1.13: item.delayDeliveryTime. */
const SCHEDULE = "1.13";

/** Whether this client can make the change for the user. */
export function fixSupport(fix: FixAction, mode: FixMode = "place", item: Office.MessageCompose | undefined = composeMessage()): boolean {
  return canApply(planFix(fix, mode, "en"), item);
}

export interface ApplyOptions {
  mode?: FixMode;
  /** The pane's language: templates are written in it. */
  lang: Lang;
  item?: Office.MessageCompose;
}

/** Makes the change a finding offers. Never throws; the result says what happened. */
export function applyFix(fix: FixAction, options: ApplyOptions): Promise<FixResult> {
  return applyEdit(options.item ?? composeMessage(), planFix(fix, options.mode ?? "place", options.lang));
}

/** The scheduled delivery time, or undefined when the mail goes out on Send (Mailbox 1.13). */
export async function readScheduledSend(item: Office.MessageCompose | undefined = composeMessage(), now: Date = new Date()): Promise<Date | undefined> {
  if (!item || !supportsMailbox(SCHEDULE) || !item.delayDeliveryTime) return undefined;
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
export async function cancelScheduledSend(item: Office.MessageCompose | undefined = composeMessage(), now: Date = new Date()): Promise<FixResult> {
  if (!item || !supportsMailbox(SCHEDULE) || !item.delayDeliveryTime) return { ok: false, reason: "unsupported" };
  try {
    return await setDelivery(item, now);
  } catch (e) {
    return { ok: false, reason: "failed", detail: e instanceof Error ? e.message : String(e) };
  }
}
