import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DEV_TENANT_KEY, mintDevToken } from "../../src/compliance/dev-token";
import { DEFAULT_DIMENSIONS } from "../../src/compliance/scorecard";
import { pseudonymousUserKey } from "../../src/compliance/user-key";
import { buildService } from "../../src/server/app";
import { createVerifier } from "../../src/server/auth";
import { axeViolations, CHROMIUM, CHROMIUM_FLAGS, DIST, SCREENSHOTS, screenshot, serveStatic, UI_TIMEOUT, watchPageProblems, type StaticServer } from "../support/browser";
import { event, freshDatabase, postJson, type TestDatabase } from "../support/compliance-service";

// The compliance dashboard in Chromium against the real service (PGlite) on 127.0.0.1. The
// page is a development build of admin.html (made here into a temporary folder), because
// only a development build has the development sign-in; the service trusts its key because
// this is not a production build of the service. Every state is checked with axe-core.

jest.setTimeout(420_000);

const HOSTILE_REASON = `<img src=x onerror="document.title='owned'"><script>document.title='owned'</script>'); DROP TABLE events;--`;

let pageDir: string;
let pages: StaticServer;
let database: TestDatabase;
let service: { url: string; close(): Promise<unknown> };
let context: BrowserContext;
let userDataDir: string;

async function seed(): Promise<void> {
  const oid = "5e5e5e5e-0000-4000-8000-000000000001";
  const user = { userKey: await pseudonymousUserKey(oid, DEV_TENANT_KEY) };
  const token = await mintDevToken({ oid });
  const today = Date.now();
  const daysAgo = (d: number) => new Date(today - d * 86_400_000).toISOString();
  const events = [
    ...[1, 8, 15].flatMap((d) => [
      event(user, { department: "市场部", rule: "mail/politeness", action: "shown", time: daysAgo(d) }),
      event(user, { department: "IT", rule: "mail/send-time", action: "shown", time: daysAgo(d) }),
    ]),
    event(user, { department: "市场部", rule: "mail/politeness", action: "fixed", time: daysAgo(1) }),
    event(user, { department: "IT", rule: "mail/send-time", action: "sent-despite", reason: "客户在美国，时差", time: daysAgo(2) }),
    event(user, { department: "IT", rule: "mail/subject-present", severity: "error", action: "blocked", time: daysAgo(3) }),
    event(user, { department: "IT", rule: "mail/subject-present", severity: "error", action: "reported-wrong", reason: HOSTILE_REASON, time: daysAgo(3) }),
  ];
  const answer = await postJson(`${service.url}/api/events`, { events }, token);
  if (answer.status !== 200) throw new Error(`seeding failed: ${answer.status} ${JSON.stringify(answer.json)}`);
}

