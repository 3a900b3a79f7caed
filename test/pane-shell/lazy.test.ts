import { lazyGraphApi, lazySignInSession } from "../../src/graph/lazy";
import type { GraphApi } from "../../src/graph/failure";
import type { SignInSession } from "../../src/graph/auth";
import { withEngineData } from "../../src/pane-shell/pane-policy";
import { policySchema } from "../../src/policy/config";

// What the panes load on demand (webpack puts each behind its own chunk): nothing folds text
// before OpenCC's tables are there, public holidays come only for a tenant outside CN, and
// MSAL and the Graph SDK load once, on the first call that needs them.

describe("OpenCC's tables in a pane", () => {
  test("the stand-in refuses to fold before its tables are loaded, then folds like the package", async () => {
    jest.resetModules();
    const lazy = await import("../../src/pane-shell/opencc-lazy");
    const convert = lazy.Converter({ from: "tw", to: "cn" });
    expect(() => convert("後")).toThrow(/not loaded yet/);
    await expect(lazy.loadOpenCC()).resolves.toBe(true);
    expect(convert("後臺維護")).toBe("后台维护");
    expect(lazy.Locale).toHaveProperty("to");
  });
});

describe("public holidays in a pane", () => {
  test("unknown before the chunk is loaded; loaded for a tenant outside CN only", async () => {
    jest.resetModules();
    const lazy = await import("../../src/pane-shell/public-holidays-lazy");
    expect(new lazy.default().getCountries()).toEqual({});
    expect(lazy.needsPublicHolidays("CN")).toBe(false);
    expect(lazy.needsPublicHolidays("de")).toBe(true);
    await expect(lazy.loadPublicHolidays()).resolves.toBe(true);
    const holidays = new lazy.default();
    expect(Object.keys(holidays.getCountries())).toContain("DE");
    holidays.init("DE");
    expect(holidays.getHolidays(2026).some((h) => h.date.startsWith("2026-12-25"))).toBe(true);
  });

  test("the panes' policy loader waits for what the tenant's country needs", async () => {
    const loaded = await withEngineData({ policy: policySchema.parse({ holidays: { country: "DE" } }), source: "network" });
    expect(loaded.policy.holidays.country).toBe("DE");
  });
});

describe("Microsoft Graph on first use", () => {
  test("the client is created once, on the first request, and every call reaches it", async () => {
    let created = 0;
    const calls: string[] = [];
    const real: GraphApi = {
      get: async <T>(p: string) => (calls.push(`get ${p}`), { p } as T),
      getAll: async <T>(p: string) => (calls.push(`getAll ${p}`), [] as T[]),
      post: async <T>(p: string) => (calls.push(`post ${p}`), {} as T),
      patch: async (p: string) => (calls.push(`patch ${p}`), undefined),
      batch: async (r) => (calls.push(`batch ${r.length}`), []),
    };
    const api = lazyGraphApi(async () => {
      created++;
      return real;
    });
    expect(created).toBe(0);
    await Promise.all([api.get("/me"), api.batch([{ id: "1", method: "GET", url: "/me" }]), api.patch("/me/events/1", {})]);
    await api.getAll("/me/todo/lists");
    expect(created).toBe(1);
    expect(calls.sort()).toEqual(["batch 1", "get /me", "getAll /me/todo/lists", "patch /me/events/1"]);
  });

  test("the sign-in session loads MSAL on the first token or sign-in, and says signed out before", async () => {
    let loads = 0;
    const real: SignInSession = { method: "naa", isSignedIn: () => true, getToken: async () => "t", getTokenFor: async () => "t2", signIn: async () => undefined };
    const session = lazySignInSession(async () => {
      loads++;
      return real;
    });
    expect(session.isSignedIn()).toBe(false);
    expect(session.method).toBe("none");
    await expect(session.getToken()).resolves.toBe("t");
    await expect(session.getTokenFor(["Mail.ReadWrite"], true)).resolves.toBe("t2");
    expect(loads).toBe(1);
    expect(session.isSignedIn()).toBe(true);
    expect(session.method).toBe("naa");
  });
});
