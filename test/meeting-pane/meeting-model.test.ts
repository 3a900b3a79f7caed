import { buildMinutesMessage, minutesDueDate, missingMaterials, writeBlock, agendaText, renderMinuteTaker, renderUrgency } from "../../src/meeting-pane/meeting-model";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { readMeetingBody } from "../../src/policy/text/meeting-body";
import { parseBody } from "../../src/policy/text/segment";
import { parseMinutesMarker } from "../../src/outlook/minutes-link";
import type { ItemBody, MeetingDraft } from "../../src/policy/types";

const TEAMS = '<div>________________________________________________________________________________</div><div>Microsoft Teams meeting</div><div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc">Join the meeting now</a></div><div>Meeting ID: 123 456 789</div>';

function html(content: string): ItemBody {
  return { contentType: "html", content };
}

const read = (body: ItemBody) => readMeetingBody(parseBody(body));

describe("writing the pane's blocks into the invitation", () => {
  const invitation = html(`<html><body><div>各位好，</div><div><br></div><div>本周四评审 Q3 预算执行情况，请准时参加。</div><div><br></div>${TEAMS}</body></html>`);

  it("inserts the agenda where the sender's text ends and reads it back", () => {
    const items = [{ title: "Q3 支出回顾", minutes: 20, owner: "王伟" }, { title: "Q4 预算调整" }];
    const written = writeBlock(invitation, "agenda", agendaText(items, "zh-CN"));
    expect(read(written).agenda?.items).toEqual(items);
    expect(written.content).toContain("本周四评审 Q3 预算执行情况，请准时参加。");
    expect(written.content).toContain("Join the meeting now");
    expect(written.content.indexOf("Q4 预算调整")).toBeLessThan(written.content.indexOf("Microsoft Teams meeting"));
  });

  it("replaces its own agenda when edited again instead of adding a second one", () => {
    const once = writeBlock(invitation, "agenda", agendaText([{ title: "Q3 spending" }, { title: "Q4 plan" }], "en"));
    const twice = writeBlock(once, "agenda", agendaText([{ title: "Q3 spending", minutes: 15 }, { title: "Hiring", owner: "Lisa Wang" }, { title: "AOB" }], "en"));
    expect(read(twice).agenda?.items).toEqual([{ title: "Q3 spending", minutes: 15 }, { title: "Hiring", owner: "Lisa Wang" }, { title: "AOB" }]);
    expect(twice.content.match(/Agenda:/g)).toHaveLength(1);
    expect(twice.content).toContain("各位好，");
  });

  it("replaces a hand-written agenda in the organizer's own markup", () => {
    const body = html("<div>Hi all,</div><div><br></div><div>Agenda:</div><ol><li>Budget</li><li>Staffing</li></ol><div><br></div><div>Thanks,</div><div>Tom</div>");
    const written = writeBlock(body, "agenda", agendaText([{ title: "Budget", minutes: 30 }, { title: "Staffing" }], "en"));
    expect(read(written).agenda?.items).toEqual([{ title: "Budget", minutes: 30 }, { title: "Staffing" }]);
    expect(written.content).toContain("<div>Thanks,</div><div>Tom</div>");
    expect(written.content).toContain("<div>Hi all,</div>");
  });

  it("writes the minute-taker and the urgency reason, each once, in zh-TW", () => {
    let body = writeBlock(invitation, "minuteTaker", renderMinuteTaker({ name: "李娜", address: "li.na@contoso.com" }, "zh-TW"));
    body = writeBlock(body, "minuteTaker", renderMinuteTaker({ name: "陳志明", address: "chen.zhiming@contoso.com" }, "zh-TW"));
    body = writeBlock(body, "urgency", renderUrgency("生產系統故障，需要今天決定回滾方案", "zh-TW"));
    const r = read(body);
    expect(r.minuteTaker?.person).toEqual({ name: "陳志明", address: "chen.zhiming@contoso.com" });
    expect(r.urgency?.reason).toBe("生產系統故障，需要今天決定回滾方案");
    expect(body.content.match(/會議記錄人/g)).toHaveLength(1);
  });

  it("writes into an empty body", () => {
    const written = writeBlock(html(""), "agenda", agendaText([{ title: "Kick-off" }, { title: "Plan" }], "en"));
    expect(read(written).agenda?.items.map((i) => i.title)).toEqual(["Kick-off", "Plan"]);
  });

  it("writes into a plain-text body", () => {
    const written = writeBlock({ contentType: "text", content: "Hi team,\n\nQuick sync on the release.\n\nAgenda:\n1. Status\n2. Risks" }, "agenda", agendaText([{ title: "Status" }, { title: "Risks" }, { title: "Go / no-go" }], "en"));
    expect(read(written).agenda?.items.map((i) => i.title)).toEqual(["Status", "Risks", "Go / no-go"]);
    expect(written.content.startsWith("Hi team,\n\nQuick sync on the release.")).toBe(true);
  });
});

