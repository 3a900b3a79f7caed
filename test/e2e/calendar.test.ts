import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { readCustomProperty, PROPERTY_MEETING_POLICY, PROPERTY_MINUTES_OF } from "../../src/graph/extended-properties";
import { parseMinutesMarker } from "../../src/outlook/minutes-link";
import { startFakeGraphServer, type FakeGraphServer } from "../support/fake-graph-server";
import { launchChromium, SCREENSHOTS, serveDist, type StaticServer } from "./calendar-browser";
import { watchPageProblems } from "../support/browser";

// The meeting pane in Chromium, against the simulated appointment of the meeting playground
// and either the fake Graph inside the page or the fake Graph server on 127.0.0.1.

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
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
});
afterEach(async () => {
  await page?.close();
});

async function open(query: string): Promise<void> {
  await page.goto(`${site.url}/playground-meeting.html?${query}`);
  await page.getByTestId("meeting-pane").waitFor();
}

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `calendar-${name}.png`), fullPage: true });
const bodyHtml = () => page.evaluate(() => (window as any).meetingPlayground.sim.state.body.content as string);
const ruleStatus = (id: string) => page.getByTestId(`rule-${id}`).getAttribute("data-status");
async function waitForRule(id: string, status: string): Promise<void> {
  await page.waitForSelector(`[data-testid="rule-${id}"][data-status="${status}"]`);
}

