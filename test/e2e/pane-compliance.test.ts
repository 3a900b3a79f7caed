import type { Page } from "playwright-core";
import { RECORDING_NOTICE } from "../../src/i18n/message-pane-compliance";
import { axeViolations, screenshot, UI_TIMEOUT } from "../support/browser";
import { eventually, useComplianceBrowser } from "../support/compliance-browser";

// The message pane's §5 actions in Chromium, through the playground, recording to the real
// compliance service (PGlite) on 127.0.0.1: the one-time notice, "this finding is wrong", and
// "send anyway" with its reason — sent with sendAsync on Mailbox 1.15, and "press Send again"
// below it. Each state is checked with axe-core; what arrives in the database is checked too.

jest.setTimeout(300_000);

const WORKDAY_10AM = encodeURIComponent("2026-11-24T10:00:00+08:00");

const suite = useComplianceBrowser("playground.html");

const pane = (page: Page) => page.getByTestId("pane");

async function openPlayground(query: string, withService = true): Promise<Page> {
  const page = await suite.env.open(`playground.html?${query}&now=${WORKDAY_10AM}${withService ? `&service=${encodeURIComponent(suite.service.url)}` : ""}`);
  await pane(page).locator("[data-testid=check-status]").filter({ hasText: /\d/ }).waitFor({ timeout: UI_TIMEOUT });
  return page;
}

async function storedEvents(action: string): Promise<Array<{ rule: string; reason: string; department: string; check_id: string | null; severity: string }>> {
  return suite.database.db.query("SELECT rule, reason, department, check_id, severity FROM events WHERE action = $1 ORDER BY ts", [action]);
}

/** Clears To, presses Send and opens the pane from the blocked dialog's button (the handoff). */
async function holdAndOpenFromDialog(page: Page): Promise<void> {
  const to = page.getByTestId("recipients-to");
  await to.fill("");
  await to.press("Enter");
  await pane(page).locator('[data-rule="mail/recipients-present"]').waitFor();
  await page.getByTestId("send").click();
  const dialog = page.getByTestId("send-dialog");
  await dialog.getByTestId("dialog-fix").click();
  await dialog.waitFor({ state: "detached" });
  await pane(page).getByTestId("held-banner").waitFor();
}

describe("the recording notice", () => {
  test.each([
    ["en-US", "en", "Got it", "§5.1 Supervision", "Records are kept for 400 days."],
    ["zh-CN", "zh-CN", "知道了", "行政部门负责", "记录保留 400 天。"],
  ] as const)("in %s: what is recorded, the policy's §5, dismissed once for good", async (displayLanguage, lang, dismiss, policyText, retention) => {
    const page = await openPlayground(`sample=good&lang=${displayLanguage}`);
    const notice = pane(page).getByTestId("recording-notice");
    await notice.waitFor();
    expect(await notice.getByTestId("recording-notice-text").innerText()).toBe(RECORDING_NOTICE[lang]);
    expect(await notice.getByTestId("recording-notice-retention").innerText()).toBe(retention);
    const link = notice.getByTestId("notice-policy-link");
    expect(await notice.getByTestId("notice-policy-text").isVisible()).toBe(false);
    await link.focus();
    await page.keyboard.press("Enter");
    expect(await link.getAttribute("aria-expanded")).toBe("true");
    expect(await notice.getByTestId("notice-policy-text").innerText()).toContain(policyText);
    await screenshot(page, `recording-notice-${lang}`);
    expect(await axeViolations(page)).toEqual([]);
    await notice.getByRole("button", { name: dismiss }).click();
    await notice.waitFor({ state: "detached" });
    await page.close();
    // The next pane (same browser profile) does not show it again.
    const again = await openPlayground(`sample=en-issues&lang=${displayLanguage}`);
    // Recording is on in this pane (its report buttons are there), and still no notice.
    await pane(again).getByTestId("report-wrong").first().waitFor();
    expect(await pane(again).getByTestId("recording-notice").count()).toBe(0);
    await again.evaluate(() => localStorage.clear());
    await again.close();
  });

  test("without recording there is no notice and no report button", async () => {
    const page = await openPlayground("sample=en-issues&lang=en-US", false);
    await pane(page).locator('[data-rule="mail/language-typo"]').first().waitFor();
    expect(await pane(page).getByTestId("recording-notice").count()).toBe(0);
    expect(await pane(page).getByTestId("report-wrong").count()).toBe(0);
    await page.close();
  });
});

