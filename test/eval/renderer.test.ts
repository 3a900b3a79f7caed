import { emlToDraft } from "../../src/cli/eml";
import { icsToDrafts } from "../../src/cli/ics";
import { parseBody } from "../../src/policy/text/segment";

// scripts/eval-corpus.js: every client and meeting tool renders a spec that the product's own
// loaders read back (names, charsets, encoded file names, inline images, the quoted history),
// the same spec gives the same bytes, and a mistake in a spec is named with its file and line.

const { parseSpec } = require("../../scripts/eval-corpus/specs");
const { renderMail } = require("../../scripts/eval-corpus/mail");
const { renderMeeting } = require("../../scripts/eval-corpus/meeting");

const CLIENTS = ["outlook-win", "outlook-mac", "owa", "gmail", "apple-mail", "thunderbird", "foxmail", "qqmail", "exmail", "wecom", "coremail"];
const TOOLS = ["outlook-teams", "outlook", "google", "tencent-meeting", "feishu", "dingtalk", "zoom", "webex"];

function mailSpec(client: string, extra = ""): string {
  return `id: t-${client}
split: dev
lang: zh-TW
client: ${client}
${extra}from: 林怡君 <yijun.lin@contoso.com>
to: 陳志明 <zhiming.chen@contoso.com>, vendor@fabrikam.com
cc: 王大明 <daming.wang@contoso.com>
date: 2026-11-24T10:15:00+08:00
subject: 回覆: 十二月機房維護時段確認
attach: 維護時段表_第二版（定稿）_請於週五前回覆.xlsx | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | 18432
attach: logo.png | image/png | 2048 | inline | cid=logo
clean: yes

--- body
志明您好：

隨函附上《維護時段表》，列出各機櫃的停機時間。
- 12/5 A 區
- 12/12 B 區

請於週五前回覆是否可行。

--- signature
林怡君 | 資訊部
{{img logo}}

--- quote reply
From: 陳志明 <zhiming.chen@contoso.com>
Sent: 2026-11-23T15:20:00+08:00
To: 林怡君 <yijun.lin@contoso.com>
Subject: 十二月機房維護時段確認

引用的舊訊息：請確認時段？？？
`;
}

const render = (client: string, extra = ""): Buffer => renderMail(parseSpec(`t-${client}.txt`, mailSpec(client, extra)));

describe.each(CLIENTS)("mail client %s", (client) => {
  it("is read back by the CLI's loader with names, file names and the inline image", async () => {
    const draft = await emlToDraft(new Uint8Array(render(client)));
    expect(draft.subject).toBe("回覆: 十二月機房維護時段確認");
    expect(draft.from).toEqual({ name: "林怡君", address: "yijun.lin@contoso.com" });
    expect(draft.to?.map((p) => p.address)).toEqual(["zhiming.chen@contoso.com", "vendor@fabrikam.com"]);
    expect(draft.to?.[0].name).toBe("陳志明");
    expect(draft.cc?.[0].name).toBe("王大明");
    expect(draft.sentAt).toBe("2026-11-24T02:15:00.000Z");
    const files = (draft.attachments ?? []).filter((a) => !a.isInline).map((a) => a.name);
    expect(files).toEqual(["維護時段表_第二版（定稿）_請於週五前回覆.xlsx"]);
    expect((draft.attachments ?? []).filter((a) => a.isInline)).toHaveLength(1);
  });

  it("puts the quoted history where the engine can tell it from the new text", async () => {
    const draft = await emlToDraft(new Uint8Array(render(client)));
    const body = parseBody(draft.body);
    expect(body.hasQuotedHistory).toBe(true);
    const prose = body.prose.map((s) => s.text).join("\n");
    expect(prose).toContain("隨函附上《維護時段表》");
    expect(prose).not.toContain("引用的舊訊息");
  });

  it("gives the same bytes every time", () => {
    expect(render(client).equals(render(client))).toBe(true);
  });

  it("writes a text/plain alternative when asked for both", async () => {
    const draft = await emlToDraft(new Uint8Array(render(client, "format: both\n")));
    expect(draft.body?.contentType).toBe("html");
    expect(render(client, "format: both\n").toString("latin1")).toMatch(/Content-Type: text\/plain/i);
  });
});

describe("charsets and transfer encodings", () => {
  it.each([
    ["outlook-win", "charset: big5\n", /charset="big5"/],
    ["foxmail", "charset: gbk\n", /charset="GB2312"/],
    ["qqmail", "charset: gb18030\n", /charset="gb18030"/],
    ["thunderbird", "transfer: quoted-printable\n", /Content-Transfer-Encoding: quoted-printable/],
    ["gmail", "transfer: 8bit\n", /Content-Transfer-Encoding: 8bit/],
  ])("%s with %s", async (client, extra, pattern) => {
    const bytes = render(client, extra);
    expect(bytes.toString("latin1")).toMatch(pattern);
    const draft = await emlToDraft(new Uint8Array(bytes));
    expect(parseBody(draft.body).text).toContain("列出各機櫃的停機時間");
  });

  it("refuses a text part the charset cannot hold, naming the character", () => {
    const spec = mailSpec("outlook-win", "charset: big5\nformat: text\n").replace("列出各機櫃", "列出我们的機櫃");
    expect(() => renderMail(parseSpec("t-outlook-win.txt", spec))).toThrow(/cannot hold "们"/);
  });

  it("writes a Purview label as Outlook's msip_labels header", async () => {
    const draft = await emlToDraft(new Uint8Array(render("owa", "sensitivity: Confidential\n")));
    expect(draft.sensitivityLabel).toBe("Confidential");
  });
});

