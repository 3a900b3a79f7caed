import { parseBody } from "../../../src/policy/text/segment";
import {
  parseAgenda,
  parseAgendaItem,
  parseMinuteTaker,
  parseUrgency,
  readMeetingBody,
  renderAgenda,
  renderMinuteTaker,
  renderUrgency,
  type AgendaItem,
} from "../../../src/policy/text/meeting-body";
import { LANGS, type Person } from "../../../src/policy/types";

const text = (content: string) => parseBody({ contentType: "text", content });
const html = (content: string) => parseBody({ contentType: "html", content });

const TEAMS_TEXT = [
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc>",
  "Meeting ID: 123 456 789 012",
  "Passcode: aB3xYz",
  "Download Teams | Join on the web",
  "Learn More | Meeting options",
  "________________________________________________________________________________",
].join("\n");

describe("round trip", () => {
  const items: AgendaItem[] = [
    { title: "Q3 spending review", minutes: 15, owner: "王伟" },
    { title: "Q4 预算 / Q4 budget", minutes: 30 },
    { title: "AOB", owner: "Lisa Wang" },
    { title: "上线计划（含回滚方案）" },
  ];
  const takers: Person[] = [
    { name: "李娜", address: "li.na@contoso.com" },
    { name: "Lisa Wang", address: "" },
    { name: "陳志明", address: "chen.zm@contoso.com" },
    { address: "tom.chen@contoso.com" },
  ];
  const reasons = ["生产环境故障需要立即决定回滚方案", "客户明天上午 9 点要答复 / client needs an answer by 9am", "Outage on the payment API"];

  test.each(LANGS)("agenda in %s", (lang) => {
    expect(parseAgenda(text(renderAgenda(items, lang)))).toEqual(items);
  });

  test.each(LANGS)("agenda in %s inside a full invitation with a Teams block", (lang) => {
    const body = `各位好，\n\n下周四评审 Q3 预算。\n\n${renderAgenda(items, lang)}\n\n${renderMinuteTaker(takers[0], lang)}\n${renderUrgency(reasons[0], lang)}\n\n${TEAMS_TEXT}`;
    const read = readMeetingBody(text(body));
    expect(read.agenda?.items).toEqual(items);
    expect(read.minuteTaker?.person).toEqual(takers[0]);
    expect(read.urgency?.reason).toBe(reasons[0]);
  });

  test.each(LANGS)("minute-taker in %s", (lang) => {
    for (const person of takers) expect(parseMinuteTaker(text(renderMinuteTaker(person, lang)))).toEqual(person);
  });

  test.each(LANGS)("urgency in %s", (lang) => {
    for (const reason of reasons) expect(parseUrgency(text(renderUrgency(reason, lang)))).toBe(reason);
  });

  test.each(LANGS)("items in every style survive the round trip in %s", (lang) => {
    const varied: AgendaItem[] = [
      { title: "2027 budget: capex vs. opex", minutes: 45 },
      { title: "需求评审（含 UI 稿）", owner: "李娜" },
      { title: "Q&A / 答疑", minutes: 5, owner: "Tom Chen" },
      { title: "風險與問題 - 第二階段" },
      { title: "Go/no-go" },
    ];
    expect(parseAgenda(text(renderAgenda(varied, lang)))).toEqual(varied);
    expect(parseAgenda(html(`<p>${renderAgenda(varied, lang).split("\n").join("<br>")}</p>`))).toEqual(varied);
  });

  test("render drops closing punctuation that the reader would drop", () => {
    expect(parseAgenda(text(renderAgenda([{ title: "回顾上周进度。" }], "zh-CN")))).toEqual([{ title: "回顾上周进度" }]);
  });

  test("render drops empty items and line breaks", () => {
    expect(renderAgenda([{ title: "  " }, { title: "A\nB" }], "en")).toBe("Agenda:\n1. A B");
  });
});

