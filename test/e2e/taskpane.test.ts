import { existsSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { DIST, UI_TIMEOUT, axeViolations, screenshot, startBrowserEnv, watchPageProblems, type BrowserEnv } from "../support/browser";

// The message pane in Chromium, through the playground (the simulated Office.js mailbox beside
// the real pane bundle). Every wait is on DOM state; one browser for the whole file.

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
  // No script error and no alert/confirm from any page, whatever the test did.
  const errors = env.errors.splice(0);
  const dialogs = env.dialogs.splice(0);
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
});

async function openPlayground(query: string): Promise<Page> {
  const page = await env.open(`playground.html?${query}`);
  await page.getByTestId("pane").locator("[data-testid=check-status]").filter({ hasText: /\d/ }).waitFor({ timeout: UI_TIMEOUT });
  return page;
}

const pane = (page: Page) => page.getByTestId("pane");
const finding = (page: Page, rule: string) => pane(page).locator(`[data-rule="${rule}"]`);

/** The body's text as a reader sees it, from the simulated item. */
function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const state = (window as unknown as { playground: { sim: { state: { body: { content: string } } } } }).playground.sim.state;
    const div = document.createElement("div");
    div.innerHTML = state.body.content;
    div.querySelectorAll("br").forEach((br) => br.replaceWith("\n"));
    div.querySelectorAll("div,p").forEach((block) => block.append("\n"));
    return (div.textContent ?? "").replace(/\u00a0/g, " ");
  });
}

const lines = (text: string): string[] => text.split("\n").map((l) => l.trim()).filter((l) => l !== "");

