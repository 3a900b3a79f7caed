import { loadPolicy, POLICY_CACHE_KEY, policyUrl, runtimeStorage, type PolicyStorage } from "../../src/outlook/policy-source";
import { DEFAULT_POLICY } from "../../src/policy/config";

// policy.json → validated policy, with the last good copy cached for offline sends.

function memoryStorage(initial: Record<string, string> = {}): PolicyStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: async (k) => data.get(k) ?? null, setItem: async (k, v) => void data.set(k, v) };
}

const TENANT = JSON.stringify({ version: "2026-11 IT", internalDomains: ["contoso.com"], failureMode: "block", warningsOnSend: "allow" });

describe("loadPolicy", () => {
  it("uses policy.json from the add-in's origin and caches it with its version", async () => {
    const storage = memoryStorage();
    const loaded = await loadPolicy({ fetchText: async () => TENANT, storage });
    expect(loaded).toMatchObject({ source: "network", policy: { version: "2026-11 IT", failureMode: "block" } });
    expect(JSON.parse(storage.data.get(POLICY_CACHE_KEY)!)).toMatchObject({ version: "2026-11 IT" });
  });

  it("accepts a file saved with a byte-order mark", async () => {
    expect((await loadPolicy({ fetchText: async () => `\uFEFF${TENANT}` })).source).toBe("network");
  });

  it("uses the last good policy when the network is down", async () => {
    const storage = memoryStorage();
    await loadPolicy({ fetchText: async () => TENANT, storage });
    const offline = await loadPolicy({ fetchText: () => Promise.reject(new Error("offline")), storage });
    expect(offline).toMatchObject({ source: "cache", problem: "unreachable", policy: { version: "2026-11 IT" } });
  });

  it("keeps the last good policy when IT publishes a broken file", async () => {
    const storage = memoryStorage();
    await loadPolicy({ fetchText: async () => TENANT, storage });
    const broken = await loadPolicy({ fetchText: async () => '{"version": "2026-12", "failureMode": "sometimes"}', storage });
    expect(broken).toMatchObject({ source: "cache", problem: "invalid", policy: { version: "2026-11 IT" } });
    expect(broken.errors!.join(" ")).toMatch(/failureMode/);
    const notJson = await loadPolicy({ fetchText: async () => "<html>404</html>", storage });
    expect(notJson).toMatchObject({ source: "cache", problem: "invalid" });
  });

  it("falls back to the built-in defaults with neither file nor cache", async () => {
    expect(await loadPolicy({ fetchText: () => Promise.reject(new Error("404")) })).toMatchObject({ source: "builtin", policy: DEFAULT_POLICY });
    expect(await loadPolicy({ fetchText: async () => "{", storage: memoryStorage() })).toMatchObject({ source: "builtin", problem: "invalid" });
  });

  it("ignores a cache that no longer validates, and a store that throws", async () => {
    const stale = memoryStorage({ [POLICY_CACHE_KEY]: JSON.stringify({ version: "old", policy: { rules: { "mail/nope": "error" } } }) });
    expect((await loadPolicy({ fetchText: () => Promise.reject(new Error("x")), storage: stale })).source).toBe("builtin");
    const throwing: PolicyStorage = { getItem: () => Promise.reject(new Error("quota")), setItem: () => Promise.reject(new Error("quota")) };
    expect((await loadPolicy({ fetchText: async () => TENANT, storage: throwing })).source).toBe("network");
  });
});

describe("runtime helpers", () => {
  it("prefers OfficeRuntime.storage, then localStorage", async () => {
    const office = memoryStorage();
    expect(runtimeStorage({ OfficeRuntime: { storage: office } })).toBeDefined();
    const local = new Map<string, string>();
    const s = runtimeStorage({ localStorage: { getItem: (k) => local.get(k) ?? null, setItem: (k, v) => void local.set(k, v) } })!;
    await s.setItem("a", "1");
    expect(await s.getItem("a")).toBe("1");
    expect(runtimeStorage({})).toBeUndefined();
  });

  it("finds policy.json beside the page, or on the configured origin", () => {
    expect(policyUrl({ location: { href: "https://addin.contoso.com/outlook/commands.html" } })).toBe("https://addin.contoso.com/outlook/policy.json");
    expect(policyUrl({}, "https://addin.contoso.com/outlook/")).toBe("https://addin.contoso.com/outlook/policy.json");
  });
});
