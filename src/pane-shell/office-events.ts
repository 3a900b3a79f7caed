import { officeCall } from "../outlook/office-async";
import { supportsMailbox } from "../outlook/requirements";

// Office.js events for both panes: registered where the client supports them, each removed
// by the function the registration resolves with.

type Target = "item" | "mailbox";

interface EventSource {
  addHandlerAsync?: (eventType: string, handler: (args: unknown) => void, callback: (result: never) => void) => void;
  removeHandlerAsync?: (eventType: string, callback: (result: never) => void) => void;
}

/**
 * Registers an Office.js event handler where the client supports it; resolves with the
 * function that removes it. `version` is the Mailbox requirement set of the event.
 */
export async function onOfficeEvent(target: Target, eventType: string, version: string, handler: (args: unknown) => void): Promise<() => void> {
  if (!supportsMailbox(version)) return () => undefined;
  let source: EventSource | undefined;
  try {
    source = (target === "item" ? Office.context.mailbox.item : Office.context.mailbox) as unknown as EventSource | undefined;
  } catch {
    return () => undefined;
  }
  if (!source || typeof source.addHandlerAsync !== "function") return () => undefined;
  const events = source;
  try {
    await officeCall<void>(`addHandlerAsync(${eventType})`, (cb) => events.addHandlerAsync?.(eventType, handler, cb));
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      events.removeHandlerAsync?.(eventType, () => undefined);
    } catch {
      // The pane is closing; nothing to clean up in a host that refuses.
    }
  };
}

/** Office's event type value, falling back to the documented string when the enum lacks it. */
export function eventType(name: string, fallback: string): string {
  try {
    const value = (Office.EventType as unknown as Record<string, string | undefined>)[name];
    return value ?? fallback;
  } catch {
    return fallback;
  }
}
