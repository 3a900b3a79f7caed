import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { DEV_TENANT_KEY, mintDevToken } from "../../src/compliance/dev-token";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { axeViolations, CHROMIUM, CHROMIUM_FLAGS, screenshot, serveStatic, UI_TIMEOUT, watchPageProblems, type StaticServer } from "../support/browser";
import { event, freshDatabase, postJson, startDevService, type TestDatabase, writeDashboardFolder } from "../support/compliance-service";
import { startFakeGraphServer, type FakeGraphServer } from "../support/fake-graph-server";

// The dashboard's per-person names (compliance.perPerson) in Chromium: the service (PGlite)
// sends only pseudonymous keys; on "Show names" the page lists the directory from the fake
// Graph server on 127.0.0.1 through the real Graph client, hashes each id with the tenant's
// key from the policy file, and shows the names it matched — a key the directory does not
// have keeps showing as a key.

jest.setTimeout(300_000);

const LISA = "user-lisa.wang@contoso.com"; // the fake directory's object id for Lisa Wang
const STRANGER = "5e5e5e5e-0000-4000-8000-0000000000ff";

let pageDir: string;
let pages: StaticServer;
let graph: FakeGraphServer;
let database: TestDatabase;
let service: { url: string; close(): Promise<unknown> };
let context: BrowserContext;
let userDataDir: string;

async function seedAs(oid: string, department: string): Promise<void> {
  const user = { userKey: await pseudonymousUserKey(oid, DEV_TENANT_KEY) };
  const events = [event(user, { department, rule: "mail/politeness", action: "shown" }), event(user, { department, rule: "mail/politeness", action: "fixed" })];
  const answer = await postJson(`${service.url}/api/events`, { events }, await mintDevToken({ oid }));
  if (answer.status !== 200) throw new Error(`seeding failed: ${answer.status} ${JSON.stringify(answer.json)}`);
}

beforeAll(async () => {
  pageDir = mkdtempSync(path.join(tmpdir(), "cpa-admin-names-"));
  writeDashboardFolder(pageDir, { version: "e2e", compliance: { perPerson: true, tenantKey: DEV_TENANT_KEY, retentionDays: 400 } });
  pages = await serveStatic(pageDir);
  graph = await startFakeGraphServer({ pageSize: 3 });
  database = await freshDatabase({ kind: "pglite" });
  service = await startDevService(database.db, [pages.url], { perPerson: true });
  await seedAs(LISA, "IT");
  await seedAs(STRANGER, "市场部");
  userDataDir = mkdtempSync(path.join(tmpdir(), "cpa-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1300, height: 1000 } });
  context.setDefaultTimeout(UI_TIMEOUT);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});

afterAll(async () => {
  await context?.close();
  await service?.close();
  await graph?.close();
  await database?.dispose();
  await pages?.close();
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test.each([
  ["en", "Show names from the directory", "Names found for 1 of 2 people"],
  ["zh-CN", "从目录显示姓名", "已找到 2 人中 1 人的姓名"],
])("in %s: keys until asked, then the directory's name where it has one", async (lang, button, status) => {
  const page = await context.newPage();
  const watch = await watchPageProblems(page);
  await page.goto(`${pages.url}/admin.html?lang=${lang}&service=${encodeURIComponent(service.url)}&graph=${encodeURIComponent(graph.baseUrl)}`);
  await page.getByRole("button", { name: /development|开发|開發/ }).click();
  const table = page.getByTestId("people-table");
  await table.waitFor();
  expect(await table.innerText()).not.toContain("Lisa Wang");
  const before = graph.graph.topLevelRequests.length;
  await page.getByRole("button", { name: button }).click();
  await page.getByTestId("names-status").filter({ hasText: status }).waitFor();
  const text = await table.innerText();
  expect(text).toContain("Lisa Wang");
  // The stranger's row still shows a key; the directory was read in pages of three (seven users).
  expect(text.split("\n").filter((line) => /[0-9a-f]{6,}/.test(line))).not.toHaveLength(0);
  expect(graph.graph.topLevelRequests.length - before).toBe(3);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `admin-names-${lang}`);
  expect(watch.problems).toEqual([]);
  await page.close();
});
