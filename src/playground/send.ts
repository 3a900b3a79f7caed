import { createSendHandler } from "../on-send/on-send";
import { productionDeps } from "../on-send/handlers";
import type { LoadedPolicy } from "../outlook/policy-source";
import type { OfficeSim } from "../office-sim/office-sim";

// A simulated Send: the real on-send handler (read → check → decide → complete) runs against
// the simulated item, and its `event.completed` options become what Outlook would show.

export type SendOutcome =
  | { kind: "sent"; scheduled?: Date }
  | { kind: "prompt"; message: string }
  | { kind: "blocked"; message: string; fixLabel?: string; contextData?: string };

export async function simulateSend(sim: OfficeSim, now: () => Date, loadPolicy: () => Promise<LoadedPolicy>): Promise<SendOutcome> {
  const handler = createSendHandler("mail", { ...productionDeps(), now, loadPolicy });
  const completion = new Promise<Record<string, unknown> | undefined>((resolve) => {
    const event = sim.createLaunchEvent("olkOnMessageSend", (c) => resolve(c.options));
    void handler(event);
  });
  const options = (await completion) ?? {};
  if (options.allowEvent !== false) {
    const state = sim.state;
    return { kind: "sent", scheduled: state.itemType === "message" ? state.delayDeliveryTime : undefined };
  }
  const message = String(options.errorMessage ?? "");
  if (options.sendModeOverride === "promptUser") return { kind: "prompt", message };
  return {
    kind: "blocked",
    message,
    fixLabel: typeof options.cancelLabel === "string" && options.commandId ? options.cancelLabel : undefined,
    contextData: typeof options.contextData === "string" ? options.contextData : undefined,
  };
}
