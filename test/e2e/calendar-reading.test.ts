import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, SCREENSHOTS, serveDist, type StaticServer } from "./calendar-browser";
import { watchPageProblems } from "../support/browser";

// What a new user met in the meeting pane and its playground: a refused consent explained,
// the invitation shown as Outlook shows it (not raw HTML), the playground's own controls in
// the chosen language, full-width Chinese punctuation, and a usable 760 px window.

jest.setTimeout(120_000);

let browser: Browser;
let site: StaticServer;
let page: Page;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});
afterEach(async () => {
  await page?.close();
});

async function open(query: string, width = 1280): Promise<void> {
  page = await browser.newPage({ viewport: { width, height: 1200 } });
  await page.goto(`${site.url}/playground-meeting.html?${query}`);
  await page.getByTestId("meeting-pane").waitFor();
}

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `calendar-${name}.png`), fullPage: true });
const bodyHtml = () => page.evaluate(() => (window as unknown as { meetingPlayground: { sim: { state: { body: { content: string } } } } }).meetingPlayground.sim.state.body.content);

describe("a refused consent", () => {
  it.each([
    ["en-US", /tenant's administrator must grant it/, /Grant admin consent/],
    ["zh-CN", /须由贵公司租户的管理员授予同意/, /代表组织授予管理员同意/],
    ["zh-TW", /須由貴公司租用戶的系統管理員授與同意/, /代表組織授與管理員同意/],
  ])("%s: says the tenant's administrator must grant consent, and where", async (lang, who, how) => {
    await open(`lang=${lang}&consent=deny`);
    await page.getByTestId("sign-in").click();
    const status = page.getByTestId("status");
    await status.filter({ hasText: who }).waitFor();
    const text = (await status.innerText()) ?? "";
    expect(text).toMatch(how);
    expect(text).not.toContain("consent was refused");
    await shot(`consent-refused-${lang}`);
  });
});

describe("the simulated invitation", () => {
  it("is a rich-text editor showing the text, not HTML, and typing in it reaches the pane", async () => {
    await open("lang=en-US&graph=none");
    const editor = page.getByTestId("sim-body");
    expect(await editor.getAttribute("contenteditable")).toBe("true");
    const shown = await editor.innerText();
    expect(shown).toContain("各位好，");
    expect(shown).not.toMatch(/<div>|<\/?body>|&nbsp;/);
    await editor.locator("div").first().click();
    await page.keyboard.press("End");
    await page.keyboard.type(" 会议记录人：李娜");
    await page.waitForFunction(() => /会议记录人：李娜/.test((window as unknown as { meetingPlayground: { sim: { state: { body: { content: string } } } } }).meetingPlayground.sim.state.body.content));
    expect(await bodyHtml()).toContain("会议记录人：李娜");
  });
});

describe("the playground's own controls", () => {
  it("follow the display language, with full-width Chinese punctuation in the pane", async () => {
    await open("lang=en-US&graph=none");
    await page.getByTestId("sim-lang").selectOption("zh-CN");
    await page.getByRole("heading", { name: "模拟的 Outlook 会议" }).waitFor();
    await page.getByText("会议邀请正文", { exact: true }).first().waitFor();
    await page.getByRole("heading", { name: "会议规范" }).waitFor();
    const paneText = await page.getByTestId("meeting-pane").innerText();
    expect(paneText).not.toMatch(/[\u4e00-\u9fff][:(;]|[:);] ?[\u4e00-\u9fff]/);
    await page.getByTestId("sim-lang").selectOption("zh-TW");
    await page.getByRole("heading", { name: "模擬的 Outlook 會議" }).waitFor();
    await shot("playground-zh-TW");
  });

  it("is usable at 760 px, with no console error", async () => {
    page = await browser.newPage({ viewport: { width: 760, height: 1000 } });
    const watch = await watchPageProblems(page);
    await page.goto(`${site.url}/playground-meeting.html?lang=en-US&graph=none`);
    await page.getByTestId("meeting-pane").waitFor();
    await page.getByTestId("rule-meeting/agenda").waitFor();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(760);
    const paneBox = await page.getByTestId("meeting-pane").boundingBox();
    expect(paneBox?.width ?? 0).toBeGreaterThan(300);
    expect(watch.problems).toEqual([]);
    await shot("playground-760");
  });
});
