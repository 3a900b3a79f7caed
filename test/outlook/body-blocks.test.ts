import { applyEdit } from "../../src/outlook/apply-edit";
import { composeAppointment } from "../../src/outlook/compose-item";
import { bodyAfter, planFix, planMeetingBlock } from "../../src/outlook/edit-plan";
import { readAttachmentList, renderAttachmentList } from "../../src/policy/text/attachment-list";
import { htmlToLines } from "../../src/policy/text/html";
import { readMeetingBody } from "../../src/policy/text/meeting-body";
import { parseBody } from "../../src/policy/text/segment";
import type { ItemBody } from "../../src/policy/types";
import { fakeAppointment, installOfficeFake, type OfficeFake } from "../support/office-fake";

// The blocks the panes write and read back, through the one edit path: the meeting pane's
// agenda, minute-taker and reason for urgency, and the message pane's attachment list, which
// goes in front of the closing ask, the sign-off and a bare name, and replaces an earlier list.

const html = (content: string): ItemBody => ({ contentType: "html", content });
const text = (content: string): ItemBody => ({ contentType: "text", content });
const lines = (body: ItemBody): string[] =>
  body.contentType === "html" ? htmlToLines(body.content).lines.map((l) => l.text.replace(/\u00a0/g, " ").trim()) : body.content.split(/\r?\n/);

function write(body: ItemBody, plan: ReturnType<typeof planMeetingBlock>): ItemBody {
  if (plan.target !== "body") throw new Error("a block is a body edit");
  const edit = bodyAfter(plan.change, body);
  if (!edit) throw new Error("not written");
  return edit.body;
}

const listFix = (names: string[], lang: "en" | "zh-CN" | "zh-TW") => planFix({ kind: "insertText", place: "beforeClosing", block: "attachmentList", text: renderAttachmentList(names, lang) }, "place", lang);
const read = (body: ItemBody) => readMeetingBody(parseBody(body));

describe("the attachment list goes before the closing and the sign-off", () => {
  test("en, OWA lines: before the closing ask, which stays last with the sign-off", () => {
    const body = html("<div>Hi Lisa,</div><div><br></div><div>The Q3 numbers are in; infrastructure is 12% over plan.</div><div><br></div><div>Pls let me know what you think by Friday.</div><div><br></div><div>Thanks,</div><div>Tom</div>");
    const out = lines(write(body, listFix(["Q3-budget-v2.xlsx"], "en")));
    expect(out.slice(out.indexOf("Attachments:"))).toEqual(["Attachments:", "1. Q3-budget-v2.xlsx —", "", "Pls let me know what you think by Friday.", "", "Thanks,", "Tom"]);
  });

  test("en, a mail that ends in just a name: the list goes above the name", () => {
    const body = html("<div>Hi Lisa,</div><div><br></div><div>Here are the numbers for the review.</div><div>The overrun comes from the VPN licences.</div><div><br></div><div>Tom</div>");
    const out = lines(write(body, listFix(["Q3-budget-v2.xlsx"], "en")));
    expect(out[out.length - 1]).toBe("Tom");
    expect(out.indexOf("Attachments:")).toBeLessThan(out.indexOf("Tom"));
    expect(out.indexOf("Attachments:")).toBeGreaterThan(out.indexOf("The overrun comes from the VPN licences."));
  });

  test("zh-CN, classic Outlook paragraphs: before 请…审批 and the sign-off", () => {
    const body = html(
      "<p class=MsoNormal>王经理：</p><p class=MsoNormal>三季度预算已整理完毕，基础设施超支约 12%。</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>请于周五前审批。</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>谢谢！</p><p class=MsoNormal>李娜</p>",
    );
    const out = lines(write(body, listFix(["Q3 预算.xlsx", "说明.docx"], "zh-CN")));
    const at = out.indexOf("附件：");
    expect(out.slice(at, at + 3)).toEqual(["附件：", "1. 《Q3 预算.xlsx》—", "2. 《说明.docx》—"]);
    expect(at).toBeLessThan(out.indexOf("请于周五前审批。"));
    expect(out.slice(-2)).toEqual(["谢谢！", "李娜"]);
  });

  test("zh-TW plain text ending in a name, without an ask: above the name", () => {
    const body = text("各位好：\n\n附上本週的會議紀錄，供大家參考。\n\n陳志明");
    const out = lines(write(body, listFix(["會議紀錄.docx"], "zh-TW")));
    expect(out.slice(-3)).toEqual(["1. 《會議紀錄.docx》— ", "", "陳志明"]);
  });

  test("no closing at all: after the last paragraph", () => {
    const body = html("<div>The release is on track.</div><div>Rollback plan is unchanged.</div>");
    const out = lines(write(body, listFix(["plan.pptx"], "en")));
    expect(out.slice(-2)).toEqual(["Attachments:", "1. plan.pptx —"]);
  });

  test("a second list replaces the first; a description the sender typed stays", () => {
    const first = write(html("<div>Hi Lisa,</div><div><br></div><div>Numbers attached.</div><div><br></div><div>Could you review them?</div><div><br></div><div>Thanks,</div><div>Tom</div>"), listFix(["Q3-budget-v2.xlsx"], "en"));
    const typed = html(first.content.replace("Q3-budget-v2.xlsx —&nbsp;", "Q3-budget-v2.xlsx — the revised budget"));
    const block = readAttachmentList(parseBody(typed));
    expect(block?.items.map((i) => i.text)).toEqual(["Q3-budget-v2.xlsx — the revised budget"]);
    const kept = new Map([["Q3-budget-v2.xlsx", block?.items[0].text ?? ""]]);
    const second = write(typed, planFix({ kind: "insertText", place: "beforeClosing", block: "attachmentList", text: renderAttachmentList(["Q3-budget-v2.xlsx", "notes.docx"], "en", kept) }, "place", "en"));
    const out = lines(second);
    expect(out.filter((l) => l === "Attachments:")).toHaveLength(1);
    expect(out).toContain("1. Q3-budget-v2.xlsx — the revised budget");
    expect(out).toContain("2. notes.docx —");
    expect(out.slice(-4)).toEqual(["Could you review them?", "", "Thanks,", "Tom"]);
  });
});

