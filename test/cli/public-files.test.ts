import { icsToItems } from "../../src/cli/ics";
import { reasonText } from "../../src/cli/input-error";
import { loadItems } from "../../src/cli/load";
import type { MeetingDraft } from "../../src/policy/types";
import { fixture, fixtureBytes } from "./helpers";

// Real files from public mail and calendar libraries (test/fixtures/report/public/README.md),
// each read or refused with a reason that names the line, within a blink and not by moving
// an impossible date to another day.

const OPTIONS = { timeZone: "Asia/Shanghai" };
const pub = (name: string) => `report/public/${name}`;
const own = (name: string) => `report/own/${name}`;

async function load(name: string) {
  return loadItems(fixture(name), fixtureBytes(name), OPTIONS);
}

describe("calendars that ical.js alone refuses whole", () => {
  it.each([
    ["icaljs-vtimezone-without-tzid.ics", /VTIMEZONE without TZID/],
    ["icalendar-rfc7529-rscale.ics", /RRULE not understood/],
    ["icalendar-sixt-organizer-no-value.ics", /line 8: ORGANIZER ignored/],
    ["icalendar-podio-text-after-end.ics", /line 36: text outside any calendar component/],
  ])("reads %s and says what it set aside", async (name, note) => {
    const result = await load(pub(name));
    if (!result.ok) throw new Error(reasonText(result.reason, "en"));
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
    expect(result.notes.map((n) => reasonText(n, "en"))).toContainEqual(expect.stringMatching(note));
  });

  it("reads an Exchange RRULE written with spaces as a weekly series, with its zone", async () => {
    const result = icsToItems(fixtureBytes(pub("icalendar-exchange-rrule-spaces.ics")), OPTIONS);
    expect(result.notes).toEqual([]);
    expect(result.drafts[0]).toEqual(expect.objectContaining({ subject: "Sprint 25 Daily Standup", start: "2015-07-03T10:00:00+02:00", end: "2015-07-03T10:30:00+02:00" }));
  });

  it("reads DTSTART:YYYYMMDD without VALUE=DATE as an all-day date", async () => {
    const { drafts } = icsToItems(fixtureBytes(pub("icalendar-date-without-value.ics")), OPTIONS);
    expect(drafts[0]).toEqual(expect.objectContaining({ subject: "New Year's Day", isAllDay: true, start: "2022-01-01T00:00:00+08:00" }));
  });

  it("the Podio export's TypeError is gone: the meeting is read", async () => {
    const { drafts } = icsToItems(fixtureBytes(pub("icalendar-podio-text-after-end.ics")), OPTIONS);
    expect(drafts.map((d) => [d.subject, d.start])).toEqual([['Termin 4353 und"so"', "2022-02-22T18:30:00Z"]]);
  });
});

describe("meetings refused one by one, by line", () => {
  it("refuses the six impossible dates of a 400-meeting export and reads the rest", async () => {
    const result = await load(pub("node-ical-impossible-dates.ics"));
    if (!result.ok) throw new Error("refused whole");
    expect(result.problems.map((p) => reasonText(p, "en"))).toEqual([
      "line 360: DTSTART “20240230T100000Z” is not a date and time that exists",
      "line 366: DTSTART “20240231T100000Z” is not a date and time that exists",
      "line 738: DTSTART “20240431T100000Z” is not a date and time that exists",
      "line 1110: DTSTART “20240631T100000Z” is not a date and time that exists",
      "line 1668: DTSTART “20240931T100000Z” is not a date and time that exists",
      "line 2040: DTSTART “20241131T100000Z” is not a date and time that exists",
    ]);
    expect(result.items).toHaveLength(395);
    expect(reasonText(result.problems[0], "zh-CN")).toBe("第 360 行：DTSTART“20240230T100000Z”不是存在的日期和时间");
  });

  it.each([
    [pub("icalendar-duration-p999999999999999999w.ics"), "line 8: DURATION “P999999999999999999W” is longer than a year; no meeting lasts that long"],
    [own("duration-p999999999w.ics"), "line 8: DURATION “P999999999W” is longer than a year; no meeting lasts that long"],
  ])("refuses %s from its value instead of computing its end (which hung ical.js)", async (name, reason) => {
    const result = await load(name);
    expect(result.ok ? reasonText(result.problems[0], "en") : reasonText(result.reason, "en")).toBe(reason);
  });

  it("refuses an end before the start, naming DTEND, and checks the meeting beside it", async () => {
    const result = await load(own("end-before-start.ics"));
    if (!result.ok) throw new Error("refused whole");
    expect(result.problems.map((p) => reasonText(p, "zh-TW"))).toEqual(["第 8 行：DTEND 2026-11-27T14:00:00+08:00 早於 DTSTART 2026-11-27T15:00:00+08:00"]);
    expect(result.items.map((i) => i.draft.subject)).toEqual(["Firewall change review"]);
  });
});

