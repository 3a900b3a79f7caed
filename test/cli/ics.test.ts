import { icsToDrafts } from "../../src/cli/ics";
import { InputError } from "../../src/cli/input-error";
import { fixtureBytes } from "./helpers";

const SHANGHAI = { timeZone: "Asia/Shanghai" };

function ics(...eventLines: string[]): Uint8Array {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT", "UID:1", "DTSTAMP:20261124T020000Z", ...eventLines, "END:VEVENT", "END:VCALENDAR"];
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

describe(".ics → MeetingDraft", () => {
  const [teams] = icsToDrafts(fixtureBytes("meeting-teams-zh-cn.ics"), SHANGHAI);

  it("reads the subject, the Windows-zone times with their offset, and the booking moment", () => {
    expect(teams.subject).toBe("Q4 服务器采购评审会");
    expect(teams.start).toBe("2026-11-27T14:00:00+08:00");
    expect(teams.end).toBe("2026-11-27T15:00:00+08:00");
    expect(teams.isAllDay).toBe(false);
    expect(teams.bookedAt).toBe("2026-11-24T02:15:30Z");
  });

  it("splits attendees by role and leaves out the organizer and the room", () => {
    expect(teams.organizer).toEqual({ name: "Tom Chen", address: "tom.chen@contoso.com" });
    expect(teams.requiredAttendees).toEqual([
      { name: "李娜", address: "li.na@contoso.com" },
      { name: "Lisa Wang", address: "Lisa.Wang@contoso.com" },
    ]);
    expect(teams.optionalAttendees).toEqual([{ name: "陈志明", address: "chen.zm@contoso.com" }]);
  });

  it("takes the HTML description (X-ALT-DESC), the Teams link, the reminder and the cloud attachment", () => {
    expect(teams.body?.contentType).toBe("html");
    expect(teams.body?.content).toMatch(/^<html>\n<head>/);
    expect(teams.body?.content).toContain("<li>讨论 Q4 服务器采购计划</li>");
    expect(teams.onlineMeetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(teams.isOnlineMeeting).toBe(true);
    expect(teams.location).toBe("Microsoft Teams 会议; SH-12F-大会议室");
    expect(teams.reminderMinutes).toBe(15);
    expect(teams.importance).toBe("normal");
    expect(teams.attachments).toEqual([
      { name: "Q4服务器采购预算.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", isInline: false, isCloud: true },
    ]);
  });

  it("reads the join link from URL, where 腾讯会议, 飞书, 钉钉, Zoom and Webex put it", () => {
    const [event] = icsToDrafts(ics("SUMMARY:Q3 预算评审", "DTSTART:20261127T060000Z", "URL:https://meeting.tencent.com/dm/abc123"), SHANGHAI);
    expect(event.onlineMeetingUrl).toBe("https://meeting.tencent.com/dm/abc123");
    expect(event.isOnlineMeeting).toBe(true);
  });

  it("keeps a join block that only the plain DESCRIPTION carries beside the HTML one", () => {
    const [event] = icsToDrafts(
      ics(
        "SUMMARY:Q3 预算评审",
        "DTSTART:20261127T060000Z",
        "DESCRIPTION:议程：1. 预算\\n\\n李娜 邀请您参加腾讯会议\\n点击链接入会：https://meeting.tencent.com/dm/abc123",
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>议程：1. 预算</p></body></html>",
      ),
      SHANGHAI,
    );
    expect(event.body?.contentType).toBe("html");
    expect(event.body?.content).toContain("<div>李娜 邀请您参加腾讯会议</div><div>点击链接入会：https://meeting.tencent.com/dm/abc123</div>");
    expect(event.body?.content).not.toContain("<div>议程：1. 预算</div>");
  });

  it("adds nothing when the HTML description already carries every link of the plain one", () => {
    const [event] = icsToDrafts(
      ics("SUMMARY:Q3 预算评审", "DTSTART:20261127T060000Z", "DESCRIPTION:入会：https://meeting.tencent.com/dm/abc123", "X-ALT-DESC;FMTTYPE=text/html:<p>入会：https://meeting.tencent.com/dm/abc123</p>"),
      SHANGHAI,
    );
    expect(event.body?.content).toBe("<p>入会：https://meeting.tencent.com/dm/abc123</p>");
  });

  it("checks a recurring series once (not its moved occurrence) and reads an all-day event", () => {
    const drafts = icsToDrafts(fixtureBytes("meeting-series-and-allday.ics"), SHANGHAI);
    expect(drafts.map((d) => d.subject)).toEqual(["Weekly DC migration sync", "Cut-over weekend"]);
    const [series, allDay] = drafts;
    expect(series.start).toBe("2026-12-03T09:00:00-08:00"); // Pacific Standard Time in December
    expect(series.requiredAttendees?.map((p) => p.address)).toEqual(["tom.chen@contoso.com", "anna@fabrikam.com"]); // not the CUTYPE=ROOM
    expect(series.importance).toBe("high"); // PRIORITY:1
    expect(series.reminderMinutes).toBe(10); // 40 minutes before the end of a 30-minute meeting
    expect(series.onlineMeetingUrl).toBe("https://zoom.us/j/98765432100?pwd=abc123"); // a URL in LOCATION
    expect(series.body).toEqual({ contentType: "text", content: expect.stringContaining("Minute-taker: Tom Chen") });
    expect(allDay.isAllDay).toBe(true);
    expect(allDay.start).toBe("2026-12-12T00:00:00+08:00");
    expect(allDay.end).toBe("2026-12-14T00:00:00+08:00");
    expect(allDay.urgent).toBe(true); // CATEGORIES:Urgent
    expect(allDay.requiredAttendees).toEqual([]);
    expect(allDay.reminderMinutes).toBeUndefined();
  });

  it("reads floating times in the policy's zone and an IANA TZID without VTIMEZONE in that zone", () => {
    const [floating] = icsToDrafts(ics("SUMMARY:Floating", "DTSTART:20261126T100000", "DTEND:20261126T110000"), SHANGHAI);
    expect(floating.start).toBe("2026-11-26T10:00:00+08:00");
    const [berlin] = icsToDrafts(ics("SUMMARY:Berlin", "DTSTART;TZID=Europe/Berlin:20260715T100000", "DURATION:PT45M"), SHANGHAI);
    expect(berlin.start).toBe("2026-07-15T10:00:00+02:00");
    expect(berlin.end).toBe("2026-07-15T10:45:00+02:00");
  });

  it("maps PRIORITY and binary attachments, and skips non-participants", () => {
    const [draft] = icsToDrafts(
      ics(
        "SUMMARY:Vendor review",
        "DTSTART:20261126T020000Z",
        "ORGANIZER:mailto:tom.chen@contoso.com",
        "ATTENDEE;ROLE=NON-PARTICIPANT;CN=Archive:mailto:archive@contoso.com",
        "ATTENDEE;CN=Lisa Wang:mailto:lisa.wang@contoso.com",
        "PRIORITY:9",
        "ATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=notes.txt:aGVsbG8gd29ybGQ=",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DATE-TIME:20261126T014000Z",
        "END:VALARM",
      ),
      SHANGHAI,
    );
    expect(draft.importance).toBe("low");
    expect(draft.requiredAttendees).toEqual([{ name: "Lisa Wang", address: "lisa.wang@contoso.com" }]);
    expect(draft.attachments).toEqual([{ name: "notes.txt", size: 11, contentType: "text/plain", isInline: false, isCloud: false }]);
    expect(draft.reminderMinutes).toBe(20);
    expect(draft.start).toBe("2026-11-26T02:00:00Z");
    expect(draft.isOnlineMeeting).toBe(false);
    expect(draft.onlineMeetingUrl).toBeUndefined();
  });

  it.each([
    ["meeting-no-event.ics", /no VEVENT/],
    ["binary-renamed.ics", /binary/],
    ["empty.eml", /empty/],
  ])("refuses %s with a reason", (name, reason) => {
    expect(() => icsToDrafts(fixtureBytes(name), SHANGHAI)).toThrow(InputError);
    expect(() => icsToDrafts(fixtureBytes(name), SHANGHAI)).toThrow(reason);
  });

  it("refuses text that is not iCalendar and a calendar whose only event is cancelled", () => {
    expect(() => icsToDrafts(new TextEncoder().encode("Meeting notes\nagenda tbd\n"), SHANGHAI)).toThrow(/not an iCalendar file/);
    expect(() => icsToDrafts(ics("SUMMARY:Off", "STATUS:CANCELLED", "DTSTART:20261126T020000Z"), SHANGHAI)).toThrow(/is cancelled/);
  });

  it("says a cancellation is one, with METHOD:CANCEL and without STATUS:CANCELLED too", () => {
    const cancel = new TextDecoder().decode(ics("SUMMARY:已取消: 网络准入方案评审", "STATUS:CONFIRMED", "DTSTART:20261126T020000Z")).replace("VERSION:2.0", "VERSION:2.0\r\nMETHOD:CANCEL");
    expect(() => icsToDrafts(new TextEncoder().encode(cancel), SHANGHAI)).toThrow(/is cancelled/);
  });

  it("books an updated series for its next occurrence, not its first", () => {
    // DTSTAMP 2026-11-24 02:00Z is a Tuesday; the series meets on Mondays at 10:00 Shanghai time since September.
    const [series] = icsToDrafts(ics("SUMMARY:IT Ops weekly review", "DTSTART:20260907T020000Z", "DTEND:20260907T030000Z", "RRULE:FREQ=WEEKLY;BYDAY=MO"), SHANGHAI);
    expect(series.start).toBe("2026-11-30T02:00:00Z");
    expect(Date.parse(series.end ?? "") - Date.parse(series.start ?? "")).toBe(3_600_000);
    const [ended] = icsToDrafts(ics("SUMMARY:Migration stand-up", "DTSTART:20260907T020000Z", "DTEND:20260907T023000Z", "RRULE:FREQ=DAILY;COUNT=5"), SHANGHAI);
    expect(Date.parse(ended.start ?? "")).toBe(Date.parse("2026-09-07T02:00:00Z"));
    const [single] = icsToDrafts(ics("SUMMARY:Past review", "DTSTART:20260907T020000Z"), SHANGHAI);
    expect(Date.parse(single.start ?? "")).toBe(Date.parse("2026-09-07T02:00:00Z"));
  });

  it("reads the HTML Google Calendar writes into DESCRIPTION as HTML", () => {
    const [google] = icsToDrafts(ics("SUMMARY:Pilot review", "DTSTART:20261127T060000Z", "DESCRIPTION:Agenda:<br><ol><li>Pilot results</li><li>Rollout plan</li></ol>Minute-taker: Lisa"), SHANGHAI);
    expect(google.body?.contentType).toBe("html");
    const [plain] = icsToDrafts(ics("SUMMARY:Pilot review", "DTSTART:20261127T060000Z", "DESCRIPTION:Agenda: 1. results (a < b) 2. plan"), SHANGHAI);
    expect(plain.body?.contentType).toBe("text");
  });

  it("reads a UTF-16 file written by PowerShell", () => {
    const text = new TextDecoder().decode(ics("SUMMARY:季度评审", "DTSTART:20261126T020000Z"));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    expect(icsToDrafts(utf16, SHANGHAI)[0].subject).toBe("季度评审");
  });
});
