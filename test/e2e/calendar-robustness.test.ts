import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { startFakeGraphServer, type FakeGraphServer } from "../support/fake-graph-server";
import { sampleDirectory } from "../../src/playground/meeting-graph";
import { launchChromium, SCREENSHOTS, serveDist, type StaticServer } from "./calendar-browser";
import { DIST } from "../support/browser";
import { nameLayout } from "../support/rendered-text";

// Issue 7, the meeting pane under hostile content and a failing Microsoft Graph: no script
// runs from an invitation, every page carries a Content Security Policy, and each Graph fault
// leaves the pane usable with a sentence saying what is missing and why.

jest.setTimeout(120_000);

let browser: Browser;
let site: StaticServer;
let page: Page;
let dialogs: string[];
let pageErrors: string[];

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});
beforeEach(async () => {
  dialogs = [];
  pageErrors = [];
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // CSP violations whose element is inside the pane: the pane itself made markup of content.
  await page.addInitScript(() => {
    const w = window as unknown as { paneViolations: string[] };
    w.paneViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[data-testid="meeting-pane"]')) w.paneViolations.push(`${e.violatedDirective} ${target.outerHTML.slice(0, 80)}`);
    });
  });
});
afterEach(async () => {
  await page?.close();
});

async function open(query: string): Promise<void> {
  await page.goto(`${site.url}/playground-meeting.html?${query}`);
  await page.getByTestId("meeting-pane").waitFor();
  await page.getByTestId("rule-meeting/agenda").waitFor();
}

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `calendar-robustness-${name}.png`), fullPage: true });
const departmentsText = async () => (await page.getByTestId("departments").textContent()) ?? "";
const graphQuery = (server: FakeGraphServer, extra = "") => `lang=en-US&signedIn=1&graph=${encodeURIComponent(server.baseUrl)}${extra}`;

// ---------------------------------------------------------------------------------------
// (1) Hostile content

const RLO = "\u202E";
const ZWSP = "\u200B";
const ZWJ = "\u200D";
const IMG = `<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert('img')">`;
const SCRIPT = `<script>window.__pwned=(window.__pwned||0)+1;alert('script')</script>`;
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const HOSTILE_SUBJECT = `Q3 ${IMG} 预算${ZWSP}评审 ${SCRIPT} ${RLO}txt.exe`;
const HOSTILE_AGENDA_1 = `<img src=x onerror=alert(1)> rollout review`;
const HOSTILE_AGENDA_2 = `<script>alert(2)</script> budget${ZWJ} slides`;
const HOSTILE_NAME = `<img src=x onerror=alert(5)>Mallory ${RLO}gnaW`;
const HOSTILE_ATTACHMENT = `report<script>alert(6)</script>${ZWSP}${RLO}xslx.exe`;
const HOSTILE_BODY = [
  "<html><body>",
  `<div>各位好，${IMG}</div>`,
  `<div>Please read the slides before the meeting.${SCRIPT}</div>`,
  "<div>Agenda:</div>",
  `<div>1. ${escapeHtml(HOSTILE_AGENDA_1)}</div>`,
  `<div>2. ${escapeHtml(HOSTILE_AGENDA_2)}</div>`,
  `<div>Minute-taker: ${escapeHtml(HOSTILE_NAME)}</div>`,
  `<iframe src="javascript:alert(7)"></iframe><svg onload="alert(8)"></svg>`,
  "</body></html>",
].join("");

async function makeHostile(): Promise<void> {
  await page.evaluate(
    ({ subject, body, name, attachment }) => {
      const sim = (window as any).meetingPlayground.sim;
      sim.edit((s: any) => {
        s.subject = subject;
        s.body = { type: "html", content: body };
        s.requiredAttendees = [...s.requiredAttendees, { displayName: name, emailAddress: "mallory@contoso.com", recipientType: "user" }];
        s.attachments = [{ id: "att-hostile", name: attachment, size: 1200, attachmentType: "file", isInline: false }];
      });
    },
    { subject: HOSTILE_SUBJECT, body: HOSTILE_BODY, name: HOSTILE_NAME, attachment: HOSTILE_ATTACHMENT },
  );
  await page.getByTestId("check-again").click();
}

async function expectNothingRan(): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as any).paneViolations)).toEqual([]);
  // Nothing from the invitation became markup in the pane.
  const injected = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="meeting-pane"] :is(script, iframe, object, embed, svg[onload], img[src="x"], [onerror], [onload])')).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(injected).toEqual([]);
}