describe("Outlook .msg items (msgreader's test files)", () => {
  it("reads a mail with To and Cc, and its moment of sending", async () => {
    const result = await load(pub("msgreader-to-and-cc.msg"));
    if (!result.ok) throw new Error("refused");
    expect(result.items[0].draft).toEqual(expect.objectContaining({ kind: "mail", subject: "title", to: [{ address: "to@example.com" }], cc: [{ address: "cc@example.com" }] }));
  });

  it("reads CJK text, an attachment and an inline image", async () => {
    const cjk = await load(pub("msgreader-hello-cjk.msg"));
    const inline = await load(pub("msgreader-attach-and-inline.msg"));
    if (!cjk.ok || !inline.ok) throw new Error("refused");
    expect(cjk.items[0].draft.body?.content).toContain("C 你好");
    expect(inline.items[0].draft.attachments).toEqual([
      expect.objectContaining({ name: "attach.png", isInline: false, size: 1558 }),
      expect.objectContaining({ name: "image001.png", isInline: true, contentType: "image/png" }),
    ]);
  });

  it("reads the HTML body and the sender's SMTP address of a new-Outlook item", async () => {
    const result = await load(pub("msgreader-html-headers.msg"));
    if (!result.ok) throw new Error("refused");
    const draft = result.items[0].draft;
    expect(draft.kind === "mail" && draft.from?.address).toBe("ku@digitaldolphins.jp");
    expect(draft.body?.contentType).toBe("html");
    expect(draft.kind === "mail" && draft.sentAt).toBe("2025-09-26T01:43:11.000Z");
  });

  it("reads appointments as meetings: start, end, location, attendees without the organizer", async () => {
    const single = await load(pub("msgreader-appointment.msg"));
    const series = await load(pub("msgreader-recurring-appointment.msg"));
    if (!single.ok || !series.ok) throw new Error("refused");
    const meeting = single.items[0].draft as MeetingDraft;
    expect(meeting).toEqual(expect.objectContaining({ kind: "meeting", subject: "A schedule", location: "A place", start: "2021-10-13T09:30:00.000Z", end: "2021-10-13T10:00:00.000Z" }));
    expect((series.items[0].draft as MeetingDraft).attachments).toEqual([]); // the exceptions are hidden parts, not materials
  });

  it("refuses an OLE file that holds no Outlook item, under any name", async () => {
    const result = await load("outlook-item-renamed.eml");
    expect(result.ok ? "" : reasonText(result.reason, "en")).toBe("this Outlook .msg file holds no message class, subject or body");
  });
});

describe("mail", () => {
  it("reads a mail whose attachment is sent as binary with NUL bytes", async () => {
    const result = await load(own("mail-binary-part-nul.eml"));
    if (!result.ok) throw new Error(reasonText(result.reason, "en"));
    expect(result.items[0].draft.attachments).toEqual([expect.objectContaining({ name: "temperature.png", isInline: false })]);
  });

  it("still refuses a binary file named .eml (NUL in what would be its header)", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = await loadItems("x.eml", png, OPTIONS);
    expect(result.ok ? "" : reasonText(result.reason, "en")).toBe("not a MIME message: the header block holds binary data (line 3)");
  });
});
