import type * as Config from "../../src/policy/config";
import type * as PolicySource from "../../src/outlook/policy-source";

// The on-send bundle reads policy files with src/on-send/no-config-errors.ts in place of
// src/policy/config-errors.ts (scripts/onsend/build.js): the same files must be accepted and
// refused, an accepted one giving the same policy, and a refused one must still mean the
// cached or built-in policy with its failureMode.

interface Modules {
  config: typeof Config;
  source: typeof PolicySource;
}

function load(lite: boolean): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    if (lite) jest.doMock("../../src/policy/config-errors", () => jest.requireActual("../../src/on-send/no-config-errors"));
    else jest.dontMock("../../src/policy/config-errors");
    modules = { config: require("../../src/policy/config"), source: require("../../src/outlook/policy-source") };
  });
  return modules!;
}

const lite = load(true);
const full = load(false);

const GOOD = { version: "2026-11 IT", internalDomains: ["contoso.com"], failureMode: "block" };
const FILES: Record<string, string> = {
  "a valid file": JSON.stringify(GOOD),
  "a valid file with a byte-order mark": `\uFEFF${JSON.stringify(GOOD)}`,
  "an empty object": "{}",
  "an unknown failureMode": JSON.stringify({ ...GOOD, failureMode: "sometimes" }),
  "a misspelt key": JSON.stringify({ ...GOOD, failurMode: "block" }),
  "a misspelt rule id": JSON.stringify({ ...GOOD, rules: { "mail/subjct-format": "error" } }),
  "a number where a list belongs": JSON.stringify({ ...GOOD, internalDomains: 7 }),
  "many problems at once": JSON.stringify(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`key${i}`, i]))),
  "not JSON": "<html>404</html>",
  "truncated JSON": '{"version": "2026-12"',
  "an array": "[]",
  "null": "null",
};

describe("the on-send policy reader without problem texts", () => {
  it.each(Object.entries(FILES))("accepts or refuses %s as the full reader does", (_name, text) => {
    const ours = lite.config.parsePolicyText(text, ["mail/subject-format"]);
    const theirs = full.config.parsePolicyText(text, ["mail/subject-format"]);
    expect(ours.ok).toBe(theirs.ok);
    if (ours.ok && theirs.ok) expect(ours.policy).toEqual(theirs.policy);
    if (!ours.ok && !theirs.ok) {
      expect(ours.problems.length).toBeGreaterThan(0);
      expect(ours.errors).toHaveLength(ours.problems.length);
      // Each problem keeps its key path for the log.
      expect(ours.problems.map((p) => p.path.join("."))).toEqual(expect.arrayContaining(theirs.problems.slice(0, 1).map((p) => p.path.join("."))));
    }
  });

  it("says where a refused file is wrong, in English, for the log", () => {
    const refused = lite.config.parsePolicyText(FILES["an unknown failureMode"]!, []);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.join(" ")).toMatch(/failureMode/);
    // The stand-in is what was read (the full reader names the allowed values).
    if (!refused.ok) expect(refused.problems[0]!.code).toBe("invalid");
    const theirs = full.config.parsePolicyText(FILES["an unknown failureMode"]!, []);
    if (!theirs.ok) expect(theirs.problems[0]!.code).toBe("oneOf");
    const rule = lite.config.parsePolicyText(FILES["a misspelt rule id"]!, ["mail/subject-format"]);
    if (!rule.ok) expect(rule.errors.join(" ")).toMatch(/mail\/subjct-format/);
  });

  it("falls back to the cached policy, or the built-in defaults, when policy.json is invalid", async () => {
    const data = new Map<string, string>();
    const storage = { getItem: async (k: string) => data.get(k) ?? null, setItem: async (k: string, v: string) => void data.set(k, v) };
    const first = await lite.source.loadPolicy({ fetchText: async () => FILES["a valid file"]!, storage });
    expect(first).toMatchObject({ source: "network", policy: { failureMode: "block" } });
    const broken = await lite.source.loadPolicy({ fetchText: async () => FILES["an unknown failureMode"]!, storage });
    expect(broken).toMatchObject({ source: "cache", problem: "invalid", policy: { version: "2026-11 IT", failureMode: "block" } });
    const none = await lite.source.loadPolicy({ fetchText: async () => FILES["not JSON"]! });
    expect(none).toMatchObject({ source: "builtin", problem: "invalid", policy: lite.config.DEFAULT_POLICY });
    expect(none.policy.failureMode).toBe(full.config.DEFAULT_POLICY.failureMode);
  });

  it("keeps refusing a cached copy that no longer validates", async () => {
    const stale = { getItem: async () => JSON.stringify({ version: "old", policy: { rules: { "mail/nope": "error" } } }), setItem: async () => undefined };
    const load = lite.source.startPolicyLoad({ fetchText: () => Promise.reject(new Error("offline")), storage: stale });
    expect(await load.cached).toBeUndefined();
  });
});
