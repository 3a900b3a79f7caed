import { createGraphApi, GraphFailure, type GraphApi, type TokenSource } from "../../src/graph/client";
import { createDirectoryService } from "../../src/graph/directory";
import { buildDepartmentView } from "../../src/graph/departments";
import { customPropertiesId, PROPERTY_MINUTES_OF, readCustomProperty } from "../../src/graph/extended-properties";
import { createMinutesDraft, createTodoService, readMeetingFromEvent, saveMeetingToEvent, type MeetingPolicyData } from "../../src/graph/meeting-services";
import { parseDeploymentConfig } from "../../src/graph/config";
import type { FakeUser } from "../../src/playground/meeting-graph";
import { startFakeGraphServer, type FakeGraphServer } from "../support/fake-graph-server";

const ADDIN = "7c1d6a2e-4b1f-4e2a-9d7e-3f0a5b6c7d8e";

function staticToken(token = "good-token"): TokenSource & { calls: { forceRefresh?: boolean }[] } {
  const calls: { forceRefresh?: boolean }[] = [];
  return {
    calls,
    getToken: async (options) => {
      calls.push(options ?? {});
      return options?.forceRefresh ? "fresh-token" : token;
    },
  };
}

/** 40 people in four departments, each with a manager who is also in the directory. */
function bigDirectory(): FakeUser[] {
  const heads: FakeUser[] = ["IT", "Finance", "Sales", "HR"].map((d) => ({ displayName: `Head ${d}`, mail: `head.${d.toLowerCase()}@contoso.com`, department: d }));
  const people: FakeUser[] = Array.from({ length: 40 }, (_, i) => {
    const d = ["IT", "Finance", "Sales", "HR"][i % 4];
    return { displayName: `Person ${i}`, mail: `person${i}@contoso.com`, department: d, manager: `head.${d.toLowerCase()}@contoso.com` };
  });
  return [...heads, ...people];
}

const forty = Array.from({ length: 40 }, (_, i) => `person${i}@contoso.com`);
const noSleep = async () => undefined;

let server: FakeGraphServer;
let api: GraphApi;
let requests: string[];

function makeApi(tokenSource: TokenSource = staticToken()): GraphApi {
  return createGraphApi({ baseUrl: server.baseUrl, tokenSource, retryDelaySeconds: 0, maxRetries: 3, onRequest: (m, u) => requests.push(`${m} ${u}`) });
}

beforeEach(async () => {
  server = await startFakeGraphServer({ users: bigDirectory(), me: "person0@contoso.com", validTokens: ["good-token", "fresh-token"], pageSize: 2 });
  requests = [];
  api = makeApi();
});
afterEach(async () => {
  await server.close();
});

