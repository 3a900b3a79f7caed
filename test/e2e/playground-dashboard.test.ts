import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { Page } from "playwright-core";
import { axeViolations, DIST, screenshot, serveStatic, startBrowserEnv, UI_TIMEOUT, type BrowserEnv, type StaticServer } from "../support/browser";
import { freshDatabase, startDevService, type TestDatabase, writeDashboardFolder } from "../support/compliance-service";

// What `npm start` promises: try the playground, open the dashboard, and see what was tried.
// The playground (dist-dev/) records to the compliance service on PGlite; the dashboard
// (dist-dev/admin.html, development sign-in) then shows the same rules, the department and
// the comment, and its counts match the stored events.

jest.setTimeout(300_000);

const WORKDAY_10AM = encodeURIComponent("2026-11-24T10:00:00+08:00");
const COMMENT = "Our product is spelled this way <on purpose>";

let env: BrowserEnv;
let adminDir: string;
let adminPages: StaticServer;
let database: TestDatabase;
let service: { url: string; close(): Promise<unknown> };

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "playground.html"))) throw new Error("dist-dev/playground.html is missing: run `node scripts/build.js --dev` first (npm test does)");
  env = await startBrowserEnv();
  adminDir = mkdtempSync(path.join(tmpdir(), "cpa-admin-"));
  writeDashboardFolder(adminDir, { version: "e2e" });
  adminPages = await serveStatic(adminDir);
  database = await freshDatabase({ kind: "pglite" });
  service = await startDevService(database.db, [env.baseUrl.replace(/\/$/, ""), adminPages.url]);
});

afterAll(async () => {
  await env?.close();
  await service?.close();
  await database?.dispose();
  await adminPages?.close();
  if (adminDir) rmSync(adminDir, { recursive: true, force: true });
});

async function countBy(action: string): Promise<Map<string, number>> {
  const rows = await database.db.query<{ rule: string; n: number }>("SELECT rule, count(*)::int AS n FROM events WHERE action = $1 GROUP BY rule", [action]);
  return new Map(rows.map((r) => [r.rule, r.n]));
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + UI_TIMEOUT;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("the events did not reach the service");
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function tryThePlayground(): Promise<void> {
  const page = await env.open(`playground.html?sample=en-issues&lang=en-US&now=${WORKDAY_10AM}&service=${encodeURIComponent(service.url)}`);
  const pane = page.getByTestId("pane");
  const typo = pane.locator('[data-rule="mail/language-typo"]').first();
  await typo.waitFor();
  await pane.getByTestId("recording-notice").waitFor();
  await typo.getByTestId("report-wrong").click();
  await typo.getByTestId("report-comment").fill(COMMENT);
  await typo.getByTestId("report-comment").press("Enter");
  await typo.getByTestId("reported").waitFor();
  // Apply the first fix offered anywhere in the pane.
  const fix = pane.locator("[data-rule] [role=group] button").first();
  const fixedRule = await fix.evaluate((el) => el.closest("[data-rule]")?.getAttribute("data-rule") ?? "");
  await fix.click();
  await pane.getByTestId("status").filter({ hasText: /\S/ }).waitFor();
  await waitFor(async () => (await countBy("reported-wrong")).get("mail/language-typo") === 1 && ((await countBy("fixed")).get(fixedRule) ?? 0) >= 1);
  await page.close();
}

async function openDashboard(): Promise<Page> {
  const page = await env.context.newPage();
  await page.goto(`${adminPages.url}/admin.html?lang=en&service=${encodeURIComponent(service.url)}`);
  await page.getByRole("button", { name: /development/ }).click();
  const dashboard = page.locator("[data-testid=dashboard]:not([data-status=loading]):not([data-status=signed-out])");
  await dashboard.waitFor();
  expect({ status: await dashboard.getAttribute("data-status"), text: (await dashboard.innerText()).slice(0, 300) }).toMatchObject({ status: "ready" });
  return page;
}

test("what was tried in the playground is on the dashboard", async () => {
  await tryThePlayground();
  const shown = await countBy("shown");
  expect(shown.size).toBeGreaterThan(0);
  const page = await openDashboard();
  const rows = page.getByTestId("rule-table").locator("[data-rule]");
  const rules = await rows.evaluateAll((list) => list.map((r) => r.getAttribute("data-rule")));
  expect(rules.sort()).toEqual([...shown.keys()].sort());
  // The rule reported wrong once out of its shown count: a rate above 0 % in its row.
  const typoRow = await page.getByTestId("rule-table").locator('[data-rule="mail/language-typo"]').locator("td").allInnerTexts();
  expect(typoRow[4]).not.toMatch(/^0(\.0)?\s?%$/);
  expect(await page.getByTestId("department-table").innerText()).toContain("研发部");
  expect(await page.getByTestId("reason-text").allInnerTexts()).toContain(COMMENT);
  await screenshot(page, "dashboard-after-playground");
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
  expect(env.errors.splice(0)).toEqual([]);
});