describe("hostile invitation content", () => {
  it("shows subject, agenda, attendee and attachment names as text; nothing runs", async () => {
    await open("lang=en-US&graph=none");
    await makeHostile();
    // The agenda editor reads the hostile items back as plain text.
    await page.waitForFunction((t) => Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid="agenda-title"]')).some((i) => i.value === t), HOSTILE_AGENDA_1);
    const titles = await page.getByTestId("agenda-title").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(titles).toEqual([HOSTILE_AGENDA_1, HOSTILE_AGENDA_2]);
    // The attendee's display name is an option's text, with its direction override kept as a character.
    const options = await page.getByTestId("minute-taker-select").locator("option").allTextContents();
    // Its right-to-left override is closed by an isolate, so it cannot reverse the text after it.
    expect(options).toContain(`\u2068${HOSTILE_NAME}\u2069 <mallory@contoso.com>`);
    // The attachment name is listed as text, isolated (<bdi>) so its override ends with it.
    await expect(page.getByTestId("materials").locator("bdi").allTextContents()).resolves.toContain(HOSTILE_ATTACHMENT);
    // The pane still checks: markup is no person's name, so no minute-taker is named.
    await page.waitForSelector('[data-testid="rule-meeting/minute-taker"][data-status="error"]');
    await expectNothingRan();
    // Writing the agenda back escapes it: the body gets text, not tags.
    await page.getByTestId("write-agenda").click();
    await page.waitForFunction(() => ((window as any).meetingPlayground.sim.state.body.content as string).includes("rollout review"));
    const html = await page.evaluate(() => (window as any).meetingPlayground.sim.state.body.content as string);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; rollout review");
    expect(html).not.toContain("<img src=x onerror=alert(1)>");
    await expectNothingRan();
    await shot("hostile");
  });

  it("shows hostile directory names and departments from Graph as text", async () => {
    const users = sampleDirectory().map((u) =>
      u.mail === "li.na@contoso.com" ? { ...u, displayName: `李${ZWSP}娜 <img src=x onerror=alert(9)>`, department: `Finance<script>alert(10)</script>${RLO}` } : u,
    );
    const server = await startFakeGraphServer({ users, autoCreateEvents: true, validTokens: ["playground-token"] });
    try {
      await open(graphQuery(server));
      await page.waitForSelector('[data-testid="cross-department"]');
      const text = await departmentsText();
      expect(text).toContain(`Finance<script>alert(10)</script>${RLO}: 李娜`);
      // As laid out: the override in the department's name does not run on into the names after it.
      const department = page.getByTestId("department").filter({ hasText: "李娜" });
      await expect(nameLayout(department, `Finance<script>alert(10)</script>${RLO}`)).resolves.toMatchObject({ found: true, nextAfter: true });
      await expectNothingRan();
    } finally {
      await server.close();
    }
  });
});

// ---------------------------------------------------------------------------------------
// (2) Content Security Policy on every page

describe("Content Security Policy", () => {
  const pages = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".html")) : [];

  it("dist-dev/ has the add-in's pages", () => {
    expect(pages).toEqual(expect.arrayContaining(["calendar.html", "taskpane.html", "commands.html", "playground-meeting.html"]));
  });

  it.each(pages)("%s declares a strict CSP and has no inline script", (file) => {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    // The production build minifies the HTML and drops the quotes around plain attribute values.
    const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(["'])(.*?)\1/i.exec(html);
    expect(meta).not.toBeNull();
    const directives = new Map(
      (meta?.[2] ?? "").split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)] as const),
    );
    const scriptSrc = directives.get("script-src") ?? directives.get("default-src");
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("*");
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toBeDefined();
    // Every <script> loads a file: an inline one would be blocked by the policy anyway.
    const scripts = Array.from(html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi));
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(content.trim()).toBe("");
    }
  });

  it("the served meeting pane enforces it: an injected inline script does not run", async () => {
    await open("lang=en-US&graph=none");
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.appendChild(s);
      return (window as any).__inline === 1;
    });
    expect(ran).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
// (3) Graph faults