describe("directory look-ups", () => {
  it("looks up 40 attendees in 2 batch requests and re-checks for free", async () => {
    const directory = createDirectoryService(api, { sleep: noSleep });
    const first = await directory.lookUp(forty);
    expect(requests).toHaveLength(2);
    expect(requests.every((r) => r.startsWith("POST ") && r.endsWith("/v1.0/$batch"))).toBe(true);
    expect(first.entries.size).toBe(40);
    expect(first.failed.size).toBe(0);
    expect(first.entries.get("person5@contoso.com")).toEqual({
      address: "person5@contoso.com",
      found: true,
      displayName: "Person 5",
      department: "Finance",
      manager: { name: "Head Finance", address: "head.finance@contoso.com" },
    });
    const again = await directory.lookUp([...forty].reverse().map((a) => a.toUpperCase()));
    expect(requests).toHaveLength(2);
    expect(again.entries.size).toBe(40);
  });

  it("never puts more than 20 requests in a batch", async () => {
    const directory = createDirectoryService(api, { sleep: noSleep });
    await directory.lookUp([...forty, "head.it@contoso.com", "head.hr@contoso.com"]);
    const batches = server.graph.topLevelRequests.map((r) => (r.body as { requests: unknown[] }).requests.length);
    expect(batches).toEqual([20, 20, 2]);
  });

  it("retries throttled sub-requests once, in one more batch: 40 attendees cost at most 3 requests", async () => {
    server.graph.fault({ match: /GET \/users\/person(3|17|33)@/, status: 429, retryAfterSeconds: 1, times: 3, scope: "batch" });
    const waits: number[] = [];
    const directory = createDirectoryService(api, { sleep: async (ms) => void waits.push(ms) });
    const result = await directory.lookUp(forty);
    expect(requests).toHaveLength(3);
    expect(waits).toEqual([1000]);
    expect(result.failed.size).toBe(0);
    expect(result.entries.get("person17@contoso.com")?.department).toBe("Finance");
  });

  it("gives up on a person throttled twice, keeps the others, and tries that person again on the next check", async () => {
    server.graph.fault({ match: /GET \/users\/person7@/, status: 503, times: 2, scope: "batch" });
    const directory = createDirectoryService(api, { sleep: noSleep });
    const result = await directory.lookUp(forty);
    expect(requests).toHaveLength(3);
    expect(result.entries.size).toBe(39);
    expect(result.failed.get("person7@contoso.com")?.status).toBe(503);
    const later = await directory.lookUp(forty);
    expect(requests).toHaveLength(4);
    expect(later.failed.size).toBe(0);
  });

  it("remembers people the directory does not know (404) without failing", async () => {
    const directory = createDirectoryService(api, { sleep: noSleep });
    const result = await directory.lookUp(["partner@fabrikam.com", "person1@contoso.com"]);
    expect(result.entries.get("partner@fabrikam.com")).toEqual({ address: "partner@fabrikam.com", found: false });
    await directory.lookUp(["partner@fabrikam.com"]);
    expect(requests).toHaveLength(1);
  });

  it("reports a 403 inside the batch as a failure of that person, not of the look-up", async () => {
    server.graph.fault({ match: /GET \/users\/person2@/, status: 403, code: "Authorization_RequestDenied", scope: "batch" });
    const result = await createDirectoryService(api, { sleep: noSleep }).lookUp(["person1@contoso.com", "person2@contoso.com"]);
    expect(result.entries.has("person1@contoso.com")).toBe(true);
    expect(result.failed.get("person2@contoso.com")?.code).toBe("Authorization_RequestDenied");
  });

  it("retries a throttled $batch itself after Retry-After (the client's RetryHandler)", async () => {
    server.graph.fault({ match: /POST \/\$batch/, status: 429, retryAfterSeconds: 0, scope: "top" });
    const result = await createDirectoryService(api, { sleep: noSleep }).lookUp(["person1@contoso.com"]);
    expect(requests).toHaveLength(2);
    expect(result.entries.get("person1@contoso.com")?.department).toBe("Finance");
  });

  it("turns a batch that keeps failing with 503 into failures of its people, never an exception", async () => {
    server.graph.fault({ match: /POST \/\$batch/, status: 503, retryAfterSeconds: 0, times: 10, scope: "top" });
    const result = await createDirectoryService(api, { sleep: noSleep }).lookUp(["person1@contoso.com"]);
    expect(requests).toHaveLength(4); // the first try and 3 retries
    expect(result.failed.get("person1@contoso.com")?.status).toBe(503);
  });

  it("survives a malformed $batch answer", async () => {
    server.graph.fault({ match: /POST \/\$batch/, raw: "{\"responses\": [", status: 200, scope: "top" });
    const result = await createDirectoryService(api, { sleep: noSleep }).lookUp(["person1@contoso.com"]);
    expect(result.entries.size).toBe(0);
    expect(result.failed.has("person1@contoso.com")).toBe(true);
  });

  it("shares one look-up between two checks that overlap", async () => {
    server.graph.fault({ match: /POST \/\$batch/, delayMs: 150, scope: "top" });
    const directory = createDirectoryService(api, { sleep: noSleep });
    const [a, b] = await Promise.all([directory.lookUp(["person1@contoso.com"]), directory.lookUp(["person1@contoso.com"])]);
    expect(requests).toHaveLength(1);
    expect(a.entries.get("person1@contoso.com")).toEqual(b.entries.get("person1@contoso.com"));
  });
});