describe("spec mistakes", () => {
  it.each([
    ["t-outlok.txt", mailSpec("outlok"), /t-outlok\.txt:4: client: "outlok" is not one of/],
    ["t-gmail.txt", mailSpec("gmail").replace("clean: yes", "clean: yes\nmust: mail/politeness"), /a clean item has no rule that must fire/],
    ["t-gmail.txt", mailSpec("gmail").replace("clean: yes", "clean: no\nmust: mail/no-such-rule"), /t-gmail\.txt:\d+: unknown rule id "mail\/no-such-rule"/],
    ["t-gmail.txt", mailSpec("gmail").replace("Sent: 2026", "Snet: 2026"), /t-gmail\.txt:\d+: quote header: expected From:/],
    ["t-gmail.txt", mailSpec("gmail").replace("{{img logo}}", "{{img nologo}}"), /t-gmail\.txt:\d+: \{\{img nologo\}\}: no "attach:" line has cid=nologo/],
    ["t-gmail.txt", mailSpec("gmail").replace("date: 2026-11-24T10:15:00+08:00", "date: 2026-11-24 10:15"), /t-gmail\.txt:8: date: .* is not an ISO moment/],
  ])("names the file and line: %s case %#", (file, text, message) => {
    expect(() => parseSpec(file, text)).toThrow(message);
  });

  it("refuses an id that differs from the file name", () => {
    expect(() => parseSpec("other.txt", mailSpec("gmail"))).toThrow(/differs from the file name/);
  });
});

function meetingSpec(tool: string, extra = ""): string {
  return `id: m-${tool}
split: dev
lang: zh-TW
tool: ${tool}
organizer: 林怡君 <yijun.lin@contoso.com>
required: 陳志明 <zhiming.chen@contoso.com>, 王大明 <daming.wang@contoso.com>
optional: Lisa Wu <lisa.wu@contoso.com>
booked: 2026-11-24T10:15:00+08:00
start: 2026-11-26T14:00:00+08:00
end: 2026-11-26T15:00:00+08:00
tz: Asia/Taipei
online: yes
reminder: 15
attach: url | https://contoso.sharepoint.com/sites/it/維護計畫.pptx
${extra}subject: 十二月機房維護計畫審查, 第二次
clean: yes

--- description
議程：
1. 維護時段確認; 回退方案
會議記錄人：陳志明
`;
}

describe.each(TOOLS)("meeting tool %s", (tool) => {
  it("is read back by the CLI's calendar loader", () => {
    const [draft] = icsToDrafts(new Uint8Array(renderMeeting(parseSpec(`m-${tool}.txt`, meetingSpec(tool)))), { timeZone: "Asia/Shanghai" });
    expect(draft.subject).toBe("十二月機房維護計畫審查, 第二次");
    expect(draft.organizer?.address).toBe("yijun.lin@contoso.com");
    expect(draft.requiredAttendees?.map((p) => p.name)).toEqual(["陳志明", "王大明"]);
    expect(draft.optionalAttendees?.map((p) => p.address)).toEqual(["lisa.wu@contoso.com"]);
    expect(new Date(draft.start as string).toISOString()).toBe("2026-11-26T06:00:00.000Z");
    expect(new Date(draft.end as string).toISOString()).toBe("2026-11-26T07:00:00.000Z");
    expect(draft.bookedAt).toBeDefined();
    expect(new Date(draft.bookedAt as string).toISOString()).toBe("2026-11-24T02:15:00.000Z");
    expect(draft.reminderMinutes).toBe(15);
    expect(draft.attachments?.[0]).toMatchObject({ name: "維護計畫.pptx", isCloud: true });
    expect(parseBody(draft.body).text).toContain("1. 維護時段確認; 回退方案");
  });

  it("gives the same bytes every time", () => {
    const once = renderMeeting(parseSpec(`m-${tool}.txt`, meetingSpec(tool)));
    expect(once.equals(renderMeeting(parseSpec(`m-${tool}.txt`, meetingSpec(tool))))).toBe(true);
    expect(once.toString("utf8").split("\r\n").every((line: string) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});

describe("meeting times", () => {
  it("keeps the wall clock of a zone with daylight saving time", () => {
    const spec = meetingSpec("outlook-teams").replace("start: 2026-11-26T14:00:00+08:00", "start: 2026-07-14T09:00:00-04:00").replace("end: 2026-11-26T15:00:00+08:00", "end: 2026-07-14T10:00:00-04:00").replace("tz: Asia/Taipei", "tz: America/New_York");
    const [draft] = icsToDrafts(new Uint8Array(renderMeeting(parseSpec("m-outlook-teams.txt", spec))), { timeZone: "Asia/Shanghai" });
    expect(new Date(draft.start as string).toISOString()).toBe("2026-07-14T13:00:00.000Z");
    expect(draft.onlineMeetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  it("writes an all-day meeting as dates", () => {
    const spec = meetingSpec("google").replace("start: 2026-11-26T14:00:00+08:00", "start: 2026-11-26").replace("end: 2026-11-26T15:00:00+08:00", "end: 2026-11-27");
    const [draft] = icsToDrafts(new Uint8Array(renderMeeting(parseSpec("m-google.txt", spec))), { timeZone: "Asia/Shanghai" });
    expect(draft.isAllDay).toBe(true);
  });
});