beforeAll(async () => {
  pageDir = mkdtempSync(path.join(tmpdir(), "cpa-admin-"));
  // The dashboard of the development output (dist-dev/, which npm test builds): it has the
  // development sign-in that the production output leaves out.
  if (!existsSync(path.join(DIST, "admin.html"))) throw new Error("dist-dev/admin.html is missing: run `node scripts/build.js --dev` first (npm test does)");
  // admin.js and the chunks it loads (the development sign-in is one).
  const files = ["admin.html", ...readdirSync(DIST).filter((f) => f.endsWith(".js"))];
  for (const file of files) copyFileSync(path.join(DIST, file), path.join(pageDir, file));
  // The files an IT department puts beside the page: no Entra app yet (development sign-in), a policy with its version.
  writeFileSync(path.join(pageDir, "config.json"), "{}");
  writeFileSync(path.join(pageDir, "policy.json"), JSON.stringify({ version: "e2e", compliance: { retentionDays: 400 } }));
  pages = await serveStatic(pageDir);
  database = await freshDatabase({ kind: "pglite" });
  const app = await buildService({
    db: database.db,
    verify: createVerifier({ tenantId: "unused", audiences: ["unused"], jwksUrl: "http://127.0.0.1:9/keys", adminRole: "Compliance.Admin", allowDevTokens: true }),
    tenantKey: DEV_TENANT_KEY,
    perPerson: false,
    retentionDays: 400,
    dimensions: DEFAULT_DIMENSIONS,
    corsOrigins: [pages.url],
    rateLimitPerMinute: 1000,
  });
  service = { url: await app.listen({ host: "127.0.0.1", port: 0 }), close: () => app.close() };
  await seed();
  userDataDir = mkdtempSync(path.join(tmpdir(), "cpa-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1300, height: 1000 }, acceptDownloads: true });
  context.setDefaultTimeout(UI_TIMEOUT);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});

afterAll(async () => {
  await context?.close();
  await service?.close();
  await database?.dispose();
  await pages?.close();
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function openSignedIn(lang: string, serviceUrl = service.url): Promise<{ page: Page; problems: string[]; csp: () => Promise<string[]> }> {
  const page = await context.newPage();
  const watch = await watchPageProblems(page);
  await page.goto(`${pages.url}/admin.html?lang=${lang}&service=${encodeURIComponent(serviceUrl)}`);
  await page.getByTestId("dashboard").waitFor();
  await page.getByRole("button", { name: /development|开发|開發/ }).click();
  await page.locator("[data-testid=dashboard]:not([data-status=loading]):not([data-status=signed-out])").waitFor();
  return { page, problems: watch.problems, csp: watch.cspViolations };
}

test.each([
  ["en", "Findings per rule", "Politeness"],
  ["zh-CN", "各规则的提示", "礼貌性"],
  ["zh-TW", "各規則的提示", "禮貌性"],
])("the dashboard in %s shows rules, departments, trends, the scorecard and the reasons", async (lang, rulesHeading, politeness) => {
  const { page, problems, csp } = await openSignedIn(lang);
  expect(await page.getByTestId("dashboard").getAttribute("data-status")).toBe("ready");
  expect(await page.getByRole("heading", { name: rulesHeading }).count()).toBe(1);
  const rules = await page.getByTestId("rule-table").locator("[data-rule]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-rule")));
  expect(rules.sort()).toEqual(["mail/politeness", "mail/send-time", "mail/subject-present"]);
  expect(await page.getByTestId("rule-table").locator('[data-rule="mail/subject-present"]').innerText()).toContain("100");
  expect(await page.getByTestId("department-table").innerText()).toContain("市场部");
  expect(await page.getByTestId("scorecard-table").innerText()).toContain(politeness);
  // Both charts are drawn in the page as SVG.
  expect(await page.getByTestId("trend-chart").locator("svg").count()).toBeGreaterThan(0);
  expect(await page.getByTestId("outcome-chart").locator("svg").count()).toBeGreaterThan(0);
  // The hostile reason is shown as the text it is, and nothing of it ran.
  const reasons = await page.getByTestId("reason-text").allInnerTexts();
  expect(reasons).toContain(HOSTILE_REASON);
  expect(reasons).toContain("客户在美国，时差");
  expect(await page.getByTestId("reasons-table").locator("img, script").count()).toBe(0);
  expect(await page.title()).not.toBe("owned");
  await screenshot(page, `admin-${lang}`);
  expect(await axeViolations(page)).toEqual([]);
  expect(await csp()).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

test("the CSV export downloads the stored events", async () => {
  const { page } = await openSignedIn("en");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const file = path.join(SCREENSHOTS, "..", "admin-export.csv");
  await download.saveAs(file);
  const csv = readFileSync(file, "utf8");
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("id,time,department");
  expect(csv).toContain("客户在美国，时差");
  rmSync(file);
  await page.close();
});

test("an unreachable service is said so, in the user's language, and the page stays usable", async () => {
  const { page, problems } = await openSignedIn("zh-CN", "http://127.0.0.1:9");
  expect(await page.getByTestId("dashboard").getAttribute("data-status")).toBe("unreachable");
  expect(await page.getByTestId("dashboard").innerText()).toContain("无法连接合规服务");
  await screenshot(page, "admin-unreachable");
  expect(await axeViolations(page)).toEqual([]);
  // The failed fetch is reported by Chromium as a console error; nothing else may be.
  expect(problems.filter((p) => !p.includes("ERR_CONNECTION_REFUSED") && !p.includes("Failed to load resource"))).toEqual([]);
  await page.close();
});
