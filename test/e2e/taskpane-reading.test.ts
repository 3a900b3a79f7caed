import { existsSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { DIST, UI_TIMEOUT, screenshot, startBrowserEnv, watchPageProblems, type BrowserEnv } from "../support/browser";
import { nameLayout } from "../support/rendered-text";
import { launchChromium } from "./calendar-browser";

// What a new user met in the message pane and its playground, measured where it shows: in
// Chromium's layout (right-to-left overrides, line breaks, time zones, wrapping buttons,
// narrow windows), not in the DOM alone.

jest.setTimeout(180_000);

const WORKDAY_10AM = encodeURIComponent("2026-11-24T10:00:00+08:00");
const WORKDAY_22H30 = encodeURIComponent("2026-11-24T22:30:00+08:00");

let env: BrowserEnv;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "playground.html"))) throw new Error("dist-dev/playground.html is missing: run `node scripts/build.js --dev` first (npm test does)");
  env = await startBrowserEnv();
});

afterAll(async () => {
  await env?.close();
});

afterEach(() => {
  expect(env.errors.splice(0)).toEqual([]);
  expect(env.dialogs.splice(0)).toEqual([]);
});

const pane = (page: Page) => page.getByTestId("pane");
const finding = (page: Page, rule: string) => pane(page).locator(`[data-rule="${rule}"]`);

async function ready(page: Page): Promise<Page> {
  await pane(page).locator("[data-testid=check-status]").filter({ hasText: /\d/ }).waitFor({ timeout: UI_TIMEOUT });
  return page;
}

const openPlayground = async (query: string): Promise<Page> => ready(await env.open(`playground.html?${query}`));

/** A page in a browser whose clock is in another zone than the policy's. */
async function openInZone(timeZone: string, query: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser = await launchChromium();
  const context = await browser.newContext({ timezoneId: timeZone, locale: "en-US", viewport: { width: 1400, height: 1000 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  page.on("pageerror", (e) => env.errors.push(`pageerror: ${e.message}`));
  await page.goto(`${env.baseUrl}playground.html?${query}`, { waitUntil: "load" });
  return { page: await ready(page), close: () => browser.close() };
}

describe("right-to-left overrides in user text", () => {
  test("a file name with U+202E cannot reorder the finding around it", async () => {
    const page = await openPlayground(`sample=hostile&now=${WORKDAY_10AM}`);
    const name = `<img src=x onerror=alert("att")>report\u202Efdp.exe`;
    const card = finding(page, "mail/attachments-described").filter({ hasText: "report" });
    await card.first().waitFor();
    const title = card.first().locator(".fui-MessageBarTitle");
    const layout = await nameLayout(title, name);
    expect(layout).toMatchObject({ found: true, nextAfter: true });
    // Outside the pane's own markup: the excerpt quoting a display name with U+202E.
    const recipient = finding(page, "mail/recipients-external").or(finding(page, "mail/politeness")).first();
    if (await recipient.count()) expect((await nameLayout(recipient, "Ma\u202Eliced")).nextAfter).not.toBe(false);
    await screenshot(page, "rtl-isolated");
    await page.close();
  });
});

describe("one time zone per finding, labelled", () => {
  test("in the policy's zone: the message and the button say the same time, with its offset", async () => {
    const page = await openPlayground(`sample=good&now=${WORKDAY_22H30}`);
    const card = finding(page, "mail/send-time");
    await card.waitFor();
    expect(await card.innerText()).toContain("Wed 25 Nov 09:00 GMT+8");
    await expect(card.getByRole("button").first().innerText()).resolves.toBe("Schedule it for Wed 25 Nov 09:00 GMT+8");
    expect(await card.innerText()).not.toContain("policy's time zone");
    await page.close();
  });

  test("a reader in Berlin: Berlin time first, the policy's time beside it, on the card and its button", async () => {
    const { page, close } = await openInZone("Europe/Berlin", `sample=good&now=${WORKDAY_22H30}`);
    try {
      const card = finding(page, "mail/send-time");
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain("Tue 24 Nov 15:30 GMT+1 (Tue 24 Nov 22:30 GMT+8 in the policy's time zone)");
      await expect(card.getByRole("button").first().innerText()).resolves.toBe("Schedule it for Wed 25 Nov 02:00 GMT+1 (Wed 25 Nov 09:00 GMT+8 in the policy's time zone)");
      await screenshot(page, "time-zone-berlin");
    } finally {
      await close();
    }
  });
});

describe("layout of a narrow pane", () => {
  test("every button keeps its label inside itself and its card; long labels wrap", async () => {
    const page = await openPlayground(`sample=en-issues&lang=qps-ploc&now=${WORKDAY_22H30}`);
    // Outlook's narrowest pane.
    await page.addStyleTag({ content: "[data-testid=pane] { flex: 0 0 300px !important; }" });
    await finding(page, "mail/language-typo").waitFor();
    const boxes = await pane(page)
      .locator("[data-testid=findings] button")
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          const card = b.closest("[data-rule]") as HTMLElement;
          const r = b.getBoundingClientRect();
          return { clipped: b.scrollWidth > b.clientWidth + 1, outside: r.right > card.getBoundingClientRect().right + 1, height: r.height, text: b.textContent };
        }),
      );
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.filter((b) => b.clipped || b.outside)).toEqual([]);
    const heights = boxes.map((b) => b.height);
    // A label that does not fit takes a second line inside its button.
    expect(Math.max(...heights)).toBeGreaterThan(Math.min(...heights) + 8);
    await screenshot(page, "buttons-wrap");
    await page.close();
  });

  test("a long address breaks after its hyphens, dots or @, never inside a word", async () => {
    const page = await env.context.newPage();
    page.on("pageerror", (e) => env.errors.push(`pageerror: ${e.message}`));
    const mailbox = "it-communication-policy-feedback-escalations@contoso-international-holdings.com";
    await page.route("**/policy.json", async (route) => {
      const original = await route.fetch();
      await route.fulfill({ response: original, json: { ...(await original.json()), feedbackMailbox: mailbox } });
    });
    await page.goto(`${env.baseUrl}playground.html?sample=good&now=${WORKDAY_10AM}`);
    await ready(page);
    const footer = pane(page).getByTestId("feedback");
    await footer.filter({ hasText: "contoso-international" }).waitFor();
    const layout = await nameLayout(footer, mailbox);
    expect(layout.lines).toBeGreaterThan(1);
    expect(layout.breaksAfter.filter((ch) => !["-", ".", "@", "_"].includes(ch))).toEqual([]);
    await page.close();
  });

  test("Chinese: full-width colon after 原文 and around the counts", async () => {
    const page = await openPlayground(`sample=zh-issues&lang=zh-CN&now=${WORKDAY_10AM}`);
    await finding(page, "mail/language-typo").waitFor();
    const text = await pane(page).innerText();
    expect(text).toContain("原文：");
    expect(text).toMatch(/请确认（\d+）/);
    expect(text).not.toMatch(/[\u4e00-\u9fff][:(]|[:)] ?[\u4e00-\u9fff]/);
    await page.close();
  });

  test("findings of one severity are listed in reading order: subject, recipients, body top to bottom", async () => {
    const page = await openPlayground(`sample=en-issues&now=${WORKDAY_10AM}`);
    await finding(page, "mail/language-typo").waitFor();
    const excerpts = await pane(page).locator("[data-severity=warning] [data-testid=excerpt] q").allInnerTexts();
    const body = await page.getByTestId("body-editor").innerText();
    const positions = excerpts.map((e) => body.indexOf(e)).filter((i) => i >= 0);
    expect(positions.length).toBeGreaterThanOrEqual(3);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    await page.close();
  });
});