function expectLinesKept(before: string[], after: string[]): void {
  let k = 0;
  for (const line of after) if (k < before.length && line === before[k]) k++;
  expect(before.slice(k)).toEqual([]);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe("findings in each language", () => {
  test.each([
    ["en-issues", "en-US", "Please review", "recieve", "§2.2.3 Body", "en"],
    ["zh-issues", "zh-CN", "请确认", "按装", "§2.2.3 邮件正文", "zh-CN"],
    ["zh-tw", "zh-TW", "請確認", "按裝", "§2.2.3 郵件正文", "zh-TW"],
  ])("%s in %s", async (sample, lang, group, excerpt, clause, shot) => {
    const page = await openPlayground(`sample=${sample}&lang=${lang}&now=${WORKDAY_10AM}`);
    await finding(page, "mail/language-typo").first().waitFor();
    const text = await pane(page).innerText();
    expect(text).toContain(group);
    expect(text).toContain(excerpt);
    expect(text).toContain(clause);
    expect(await page.locator("html").getAttribute("lang")).toMatch(lang === "en-US" ? /^en/ : /^zh/);
    await screenshot(page, `findings-${shot}`);
    await expectNoAxeViolations(page);
    await page.close();
  });

  test("a mail that follows the policy says so plainly", async () => {
    const page = await openPlayground(`sample=good&now=${WORKDAY_10AM}`);
    await pane(page).getByTestId("all-clear").waitFor();
    await expect(pane(page).getByTestId("feedback").innerText()).resolves.toContain("comm-feedback@contoso.com");
    await screenshot(page, "all-clear");
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe("one-click fixes keep every word the user wrote", () => {
  test("replace a typo and slang, insert the attachment list: each applied, original text intact", async () => {
    const page = await openPlayground(`sample=en-issues&now=${WORKDAY_10AM}`);
    const original = await bodyText(page);

    await finding(page, "mail/language-typo").getByRole("button", { name: /receive/ }).click();
    await finding(page, "mail/language-typo").waitFor({ state: "detached" });
    expect(await bodyText(page)).toBe(original.replace("recieve", "receive"));
    await pane(page).getByTestId("status").filter({ hasText: "Replaced “recieve” with “receive”." }).waitFor();

    const slang = finding(page, "mail/language-slang").filter({ hasText: "thx" });
    await slang.getByRole("button", { name: /thanks/ }).click();
    await slang.waitFor({ state: "detached" });
    const afterReplacements = original.replace("recieve", "receive").replace("thx", "thanks");
    expect(await bodyText(page)).toBe(afterReplacements);

    await finding(page, "mail/attachments-described").getByRole("button", { name: /^Insert an attachment list/ }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=body-editor]")?.textContent?.includes("Attachments:"));
    const after = await bodyText(page);
    expectLinesKept(lines(afterReplacements), lines(after));
    expect(lines(after)).toEqual(expect.arrayContaining(["Attachments:", "1. Q3-budget-v2.xlsx —"]));
    // The list goes before the sign-off.
    expect(lines(after).indexOf("Attachments:")).toBeLessThan(lines(after).indexOf("Thanks,"));
    await screenshot(page, "fixes-applied");
    await page.close();
  });

  test("the attachment list: before the closing and the name, once; its button withdrawn once the list is there", async () => {
    const page = await openPlayground(`sample=zh-tw&lang=zh-TW&now=${WORKDAY_10AM}`);
    const described = finding(page, "mail/attachments-described");
    await described.first().waitFor();
    const before = await pane(page).locator("[data-rule]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-rule")));
    await described.first().getByRole("button", { name: /附件清單/ }).first().click();
    await page.waitForFunction(() => document.querySelector("[data-testid=body-editor]")?.textContent?.includes("附件："));
    await pane(page).getByTestId("status").filter({ hasText: "附件清單已插入郵件" }).waitFor();
    const after = lines(await bodyText(page));
    // The mail still ends with its sign-off and the sender's name.
    expect(after.slice(-2)).toEqual(["謝謝", "Tom"]);
    expect(after.indexOf("附件：")).toBeLessThan(after.indexOf("謝謝"));
    // No new finding (no "no closing action", no "missing sign-off"), and no second list on offer.
    await pane(page).locator("[data-testid=check-status]").filter({ hasText: /\d/ }).waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-testid=pane] [data-rule='mail/attachments-described'] button"));
    const now = await pane(page).locator("[data-rule]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-rule")));
    expect(now.filter((r) => !before.includes(r))).toEqual([]);
    expect(after.filter((l) => l === "附件：")).toHaveLength(1);
    await screenshot(page, "attachment-list-zh-TW");
    await page.close();
  });

  test("the keyboard alone applies a fix (focus, Enter)", async () => {
    const page = await openPlayground(`sample=zh-issues&lang=zh-CN&now=${WORKDAY_10AM}`);
    const original = await bodyText(page);
    const button = finding(page, "mail/language-typo").getByRole("button", { name: /安装/ }).first();
    await button.focus();
    await page.keyboard.press("Enter");
    await finding(page, "mail/language-typo").waitFor({ state: "detached" });
    expect(await bodyText(page)).toBe(original.replace("按装", "安装"));
    await page.close();
  });

  test("insert at the cursor: the template lands where the caret is", async () => {
    const page = await openPlayground(`sample=it-report&now=${WORKDAY_10AM}`);
    const original = await bodyText(page);
    const editor = page.getByTestId("body-editor");
    // Caret at the end of "Hi team,".
    await editor.locator("div").first().click();
    await page.keyboard.press("End");
    await pane(page).getByRole("button", { name: "Insert", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=body-editor]")?.textContent?.includes("I am writing to"));
    const after = lines(await bodyText(page));
    expectLinesKept(lines(original), after);
    expect(after.indexOf("I am writing to")).toBe(after.indexOf("Hi team,") + 1);
    await page.close();
  });

  test("add a person the mail asks but does not send to (the address typed by the user)", async () => {
    const page = await openPlayground(`sample=mentioned&now=${WORKDAY_10AM}`);
    const original = await bodyText(page);
    const mentioned = finding(page, "mail/recipients-mentioned");
    await mentioned.waitFor();
    await mentioned.getByRole("textbox").fill("wang.wei@contoso.com");
    await mentioned.getByRole("button", { name: /王伟/ }).click();
    await mentioned.waitFor({ state: "detached" });
    await expect(page.getByTestId("recipients-to").inputValue()).resolves.toContain("wang.wei@contoso.com");
    expect(await bodyText(page)).toBe(original);
    await page.close();
  });

  test("schedule the send for the next working start, then cancel it", async () => {
    const page = await openPlayground(`sample=good&now=${WORKDAY_22H30}`);
    const sendTime = finding(page, "mail/send-time");
    await sendTime.waitFor();
    await sendTime.getByRole("button", { name: /Schedule it for/ }).click();
    const bar = pane(page).getByTestId("schedule-bar");
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(/Wed|Nov 25/);
    await expect(page.getByTestId("delivery").inputValue()).resolves.not.toBe("Send now");
    await screenshot(page, "scheduled");
    await bar.getByRole("button", { name: "Cancel the schedule" }).click();
    await bar.waitFor({ state: "detached" });
    await page.close();
  });

  test("a client without the API gets no button, only what to do by hand", async () => {
    const page = await openPlayground(`sample=good&now=${WORKDAY_22H30}&mailbox=1.12`);
    const sendTime = finding(page, "mail/send-time");
    await sendTime.waitFor();
    expect(await sendTime.getByRole("button").count()).toBe(0);
    expect(await sendTime.innerText()).toContain("please make it yourself: Schedule it for Wed 25 Nov 09:00 GMT+8.");
    await page.close();
  });
});

describe("opening from a blocked send", () => {
  test("Send is blocked, Fix opens the pane on the findings with the held-back line", async () => {
    const page = await openPlayground(`sample=good&now=${WORKDAY_10AM}`);
    const to = page.getByTestId("recipients-to");
    await to.fill("");
    await to.press("Enter");
    await finding(page, "mail/recipients-present").waitFor();
    await page.getByTestId("send").click();
    const dialog = page.getByTestId("send-dialog");
    await dialog.waitFor();
    await screenshot(page, "send-blocked-dialog");
    await dialog.getByTestId("dialog-fix").click();
    // The dialog keeps the page aria-hidden until its closing transition ends: wait for it, or
    // axe (below) reads the whole page as hidden.
    await dialog.waitFor({ state: "detached" });
    const banner = pane(page).getByTestId("held-banner");
    await banner.waitFor();
    expect(await banner.innerText()).toContain("Your mail was not sent");
    const first = pane(page).locator("[data-rule]").first();
    expect(await first.getAttribute("data-rule")).toBe("mail/recipients-present");
    expect(await first.getAttribute("data-held")).toBe("true");
    await screenshot(page, "opened-from-blocked-send");
    await expectNoAxeViolations(page);

    // Fixing what held it back turns the line into "press Send again".
    await to.fill("Lisa Wang <lisa.wang@contoso.com>");
    await to.press("Enter");
    await banner.filter({ hasText: "Press Send again" }).waitFor();
    await page.getByTestId("send").click();
    await page.getByTestId("sent").waitFor();
    await page.close();
  });

  test("warnings only: held once with Send Anyway", async () => {
    const page = await openPlayground(`sample=en-issues&now=${WORKDAY_10AM}`);
    await page.getByTestId("send").click();
    const dialog = page.getByTestId("send-dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Send Anyway");
    await screenshot(page, "send-anyway-prompt");
    await dialog.getByRole("button", { name: "Send Anyway" }).click();
    await page.getByTestId("sent").waitFor();
    await screenshot(page, "sent");
    await page.close();
  });
});

describe("theme, language, policy", () => {
  test("switching to the dark theme and to Chinese", async () => {
    const page = await openPlayground(`sample=zh-issues&now=${WORKDAY_10AM}`);
    await page.getByTestId("theme").selectOption("dark");
    await page.waitForFunction(() => {
      const root = document.querySelector("[data-testid=pane] section");
      const rgb = root ? getComputedStyle(root).backgroundColor.match(/\d+/g)?.map(Number) : undefined;
      return rgb !== undefined && rgb.length >= 3 && rgb[0] + rgb[1] + rgb[2] < 3 * 80;
    });
    await screenshot(page, "theme-dark");
    await expectNoAxeViolations(page);
    await page.getByTestId("lang").selectOption("zh-CN");
    await pane(page).getByRole("heading", { name: "沟通规范" }).waitFor();
    await finding(page, "mail/language-typo").filter({ hasText: "按装" }).waitFor();
    await screenshot(page, "theme-dark-zh-CN");
    await page.close();
  });

  test("the pseudo-locale shows no untranslated pane text", async () => {
    const page = await openPlayground(`sample=good&lang=qps-ploc&now=${WORKDAY_10AM}`);
    await pane(page).getByTestId("all-clear").waitFor();
    const texts = await pane(page).locator("h1, h2, button, [data-testid=all-clear], label").allInnerTexts();
    for (const text of texts.filter((t) => t.trim() !== "")) expect(text).toMatch(/\[.*~~\]/s);
    await screenshot(page, "pseudo-locale");
    await page.close();
  });

  test("an unreachable policy file: built-in defaults, said plainly", async () => {
    const page = await openPlayground(`sample=good&policy=unreachable&now=${WORKDAY_10AM}`);
    await pane(page).getByTestId("defaults-notice").waitFor();
    await screenshot(page, "defaults-notice");
    await page.close();
  });
});

describe("hostile content stays text", () => {
  test("script, img onerror, RTL override and zero-width characters in subject, names and attachments", async () => {
    const page = await openPlayground(`sample=hostile&now=${WORKDAY_10AM}`);
    await pane(page).locator("[data-rule]").first().waitFor();
    await expect(pane(page).innerText()).resolves.toContain("onerror");
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator("[data-testid=pane] script").count()).toBe(0);
    await screenshot(page, "hostile");
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe("Office.js under the playground", () => {
  test("the real library (local copy) is loaded, the simulated host is under it, with no page error and nothing blocked", async () => {
    const page = await env.context.newPage();
    const watch = await watchPageProblems(page);
    await page.goto(`${env.baseUrl}playground.html?sample=good&now=${WORKDAY_10AM}`, { waitUntil: "load" });
    await pane(page).locator("[data-testid=check-status]").filter({ hasText: /\d/ }).waitFor();
    const seen = await page.evaluate(async () => {
      const w = window as unknown as {
        Office: { onReady(): Promise<{ host: unknown }>; CoercionType: Record<string, string>; context: { mailbox: { item: { itemType: string } }; displayLanguage: string } };
        OSF: { _OfficeAppFactory: unknown; Logger: { ulsEndpoint: { loadProxyFrame(): void } } };
      };
      // What the telemetry timer of o15apptofilemappingtable.js calls 3 s after it loaded: held, no frame.
      w.OSF.Logger.ulsEndpoint.loadProxyFrame();
      return {
        script: document.querySelector("script[src$='vendor/office-js/office.js']") !== null,
        factory: typeof w.OSF._OfficeAppFactory,
        // Only the real library has Matrix; outside a host its onReady answers host null.
        matrix: w.Office.CoercionType.Matrix,
        html: w.Office.CoercionType.Html,
        host: (await w.Office.onReady()).host,
        itemType: w.Office.context.mailbox.item.itemType,
        displayLanguage: w.Office.context.displayLanguage,
        frames: document.querySelectorAll("iframe").length,
      };
    });
    expect(seen).toEqual({ script: true, factory: "object", matrix: "matrix", html: "html", host: null, itemType: "message", displayLanguage: "en-US", frames: 0 });
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
