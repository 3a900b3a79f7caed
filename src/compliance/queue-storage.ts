// Where the queue lives on the device. In the panes and the on-send runtime that is
// OfficeRuntime.storage (Mailbox 1.10 added it to event-based activation; it is shared by the
// add-in's pages and its JavaScript-only runtime on classic Outlook, where localStorage is
// missing). Browsers without it fall back to localStorage; tests use memory.

export interface QueueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

interface AsyncStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

interface SyncStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function memoryStorage(): QueueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value) => {
      data.set(key, value);
    },
  };
}

export function fromSyncStorage(storage: SyncStorageLike): QueueStorage {
  return {
    getItem: async (key) => storage.getItem(key),
    setItem: async (key, value) => storage.setItem(key, value),
  };
}

/** The globals deviceStorage looks in (OfficeRuntime is not in the DOM's declarations). */
export interface StorageScope {
  OfficeRuntime?: { storage?: AsyncStorageLike };
  localStorage?: SyncStorageLike;
}

/** OfficeRuntime.storage where the host has it, else localStorage, else memory (nothing kept across pages). */
export function deviceStorage(scope: StorageScope = globalThis): QueueStorage {
  const office = scope.OfficeRuntime?.storage;
  if (office) return { getItem: (key) => office.getItem(key), setItem: (key, value) => office.setItem(key, value) };
  try {
    if (scope.localStorage) return fromSyncStorage(scope.localStorage);
  } catch {
    // localStorage throws in some sandboxed frames: fall through to memory.
  }
  return memoryStorage();
}