describe("the playground itself", () => {
  test("its own controls speak the chosen display language", async () => {
    const page = await openPlayground(`sample=good&now=${WORKDAY_10AM}`);
    await page.getByTestId("lang").selectOption("zh-CN");
    await page.getByRole("heading", { name: "演练场：模拟的 Outlook 撰写窗口" }).waitFor();
    await expect(page.getByTestId("send").innerText()).resolves.toBe("发送");
    await page.getByTestId("lang").selectOption("zh-TW");
    await page.getByRole("heading", { name: "演練場：模擬的 Outlook 撰寫視窗" }).waitFor();
    await expect(page.getByText("主旨", { exact: true }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "playground-zh-TW");
    await page.close();
  });

  test("usable at 760 px: nothing to scroll sideways, the pane under the mail", async () => {
    const page = await env.context.newPage();
    const watch = await watchPageProblems(page);
    await page.setViewportSize({ width: 760, height: 900 });
    await page.goto(`${env.baseUrl}playground.html?sample=en-issues&now=${WORKDAY_10AM}`);
    await ready(page);
    const layout = await page.evaluate(() => {
      const pane = document.querySelector("[data-testid=pane]") as HTMLElement;
      const subject = document.querySelector("[data-testid=subject]") as HTMLElement;
      return { scroll: document.documentElement.scrollWidth, paneWidth: pane.getBoundingClientRect().width, paneTop: pane.getBoundingClientRect().top, subjectBottom: subject.getBoundingClientRect().bottom };
    });
    expect(layout.scroll).toBeLessThanOrEqual(760);
    expect(layout.paneWidth).toBeGreaterThan(600);
    expect(layout.paneTop).toBeGreaterThan(layout.subjectBottom);
    // The page names its icon: no request for a missing /favicon.ico, no console error.
    const icon = await page.evaluate(() => (document.querySelector("link[rel=icon]") as HTMLLinkElement | null)?.href ?? "");
    expect((await page.request.get(icon)).status()).toBe(200);
    expect(watch.problems).toEqual([]);
    await screenshot(page, "playground-760");
    await page.close();
  });
});
