// The one door to the item being written: both panes read it here (the on-send reader may
// too). Office.context.mailbox.item is read afresh each time, as Outlook may replace it, and
// a client that throws on the read (no mailbox, a read-mode item) gives undefined.

export type ComposeItem = Office.MessageCompose | Office.AppointmentCompose;

function currentItem(): (ComposeItem & { itemType?: unknown }) | undefined {
  try {
    const item = Office.context.mailbox.item as unknown as (ComposeItem & { itemType?: unknown }) | null | undefined;
    return item && typeof item === "object" ? item : undefined;
  } catch {
    return undefined;
  }
}

/** The message being written, or undefined (no item, or an appointment). */
export function composeMessage(): Office.MessageCompose | undefined {
  const item = currentItem();
  return item && String(item.itemType) === "message" ? (item as Office.MessageCompose) : undefined;
}

/** The appointment being organised, or undefined (no item, or a message). */
export function composeAppointment(): Office.AppointmentCompose | undefined {
  const item = currentItem();
  return item && String(item.itemType) === "appointment" ? (item as Office.AppointmentCompose) : undefined;
}

/** Whichever item is being written. */
export function composeItem(): ComposeItem | undefined {
  return composeMessage() ?? composeAppointment();
}