describe("this finding is wrong", () => {
  test.each([
    ["en-US", "This finding is wrong", "Thank you", "It is the customer's product name"],
    ["zh-CN", "此提示有误", "谢谢", "这是客户的产品名称"],
  ])("in %s, by keyboard alone, with a comment that reaches the service", async (displayLanguage, label, thanks, comment) => {
    const page = await openPlayground(`sample=${displayLanguage === "zh-CN" ? "zh-issues" : "en-issues"}&lang=${displayLanguage}`);
    const card = pane(page).locator('[data-rule="mail/language-typo"]').first();
    await card.waitFor();
    const button = card.getByTestId("report-wrong");
    expect(await button.innerText()).toBe(label);
    await button.focus();
    await page.keyboard.press("Enter");
    const field = card.getByTestId("report-comment");
    await field.waitFor();
    // The field has the focus: type and press Enter.
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, `report-wrong-open-${displayLanguage}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type(comment);
    await page.keyboard.press("Enter");
    await card.getByTestId("reported").filter({ hasText: thanks }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const stored = await eventually(() => storedEvents("reported-wrong"), (rows) => rows.some((r) => r.reason === comment));
    const row = stored.find((r) => r.reason === comment);
    expect(row).toMatchObject({ rule: "mail/language-typo", department: "研发部" });
    expect(row?.check_id).toMatch(/^pane-/);
    // What was shown was recorded too, once per finding.
    const shown = await storedEvents("shown");
    expect(shown.some((r) => r.rule === "mail/language-typo")).toBe(true);
    await page.close();
  });

  test("Escape closes the comment and gives the focus back to the button", async () => {
    const page = await openPlayground("sample=en-issues&lang=en-US");
    const card = pane(page).locator('[data-rule="mail/language-typo"]').first();
    await card.getByTestId("report-wrong").click();
    await card.getByTestId("report-comment").waitFor();
    await page.keyboard.press("Escape");
    const button = card.getByTestId("report-wrong");
    await button.waitFor();
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});

describe("send anyway with a reason", () => {
  test("zh-CN, Mailbox 1.15: the reason is required for an error, then the pane sends the mail", async () => {
    const page = await openPlayground("sample=good&lang=zh-CN");
    await holdAndOpenFromDialog(page);
    const form = pane(page).getByTestId("send-anyway");
    await form.waitFor();
    expect(await form.innerText()).toContain("仍然发送的理由（必填）");
    await form.getByRole("button", { name: "仍然发送" }).click();
    await form.getByText("请用一句话说明仍然发送的理由").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "send-anyway-required-zh-CN");
    const reason = "收件人稍后由助理补上";
    await form.getByTestId("send-anyway-reason").fill(reason);
    await form.getByTestId("send-anyway-reason").press("Enter");
    await form.getByTestId("send-anyway-status").filter({ hasText: "Outlook 正在按原样发送邮件" }).waitFor();
    const sentAt = await page.evaluate(() => (window as unknown as { playground: { sim: { state: { sentAt?: string } } } }).playground.sim.state.sentAt);
    expect(sentAt).toMatch(/^\d{4}-/);
    await page.getByTestId("sent").waitFor();
    const stored = await eventually(() => storedEvents("sent-despite"), (rows) => rows.some((r) => r.reason === reason));
    expect(stored.filter((r) => r.reason === reason)).toEqual([expect.objectContaining({ rule: "mail/recipients-present", severity: "error", department: "研发部" })]);
    // The decision is left on the item for the on-send check that the send starts.
    const marker = await page.evaluate(() => (window as unknown as { playground: { sim: { state: { sessionData: Record<string, string> } } } }).playground.sim.state.sessionData["commPolicy.sendDespite"]);
    expect(JSON.parse(marker)).toMatchObject({ v: 1, rules: ["mail/recipients-present"] });
    await screenshot(page, "send-anyway-sent-zh-CN");
    await page.close();
  });

  test("en, Mailbox 1.14: the reason is recorded and the user is told to press Send again", async () => {
    const page = await openPlayground("sample=good&lang=en-US&mailbox=1.14");
    await holdAndOpenFromDialog(page);
    const form = pane(page).getByTestId("send-anyway");
    const reason = "The assistant adds the recipients before it goes out";
    await form.getByTestId("send-anyway-reason").fill(reason);
    await form.getByRole("button", { name: "Send anyway" }).click();
    await form.getByTestId("send-anyway-status").filter({ hasText: "press Send again" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const sentAt = await page.evaluate(() => (window as unknown as { playground: { sim: { state: { sentAt?: string } } } }).playground.sim.state.sentAt);
    expect(sentAt).toBeUndefined();
    await eventually(() => storedEvents("sent-despite"), (rows) => rows.some((r) => r.reason === reason));
    await page.close();
  });

  test("a reason over the limit is refused whole, never cut", async () => {
    const page = await openPlayground("sample=good&lang=en-US");
    await holdAndOpenFromDialog(page);
    const form = pane(page).getByTestId("send-anyway");
    await form.getByTestId("send-anyway-reason").fill("x".repeat(501));
    await form.getByRole("button", { name: "Send anyway" }).click();
    await form.getByText("Keep it to 500 characters or fewer.").waitFor();
    expect(await form.getByTestId("send-anyway-reason").inputValue()).toHaveLength(501);
    await page.close();
  });
});
