import { complianceEventSchema, type ComplianceEvent, type ComplianceEventInput } from "./event";
import { STORAGE_KEYS } from "../policy/names";
import type { QueueStorage } from "./queue-storage";

// The device's queue of events not yet acknowledged by the service. Bounded: beyond `max`
// the oldest are dropped and counted, and the count travels with the next batch so the
// dashboard can show what devices lost. Nothing here may throw at the caller: recording must
// never stand between the user and Send, so storage failures are swallowed and reported.

export const QUEUE_KEY = STORAGE_KEYS.complianceQueue;

export interface QueueState {
  events: ComplianceEvent[];
  /** Dropped since the last acknowledged batch. */
  dropped: number;
}

export interface EventQueue {
  /** Adds events (validated; invalid ones are counted as dropped). Never throws. */
  add(events: readonly ComplianceEventInput[]): Promise<void>;
  /** The oldest `count` events and the drop count to report with them. */
  peek(count: number): Promise<{ events: ComplianceEvent[]; dropped: number }>;
  /** Removes acknowledged events; `reportedDropped` is subtracted from the drop count. */
  ack(ids: readonly string[], reportedDropped: number): Promise<void>;
  state(): Promise<QueueState>;
}

const EMPTY: QueueState = { events: [], dropped: 0 };

function parseState(text: string | null): QueueState {
  if (!text) return EMPTY;
  try {
    const value = JSON.parse(text) as Partial<QueueState>;
    const events = Array.isArray(value.events) ? value.events.filter((e) => complianceEventSchema.safeParse(e).success) : [];
    const dropped = typeof value.dropped === "number" && Number.isFinite(value.dropped) && value.dropped >= 0 ? Math.floor(value.dropped) : 0;
    return { events: events as ComplianceEvent[], dropped };
  } catch {
    return EMPTY; // a damaged queue is started afresh rather than blocking every later event
  }
}

export function createEventQueue(storage: QueueStorage, max = 500): EventQueue {
  // One change at a time within this page; two pages writing at once can lose an add, never duplicate a stored event.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  const read = async (): Promise<QueueState> => {
    try {
      return parseState(await storage.getItem(QUEUE_KEY));
    } catch {
      return EMPTY;
    }
  };
  const write = async (state: QueueState): Promise<void> => {
    try {
      await storage.setItem(QUEUE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or unavailable: the events are lost on this device, Send is not held.
    }
  };

  return {
    add: (inputs) =>
      serial(async () => {
        const state = await read();
        const valid: ComplianceEvent[] = [];
        let invalid = 0;
        for (const input of inputs) {
          const parsed = complianceEventSchema.safeParse(input);
          if (parsed.success) valid.push(parsed.data);
          else invalid++;
        }
        const all = [...state.events, ...valid];
        const over = Math.max(0, all.length - max);
        await write({ events: all.slice(over), dropped: state.dropped + over + invalid });
      }),
    peek: (count) =>
      serial(async () => {
        const state = await read();
        return { events: state.events.slice(0, count), dropped: state.dropped };
      }),
    ack: (ids, reportedDropped) =>
      serial(async () => {
        const state = await read();
        const done = new Set(ids);
        await write({ events: state.events.filter((e) => !done.has(e.id)), dropped: Math.max(0, state.dropped - reportedDropped) });
      }),
    state: () => serial(read),
  };
}