const meeting: MeetingDraft = {
  kind: "meeting",
  subject: "Q3 预算评审会",
  organizer: { name: "Tom Chen", address: "tom.chen@contoso.com" },
  requiredAttendees: [
    { name: "Tom Chen", address: "tom.chen@contoso.com" },
    { name: "Lisa Wang", address: "lisa.wang@contoso.com" },
    { name: "李娜", address: "li.na@contoso.com" },
  ],
  optionalAttendees: [{ name: "陳志明", address: "chen.zhiming@contoso.com" }],
  // Wednesday before National Day: the due date skips the Golden Week (1–7 October 2026).
  start: "2026-09-30T06:00:00Z",
  end: "2026-09-30T07:00:00Z",
};

describe("the minutes", () => {
  it("is due minutesDueWorkingDays working days after the meeting in the tenant's calendar", () => {
    expect(minutesDueDate({ ...meeting, start: "2026-11-26T06:00:00Z", end: "2026-11-26T07:00:00Z" }, DEFAULT_POLICY)).toBe("2026-11-30");
    expect(minutesDueDate(meeting, DEFAULT_POLICY)).toBe("2026-10-09");
  });

  it("goes to the attendees and the department heads, with the template and the link", () => {
    const message = buildMinutesMessage(meeting, { lang: "zh-CN", policy: DEFAULT_POLICY, heads: [{ address: "zhang.min@contoso.com" }, { address: "li.na@contoso.com" }], withMarker: true });
    expect(message.subject).toBe("会议纪要：Q3 预算评审会");
    expect(message.to.map((p) => p.address)).toEqual(["lisa.wang@contoso.com", "li.na@contoso.com", "chen.zhiming@contoso.com"]);
    expect(message.cc.map((p) => p.address)).toEqual(["zhang.min@contoso.com"]);
    expect(message.html).toContain("一、讨论内容");
    expect(message.html).toContain("四、行动项");
    expect(parseMinutesMarker(message.html)).toEqual(message.link);
    expect(message.link.minutesDue).toBe("2026-10-09");
    const en = buildMinutesMessage(meeting, { lang: "en", policy: DEFAULT_POLICY, heads: [], withMarker: false });
    expect(en.subject).toBe("Minutes: Q3 预算评审会");
    expect(en.html).not.toContain("cpa-minutes-of");
    expect(buildMinutesMessage(meeting, { lang: "zh-TW", policy: DEFAULT_POLICY, heads: [], withMarker: false }).subject).toBe("會議紀要：Q3 预算评审会");
  });
});

describe("materials", () => {
  it("warns when the agenda mentions slides and nothing is attached or linked", () => {
    const parsed = parseBody(html("<div>议程：</div><div>1. 评审方案 PPT（20分钟）</div><div>2. 讨论</div>"));
    expect(missingMaterials(parsed, [{ title: "评审方案 PPT" }], { kind: "meeting" })).toEqual(["方案", "PPT"]);
    expect(missingMaterials(parsed, [{ title: "评审方案 PPT" }], { kind: "meeting", attachments: [{ name: "方案.pptx" }] })).toEqual([]);
  });

  it("counts a document link but not the Teams join link", () => {
    const withTeams = parseBody(html(`<div>Agenda: review the deck</div>${TEAMS}`));
    expect(missingMaterials(withTeams, [{ title: "review the deck" }], { kind: "meeting" })).toEqual(["deck"]);
    const withLink = parseBody(html('<div>Agenda: review the deck</div><div><a href="https://contoso.sharepoint.com/sites/it/deck.pptx">deck</a></div>'));
    expect(missingMaterials(withLink, [{ title: "review the deck" }], { kind: "meeting" })).toEqual([]);
  });
});
