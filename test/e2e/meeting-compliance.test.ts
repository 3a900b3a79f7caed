import type { Page } from "playwright-core";
import { axeViolations, screenshot, UI_TIMEOUT } from "../support/browser";
import { eventually, useComplianceBrowser } from "../support/compliance-browser";

// The meeting pane's §5 recording in Chromium, through the meeting playground, to the real
// compliance service (PGlite) on 127.0.0.1: the one-time notice, "this finding is wrong" on a
// meeting finding by keyboard alone in two languages, and an edit written into the invitation
// recorded as `fixed` — every event under item kind "appointment". axe-core in each state.

jest.setTimeout(300_000);

const suite = useComplianceBrowser("playground-meeting.html");

const pane = (page: Page) => page.getByTestId("meeting-pane");

async function openMeeting(lang: string, withService = true): Promise<Page> {
  const page = await suite.env.open(`playground-meeting.html?lang=${lang}&graph=none${withService ? `&service=${encodeURIComponent(suite.service.url)}` : ""}`);
  await page.locator('[data-testid="rule-meeting/agenda"][data-status="error"]').waitFor({ timeout: UI_TIMEOUT });
  return page;
}

interface Row {
  rule: string;
  reason: string;
  item_kind: string;
  fix_id: string | null;
  check_id: string | null;
  department: string;
}

async function storedEvents(action: string): Promise<Row[]> {
  return suite.database.db.query("SELECT rule, reason, item_kind, fix_id, check_id, department FROM events WHERE action = $1 ORDER BY ts", [action]);
}

test("the one-time notice shows in the meeting pane too, axe-clean, and Got it dismisses it", async () => {
  const page = await openMeeting("zh-CN");
  const notice = pane(page).getByTestId("recording-notice");
  await notice.waitFor();
  expect(await notice.getByTestId("recording-notice-retention").innerText()).toBe("记录保留 400 天。");
  expect(await axeViolations(page, '[data-testid="meeting-pane"]')).toEqual([]);
  await notice.getByRole("button", { name: "知道了" }).click();
  await notice.waitFor({ state: "detached" });
  await page.close();
});

describe("this finding is wrong, on a meeting finding", () => {
  test.each([
    ["en-US", "This finding is wrong", "Thank you", "The agenda is in the attached deck"],
    ["zh-TW", "此提示有誤", "謝謝", "議程在附件簡報裡"],
  ])("in %s, by keyboard alone, with a comment that reaches the service as an appointment's event", async (lang, label, thanks, comment) => {
    const page = await openMeeting(lang);
    const finding = pane(page).locator('[data-testid="rule-meeting/agenda"] [data-testid="rule-finding"]').first();
    const button = finding.getByTestId("report-wrong");
    expect(await button.innerText()).toBe(label);
    await button.focus();
    await page.keyboard.press("Enter");
    const field = finding.getByTestId("report-comment");
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page, '[data-testid="meeting-pane"]')).toEqual([]);
    await screenshot(page, `meeting-report-wrong-open-${lang}`);
    await page.keyboard.type(comment);
    await page.keyboard.press("Enter");
    await finding.getByTestId("reported").filter({ hasText: thanks }).waitFor();
    expect(await axeViolations(page, '[data-testid="meeting-pane"]')).toEqual([]);
    const stored = await eventually(() => storedEvents("reported-wrong"), (rows) => rows.some((r) => r.reason === comment));
    expect(stored.find((r) => r.reason === comment)).toMatchObject({ rule: "meeting/agenda", item_kind: "appointment", department: "研发部", check_id: expect.stringMatching(/^pane-/) });
    const shown = await storedEvents("shown");
    expect(shown.some((r) => r.rule === "meeting/agenda" && r.item_kind === "appointment")).toBe(true);
    await page.close();
  });

  test("Escape closes the comment and gives the focus back to the button", async () => {
    const page = await openMeeting("en-US");
    const finding = pane(page).locator('[data-testid="rule-meeting/agenda"] [data-testid="rule-finding"]').first();
    await finding.getByTestId("report-wrong").click();
    await finding.getByTestId("report-comment").waitFor();
    await page.keyboard.press("Escape");
    const button = finding.getByTestId("report-wrong");
    await button.waitFor();
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  test("without recording there is no notice and no report button", async () => {
    const page = await openMeeting("en-US", false);
    expect(await pane(page).getByTestId("recording-notice").count()).toBe(0);
    expect(await pane(page).getByTestId("report-wrong").count()).toBe(0);
    await page.close();
  });
});

test("writing the agenda into the invitation records `fixed` for the agenda finding, the edit as its fix id", async () => {
  const page = await openMeeting("en-US");
  await pane(page).getByTestId("agenda-title").first().fill("Q3 spending review");
  await pane(page).getByTestId("write-agenda").click();
  await page.locator('[data-testid="rule-meeting/agenda"][data-status="pass"]').waitFor();
  const fixed = await eventually(() => storedEvents("fixed"), (rows) => rows.some((r) => r.rule === "meeting/agenda"));
  expect(fixed.filter((r) => r.rule === "meeting/agenda")).toEqual([expect.objectContaining({ item_kind: "appointment", fix_id: "agenda" })]);
  // The rules the edit did not touch are not recorded as fixed.
  expect(fixed.every((r) => r.fix_id === "agenda" && r.rule === "meeting/agenda")).toBe(true);
  await page.close();
});
