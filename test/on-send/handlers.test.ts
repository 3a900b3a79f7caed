import { HANDLER_NAMES } from "../../src/on-send/names";
import { POLICY_CACHE_KEY } from "../../src/outlook/policy-source";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// The production wiring: policy.json from the add-in's origin, the real engine, the features of
// the running client, registered under the manifest's names.

type FetchMock = jest.Mock<Promise<{ ok: boolean; status: number; text: () => Promise<string> }>, [string, unknown?]>;

let fake: OfficeFake;
let fetchMock: FetchMock;

function register(policyText: string | undefined, item = fakeMessage({ subject: "" })) {
  fake = installOfficeFake({ item, displayLanguage: "zh-TW" });
  fetchMock = jest.fn(async (_url: string, _init?: unknown) => (policyText === undefined ? { ok: false, status: 404, text: async () => "" } : { ok: true, status: 200, text: async () => policyText }));
  (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
  jest.isolateModules(() => {
    require("../../src/on-send/index");
  });
}

afterEach(() => {
  fake.uninstall();
  jest.useRealTimers();
  delete (globalThis as unknown as { fetch?: unknown }).fetch;
});

describe("registered on-send handlers", () => {
  it("fetch policy.json beside the runtime's own file and block a mail without a subject", async () => {
    register(JSON.stringify({ version: "test" }));
    const completion = await fake.sim.runLaunchEvent(HANDLER_NAMES.mail);
    expect(fetchMock.mock.calls[0][0]).toBe("https://localhost:3000/policy.json");
    expect(completion.options).toMatchObject({ allowEvent: false, cancelLabel: "修正" });
    expect(String(completion.options?.errorMessage)).toContain("郵件主旨為空");
    expect(fake.wavesBeforeCompletion()).toBe(2); // the reads, then the stamp
  });

  it("follow the tenant's rule settings from policy.json", async () => {
    register(JSON.stringify({ version: "test", rules: { "mail/subject-present": "off" }, warningsOnSend: "allow" }));
    const completion = await fake.sim.runLaunchEvent(HANDLER_NAMES.mail);
    expect(String(completion.options?.errorMessage ?? "")).not.toContain("郵件主旨為空");
  });

  it("still check, with the built-in policy, when policy.json is missing", async () => {
    register(undefined);
    const completion = await fake.sim.runLaunchEvent(HANDLER_NAMES.mail);
    expect(completion.options?.allowEvent).toBe(false);
    expect(fake.completions()).toHaveLength(1);
  });

  it("decide with a good cached policy at once while the network never answers, and refresh the cache when it does", async () => {
    jest.useFakeTimers();
    fake = installOfficeFake({ item: fakeMessage({ subject: "" }), displayLanguage: "zh-TW" });
    const cachedPolicy = { version: "cached", rules: { "mail/subject-present": "off" } };
    fake.sim.storage.set(POLICY_CACHE_KEY, JSON.stringify({ version: "cached", savedAt: "2026-11-30T00:00:00Z", policy: cachedPolicy }));
    let answer: (text: string) => void = () => undefined;
    fetchMock = jest.fn((_url: string, _init?: unknown) => new Promise((resolve) => (answer = (text) => resolve({ ok: true, status: 200, text: async () => text }))));
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    jest.isolateModules(() => {
      require("../../src/on-send/index");
    });
    const event = fake.launchEvent();
    void fake.sim.actions.get(HANDLER_NAMES.mail)!(event);
    await jest.advanceTimersByTimeAsync(50);
    // Decided on the cached policy (the subject rule off), long before policy.json's 1.5 s timeout.
    expect(event.completions).toHaveLength(1);
    expect(String(event.completions[0].options?.errorMessage ?? "")).not.toContain("郵件主旨為空");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    answer(JSON.stringify({ version: "fresh" }));
    await jest.advanceTimersByTimeAsync(10);
    expect(JSON.parse(fake.sim.storage.get(POLICY_CACHE_KEY) ?? "{}").version).toBe("fresh");
  });

  it("wait for policy.json only without a cached copy, then fall back to the built-in policy", async () => {
    jest.useFakeTimers();
    fake = installOfficeFake({ item: fakeMessage({ subject: "" }), displayLanguage: "en-US" });
    fetchMock = jest.fn((_url: string, _init?: unknown) => new Promise(() => undefined));
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    jest.isolateModules(() => {
      require("../../src/on-send/index");
    });
    const event = fake.launchEvent();
    void fake.sim.actions.get(HANDLER_NAMES.mail)!(event);
    await jest.advanceTimersByTimeAsync(1400);
    expect(event.completions).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(200);
    expect(event.completions).toHaveLength(1);
    expect(String(event.completions[0].options?.errorMessage)).toContain("The subject is empty");
  });
});
