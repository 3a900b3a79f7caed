import { icsToDrafts } from "../../src/cli/ics";
import { mendSplitFolds } from "../../src/cli/ics/fold-bytes";

// Shapes found dogfooding calendar files from Outlook, Google, Apple, Feishu, DingTalk and
// Tencent Meeting: how the reader takes their bytes, zones, alarms and series.

const SHANGHAI = { timeZone: "Asia/Shanghai" };
const enc = new TextEncoder();

function calendar(eventLines: string[], head: string[] = [], eol = "\r\n"): Uint8Array {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...head, "BEGIN:VEVENT", "UID:1", ...eventLines, "END:VEVENT", "END:VCALENDAR"];
  return enc.encode(lines.join(eol) + eol);
}

function one(eventLines: string[], head: string[] = []) {
  return icsToDrafts(calendar(["DTSTAMP:20261120T020000Z", ...eventLines], head), SHANGHAI)[0];
}

/** A content line folded every `width` octets, cutting characters wherever the count falls. */
function foldOctets(line: string, width: number, fold: number[]): number[] {
  const bytes = [...enc.encode(line)];
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += width) {
    if (i > 0) out.push(...fold);
    out.push(...bytes.slice(i, i + width));
  }
  return out;
}

function withFoldedLine(line: string, width: number, fold: number[], eol: number[]): Uint8Array {
  const head = enc.encode(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:1", "DTSTAMP:20261120T020000Z", "DTSTART:20261127T020000Z", ""].join("\r\n"));
  const tail = enc.encode("END:VEVENT\r\nEND:VCALENDAR\r\n");
  return new Uint8Array([...head, ...foldOctets(line, width, fold), ...eol, ...tail]);
}

describe("a fold that cuts a character's UTF-8 bytes", () => {
  const CRLF_SP = [0x0d, 0x0a, 0x20];
  const LF_TAB = [0x0a, 0x09];
  it.each([
    ["zh-CN after CRLF + space", "DESCRIPTION:议程：1. 回顾\\n会议记录人：王芳", 7, CRLF_SP, "议程：1. 回顾\n会议记录人：王芳"],
    ["zh-TW after LF + tab", "DESCRIPTION:議程：1. 門禁系統汰換\\n會議記錄：林怡君", 11, LF_TAB, "議程：1. 門禁系統汰換\n會議記錄：林怡君"],
    ["a two-byte Latin letter", "DESCRIPTION:Agenda: café Müller Ångström", 13, CRLF_SP, "Agenda: café Müller Ångström"],
    ["a four-byte emoji", "DESCRIPTION:Release 🚀 go / no-go 🚀🚀", 15, LF_TAB, "Release 🚀 go / no-go 🚀🚀"],
  ])("reads %s whole", (_, line, width, fold, expected) => {
    const eol = fold[0] === 0x0d ? [0x0d, 0x0a] : [0x0a];
    expect(icsToDrafts(withFoldedLine(line, width, fold, eol), SHANGHAI)[0].body?.content).toBe(expected);
  });

  it("leaves folds between whole characters, and UTF-16 files, as they are", () => {
    const whole = enc.encode("DESCRIPTION:会议\r\n 记录人\r\nSUMMARY:a\r\n");
    expect(mendSplitFolds(whole)).toBe(whole);
    const utf16 = new Uint8Array([0xff, 0xfe, 0xe4, 0xbc, 0x0a, 0x20, 0x9a]);
    expect(mendSplitFolds(utf16)).toBe(utf16);
  });

  it("moves the cut bytes after the fold's space and keeps the length", () => {
    const bytes = new Uint8Array([0x41, 0xe4, 0xbc, 0x0d, 0x0a, 0x20, 0x9a, 0x42]);
    expect([...mendSplitFolds(bytes)]).toEqual([0x41, 0x0d, 0x0a, 0x20, 0xe4, 0xbc, 0x9a, 0x42]);
  });
});

describe("a plain description with an address in angle brackets", () => {
  it.each([
    "会议记录人：李娜 <Li.Na@contoso.com>",
    "Minute-taker: Bo Wang <b.wang@contoso.com>",
    "Notes: Peter Chen <p.chen@contoso.com>, agenda below",
    "Contact <Br.Ops@contoso.com> for the bridge",
  ])("stays text: %s", (description) => {
    expect(one(["DTSTART:20261127T020000Z", `DESCRIPTION:${description}`]).body?.contentType).toBe("text");
  });

  it.each(["Agenda:<br>1. Pilot", "<p class=\"x\">Agenda</p>", "Agenda<br/>1. Pilot", "<li>Pilot</li>"])("is HTML: %s", (description) => {
    expect(one(["DTSTART:20261127T020000Z", `DESCRIPTION:${description}`]).body?.contentType).toBe("html");
  });
});

describe("reminders", () => {
  const start = "DTSTART;TZID=Asia/Shanghai:20261127T140000";
  const alarm = (...lines: string[]) => ["BEGIN:VALARM", ...lines, "END:VALARM"];
  it.each([
    ["Apple's ACTION:NONE placeholder beside an alert at the start", [...alarm("TRIGGER:-PT0S", "ACTION:DISPLAY"), ...alarm("TRIGGER;VALUE=DATE-TIME:19760401T005545Z", "ACTION:NONE")], 0],
    ["only ACTION:NONE: no reminder known", alarm("ACTION:NONE", "TRIGGER;VALUE=DATE-TIME:19760401T005545Z"), undefined],
    ["an absolute UTC trigger 2 minutes before a Shanghai start", alarm("ACTION:DISPLAY", "TRIGGER;VALUE=DATE-TIME:20261127T055800Z"), 2],
    ["an absolute UTC trigger 15 minutes before", alarm("ACTION:AUDIO", "TRIGGER;VALUE=DATE-TIME:20261127T054500Z"), 15],
    ["a trigger 65 minutes before the end of an hour", alarm("ACTION:DISPLAY", "TRIGGER;RELATED=END:-PT65M"), 5],
    ["an e-mail a day ahead and a display at 15 minutes", [...alarm("ACTION:EMAIL", "TRIGGER:-P1D"), ...alarm("ACTION:DISPLAY", "TRIGGER:-PT15M")], 1440],
  ])("%s", (_, alarms, minutes) => {
    const draft = one([start, "DTEND;TZID=Asia/Shanghai:20261127T150000", ...(alarms as string[])], ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"]);
    expect(draft.reminderMinutes).toBe(minutes);
  });
});

describe("zones the file names but does not define", () => {
  it.each([
    ["Pacific Standard Time", "2026-11-26T09:00:00-08:00"],
    ["Tokyo Standard Time", "2026-11-26T09:00:00+09:00"],
    ["GMT Standard Time", "2026-11-26T09:00:00Z"],
    ["Taipei Standard Time", "2026-11-26T09:00:00+08:00"],
    ["W. Europe Standard Time", "2026-11-26T09:00:00+01:00"],
    ["(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", "2026-11-26T09:00:00+08:00"],
    ["(GMT-05:00) Eastern Time (US & Canada)", "2026-11-26T09:00:00-05:00"],
    ["(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "2026-11-26T09:00:00+05:30"],
  ])("reads %s on its own clock", (zone, iso) => {
    expect(one([`DTSTART;TZID="${zone}":20261126T090000`]).start).toBe(iso);
  });

  it("keeps the policy's zone for a name it does not know", () => {
    expect(one(["DTSTART;TZID=Contoso Head Office:20261126T090000"]).start).toBe("2026-11-26T09:00:00+08:00");
  });

  it("reads floating times on the calendar's X-WR-TIMEZONE, all-day dates on the policy's zone", () => {
    expect(one(["DTSTART:20261126T090000"], ["X-WR-TIMEZONE:Europe/London"]).start).toBe("2026-11-26T09:00:00Z");
    expect(one(["DTSTART:20261126T090000"], ["X-WR-TIMEZONE:America/New_York"]).start).toBe("2026-11-26T09:00:00-05:00");
    expect(one(["DTSTART;VALUE=DATE:20261126"], ["X-WR-TIMEZONE:Europe/London"]).start).toBe("2026-11-26T00:00:00+08:00");
    expect(one(["DTSTART:20261126T090000"], ["X-WR-TIMEZONE:Not/AZone"]).start).toBe("2026-11-26T09:00:00+08:00");
    expect(one(["DTSTART:20261126T010000Z"], ["X-WR-TIMEZONE:Europe/London"]).start).toBe("2026-11-26T01:00:00Z");
  });
});

describe("a series with its exceptions in the same file", () => {
  const master = (...lines: string[]) => ["BEGIN:VEVENT", "UID:s1", "SUMMARY:IT 运维周例会", ...lines, "END:VEVENT"];
  const file = (...events: string[][]) => enc.encode(["BEGIN:VCALENDAR", "VERSION:2.0", ...events.flat(), "END:VCALENDAR"].join("\r\n") + "\r\n");
  const weekly = ["DTSTAMP:20261118T020000Z", "DTSTART:20260903T020000Z", "DTEND:20260903T030000Z", "RRULE:FREQ=WEEKLY;BYDAY=TH"];

  it("skips EXDATE'd occurrences and reads a moved one at its new time", () => {
    const moved = master("RECURRENCE-ID:20261126T020000Z", "DTSTAMP:20261118T020000Z", "DTSTART:20261126T060000Z", "DTEND:20261126T070000Z");
    const [series] = icsToDrafts(file(master(...weekly, "EXDATE:20261119T020000Z"), moved), SHANGHAI);
    expect([series.start, series.end]).toEqual(["2026-11-26T06:00:00Z", "2026-11-26T07:00:00Z"]);
    const [withoutMove] = icsToDrafts(file(master(...weekly, "EXDATE:20261119T020000Z,20261126T020000Z")), SHANGHAI);
    expect(withoutMove.start).toBe("2026-12-03T02:00:00Z");
  });

  it("skips an occurrence that a cancelled exception takes away", () => {
    const cancelled = master("RECURRENCE-ID:20261119T020000Z", "DTSTAMP:20261118T020000Z", "DTSTART:20261119T020000Z", "STATUS:CANCELLED");
    const [series] = icsToDrafts(file(master(...weekly), cancelled), SHANGHAI);
    expect(series.start).toBe("2026-11-26T02:00:00Z");
  });

  it("dates the booking of a running series from when it was created, else its first start", () => {
    const [created] = icsToDrafts(file(master(...weekly, "CREATED:20260820T020000Z")), SHANGHAI);
    expect([created.bookedAt, created.recurring]).toEqual(["2026-08-20T02:00:00Z", true]);
    const [noCreated] = icsToDrafts(file(master(...weekly)), SHANGHAI);
    expect(noCreated.bookedAt).toBe("2026-09-03T02:00:00Z");
  });

  it("books a series that has not begun, and one that has ended, at DTSTAMP", () => {
    const [upcoming] = icsToDrafts(file(master("DTSTAMP:20261118T020000Z", "CREATED:20261101T020000Z", "DTSTART:20261119T020000Z", "RRULE:FREQ=WEEKLY")), SHANGHAI);
    expect([upcoming.bookedAt, upcoming.start, upcoming.recurring]).toEqual(["2026-11-18T02:00:00Z", "2026-11-19T02:00:00Z", true]);
    const [ended] = icsToDrafts(file(master("DTSTAMP:20261118T020000Z", "DTSTART:20260903T020000Z", "RRULE:FREQ=DAILY;COUNT=3")), SHANGHAI);
    expect([ended.bookedAt, ended.recurring]).toEqual(["2026-11-18T02:00:00Z", undefined]);
  });
});
