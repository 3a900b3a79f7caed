import { createGraphApi } from "../../src/graph/client";
import { GraphFailure } from "../../src/graph/failure";
import { namesForKeys } from "../../src/graph/people";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { startFakeGraphServer, type FakeGraphServer } from "../support/fake-graph-server";

// Names for the dashboard's per-person figures: the directory's ids hashed with the tenant's
// key, matched against the keys of the table, through the real Graph client and the fake
// Graph server on 127.0.0.1 (paged GET /users with $select=id,displayName).

const TENANT_KEY = "dashboard test tenant key, 32 characters or more";
const keyOf = (objectId: string) => pseudonymousUserKey(objectId, TENANT_KEY);

let server: FakeGraphServer;
afterEach(async () => {
  await server?.close();
});

function api(onRequest?: (method: string, url: string) => void) {
  return createGraphApi({ baseUrl: server.baseUrl, tokenSource: { getToken: async () => "test-token" }, retryDelaySeconds: 0, onRequest });
}

test("the keys of the table get their display names; a key nobody in the directory has stays unnamed", async () => {
  server = await startFakeGraphServer({ pageSize: 3 });
  const lisa = await keyOf("user-lisa.wang@contoso.com");
  const chen = await keyOf("USER-chen.zhiming@contoso.com "); // object ids are GUIDs: case and space do not matter
  const gone = await keyOf("user-left.the.company@contoso.com");
  const urls: string[] = [];
  const found = await namesForKeys(api((_m, url) => urls.push(url)), new Set([lisa, chen, gone]), keyOf);
  expect(found.names).toEqual(new Map([[lisa, "Lisa Wang"], [chen, "陳志明"]]));
  expect(found.scanned).toBe(7);
  // Seven users, three a page: three requests, each asking for the id and the name only.
  expect(urls).toHaveLength(3);
  for (const url of urls) expect(decodeURIComponent(url)).toContain("$select=id,displayName");
});

test("no per-person rows: Graph is not asked at all", async () => {
  server = await startFakeGraphServer();
  const urls: string[] = [];
  const found = await namesForKeys(api((_m, url) => urls.push(url)), new Set(), keyOf);
  expect(found).toEqual({ names: new Map(), scanned: 0 });
  expect(urls).toEqual([]);
});

test("a directory the administrator may not read is a GraphFailure the dashboard can show", async () => {
  server = await startFakeGraphServer();
  server.graph.fault({ match: /GET \/users\?/, status: 403, code: "Authorization_RequestDenied", scope: "top" });
  const failure = await namesForKeys(api(), new Set([await keyOf("user-lisa.wang@contoso.com")]), keyOf).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(GraphFailure);
  expect(failure).toMatchObject({ status: 403, code: "Authorization_RequestDenied" });
});