const TEAMS = '<div>________________________________________________________________________________</div><div>Microsoft Teams meeting</div><div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc">Join the meeting now</a></div><div>Meeting ID: 123 456 789</div>';

describe("the meeting pane's blocks", () => {
  const invitation = html(`<html><body><div>各位好，</div><div><br></div><div>本周四评审 Q3 预算执行情况，请准时参加。</div><div><br></div>${TEAMS}</body></html>`);

  test("the agenda goes where the sender's text ends, above the Teams block, and reads back", () => {
    const items = [{ title: "Q3 支出回顾", minutes: 20, owner: "王伟" }, { title: "Q4 预算调整" }];
    const written = write(invitation, planMeetingBlock({ kind: "agenda", items }, "zh-CN"));
    expect(read(written).agenda?.items).toEqual(items);
    expect(written.content.indexOf("Q4 预算调整")).toBeLessThan(written.content.indexOf("Microsoft Teams meeting"));
  });

  test("editing the agenda again replaces it, in the organizer's own markup too", () => {
    const body = html("<div>Hi all,</div><div><br></div><div>Agenda:</div><ol><li>Budget</li><li>Staffing</li></ol><div><br></div><div>Thanks,</div><div>Tom</div>");
    const written = write(body, planMeetingBlock({ kind: "agenda", items: [{ title: "Budget", minutes: 30 }, { title: "Staffing" }] }, "en"));
    expect(read(written).agenda?.items).toEqual([{ title: "Budget", minutes: 30 }, { title: "Staffing" }]);
    expect(written.content).toContain("<div>Thanks,</div><div>Tom</div>");
    expect(written.content.match(/Agenda:/g)).toHaveLength(1);
  });

  test("a running order by the clock is kept as written when an agenda is written beside it", () => {
    const body = html("<div>各位好，</div><div><br></div><div>10:00-10:15 开场</div><div>10:15-11:00 Q3 预算复盘（王伟）</div><div><br></div><div>谢谢</div><div>李娜</div>");
    const written = write(body, planMeetingBlock({ kind: "agenda", items: [{ title: "开场", minutes: 15 }, { title: "Q3 预算复盘", minutes: 45 }] }, "zh-CN"));
    expect(written.content).toContain("<div>10:00-10:15 开场</div><div>10:15-11:00 Q3 预算复盘（王伟）</div>");
    expect(written.content).toContain("<div>谢谢</div><div>李娜</div>");
  });

  test("the minute-taker and the reason for urgency, each once, in zh-TW", () => {
    let body = write(invitation, planMeetingBlock({ kind: "minuteTaker", person: { name: "李娜", address: "li.na@contoso.com" } }, "zh-TW"));
    body = write(body, planMeetingBlock({ kind: "minuteTaker", person: { name: "陳志明", address: "chen.zhiming@contoso.com" } }, "zh-TW"));
    body = write(body, planMeetingBlock({ kind: "urgency", reason: "生產系統故障，需要今天決定回滾方案" }, "zh-TW"));
    expect(read(body).minuteTaker?.person).toEqual({ name: "陳志明", address: "chen.zhiming@contoso.com" });
    expect(read(body).urgency?.reason).toBe("生產系統故障，需要今天決定回滾方案");
    expect(body.content.match(/會議記錄人/g)).toHaveLength(1);
  });

  test("a plain-text invitation is edited as text, its agenda replaced in place", () => {
    const body = text("Hi team,\r\n\r\nQuick sync on the release.\r\n\r\nAgenda:\r\n1. Status\r\n2. Risks\r\n\r\nThanks,\r\nTom");
    const written = write(body, planMeetingBlock({ kind: "agenda", items: [{ title: "Status" }, { title: "Risks" }, { title: "Go / no-go" }] }, "en"));
    expect(read(written).agenda?.items.map((i) => i.title)).toEqual(["Status", "Risks", "Go / no-go"]);
    expect(written.content).toBe("Hi team,\r\n\r\nQuick sync on the release.\r\n\r\nAgenda:\r\n1. Status\r\n2. Risks\r\n3. Go / no-go\r\n\r\nThanks,\r\nTom");
  });

  test("an empty invitation gets the block as its content", () => {
    const written = write(html(""), planMeetingBlock({ kind: "agenda", items: [{ title: "Kick-off" }, { title: "Plan" }] }, "en"));
    expect(read(written).agenda?.items.map((i) => i.title)).toEqual(["Kick-off", "Plan"]);
  });
});

