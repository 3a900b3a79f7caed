import { HANDLER_NAMES } from "../../src/on-send/names";
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
});