describe("agenda styles", () => {
  const titles = (body: ReturnType<typeof text>) => parseAgenda(body)?.map((i) => i.title);

  test("Chinese heading with 一、 items and owners", () => {
    const body = text("各位同事：\n\n本周五召开数据中心迁移评审会。\n\n会议议程：\n一、迁移进度汇报（20分钟）负责人：王伟\n二、风险评估（15分钟）\n三、下一步计划\n\n谢谢！\n李娜");
    expect(parseAgenda(body)).toEqual([
      { title: "迁移进度汇报", minutes: 20, owner: "王伟" },
      { title: "风险评估", minutes: 15 },
      { title: "下一步计划" },
    ]);
  });

  test("Traditional heading with (1) items", () => {
    expect(titles(text("議程：\n(1) 專案進度\n(2) 預算調整\n(3) 其他事項"))).toEqual(["專案進度", "預算調整", "其他事項"]);
  });

  test("English bullets, owner with a dash, hours", () => {
    expect(parseAgenda(text("Hi all,\n\nAgenda items:\n• Release status – Tom Chen\n• Incident review (1 h)\n• AOB"))).toEqual([
      { title: "Release status", owner: "Tom Chen" },
      { title: "Incident review", minutes: 60 },
      { title: "AOB" },
    ]);
  });

  test("plain lines under the heading", () => {
    expect(titles(text("Agenda\nWelcome\nRoadmap walkthrough\nQ&A\n\nThanks,\nTom"))).toEqual(["Welcome", "Roadmap walkthrough", "Q&A"]);
  });

  test("items on the heading's line", () => {
    expect(titles(text("议程：1. Q3 回顾；2. Q4 计划"))).toEqual(["Q3 回顾", "Q4 计划"]);
    expect(titles(text("Agenda: walk through the migration runbook"))).toEqual(["walk through the migration runbook"]);
  });

  test("markdown-like and bracketed headings", () => {
    expect(titles(text("【会议议程】\n1、需求评审\n2、排期"))).toEqual(["需求评审", "排期"]);
    expect(titles(text("**Agenda**\n\n1. Demo\n2. Feedback"))).toEqual(["Demo", "Feedback"]);
  });

  test("numbered list without heading counts", () => {
    const agenda = readMeetingBody(text("Hi team,\n\nLet's sync on the launch:\n1. Status of the checklist\n2. Go / no-go\n\nThanks,\nLisa")).agenda;
    expect(agenda?.headed).toBe(false);
    expect(agenda?.items.map((i) => i.title)).toEqual(["Status of the checklist", "Go / no-go"]);
  });

  test("HTML list without numbers after an introducing sentence", () => {
    const read = readMeetingBody(html(`<div>Hi team,</div><div><br></div><div>Next week we'll go through the following:</div><ul><li>Cut-over timeline (20 min)</li><li>Rollback criteria</li></ul><div><br></div><div>Thanks,</div><div>Tom</div>`));
    expect(read.agenda?.items).toEqual([{ title: "Cut-over timeline", minutes: 20 }, { title: "Rollback criteria" }]);
    expect(parseAgenda(html(`<p>各位好，</p><p>本次会议讨论以下内容：</p><ol><li>需求评审</li><li>排期</li></ol>`))?.map((i) => i.title)).toEqual(["需求评审", "排期"]);
  });

  test("Outlook desktop list paragraphs keep their numbers", () => {
    const body = html(`<p class=MsoNormal><b>会议议程：<o:p></o:p></b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Q3 支出回顾（15分钟）<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Q4 预算调整 — 王伟<o:p></o:p></p>`);
    expect(parseAgenda(body)).toEqual([{ title: "Q3 支出回顾", minutes: 15 }, { title: "Q4 预算调整", owner: "王伟" }]);
  });

  test("Outlook desktop list items after a heading or an introducing sentence, each its own block", () => {
    const p = (t: string) => `<p class=MsoNormal><span lang=ZH-CN>${t}<o:p></o:p></span></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>`;
    const li = (t: string) => `<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'><span lang=ZH-CN>${t}<o:p></o:p></span></li>`;
    const list = (tag: string, items: string[]) => `<${tag} style='margin-top:0cm'>\n${items.map(li).join("\n")}\n</${tag}>`;
    const intro = html(`${p("大家好，")}\n${p("运维周例会固定在每周二上午，本次会议讨论以下内容：")}\n${list("ul", ["上周告警与故障复盘（15分钟）", "变更计划确认", "本周值班安排"])}\n${p("纪要：王伟")}\n${p("如有其他议题请在周一下班前告诉我。")}\n${p("谢谢！")}`);
    expect(titles(intro)).toEqual(["上周告警与故障复盘", "变更计划确认", "本周值班安排"]);
    const headed = html(`${p("Hi all,")}\n${p("Agenda")}\n${list("ol", ["Test results (10 min) - Priya", "Rollback readiness", "Go/no-go decision"])}\n${p("Note-taker: Priya Shah")}\n${p("Thanks,")}`);
    expect(readMeetingBody(headed).agenda?.items).toEqual([{ title: "Test results", minutes: 10, owner: "Priya" }, { title: "Rollback readiness" }, { title: "Go/no-go decision" }]);
  });

  test("short lines after a note are not an agenda", () => {
    expect(parseAgenda(html(`<p>Hi all,</p><p>Please note:</p><ul><li>Bring your laptop</li><li>Badge needed at reception</li></ul>`))).toBeUndefined();
  });

  test("a numbered list of notes is not an agenda", () => {
    expect(parseAgenda(text("大家好，\n\n讨论一下新版本。\n\n注意事项：\n1. 请提前 5 分钟入会\n2. 请保持静音"))).toBeUndefined();
  });

  test("a single numbered line is not an agenda", () => {
    expect(parseAgenda(text("Hi,\n\n1. quick sync about the outage.\n\nTom"))).toBeUndefined();
  });

  test("empty heading is reported as such", () => {
    const read = readMeetingBody(text("议程：\n\n会议记录人：李娜"));
    expect(read.agenda).toBeUndefined();
    expect(read.emptyAgendaHeading?.excerpt).toBe("议程：");
    expect(readMeetingBody(text("Agenda: TBD")).emptyAgendaHeading).toBeDefined();
  });

  test("agenda in quoted history of a forwarded invitation does not count", () => {
    const body = text("FYI, adding you to this.\n\n-----Original Appointment-----\nFrom: Lisa Wang <lisa.wang@contoso.com>\nSent: Monday, November 23, 2026 9:00 AM\nTo: Tom Chen\nSubject: Q3 review\n\nAgenda:\n1. Q3\n2. Q4");
    expect(parseAgenda(body)).toBeUndefined();
  });

  test("Outlook HTML agenda", () => {
    const body = html(`<html><body><div class=WordSection1><p class=MsoNormal>Dear all,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Agenda</b><o:p></o:p></p><ol><li>Architecture review (30 min)</li><li>Security sign-off &#8212; Lisa Wang</li></ol>
<p class=MsoNormal>Minute-taker: Lisa Wang &lt;lisa.wang@contoso.com&gt;<o:p></o:p></p></div></body></html>`);
    const read = readMeetingBody(body);
    expect(read.agenda?.items.map((i) => i.title)).toEqual(["Architecture review", "Security sign-off"]);
    expect(read.minuteTaker?.person).toEqual({ name: "Lisa Wang", address: "lisa.wang@contoso.com" });
  });
});