describe("the client", () => {
  it("asks for a fresh token once after a 401 and succeeds with it", async () => {
    const tokens = staticToken("expired-token");
    const me = await makeApi(tokens).get<{ mail: string }>("/me");
    expect(me.mail).toBe("person0@contoso.com");
    expect(tokens.calls).toEqual([{}, { forceRefresh: true }]);
  });

  it("reports a 401 that a fresh token does not cure as needing sign-in", async () => {
    const failing: TokenSource = { getToken: async () => "nobody" };
    const error = await makeApi(failing).get("/me").catch((e) => e);
    expect(error).toBeInstanceOf(GraphFailure);
    expect((error as GraphFailure).needsSignIn).toBe(true);
  });

  it("reports a token source that cannot sign in silently without calling Graph", async () => {
    const none: TokenSource = { getToken: async () => { throw new GraphFailure("sign in first", 0, "needsSignIn"); } };
    const error = (await makeApi(none).get("/me").catch((e) => e)) as GraphFailure;
    expect(error.needsSignIn).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it("reports 404 with Graph's error code", async () => {
    const error = (await api.get("/users/ghost@contoso.com").catch((e) => e)) as GraphFailure;
    expect(error.status).toBe(404);
    expect(error.code).toBe("Request_ResourceNotFound");
  });

  it("reports a network failure as status 0", async () => {
    const offline = createGraphApi({ baseUrl: "http://127.0.0.1:9/", tokenSource: staticToken(), retryDelaySeconds: 0 });
    const error = (await offline.get("/me").catch((e) => e)) as GraphFailure;
    expect(error).toBeInstanceOf(GraphFailure);
    expect(error.status).toBe(0);
  });

  it("follows @odata.nextLink across pages and refuses links to another host", async () => {
    const lists = await api.getAll<{ id: string }>("/me/todo/lists");
    expect(lists.map((l) => l.id)).toEqual(["list-flagged", "list-groceries", "list-tasks"]);
    expect(requests).toHaveLength(2);
    server.graph.root = "https://evil.example.com/v1.0";
    const error = (await api.getAll("/me/todo/lists").catch((e) => e)) as GraphFailure;
    expect(error.code).toBe("foreignNextLink");
  });

  it("refuses a batch of more than 20 requests before sending it", async () => {
    const requests21 = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET" as const, url: "/me" }));
    await expect(api.batch(requests21)).rejects.toMatchObject({ code: "batchTooLarge" });
    expect(requests).toHaveLength(0);
  });
});

describe("departments", () => {
  it("names a meeting across departments cross-department with the attendees' managers as heads", async () => {
    const directory = createDirectoryService(api, { sleep: noSleep });
    const attendees = ["person0@contoso.com", "person4@contoso.com", "person1@contoso.com", "partner@fabrikam.com"].map((address) => ({ address }));
    const { entries } = await directory.lookUp(attendees.map((a) => a.address));
    const view = buildDepartmentView(attendees, entries);
    expect(view.crossDepartment).toBe(true);
    expect(view.departments.map((d) => [d.name, d.members.length, d.heads.map((h) => h.address)])).toEqual([
      ["Finance", 1, ["head.finance@contoso.com"]],
      ["IT", 2, ["head.it@contoso.com"]],
    ]);
    expect(view.unknown.map((p) => p.address)).toEqual(["partner@fabrikam.com"]);
    expect(view.heads.map((h) => h.address)).toEqual(["head.finance@contoso.com", "head.it@contoso.com"]);
  });

  it("prefers the policy file's department heads to the managers", async () => {
    const { entries } = await createDirectoryService(api, { sleep: noSleep }).lookUp(["person0@contoso.com", "person1@contoso.com"]);
    const view = buildDepartmentView([{ address: "person0@contoso.com" }, { address: "person1@contoso.com" }], entries, { it: ["cio@contoso.com"] });
    expect(view.departments.find((d) => d.name === "IT")).toMatchObject({ headsFrom: "policy", heads: [{ address: "cio@contoso.com" }] });
  });

  it("a meeting within one department is not cross-department", async () => {
    const { entries } = await createDirectoryService(api, { sleep: noSleep }).lookUp(["person0@contoso.com", "person4@contoso.com"]);
    expect(buildDepartmentView([{ address: "person0@contoso.com" }, { address: "person4@contoso.com" }], entries).crossDepartment).toBe(false);
  });
});

describe("meeting data, To Do and the minutes draft", () => {
  const data: MeetingPolicyData = {
    v: 1,
    agenda: [{ title: "Q3 回顾", minutes: 15, owner: "王伟" }, { title: "Q4 plan" }],
    minuteTaker: { name: "李娜", address: "li.na@contoso.com" },
    urgentReason: "生产故障复盘",
    departmentHeads: [{ address: "head.it@contoso.com" }],
    minutesDue: "2026-11-27",
  };

  it("writes the reminder and the policy data on the event and reads them back", async () => {
    server.graph.addEvent("AAMkEvent1=", { subject: "Q3 预算评审会" });
    await saveMeetingToEvent(api, "AAMkEvent1=", { data, reminderMinutes: 10, addInId: ADDIN });
    const stored = server.graph.events.get("AAMkEvent1=");
    expect(stored).toMatchObject({ isReminderOn: true, reminderMinutesBeforeStart: 10 });
    expect(stored?.singleValueExtendedProperties?.[0].id).toBe(`String {00020329-0000-0000-C000-000000000046} Name cecp-${ADDIN}`);
    expect(await readMeetingFromEvent(api, "AAMkEvent1=", ADDIN)).toEqual({ reminderMinutes: 10, data });
  });

  it("reads an event without our property, or with a broken one, as having no data", async () => {
    server.graph.addEvent("e2", { singleValueExtendedProperties: [{ id: customPropertiesId(ADDIN), value: "{not json" }] });
    expect((await readMeetingFromEvent(api, "e2", ADDIN)).data).toBeUndefined();
    server.graph.addEvent("e3");
    expect((await readMeetingFromEvent(api, "e3", ADDIN)).data).toBeUndefined();
  });

  it("reports a missing event as 404", async () => {
    await expect(saveMeetingToEvent(api, "nope", { data, reminderMinutes: 5, addInId: ADDIN })).rejects.toMatchObject({ status: 404 });
  });

  it("creates the minutes task in the default To Do list (found across pages once per session)", async () => {
    const todo = createTodoService(api);
    await todo.createTask({ title: "Minutes of Q3 review: send to attendees and department heads", dueDate: "2026-11-27", timeZone: "China Standard Time" });
    await todo.createTask({ title: "Minutes of Q4 kickoff: send to attendees and department heads", dueDate: "2026-11-30", timeZone: "China Standard Time" });
    const tasks = server.graph.tasks.get("list-tasks") ?? [];
    expect(tasks.map((t) => [t.title, t.dueDateTime])).toEqual([
      ["Minutes of Q3 review: send to attendees and department heads", { dateTime: "2026-11-27T00:00:00", timeZone: "China Standard Time" }],
      ["Minutes of Q4 kickoff: send to attendees and department heads", { dateTime: "2026-11-30T00:00:00", timeZone: "China Standard Time" }],
    ]);
    expect(requests.filter((r) => r.includes("/todo/lists?") || r.endsWith("/todo/lists"))).toHaveLength(2);
  });

  it("creates the minutes draft with the meeting linked through the custom-properties property", async () => {
    const link = { subject: "Q3 预算评审会", start: "2026-11-26T06:00:00Z", end: "2026-11-26T07:00:00Z", attendees: [{ address: "person1@contoso.com" }], departmentHeads: [{ address: "head.it@contoso.com" }], minutesDue: "2026-11-30" };
    const id = await createMinutesDraft(api, { subject: "会议纪要：Q3 预算评审会", html: "<p>纪要</p>", to: link.attendees, cc: link.departmentHeads, link, addInId: ADDIN });
    const message = server.graph.messages.find((m) => m.id === id);
    expect(message?.toRecipients).toEqual([{ emailAddress: { address: "person1@contoso.com" } }]);
    const value = message?.singleValueExtendedProperties?.[0].value;
    expect(JSON.parse(String(readCustomProperty(value, PROPERTY_MINUTES_OF)))).toEqual(link);
  });
});

describe("deployment configuration", () => {
  it("accepts a complete file and reports a broken one without failing", () => {
    expect(parseDeploymentConfig({ clientId: "11111111-2222-3333-4444-555555555555", tenantId: "contoso.onmicrosoft.com" }).config.clientId).toBe("11111111-2222-3333-4444-555555555555");
    const broken = parseDeploymentConfig({ clientId: "my-app" });
    expect(broken.config.clientId).toBeUndefined();
    expect(broken.problem).toMatch(/clientId/);
  });
});
