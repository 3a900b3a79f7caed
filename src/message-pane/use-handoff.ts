import { useCallback, useEffect, useState } from "react";
import { decodeHandoff, HANDOFF_KEY, type SendHandoff } from "../outlook/handoff";
import { officeCall } from "../outlook/office-async";
import { supportsMailbox } from "../outlook/requirements";
import { composeMessage } from "../outlook/compose-item";
import { eventType, onOfficeEvent } from "../pane-shell/office-events";

// The findings of a blocked send. Smart Alerts' Fix button opens the pane with them as
// `contextData`, read with getInitializationContextAsync (Mailbox 1.8; Smart Alerts passes it
// from Mailbox 1.14); older clients find them in item.sessionData (Mailbox 1.11), which is
// cleared once read so that the next opening from the ribbon does not show an old send. A pane
// that is already open hears InitializationContextChanged (Mailbox 1.15).

async function fromInitializationContext(item: Office.MessageCompose): Promise<SendHandoff | undefined> {
  if (!supportsMailbox("1.8") || typeof item.getInitializationContextAsync !== "function") return undefined;
  const value = await officeCall<string>("getInitializationContextAsync", (cb) => item.getInitializationContextAsync(cb as never)).catch(() => undefined);
  return decodeHandoff(value);
}

async function fromSessionData(item: Office.MessageCompose): Promise<SendHandoff | undefined> {
  if (!supportsMailbox("1.11") || !item.sessionData) return undefined;
  const value = await officeCall<string>("sessionData.getAsync", (cb) => item.sessionData.getAsync(HANDOFF_KEY, cb as never)).catch(() => undefined);
  const handoff = decodeHandoff(value);
  if (handoff) await officeCall<void>("sessionData.removeAsync", (cb) => item.sessionData.removeAsync(HANDOFF_KEY, cb as never)).catch(() => undefined);
  return handoff;
}

export function useHandoff(): { handoff?: SendHandoff; dismiss: () => void } {
  const [handoff, setHandoff] = useState<SendHandoff | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const item = composeMessage();
    if (!item) return;
    void (async () => {
      const found = (await fromInitializationContext(item)) ?? (await fromSessionData(item));
      if (alive && found?.kind === "mail") setHandoff(found);
    })();
    const remove = onOfficeEvent("item", eventType("InitializationContextChanged", "olkInitializationContextChanged"), "1.15", (args) => {
      const data = (args as { initializationContextData?: unknown } | undefined)?.initializationContextData;
      const next = decodeHandoff(data);
      if (alive && next?.kind === "mail") setHandoff(next);
    });
    return () => {
      alive = false;
      void remove.then((r) => r());
    };
  }, []);
  const dismiss = useCallback(() => setHandoff(undefined), []);
  return { handoff, dismiss };
}