describe("meeting pane without a tenant (fake Graph in the page)", () => {
  it("shows every meeting rule, and says which checks need Graph with a sign-in button", async () => {
    await open("lang=en-US");
    await page.getByTestId("rule-meeting/agenda").waitFor();
    expect(await ruleStatus("meeting/agenda")).toBe("error");
    expect(await ruleStatus("meeting/attendees")).toBe("pass");
    await expect(page.getByTestId("departments").textContent()).resolves.toContain("Needs Microsoft Graph");
    await page.getByTestId("sign-in").waitFor();
    await expect(page.getByTestId("minutes-due").textContent()).resolves.toMatch(/Minutes due by \d{4}-\d{2}-\d{2} \(2 working days after the meeting\)/);
    await shot("signed-out");
  });

  it("writes the agenda into the invitation, the engine accepts it, and the editor reads it back", async () => {
    await open("lang=en-US");
    const titles = page.getByTestId("agenda-title");
    await titles.nth(0).fill("Q3 spending review");
    await page.getByTestId("agenda-minutes").nth(0).fill("20");
    await page.getByTestId("agenda-owner").nth(0).fill("Lisa Wang");
    await page.getByTestId("add-item").click();
    await titles.nth(1).fill("Q4 budget adjustments");
    await page.getByTestId("write-agenda").click();
    await waitForRule("meeting/agenda", "pass");
    const html = await bodyHtml();
    expect(html).toContain("<div>Agenda:</div><div>1. Q3 spending review (20 min) — Lisa Wang</div><div>2. Q4 budget adjustments</div>");
    expect(html).toContain("本次会议评审 Q3 预算执行情况并确定 Q4 调整方案，请提前阅读 Q3 预算分析报告。");
    expect(html).toContain("Join the meeting now");
    // A fresh pane (another language) reads the block back into the editor.
    await page.getByTestId("sim-lang").selectOption("zh-CN");
    await page.getByText("已从邀请中读取。").waitFor();
    await expect(page.getByTestId("agenda-title").nth(1).inputValue()).resolves.toBe("Q4 budget adjustments");
    await expect(page.getByTestId("agenda-minutes").nth(0).inputValue()).resolves.toBe("20");
    await expect(page.getByTestId("agenda-owner").nth(0).inputValue()).resolves.toBe("Lisa Wang");
    // Editing again replaces the block instead of adding a second one.
    await page.getByTestId("agenda-title").nth(1).fill("Q4 预算调整");
    await page.getByTestId("write-agenda").click();
    await page.waitForFunction(() => ((window as any).meetingPlayground.sim.state.body.content as string).includes("Q4 预算调整"));
    const again = await bodyHtml();
    expect(again.match(/Agenda:|议程：/g)).toHaveLength(1);
    expect(again).toContain("议程：<br>1. Q3 spending review（20分钟） — Lisa Wang<br>2. Q4 预算调整");
    await shot("agenda-written");
  });

  it("limits the minute-taker to the organizer and the attendees and writes the choice", async () => {
    await open("lang=en-US");
    const options = await page.getByTestId("minute-taker-select").locator("option").allTextContents();
    expect(options).toEqual(["Choose a person", "Tom Chen <tom.chen@contoso.com> (organizer)", "Lisa Wang <lisa.wang@contoso.com>", "李娜 <li.na@contoso.com>", "陳志明 <chen.zhiming@contoso.com>"]);
    await page.getByTestId("minute-taker-select").selectOption("li.na@contoso.com");
    await page.waitForFunction(() => ((window as any).meetingPlayground.sim.state.body.content as string).includes("Minute-taker: 李娜 &lt;li.na@contoso.com&gt;"));
    await waitForRule("meeting/minute-taker", "pass");
    // Removing her from the meeting removes her from the choices.
    await page.getByTestId("sim-attendee-li.na@contoso.com").uncheck();
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('[data-testid="minute-taker-select"] option')).some((o) => o.textContent?.includes("li.na@")));
  });

  it("asks for the reason of a meeting booked too soon and writes it into the invitation", async () => {
    await open("lang=zh-CN&hoursAhead=3");
    await waitForRule("meeting/advance-booking", "error");
    await expect(page.getByTestId("hours-ahead").textContent()).resolves.toMatch(/距开始还有 [23] 小时；须至少提前 24 小时预约。/);
    await page.getByTestId("urgent-switch").check();
    await page.getByTestId("urgent-reason").fill("生产数据库故障，需今天确定回滚方案");
    await page.getByTestId("write-reason").click();
    await page.waitForFunction(() => ((window as any).meetingPlayground.sim.state.body.content as string).includes("紧急原因：生产数据库故障，需今天确定回滚方案"));
    await page.waitForSelector('[data-testid="rule-meeting/advance-booking"]:not([data-status="error"])');
    await shot("urgent-zh-CN");
  });

  it("warns about materials the agenda mentions until they are attached (attachment events)", async () => {
    await open("lang=zh-TW");
    await page.getByTestId("materials-missing").waitFor();
    await expect(page.getByTestId("materials-missing").textContent()).resolves.toContain("邀請中提到「分析报告」");
    await page.getByTestId("sim-attach").click();
    await page.getByTestId("materials-missing").waitFor({ state: "detached" });
    await expect(page.getByTestId("materials").textContent()).resolves.toContain("Q3-budget-1.pptx");
  });

  it("signs in on request and shows the departments from the directory", async () => {
    await open("lang=en-US");
    await page.getByTestId("sign-in").click();
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    const departments = await page.getByTestId("department").allTextContents();
    expect(departments).toHaveLength(3);
    expect(departments.join("\n")).toContain("Finance: 李娜");
    expect(departments.join("\n")).toContain("张敏 <zhang.min@contoso.com>");
    await shot("departments");
  });

  it("opens the minutes message without Graph, with the meeting link in the body", async () => {
    await open("lang=zh-CN&graph=none");
    await page.getByTestId("graph-not-configured").waitFor();
    await page.getByTestId("write-minutes").click();
    await page.getByTestId("sim-form").waitFor();
    await expect(page.getByTestId("sim-form-subject").textContent()).resolves.toBe("会议纪要：Q3 预算评审会");
    // The playground's own words follow its display language (zh-CN here).
    await expect(page.getByTestId("sim-form-to").textContent()).resolves.toBe("收件人：lisa.wang@contoso.com; li.na@contoso.com; chen.zhiming@contoso.com");
    const form = await page.evaluate(() => (window as any).meetingPlayground.sim.forms[0].parameters.htmlBody as string);
    expect(form).toContain("一、讨论内容");
    expect(form).toContain("四、行动项");
    const link = parseMinutesMarker(form);
    expect(link?.subject).toBe("Q3 预算评审会");
    expect(link?.attendees.map((p) => p.address)).toContain("li.na@contoso.com");
    expect(link?.minutesDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("accessibility", () => {
  it("has no axe-core violations in light and dark themes", async () => {
    const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    for (const theme of ["light", "dark"]) {
      await open(`lang=zh-CN&theme=${theme}`);
      await page.getByTestId("rule-meeting/agenda").waitFor();
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document.querySelector('[data-testid="meeting-pane"]'));
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
      await shot(`axe-${theme}`);
    }
  });
});

describe("meeting pane against the Graph server on 127.0.0.1", () => {
  let graph: FakeGraphServer;
  beforeEach(async () => {
    graph = await startFakeGraphServer({ autoCreateEvents: true, validTokens: ["playground-token"] });
  });
  afterEach(async () => {
    await graph.close();
  });

  it("looks up the attendees in one batch and costs nothing more when re-checked", async () => {
    await open(`lang=en-US&signedIn=1&graph=${encodeURIComponent(graph.baseUrl)}&poll=500`);
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    const batches = () => graph.graph.topLevelRequests.filter((r) => r.path.startsWith("/$batch")).length;
    expect(batches()).toBe(1);
    await page.getByTestId("check-again").click();
    await page.waitForTimeout(0);
    await page.getByTestId("check-again").click();
    // Adding an attendee looks up only that person.
    await page.getByTestId("sim-attendee-zhou.jie@contoso.com").check();
    await page.waitForFunction(() => document.querySelector('[data-testid="departments"]')?.textContent?.includes("周杰"));
    expect(batches()).toBe(2);
    const second = graph.graph.topLevelRequests.filter((r) => r.path.startsWith("/$batch"))[1].body as { requests: { url: string }[] };
    expect(second.requests.map((r) => r.url)).toEqual([expect.stringContaining("/users/zhou.jie%40contoso.com?")]);
  });

  it("shows a throttled or failing directory without breaking the local checks", async () => {
    graph.graph.fault({ match: /POST \/\$batch/, status: 503, retryAfterSeconds: 0, times: 20, scope: "top" });
    await open(`lang=en-US&signedIn=1&graph=${encodeURIComponent(graph.baseUrl)}`);
    await page.waitForSelector('[data-testid="departments"] >> text=Could not look up');
    expect(await ruleStatus("meeting/attendees")).toBe("pass");
  });

  it("saves the meeting: reminder, policy data on the event, and a To Do task due on the minutes date", async () => {
    // A meeting whose reminder is at the start time: raised to joinEarlyMinutes (5).
    graph.graph.eventDefaults = { isReminderOn: true, reminderMinutesBeforeStart: 0 };
    await open(`lang=en-US&signedIn=1&graph=${encodeURIComponent(graph.baseUrl)}`);
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    await page.getByTestId("agenda-title").nth(0).fill("Q3 spending review");
    await page.getByTestId("write-agenda").click();
    await waitForRule("meeting/agenda", "pass");
    await page.getByTestId("minute-taker-select").selectOption("lisa.wang@contoso.com");
    await page.waitForFunction(() => ((window as any).meetingPlayground.sim.state.body.content as string).includes("Minute-taker: Lisa Wang"));
    const due = await page.getByTestId("minutes-due").getAttribute("data-due");
    await page.getByTestId("save-apply").click();
    await page.waitForSelector('[data-testid="status"] >> text=To Do task created', { timeout: 10_000 }).catch(async (e) => {
      throw new Error(`${e}\nstatus: ${await page.getByTestId("status").textContent()}\nrequests: ${graph.graph.log.map((r) => r.method + " " + r.path).join("\n")}`);
    });
    const [event] = Array.from(graph.graph.events.values());
    expect(event).toMatchObject({ isReminderOn: true, reminderMinutesBeforeStart: 5 });
    const data = JSON.parse(String(readCustomProperty(event.singleValueExtendedProperties?.[0].value, PROPERTY_MEETING_POLICY)));
    expect(data).toMatchObject({ v: 1, agenda: [{ title: "Q3 spending review" }], minuteTaker: { address: "lisa.wang@contoso.com" }, minutesDue: due });
    expect(data.departmentHeads.map((p: { address: string }) => p.address).sort()).toEqual(["he.li@contoso.com", "zhang.min@contoso.com", "zhou.jie@contoso.com"]);
    const tasks = graph.graph.tasks.get("list-tasks") ?? [];
    expect(tasks.map((t) => [t.title, t.dueDateTime?.dateTime])).toEqual([["Minutes of Q3 预算评审会: send to attendees and department heads", `${due}T00:00:00`]]);
    const customProperties = await page.evaluate(() => (window as any).meetingPlayground.sim.state.customProperties);
    expect(JSON.parse(customProperties[PROPERTY_MEETING_POLICY]).minutesDue).toBe(due);
    await waitForRule("meeting/reminder", "pass");
    await shot("saved");
  });

  it("keeps a reminder that is already early enough", async () => {
    await open(`lang=zh-TW&signedIn=1&graph=${encodeURIComponent(graph.baseUrl)}`);
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    await page.getByTestId("save-apply").click();
    await page.waitForSelector('[data-testid="status"] >> text=已建立待辦工作');
    const [event] = Array.from(graph.graph.events.values());
    expect(event.reminderMinutesBeforeStart).toBe(15);
    await expect(page.getByTestId("status").textContent()).resolves.toContain("提醒已設為開始前 15 分鐘。");
  });

  it("writes the minutes as a Graph draft linked to the meeting, to attendees and department heads", async () => {
    await open(`lang=en-US&signedIn=1&graph=${encodeURIComponent(graph.baseUrl)}`);
    await page.waitForSelector('[data-testid="cross-department"][data-cross="yes"]');
    await page.getByTestId("write-minutes").click();
    await page.getByTestId("sim-form").waitFor();
    expect(await page.getByTestId("sim-form").getAttribute("data-kind")).toBe("existing");
    const [message] = graph.graph.messages;
    expect(message.subject).toBe("Minutes: Q3 预算评审会");
    expect(message.toRecipients?.map((r) => r.emailAddress?.address)).toEqual(["lisa.wang@contoso.com", "li.na@contoso.com", "chen.zhiming@contoso.com"]);
    expect(message.ccRecipients?.map((r) => r.emailAddress?.address).sort()).toEqual(["he.li@contoso.com", "zhang.min@contoso.com", "zhou.jie@contoso.com"]);
    expect(message.body?.content).toContain("1. Discussion");
    const link = JSON.parse(String(readCustomProperty(message.singleValueExtendedProperties?.[0].value, PROPERTY_MINUTES_OF)));
    expect(link).toMatchObject({ subject: "Q3 预算评审会", departmentHeads: expect.any(Array) });
    expect(link.attendees.map((p: { address: string }) => p.address)).toEqual(["lisa.wang@contoso.com", "li.na@contoso.com", "chen.zhiming@contoso.com"]);
    await shot("minutes-graph");
  });
});

describe("Office.js under the meeting playground", () => {
  it("loads the real library (local copy) with the simulated host under it, with no page error and nothing blocked", async () => {
    const watch = await watchPageProblems(page);
    await open("lang=en-US&graph=none");
    const seen = await page.evaluate(async () => {
      const w = window as any;
      // What the telemetry timer of o15apptofilemappingtable.js calls 3 s after it loaded: held, no frame.
      w.OSF.Logger.ulsEndpoint.loadProxyFrame();
      return {
        script: document.querySelector("script[src$='vendor/office-js/office.js']") !== null,
        matrix: w.Office.CoercionType.Matrix,
        host: (await w.Office.onReady()).host,
        itemType: w.Office.context.mailbox.item.itemType,
        frames: document.querySelectorAll("iframe").length,
      };
    });
    expect(seen).toEqual({ script: true, matrix: "matrix", host: null, itemType: "appointment", frames: 0 });
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
