import { STORAGE_KEYS } from "../policy/names";
import { DEFAULT_POLICY, parsePolicyText, type Policy } from "../policy/config";
import { parseTenantPolicy, RULE_IDS } from "../policy/engine";

// The one policy loader of every face: policy.json beside the add-in's pages (IT edits it),
// validated with the engine's schema, and cached with its version so that a send without
// network still uses the last good policy. Built-in defaults are the last resort.
// - The panes call `loadPolicy`: the network first (they refresh the cache when they open),
//   the cache when it fails.
// - The on-send check calls `startPolicyLoad`: the cached copy at once, and policy.json fetched
//   at the same time for the next Send; only a runtime with no cached copy waits on the fetch.

export const POLICY_CACHE_KEY = STORAGE_KEYS.policyCache;

/** Asynchronous key-value storage: OfficeRuntime.storage or a wrapper of localStorage. */
export interface PolicyStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export type PolicySourceKind = "network" | "cache" | "builtin";

export interface LoadedPolicy {
  policy: Policy;
  source: PolicySourceKind;
  /** Why the network copy was not used, when it was not. */
  problem?: "unreachable" | "invalid";
  errors?: string[];
}

interface CachedPolicy {
  version: string;
  savedAt: string;
  policy: unknown;
}

export interface PolicySourceDeps {
  /** Gives the text of policy.json, or rejects. */
  fetchText: () => Promise<string>;
  storage?: PolicyStorage;
  now?: () => Date;
}

function parseText(text: string): ReturnType<typeof parseTenantPolicy> {
  return parsePolicyText(text, RULE_IDS);
}

