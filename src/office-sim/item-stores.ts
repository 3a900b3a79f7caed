import type { OfficeSim } from "./office-sim-core";
import type { SimNotification } from "./sim-types";

// What an add-in keeps on the item: custom properties (saved with the item), session data
// (Mailbox 1.11, 50,000 characters at most) and the notification bar's messages.

export function customPropertiesApi(sim: OfficeSim): Record<string, unknown> {
  const props = sim.state.customProperties;
  return {
    get: (name: string) => props[name],
    set: (name: string, value: unknown) => {
      props[name] = value;
    },
    remove: (name: string) => {
      delete props[name];
    },
    getAll: () => ({ ...props }),
    saveAsync: sim.method("customProperties.saveAsync", () => undefined),
  };
}

export function sessionDataApi(sim: OfficeSim): Record<string, unknown> {
  const data = () => sim.state.sessionData;
  return {
    getAsync: sim.method("sessionData.getAsync", (rest) => {
      const value = data()[String(rest[0])];
      if (value === undefined) throw Object.assign(new Error("The key was not found."), { name: "KeyNotFound", code: 9057 });
      return value;
    }),
    getAllAsync: sim.method("sessionData.getAllAsync", () => ({ ...data() })),
    setAsync: sim.method("sessionData.setAsync", (rest) => {
      const next = { ...data(), [String(rest[0])]: String(rest[1]) };
      // Documented limit: 50,000 characters per add-in.
      const size = Object.entries(next).reduce((n, [k, v]) => n + k.length + v.length, 0);
      if (size > 50000) throw Object.assign(new Error("Session data exceeds 50,000 characters."), { name: "SessionObjectMaxLengthExceeded", code: 9057 });
      sim.state.sessionData = next;
      sim.notify();
    }),
    removeAsync: sim.method("sessionData.removeAsync", (rest) => {
      delete sim.state.sessionData[String(rest[0])];
      sim.notify();
    }),
    clearAsync: sim.method("sessionData.clearAsync", () => {
      sim.state.sessionData = {};
      sim.notify();
    }),
  };
}

export function notificationsApi(sim: OfficeSim): Record<string, unknown> {
  const set = (key: string, message: unknown) => {
    sim.state.notifications = { ...sim.state.notifications, [key]: { ...(message as SimNotification) } };
    sim.notify();
  };
  return {
    addAsync: sim.method("notificationMessages.addAsync", (rest) => {
      const key = String(rest[0]);
      if (sim.state.notifications[key]) throw Object.assign(new Error("The key already exists."), { name: "DuplicateNotificationKey", code: 9041 });
      set(key, rest[1]);
    }),
    replaceAsync: sim.method("notificationMessages.replaceAsync", (rest) => set(String(rest[0]), rest[1])),
    removeAsync: sim.method("notificationMessages.removeAsync", (rest) => {
      const next = { ...sim.state.notifications };
      delete next[String(rest[0])];
      sim.state.notifications = next;
      sim.notify();
    }),
    getAllAsync: sim.method("notificationMessages.getAllAsync", () => Object.entries(sim.state.notifications).map(([key, n]) => ({ key, ...n }))),
  };
}
