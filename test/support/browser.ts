import { mkdtempSync, mkdirSync, rmSync } from "fs";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

// Browser tests drive Debian's Chromium (`apt-get install chromium`) through playwright-core,
// against the development output dist-dev/ (the production pages plus the playground and the
// simulated mailbox; `node scripts/build.js --dev`, which `npm test` runs) served by a tiny
// static server on 127.0.0.1 (a free port). One browser per test
// file; each test waits on DOM state, never on sleeps. Shared by the message and meeting tests.
//
//   const env = await startBrowserEnv();            // beforeAll
//   const page = await env.open("playground.html?sample=good");
//   await env.close();                              // afterAll

const { createStaticServer } = require("../../scripts/static-server") as {
  createStaticServer: (root: string) => import("http").Server;
};

export const ROOT = path.join(__dirname, "..", "..");
/** The development output the browser tests load (dist/ is the production output: no playground). */
export const DIST = path.join(ROOT, "dist-dev");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Generous: two cores, a cold Chromium and a development bundle. */
export const UI_TIMEOUT = 30_000;

export interface BrowserEnv {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  /** Console errors and page errors seen so far (a test may assert none). */
  errors: string[];
  /** Dialogs (alert/confirm) that opened: hostile content must never open one. */
  dialogs: string[];
  open(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  url: string;
  close(): Promise<void>;
}

/** Serves a folder (dist-dev/ by default) on a free port of 127.0.0.1 with the project's static server. */
export async function serveStatic(root = DIST): Promise<StaticServer> {
  const server = createStaticServer(root);
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export async function startBrowserEnv(): Promise<BrowserEnv> {
  const server = await serveStatic(DIST);
  const userDataDir = mkdtempSync(path.join(tmpdir(), "cpa-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 1000 },
    timezoneId: "Asia/Shanghai",
    locale: "en-US",
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  // Nothing leaves the machine: the pages load only from the test server.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const browser = context.browser() as Browser;
  const errors: string[] = [];
  const dialogs: string[] = [];
  const baseUrl = `${server.url}/`;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    baseUrl,
    browser,
    context,
    errors,
    dialogs,
    async open(pathAndQuery) {
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(baseUrl + pathAndQuery, { waitUntil: "load" });
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Writes a full-page screenshot to test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core in the page and returns its violations (id, impact, help, targets). */
export async function axeViolations(page: Page, include?: string): Promise<Array<{ id: string; impact?: string | null; help: string; targets: string[] }>> {
  const source = require("fs").readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") as string;
  // Evaluated through the DevTools protocol: the page's Content Security Policy forbids inline scripts.
  await page.evaluate(source);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are a documented
    // false positive of aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses
    // it, microsoft/accessibility-insights-web#7605): they only pass focus on. Nothing else is excluded.
    const context = { include: selector ? [[selector]] : [["html"]], exclude: [["[data-tabster-dummy]"]] };
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, include ?? null);
}

export interface PageProblems {
  /** Page errors, console errors and frames the page attached. */
  problems: string[];
  /** Content Security Policy violations the page reported (zod's eval probe aside). */
  cspViolations: () => Promise<string[]>;
}

/** Starts recording, before the page's first script runs, everything that must not happen on it. */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("frameattached", (f) => problems.push(`frame: ${f.url()}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });
  return {
    problems,
    // zod's own `new Function` probe is reported as an eval violation though zod catches it.
    cspViolations: async () =>
      ((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])) as string[]).filter((v) => !v.startsWith("script-src eval ")),
  };
}