describe("minute-taker styles", () => {
  test.each([
    ["记录人：王伟", { name: "王伟", address: "" }],
    ["記錄人：陳志明（chen.zm@contoso.com）", { name: "陳志明", address: "chen.zm@contoso.com" }],
    ["纪要：李娜", { name: "李娜", address: "" }],
    ["Note-taker: @Lisa Wang", { name: "Lisa Wang", address: "" }],
    ["Minutes by: tom.chen@contoso.com", { address: "tom.chen@contoso.com" }],
    ["- 会议记录人: 李娜 <li.na@contoso.com>", { name: "李娜", address: "li.na@contoso.com" }],
    ["会议最后请李娜担任会议记录人。", { name: "李娜", address: "" }],
    ["Lisa will take the minutes.", { name: "Lisa", address: "" }],
    ["I'd like Lisa Wang to take minutes, thanks.", { name: "Lisa Wang", address: "" }],
    ["Minutes will be taken by Lisa Wang.", { name: "Lisa Wang", address: "" }],
    ["会议纪要由李娜整理，会后两个工作日内发出。", { name: "李娜", address: "" }],
    ["本次由王伟负责会议记录。", { name: "王伟", address: "" }],
  ])("%s", (line, person) => {
    expect(parseMinuteTaker(text(`Hi all,\n\nAgenda:\n1. A\n2. B\n\n${line}`))).toEqual(person);
  });

  test("placeholders and sentences name nobody", () => {
    expect(readMeetingBody(text("记录人：待定")).minuteTaker?.person).toBeUndefined();
    expect(readMeetingBody(text("会议纪要：会后两个工作日内发出，请大家留意。")).minuteTaker).toBeUndefined();
  });

  test("me", () => {
    expect(readMeetingBody(text("记录人：我")).minuteTaker?.self).toBe(true);
  });
});

describe("parseAgendaItem", () => {
  test("owner label in brackets", () => {
    expect(parseAgendaItem("系统演示（负责人：李娜）")).toEqual({ title: "系统演示", owner: "李娜" });
  });
  test("owner after a duration, with or without a space before the dash", () => {
    expect(parseAgendaItem("割接步骤说明（20分钟）— 王伟")).toEqual({ title: "割接步骤说明", minutes: 20, owner: "王伟" });
    expect(parseAgendaItem("Rules to open (10 min) - Mark")).toEqual({ title: "Rules to open", minutes: 10, owner: "Mark" });
  });
  test("dash inside a title is not an owner", () => {
    expect(parseAgendaItem("Q3-Q4 roadmap")).toEqual({ title: "Q3-Q4 roadmap" });
  });
});

describe("an agenda ends where a signature starts", () => {
  test("the '-- ' line and the name under it are no agenda items, in HTML and in text", () => {
    expect(parseAgenda(html('<div>Agenda:</div><div>1. budget</div><div class="gmail_signature">-- <br>Tom</div>'))).toEqual([{ title: "budget" }]);
    expect(parseAgenda(text("议程：\n1. 预算回顾\n2. 下季度计划\n-- \n李娜"))).toEqual([{ title: "预算回顾" }, { title: "下季度计划" }]);
    expect(parseAgenda(text("議程：\n- 預算回顧\n--\n陳志明 | 業務部"))).toEqual([{ title: "預算回顧" }]);
  });

  test("dash items and a double dash before an owner stay what they were", () => {
    expect(parseAgenda(text("Agenda:\n- Status -- Lisa\n- Risks"))).toEqual([{ title: "Status", owner: "Lisa" }, { title: "Risks" }]);
  });
});
