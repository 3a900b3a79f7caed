import { optionsOf, withGetters } from "./call-args";
import { ENUMS } from "./enums";
import { buildItem } from "./item-api";
import type { OfficeSim, SimHandler } from "./office-sim-core";
import type { SimLaunchEvent } from "./sim-types";

// The `Office` namespace the sim hands out: `context` (mailbox, display language, theme,
// requirement sets, dialogs), `actions`, `onReady` and the enums, plus `OfficeRuntime.storage`,
// and how the sim slides under the real library when a page loads Office.js itself.

export function buildOffice(sim: OfficeSim): Record<string, unknown> {
  const context = withGetters(
    {
      diagnostics: withGetters({ host: "Outlook", version: "16.0.sim" }, { platform: () => sim.platform }),
      host: "Outlook",
      // Mailbox 1.14: where classic Outlook on Windows loaded the JavaScript-only runtime from.
      urls: { javascriptRuntimeUrl: "https://localhost:3000/launchevent.js" },
      requirements: {
        isSetSupported: (name: string, version?: string | number) => sim.isSetSupported(name, version === undefined ? undefined : String(version)),
      },
      mailbox: buildMailbox(sim),
      ui: { displayDialogAsync: sim.method("displayDialogAsync", (rest, options) => openDialog(sim, String(rest[0]), options)) },
      sensitivityLabelsCatalog: {
        getIsEnabledAsync: sim.method("sensitivityLabelsCatalog.getIsEnabledAsync", () => sim.sensitivityLabels.length > 0),
        getAsync: sim.method("sensitivityLabelsCatalog.getAsync", () => sim.sensitivityLabels.map((l) => ({ ...l, children: [] }))),
      },
    },
    { displayLanguage: () => sim.displayLanguage, officeTheme: () => sim.officeTheme, platform: () => sim.platform },
  );
  return {
    ...ENUMS,
    context,
    actions: {
      associate: (name: string, fn: (event: SimLaunchEvent) => unknown) => {
        sim.actions.set(name, fn);
      },
    },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: sim.platform };
      return new Promise((resolve) => {
        globalThis.setTimeout(() => {
          cb?.(info);
          resolve(info);
        }, 0);
      });
    },
    initialize: undefined,
  };
}

export function buildOfficeRuntime(sim: OfficeSim): Record<string, unknown> {
  const storage = sim.storage;
  return {
    storage: {
      getItem: async (key: string) => storage.get(key) ?? null,
      setItem: async (key: string, value: string) => {
        storage.set(key, String(value));
      },
      removeItem: async (key: string) => {
        storage.delete(key);
      },
      getItems: async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, storage.get(k) ?? null])),
    },
  };
}

function openDialog(sim: OfficeSim, url: string, options: Record<string, unknown>): Record<string, unknown> {
  const dialog = { url, options, closed: false, messagesToChild: [] as string[] };
  sim.dialogs.push(dialog);
  const handlers = new Map<string, SimHandler[]>();
  return {
    close: () => {
      dialog.closed = true;
    },
    addEventHandler: (type: string, handler: SimHandler) => {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
    },
    messageChild: (message: string) => {
      dialog.messagesToChild.push(message);
    },
    /** Test/playground hook: the dialog page sends a message to the add-in. */
    simulateMessageParent: (message: string) => {
      for (const h of handlers.get(ENUMS.EventType.DialogMessageReceived) ?? []) h({ message, origin: "https://localhost:3000" });
    },
  };
}

function buildMailbox(sim: OfficeSim): Record<string, unknown> {
  return withGetters(
    {
      diagnostics: { hostName: "Outlook", hostVersion: "16.0.sim", OWAView: "ThreeColumns" },
      addHandlerAsync: sim.method("addHandlerAsync", (rest) => sim.addHandler(String(rest[0]), rest[1] as SimHandler)),
      removeHandlerAsync: sim.method("removeHandlerAsync", (rest) => sim.removeHandler(String(rest[0]))),
      // Added for the meeting pane: Mailbox 1.6 displayNewMessageForm, 1.0 displayMessageForm,
      // 1.3 convertToRestId / convertToEwsId (EWS ids use "/" and "+", REST ids "-" and "_").
      displayNewMessageForm: (parameters: unknown) => sim.openForm({ kind: "new", parameters: optionsOf(parameters) }),
      displayMessageForm: (itemId: unknown) => sim.openForm({ kind: "existing", itemId: String(itemId) }),
      convertToRestId: (id: unknown) => String(id).replace(/\//g, "-").replace(/\+/g, "_"),
      convertToEwsId: (id: unknown) => String(id).replace(/-/g, "/").replace(/_/g, "+"),
    },
    { item: () => buildItem(sim), userProfile: () => sim.userProfile, displayLanguage: () => sim.displayLanguage },
  );
}

/** See OfficeSim.installUnder. */
export function putUnder(sim: OfficeSim, office: Record<string, unknown>, target: Record<string, unknown>): () => void {
  const previous = { OfficeRuntime: target.OfficeRuntime };
  const added: [Record<string, unknown>, string][] = [];
  const restoreContext = putContext(sim, office, target);
  const restoreActions = putActions(sim, office);
  for (const [name, values] of Object.entries(ENUMS)) {
    const real = office[name];
    if (real === undefined || real === null) {
      office[name] = values;
      added.push([office, name]);
    } else if (typeof real === "object") {
      for (const [key, value] of Object.entries(values)) {
        if ((real as Record<string, unknown>)[key] !== undefined) continue;
        (real as Record<string, unknown>)[key] = value;
        added.push([real as Record<string, unknown>, key]);
      }
    }
  }
  target.OfficeRuntime = buildOfficeRuntime(sim);
  return () => {
    restoreContext();
    restoreActions();
    for (const [owner, key] of added) delete owner[key];
    target.OfficeRuntime = previous.OfficeRuntime;
  };
}

/**
 * Gives the real namespace the simulated `Office.context`. The library defines `context` as a
 * getter over `OSF._OfficeAppFactory.getContext()` (o15apptofilemappingtable.js), filled by a
 * host through `_OfficeAppFactory.setContext`; the sim fills it the same way.
 */
function putContext(sim: OfficeSim, office: Record<string, unknown>, target: Record<string, unknown>): () => void {
  const context = sim.office.context;
  const descriptor = Object.getOwnPropertyDescriptor(office, "context");
  const factory = (target.OSF as { _OfficeAppFactory?: { getContext?: () => unknown; setContext?: (c: unknown) => void } } | undefined)?._OfficeAppFactory;
  if (descriptor?.get && !descriptor.set && factory?.getContext && factory.setContext) {
    const previous = factory.getContext();
    factory.setContext(context);
    return () => factory.setContext?.(previous);
  }
  const previous = office.context;
  office.context = context;
  return () => {
    office.context = previous;
  };
}

/** Records `Office.actions.associate` calls (for runLaunchEvent) and still hands them to the library's own association. */
function putActions(sim: OfficeSim, office: Record<string, unknown>): () => void {
  const simActions = sim.office.actions as { associate: (name: string, fn: (event: SimLaunchEvent) => unknown) => void };
  const real = office.actions as { associate?: (...args: unknown[]) => void } | undefined;
  if (!real || typeof real.associate !== "function") {
    office.actions = simActions;
    return () => {
      office.actions = real;
    };
  }
  const realAssociate = real.associate;
  real.associate = (name: unknown, fn: unknown) => {
    realAssociate.call(real, name, fn);
    simActions.associate(String(name), fn as (event: SimLaunchEvent) => unknown);
  };
  return () => {
    real.associate = realAssociate;
  };
}
