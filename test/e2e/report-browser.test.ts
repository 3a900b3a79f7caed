import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, SCREENSHOTS, axeViolations, watchPageProblems } from "../support/browser";
import { buildCli } from "../support/built-cli";

// The HTML report as an administrator opens it: a file on disk, offline, in Chromium. Its
// charts are there, it asks for nothing over the network, its own CSP reports no violation,
// and axe-core finds no accessibility problem, in English and in both Chinese scripts.

jest.setTimeout(240_000);

const FIXTURES = path.join(__dirname, "..", "fixtures", "report");
let outDir: string;
let work: string;
let browser: Browser;

function writeReport(lang: string, extra: string[] = []): string {
  const out = path.join(work, `report-${lang}.html`);
  execFileSync(process.execPath, [path.join(outDir, "cli.js"), "report", "--lang", lang, "--jobs", "2", "--policy", path.join(FIXTURES, "policy-current.json"), "--directory", path.join(FIXTURES, "people.csv"), "--out", out, ...extra, path.join(FIXTURES, "mixed")], { stdio: "pipe" });
  return out;
}

beforeAll(async () => {
  outDir = buildCli("report-browser");
  work = mkdtempSync(path.join(os.tmpdir(), "cpa-report-html-"));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  for (const dir of [outDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<{ page: Page; requests: string[]; problems: Awaited<ReturnType<typeof watchPageProblems>> }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  const url = `file://${file}`;
  page.on("request", (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  const problems = await watchPageProblems(page);
  await page.goto(url, { waitUntil: "load" });
  return { page, requests, problems };
}

it.each([
  ["en", ["--compare", path.join(FIXTURES, "policy-proposed.json")], "Communication policy compliance report"],
  ["zh-CN", ["--compare", path.join(FIXTURES, "policy-proposed.json")], "沟通规范合规报告"],
  ["zh-TW", [], "溝通規範合規報告"],
])("%s: charts, no request, no CSP violation, no axe violation", async (lang, extra, title) => {
  const { page, requests, problems } = await open(writeReport(lang, extra));
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const charts = page.locator("figure svg[role=img]");
  expect(await charts.count()).toBeGreaterThanOrEqual(4);
  // Each chart has a text alternative: its label, and the table of its numbers it points to.
  for (const svg of await charts.all()) {
    expect(await svg.getAttribute("aria-label")).toMatch(/\S/);
    const table = await svg.getAttribute("aria-describedby");
    expect(await page.locator(`#${table}`).count()).toBe(1);
  }
  // The chart text is drawn in a CJK font where Chinese is shown.
  const family = await page.locator("figure svg").first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain("Noto Sans CJK SC");
  expect(requests).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.problems).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, `report-${lang}.png`), fullPage: false });
  await page.close();
});
