import type { User } from "@microsoft/microsoft-graph-types";
import type { Person } from "../policy/types";
import { GraphFailure, MAX_BATCH_SIZE, type BatchRequest, type BatchResponse, type GraphApi } from "./failure";

// Per-attendee directory look-ups (department and manager) through JSON $batch, with a
// cache that lives as long as the pane: one GET /users/{upn}?$expand=manager per attendee,
// packed 20 to a batch, so 40 attendees cost 2 requests, plus at most one more batch that
// retries the sub-requests the service throttled. Re-checking the same attendees costs none.
//
// GET /users/{id | userPrincipalName} with $select and $expand=manager($select=...) is
// documented for v1.0 (user-get, user-list-manager); reading another user's department and
// manager needs the delegated permission User.Read.All (User.ReadBasic.All does not include
// department).

export interface DirectoryEntry {
  /** The address the entry was looked up with, lower case. */
  address: string;
  found: boolean;
  displayName?: string;
  department?: string;
  manager?: Person;
}

export interface DirectoryLookup {
  entries: Map<string, DirectoryEntry>;
  /** Addresses that could not be looked up (throttled twice, forbidden, server error). */
  failed: Map<string, GraphFailure>;
}

const USER_SELECT = "id,displayName,mail,userPrincipalName,department";
const MANAGER_SELECT = "id,displayName,mail,userPrincipalName,department";

function userUrl(address: string): string {
  return `/users/${encodeURIComponent(address)}?$select=${USER_SELECT}&$expand=manager($select=${MANAGER_SELECT})`;
}

function toEntry(address: string, user: User): DirectoryEntry {
  const manager = user.manager as User | null | undefined;
  const managerAddress = manager?.mail ?? manager?.userPrincipalName ?? undefined;
  return {
    address,
    found: true,
    displayName: user.displayName ?? undefined,
    department: user.department?.trim() || undefined,
    manager: managerAddress ? { name: manager?.displayName ?? undefined, address: managerAddress } : undefined,
  };
}

function errorOf(response: BatchResponse): GraphFailure {
  const body = response.body as { error?: { code?: string; message?: string } } | undefined;
  return new GraphFailure(body?.error?.message ?? `status ${response.status}`, response.status, body?.error?.code ?? `http${response.status}`);
}

function retryAfterSeconds(responses: BatchResponse[]): number {
  let seconds = 0;
  for (const r of responses) {
    const header = Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === "retry-after")?.[1];
    const value = Number(header);
    if (Number.isFinite(value)) seconds = Math.max(seconds, value);
  }
  return Math.min(seconds, 10);
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const isTransient = (status: number) => status === 429 || status === 503 || status === 504;

export interface DirectoryService {
  /** Looks up every address not yet in the session cache. Never throws for a single person. */
  lookUp(addresses: readonly string[]): Promise<DirectoryLookup>;
  /** What the cache knows (for rendering before a look-up finishes). */
  cached(address: string): DirectoryEntry | undefined;
}

export interface DirectoryServiceOptions {
  /** Waits between the first pass and the retry of throttled sub-requests; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export function createDirectoryService(api: GraphApi, options: DirectoryServiceOptions = {}): DirectoryService {
  const cache = new Map<string, DirectoryEntry>();
  const pending = new Map<string, Promise<void>>();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function runBatches(addresses: string[], failed: Map<string, GraphFailure>): Promise<BatchResponse[]> {
    const transient: BatchResponse[] = [];
    const results = await Promise.all(
      chunk(addresses, MAX_BATCH_SIZE).map(async (group) => {
        const requests: BatchRequest[] = group.map((address, i) => ({ id: String(i), method: "GET", url: userUrl(address) }));
        try {
          return { group, responses: await api.batch(requests) };
        } catch (error) {
          const failure = error instanceof GraphFailure ? error : new GraphFailure(String(error), 0, "networkError");
          for (const address of group) failed.set(address, failure);
          return { group, responses: [] as BatchResponse[] };
        }
      }),
    );
    for (const { group, responses } of results) {
      const byId = new Map(responses.map((r) => [r.id, r]));
      group.forEach((address, i) => {
        const response = byId.get(String(i));
        if (!response) {
          if (!failed.has(address)) failed.set(address, new GraphFailure("no answer in the batch", 0, "missingBatchResponse"));
          return;
        }
        if (response.status >= 200 && response.status < 300 && response.body && typeof response.body === "object") {
          cache.set(address, toEntry(address, response.body as User));
          failed.delete(address);
        } else if (response.status === 404) {
          cache.set(address, { address, found: false });
          failed.delete(address);
        } else {
          failed.set(address, errorOf(response));
          if (isTransient(response.status)) transient.push({ ...response, id: address });
        }
      });
    }
    return transient;
  }

  async function fetchMissing(addresses: string[], failed: Map<string, GraphFailure>): Promise<void> {
    const throttled = await runBatches(addresses, failed);
    if (throttled.length === 0) return;
    // Sub-requests of a batch are not retried by the RetryHandler (the batch itself was a 200):
    // wait as long as the service asked, then one more batch for those only.
    await sleep(retryAfterSeconds(throttled) * 1000);
    await runBatches(
      throttled.map((r) => r.id),
      failed,
    );
  }

  return {
    cached: (address) => cache.get(address.trim().toLowerCase()),
    async lookUp(addresses) {
      const wanted = Array.from(new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@"))));
      const failed = new Map<string, GraphFailure>();
      const inFlight = wanted.filter((a) => pending.has(a)).map((a) => pending.get(a) as Promise<void>);
      const missing = wanted.filter((a) => !cache.has(a) && !pending.has(a));
      if (missing.length > 0) {
        const work = fetchMissing(missing, failed);
        const settled = work.finally(() => missing.forEach((a) => pending.delete(a)));
        missing.forEach((a) => pending.set(a, settled));
        await settled;
      }
      await Promise.all(inFlight);
      const entries = new Map<string, DirectoryEntry>();
      for (const address of wanted) {
        const entry = cache.get(address);
        if (entry) entries.set(address, entry);
        else if (!failed.has(address)) failed.set(address, new GraphFailure("not looked up", 0, "unknown"));
      }
      return { entries, failed };
    },
  };
}
