import { fetchPolicyText, loadPolicy, policyUrl, runtimeStorage, type LoadedPolicy } from "../outlook/policy-source";
import { officeCall } from "../outlook/office-async";
import { supportsMailbox } from "../outlook/requirements";

// Everything the pane takes from its host, in one place: the compose item, the clock, the
// policy and Office.js events. The playground passes its own clock; Outlook uses the defaults.

export interface PaneOptions {
  now?: () => Date;
  /** How often the pane re-reads the body while visible (Outlook has no body-changed event). */
  pollMs?: number;
  loadPolicy?: () => Promise<LoadedPolicy>;
  /** Inside another page (the playground): a region, not the page's main landmark. */
  embedded?: boolean;
}

export interface PaneHost {
  embedded: boolean;
  now: () => Date;
  pollMs: number;
  loadPolicy: () => Promise<LoadedPolicy>;
}

const POLICY_TIMEOUT_MS = 4000;

export function paneHost(options: PaneOptions = {}): PaneHost {
  return {
    now: options.now ?? (() => new Date()),
    pollMs: options.pollMs ?? 3000,
    embedded: options.embedded ?? false,
    loadPolicy:
      options.loadPolicy ??
      (() => loadPolicy({ fetchText: () => fetchPolicyText(policyUrl(), POLICY_TIMEOUT_MS), storage: runtimeStorage() })),
  };
}

export function composeItem(): Office.MessageCompose | undefined {
  try {
    const item = Office.context.mailbox.item as unknown as (Office.MessageCompose & { itemType?: unknown }) | undefined;
    return item && String(item.itemType) === "message" ? item : undefined;
  } catch {
    return undefined;
  }
}

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
  const source = (target === "item" ? Office.context.mailbox.item : Office.context.mailbox) as unknown as EventSource | undefined;
  if (!source || typeof source.addHandlerAsync !== "function") return () => undefined;
  try {
    await officeCall<void>(`addHandlerAsync(${eventType})`, (cb) => source.addHandlerAsync?.(eventType, handler, cb));
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      source.removeHandlerAsync?.(eventType, () => undefined);
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