describe("Graph faults in the meeting pane", () => {
  let server: FakeGraphServer;
  beforeEach(async () => {
    server = await startFakeGraphServer({ autoCreateEvents: true, validTokens: ["playground-token"] });
  });
  afterEach(async () => {
    await server.close();
  });

  async function expectLocalChecksWork(): Promise<void> {
    expect(await page.getByTestId("rule-meeting/attendees").getAttribute("data-status")).toBe("pass");
    // The agenda editor still writes into the invitation.
    await page.getByTestId("agenda-title").nth(0).fill("Q3 spending review");
    await page.getByTestId("write-agenda").click();
    await page.waitForSelector('[data-testid="rule-meeting/agenda"][data-status="pass"]');
    expect(pageErrors).toEqual([]);
  }

  it("403 (no consent for the directory): says an administrator must consent", async () => {
    server.graph.fault({ match: /POST \/\$batch/, status: 403, times: 20, scope: "top" });
    await open(graphQuery(server));
    await page.waitForFunction(() => /consent/i.test(document.querySelector('[data-testid="departments"]')?.textContent ?? ""));
    const text = await departmentsText();
    expect(text).toMatch(/administrator/i);
    expect(text).toContain("李娜 <li.na@contoso.com>");
    expect(text).not.toContain("Injected 403");
    // Nothing known, so the pane does not claim the meeting is single-department.
    expect(text).not.toContain("one department");
    await expectLocalChecksWork();
    await shot("403");
  });

  it("403 in Chinese", async () => {
    server.graph.fault({ match: /POST \/\$batch/, status: 403, times: 20, scope: "top" });
    await open(`lang=zh-CN&signedIn=1&graph=${encodeURIComponent(server.baseUrl)}`);
    await page.waitForFunction(() => /管理员/.test(document.querySelector('[data-testid="departments"]')?.textContent ?? ""));
  });

  it("404 for one attendee: the others are shown, that one's department is unknown", async () => {
    server.graph.fault({ match: /GET \/users\/chen\.zhiming@contoso\.com/, status: 404, times: 5, scope: "batch" });
    await open(graphQuery(server));
    await page.waitForSelector('[data-testid="cross-department"]');
    const text = await departmentsText();
    expect(text).toContain("Finance: 李娜");
    expect(text).toContain("Department unknown: 陳志明");
    await expectLocalChecksWork();
  });

  it("429 and 503 on the batch are retried (Retry-After) and the departments then appear", async () => {
    server.graph.fault({ match: /POST \/\$batch/, status: 429, retryAfterSeconds: 0, times: 1, scope: "top" });
    server.graph.fault({ match: /POST \/\$batch/, status: 503, retryAfterSeconds: 0, times: 1, scope: "top" });
    await open(graphQuery(server));
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    const batches = server.graph.log.filter((r) => r.path.startsWith("/$batch")).length;
    expect(batches).toBeGreaterThanOrEqual(3);
    expect(await departmentsText()).not.toMatch(/could not/i);
  });

  it("503 that outlasts the retries: says Graph is busy and to check again later", async () => {
    server.graph.fault({ match: /POST \/\$batch/, status: 503, retryAfterSeconds: 0, times: 50, scope: "top" });
    await open(graphQuery(server));
    await page.getByTestId("lookup-problem").waitFor();
    await expect(page.getByTestId("lookup-problem").textContent()).resolves.toMatch(/^Could not look up: .*李娜 <li\.na@contoso\.com>.*busy.*“Check again” later\.$/);
    await expectLocalChecksWork();
  });

  it("a throttled sub-request of the batch is retried", async () => {
    server.graph.fault({ match: /GET \/users\/li\.na@contoso\.com/, status: 429, retryAfterSeconds: 0, times: 1, scope: "batch" });
    await open(graphQuery(server));
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    expect(await departmentsText()).toContain("Finance: 李娜");
  });

  it("malformed JSON: says the answer could not be read; local checks go on", async () => {
    server.graph.fault({ match: /POST \/\$batch/, raw: '{"responses": [ {"id": "0", "status": 200, "body": ', times: 20, scope: "top" });
    await open(graphQuery(server));
    await page.waitForFunction(() => /could not be read|unreadable/i.test(document.querySelector('[data-testid="departments"]')?.textContent ?? ""));
    await expectLocalChecksWork();
    await shot("malformed");
  });

  it("a partly failed $batch: the answered people are shown, the failed ones named with the reason", async () => {
    server.graph.fault({ match: /GET \/users\/chen\.zhiming@contoso\.com/, status: 500, times: 20, scope: "batch" });
    await open(graphQuery(server));
    await page.waitForSelector('[data-testid="cross-department"]');
    const text = await departmentsText();
    expect(text).toContain("Finance: 李娜");
    await expect(page.getByTestId("lookup-problem").allTextContents()).resolves.toEqual(["Could not look up: 陳志明 <chen.zhiming@contoso.com> (HTTP 500)"]);
    // Explained once, not also as "department unknown".
    expect(text).not.toContain("Department unknown");
    await expectLocalChecksWork();
  });

  it("a slow answer: the pane is usable while the directory is asked, then shows it", async () => {
    server.graph.fault({ match: /POST \/\$batch/, delayMs: 4000, times: 1, scope: "top" });
    await open(graphQuery(server));
    // Before the answer: the local checks are there and the editor works.
    expect(await page.getByTestId("departments").getAttribute("data-graph")).not.toBe("ready");
    await page.getByTestId("agenda-title").nth(0).fill("Q3 spending review");
    await page.getByTestId("write-agenda").click();
    await page.waitForSelector('[data-testid="rule-meeting/agenda"][data-status="pass"]');
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]', { timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });
});