describe("the meeting side of the one edit path (read, plan, re-read, write)", () => {
  let fake: OfficeFake;
  afterEach(() => fake.uninstall());
  const BODY = "<div>各位好，</div><div><br></div><div>本周四评审 Q3 预算。</div>";

  test("the organizer types while the agenda is written: planned again, the typing survives", async () => {
    fake = installOfficeFake({ item: fakeAppointment({ body: { type: "html", content: BODY } }), calls: { "body.getAsync": { latencyMs: 15 } } });
    let typed = false;
    const typing = setInterval(() => {
      if (typed || fake.callNames().filter((n) => n === "body.getAsync").length !== 2) return;
      typed = true;
      fake.sim.edit((s) => void (s.body.content += "<div>请提前阅读材料。</div>"));
    }, 1);
    const result = await applyEdit(composeAppointment(), planMeetingBlock({ kind: "agenda", items: [{ title: "预算回顾" }] }, "zh-CN"));
    clearInterval(typing);
    expect(result).toEqual({ ok: true });
    expect(typed).toBe(true);
    const out = lines(html(fake.sim.state.body.content));
    expect(out).toContain("请提前阅读材料。");
    expect(out).toContain("1. 预算回顾");
    expect(fake.callNames().filter((n) => n === "body.getAsync").length).toBeGreaterThanOrEqual(4);
  });

  test("a refused write leaves the invitation as it was and says why", async () => {
    fake = installOfficeFake({ item: fakeAppointment({ body: { type: "html", content: BODY } }) });
    fake.sim.fail("body.setAsync", { kind: "error", message: "The item is read-only." });
    const result = await applyEdit(composeAppointment(), planMeetingBlock({ kind: "urgency", reason: "系统故障" }, "zh-CN"));
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(fake.sim.state.body.content).toBe(BODY);
  });
});