async function readCache(storage: PolicyStorage | undefined): Promise<Policy | undefined> {
  if (!storage) return undefined;
  try {
    const text = await storage.getItem(POLICY_CACHE_KEY);
    if (!text) return undefined;
    const cached = JSON.parse(text) as CachedPolicy;
    // The cache is validated again: a newer add-in may have changed the schema.
    const parsed = parseTenantPolicy(cached.policy);
    return parsed.ok ? parsed.policy : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(storage: PolicyStorage | undefined, policy: Policy, now: Date): Promise<void> {
  if (!storage) return;
  try {
    const previous = await storage.getItem(POLICY_CACHE_KEY);
    const entry: CachedPolicy = { version: policy.version, savedAt: now.toISOString(), policy };
    const text = JSON.stringify(entry);
    if (previous !== text) await storage.setItem(POLICY_CACHE_KEY, text);
  } catch {
    // A full or missing store only costs the offline fallback.
  }
}

export async function loadPolicy(deps: PolicySourceDeps): Promise<LoadedPolicy> {
  let text: string | undefined;
  try {
    text = await deps.fetchText();
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const parsed = parseText(text);
    if (parsed.ok) {
      await writeCache(deps.storage, parsed.policy, deps.now?.() ?? new Date());
      return { policy: parsed.policy, source: "network" };
    }
    const cached = await readCache(deps.storage);
    return cached
      ? { policy: cached, source: "cache", problem: "invalid", errors: parsed.errors }
      : { policy: DEFAULT_POLICY, source: "builtin", problem: "invalid", errors: parsed.errors };
  }
  const cached = await readCache(deps.storage);
  return cached ? { policy: cached, source: "cache", problem: "unreachable" } : { policy: DEFAULT_POLICY, source: "builtin", problem: "unreachable" };
}

export interface PolicyLoad {
  /** The last good policy from the cache (undefined: none, or it no longer validates). */
  cached: Promise<Policy | undefined>;
  /** policy.json from the network, validated and written to the cache; undefined when unreachable or invalid. */
  fresh: Promise<Policy | undefined>;
  /** Settles once no cache write this load started is still going on (storage only, never the network). */
  writesSettled(): Promise<void>;
}

/**
 * Starts reading the cache and fetching policy.json together. Neither promise rejects; the
 * fetch's own timeout (deps.fetchText) bounds `fresh`.
 */
export function startPolicyLoad(deps: PolicySourceDeps): PolicyLoad {
  let writing: Promise<void> | undefined;
  const cached = readCache(deps.storage);
  const fresh = Promise.resolve()
    .then(() => deps.fetchText())
    .then((text) => {
      const parsed = parseText(text);
      if (!parsed.ok) return undefined;
      writing = writeCache(deps.storage, parsed.policy, deps.now?.() ?? new Date());
      return writing.then(() => parsed.policy);
    })
    .catch(() => undefined);
  return { cached, fresh, writesSettled: () => writing ?? Promise.resolve() };
}

/**
 * The policy for one Send: the cached copy at once when there is a good one (policy.json is
 * fetched meanwhile and refreshes the cache for the next Send); only without one does it wait
 * for the network, bounded by deps.fetchText's own timeout, then the built-in defaults.
 */
export async function loadPolicyForSend(deps: PolicySourceDeps): Promise<LoadedPolicy> {
  const load = startPolicyLoad(deps);
  const cached = await load.cached;
  if (cached) return { policy: cached, source: "cache" };
  const fresh = await load.fresh;
  return fresh ? { policy: fresh, source: "network" } : { policy: DEFAULT_POLICY, source: "builtin", problem: "unreachable" };
}

/** The last good policy from the cache, without the network (e.g. for the time budget). */
export function cachedPolicy(storage: PolicyStorage | undefined): Promise<Policy | undefined> {
  return readCache(storage);
}

interface RuntimeGlobals {
  OfficeRuntime?: { storage?: { getItem(key: string): Promise<string | null>; setItem(key: string, value: string): Promise<void> } };
  localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  fetch?: (url: string, init?: { cache?: string; signal?: unknown }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  AbortController?: new () => { signal: unknown; abort(): void };
  location?: { href: string };
}

/**
 * The storage this runtime has: OfficeRuntime.storage in the JavaScript-only runtime of
 * classic Outlook on Windows, localStorage in a browser runtime.
 */
export function runtimeStorage(g: RuntimeGlobals = globalThis as unknown as RuntimeGlobals): PolicyStorage | undefined {
  const office = g.OfficeRuntime?.storage;
  if (office) return { getItem: (k) => office.getItem(k), setItem: (k, v) => office.setItem(k, v) };
  try {
    const local = g.localStorage;
    if (!local) return undefined;
    return {
      getItem: async (k) => local.getItem(k),
      setItem: async (k, v) => local.setItem(k, v),
    };
  } catch {
    // Some hosts throw on touching localStorage at all.
    return undefined;
  }
}

/** Fetches policy.json beside the page (or the bundle), giving up after `timeoutMs`. */
export function fetchPolicyText(url: string, timeoutMs: number, g: RuntimeGlobals = globalThis as unknown as RuntimeGlobals): Promise<string> {
  const fetchFn = g.fetch;
  if (!fetchFn) return Promise.reject(new Error("fetch is not available"));
  const controller = g.AbortController ? new g.AbortController() : undefined;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller?.abort();
      reject(new Error("policy.json timed out"));
    }, timeoutMs);
    fetchFn(url, { cache: "no-cache", signal: controller?.signal })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`policy.json: HTTP ${response.status}`))))
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/**
 * The folder of an absolute http(s) URL, with its trailing slash ("https://a.b/x/page.html?q"
 * → "https://a.b/x/"); undefined for anything else. Written out because the JavaScript-only
 * runtime of classic Outlook on Windows has no DOM, so no URL class to rely on.
 */
export function folderOf(href: string): string | undefined {
  const scheme = href.indexOf("://");
  if (scheme < 0 || !/^https?$/i.test(href.slice(0, scheme))) return undefined;
  let end = href.length;
  for (const mark of ["?", "#"]) {
    const at = href.indexOf(mark, scheme + 3);
    if (at >= 0 && at < end) end = at;
  }
  const path = href.slice(0, end);
  const firstSlash = path.indexOf("/", scheme + 3);
  if (firstSlash < 0) return `${path}/`;
  return path.slice(0, path.lastIndexOf("/") + 1);
}

export const POLICY_FILE = "policy.json";

/** policy.json on the add-in's own origin, beside the page that runs the check. */
export function policyUrl(g: RuntimeGlobals = globalThis as unknown as RuntimeGlobals, fallbackBase = "https://localhost:3000/"): string {
  const folder = folderOf(g.location?.href ?? "") ?? folderOf(fallbackBase) ?? "https://localhost:3000/";
  return folder + POLICY_FILE;
}
