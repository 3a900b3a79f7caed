import { icsToItems } from "../../src/cli/ics";
import { MAX_COMPONENT_DEPTH } from "../../src/cli/ics/tolerant-parse";
import { loadDrafts } from "../../src/cli/load";

// Calendars no program writes: a time zone whose rule recurs every second (ical.js expanded it
// for ever), components nested thousands deep (a stack overflow, reported in English).

const OPTIONS = { timeZone: "Asia/Shanghai" };
const enc = (text: string) => new TextEncoder().encode(text.replace(/\n/g, "\r\n"));

const EVENT = `BEGIN:VEVENT
UID:u1@x
DTSTAMP:20261120T020000Z
DTSTART;TZID=Bad:20261125T100000
DTEND;TZID=Bad:20261125T110000
SUMMARY:Weekly sync
ORGANIZER:mailto:tom@contoso.com
ATTENDEE:mailto:lisa@contoso.com
END:VEVENT
`;

function zone(rule: string): string {
  const observance = (kind: string, from: string, to: string) => `BEGIN:${kind}\nDTSTART:16010101T000000\nTZOFFSETFROM:${from}\nTZOFFSETTO:${to}\nRRULE:${rule}\nEND:${kind}\n`;
  return `BEGIN:VTIMEZONE\nTZID:Bad\n${observance("STANDARD", "+0900", "+0800")}${observance("DAYLIGHT", "+0800", "+0900")}END:VTIMEZONE\n`;
}

describe("hostile calendars", () => {
  it("sets aside a time zone rule that recurs every second, with its line, and reads the meeting", () => {
    const result = icsToItems(enc(`BEGIN:VCALENDAR\nVERSION:2.0\n${zone("FREQ=SECONDLY")}${EVENT}END:VCALENDAR\n`), OPTIONS);
    expect(result.drafts).toHaveLength(1);
    expect(result.notes).toEqual(expect.arrayContaining([{ code: "zoneRuleIgnored", data: { line: 9, zone: "Bad", value: "FREQ=SECONDLY" } }, { code: "zoneRuleIgnored", data: { line: 15, zone: "Bad", value: "FREQ=SECONDLY" } }]));
  });

  it("keeps a yearly zone rule as Outlook writes it", () => {
    const result = icsToItems(enc(`BEGIN:VCALENDAR\nVERSION:2.0\n${zone("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")}${EVENT}END:VCALENDAR\n`), OPTIONS);
    expect(result.notes).toEqual([]);
    expect(result.drafts).toHaveLength(1);
  });

  it("refuses components nested thousands deep, naming the line, in the user's language", async () => {
    const text = `BEGIN:VCALENDAR\n${"BEGIN:VEVENT\n".repeat(50_000)}`;
    const result = await loadDrafts("deep.ics", enc(text), { ...OPTIONS, lang: "zh-TW" });
    expect(result).toMatchObject({ ok: false, cause: { code: "icsTooDeep", data: { line: MAX_COMPONENT_DEPTH + 1 } } });
    if (!result.ok) expect(result.reason).toContain("巢狀");
  });
});
