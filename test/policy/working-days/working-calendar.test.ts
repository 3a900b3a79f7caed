import { policySchema, type PolicyInput } from "../../../src/policy/config";
import { addDays, createWorkingCalendar, isCalendarMoment, lastChineseDaysYear, zonedInstant } from "../../../src/policy/working-days/working-calendar";
import sendTime from "../../../src/policy/rules/mail/send-time";
import minutesLate from "../../../src/policy/rules/mail/minutes-late";
import { checkDraft } from "../../../src/policy/engine";
import { defineRule } from "../../../src/policy/rule";
import { mail, people } from "../../support/drafts";

function calendar(input: PolicyInput = {}) {
  return createWorkingCalendar(policySchema.parse(input));
}

const cn = calendar();
const berlin = calendar({ workingHours: { timeZone: "Europe/Berlin" }, holidays: { country: "DE" } });
const newYork = calendar({ workingHours: { timeZone: "America/New_York", start: "08:30", end: "17:30" }, holidays: { country: "US" } });

describe("CN: the State Council's schedule with make-up working days (调休)", () => {
  test.each([
    ["2026-02-13", true, "Fri before Spring Festival"],
    ["2026-02-14", true, "Sat 14 Feb 2026 is a make-up working day"],
    ["2026-02-15", false, "Sun inside the Spring Festival span"],
    ["2026-02-17", false, "Tue 17 Feb 2026, Spring Festival"],
    ["2026-02-23", false, "Mon 23 Feb 2026, last day of the holiday"],
    ["2026-02-24", true, "Tue 24 Feb 2026, back at work"],
    ["2026-02-28", true, "Sat 28 Feb 2026, make-up day"],
    ["2026-09-20", true, "Sun 20 Sep 2026, make-up day for National Day"],
    ["2026-09-25", false, "Fri 25 Sep 2026, Mid-Autumn"],
    ["2026-10-01", false, "Thu 1 Oct 2026, National Day"],
    ["2026-10-05", false, "Mon 5 Oct 2026, National Day week"],
    ["2026-10-07", false, "Wed 7 Oct 2026, last day of National Day week"],
    ["2026-10-08", true, "Thu 8 Oct 2026, back at work"],
    ["2026-10-10", true, "Sat 10 Oct 2026, make-up day for National Day"],
    ["2026-10-11", false, "an ordinary Sunday"],
    ["2026-11-24", true, "an ordinary Tuesday"],
    ["2026-11-28", false, "an ordinary Saturday"],
  ])("%s is a working day: %s (%s)", (date, expected) => {
    expect(cn.isWorkingDay(date)).toBe(expected);
  });

  test("the data covers 2026 whatever the machine's clock says", () => {
    expect(lastChineseDaysYear()).toBeGreaterThanOrEqual(2026);
    expect(lastChineseDaysYear()).toBe(lastChineseDaysYear());
  });

  test("a six-day week keeps ordinary Saturdays but not the holiday span", () => {
    const sixDays = calendar({ workingHours: { days: ["mon", "tue", "wed", "thu", "fri", "sat"] } });
    expect(sixDays.isWorkingDay("2026-11-28")).toBe(true);
    expect(sixDays.isWorkingDay("2026-02-21")).toBe(false);
    expect(sixDays.isWorkingDay("2026-10-03")).toBe(false);
    expect(sixDays.isWorkingDay("2026-11-29")).toBe(false);
  });
});

describe("other countries: full-day public holidays from date-holidays", () => {
  test("Germany", () => {
    expect(berlin.isWorkingDay("2026-10-03")).toBe(false); // Sat anyway
    expect(berlin.isWorkingDay("2026-12-25")).toBe(false);
    expect(berlin.isWorkingDay("2026-04-06")).toBe(false); // Ostermontag
    expect(berlin.isWorkingDay("2026-02-17")).toBe(true); // Faschingsdienstag is an observance
    expect(berlin.isWorkingDay("2026-12-24")).toBe(true); // Heiligabend is only an afternoon off
    expect(berlin.isWorkingDay("2026-02-14")).toBe(false); // an ordinary Saturday, no 调休 outside CN
  });

  test("United States", () => {
    expect(newYork.isWorkingDay("2026-11-26")).toBe(false); // Thanksgiving
    expect(newYork.isWorkingDay("2026-07-03")).toBe(false); // Independence Day observed
    expect(newYork.isWorkingDay("2026-02-14")).toBe(false); // Valentine's Day falls on a Saturday
    expect(newYork.isWorkingDay("2026-04-15")).toBe(true); // Tax Day is an observance
  });

  test("Taiwan and Hong Kong", () => {
    const tw = calendar({ workingHours: { timeZone: "Asia/Taipei" }, holidays: { country: "TW" } });
    const hk = calendar({ workingHours: { timeZone: "Asia/Hong_Kong" }, holidays: { country: "HK" } });
    expect(tw.isWorkingDay("2026-10-09")).toBe(true);
    expect(tw.isWorkingDay("2026-02-17")).toBe(false);
    expect(hk.isWorkingDay("2026-07-01")).toBe(false);
    expect(hk.isWorkingDay("2026-07-02")).toBe(true);
  });
});

describe("the tenant's own days win over the official schedule", () => {
  const tenant = calendar({ holidays: { extraHolidays: ["2026-11-27", "2026-02-14"], extraWorkdays: ["2026-11-28", "2026-10-02"] } });
  test("extra holidays and working days", () => {
    expect(tenant.isWorkingDay("2026-11-27")).toBe(false);
    expect(tenant.isWorkingDay("2026-02-14")).toBe(false); // a make-up day the company gives off
    expect(tenant.isWorkingDay("2026-11-28")).toBe(true);
    expect(tenant.isWorkingDay("2026-10-02")).toBe(true); // on duty during National Day
  });
  test("next working start skips an extra holiday", () => {
    const friday = new Date("2026-11-26T19:00:00+08:00");
    expect(tenant.nextWorkingStart(friday).toISOString()).toBe("2026-11-28T01:00:00.000Z");
  });
});

describe("working time in the tenant's time zone", () => {
  test("Shanghai: 09:00 to 18:00, end exclusive", () => {
    expect(cn.isWorkingTime(new Date("2026-11-24T08:59:00+08:00"))).toBe(false);
    expect(cn.isWorkingTime(new Date("2026-11-24T09:00:00+08:00"))).toBe(true);
    expect(cn.isWorkingTime(new Date("2026-11-24T17:59:00+08:00"))).toBe(true);
    expect(cn.isWorkingTime(new Date("2026-11-24T18:00:00+08:00"))).toBe(false);
    // 02:00 UTC on Tuesday is 10:00 in Shanghai
    expect(cn.isWorkingTime(new Date("2026-11-24T02:00:00Z"))).toBe(true);
    expect(cn.localDate(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
  });

  test("Berlin across the end of daylight saving time (25 Oct 2026)", () => {
    expect(berlin.isWorkingTime(new Date("2026-10-23T07:30:00Z"))).toBe(true); // 09:30 CEST Fri
    expect(berlin.isWorkingTime(new Date("2026-10-26T07:30:00Z"))).toBe(false); // 08:30 CET Mon
    expect(berlin.isWorkingTime(new Date("2026-10-26T08:30:00Z"))).toBe(true); // 09:30 CET Mon
    expect(berlin.nextWorkingStart(new Date("2026-10-23T17:00:00Z")).toISOString()).toBe("2026-10-26T08:00:00.000Z");
    // and its start (29 Mar 2026): Monday 09:00 CEST is 07:00 UTC
    expect(berlin.nextWorkingStart(new Date("2026-03-27T18:00:00Z")).toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });

  test("New York: the local date, not UTC's, decides", () => {
    // Tue 24 Nov 2026 20:00 in New York is Wednesday in UTC
    const evening = new Date("2026-11-25T01:00:00Z");
    expect(newYork.localDate(evening)).toBe("2026-11-24");
    expect(newYork.isWorkingTime(evening)).toBe(false);
    expect(newYork.nextWorkingStart(evening).toISOString()).toBe("2026-11-25T13:30:00.000Z");
    // Wednesday evening before Thanksgiving: the next start is Friday 08:30 EST
    expect(newYork.nextWorkingStart(new Date("2026-11-25T23:00:00Z")).toISOString()).toBe("2026-11-27T13:30:00.000Z");
  });

  test("zonedInstant settles the offset on both sides of a change", () => {
    expect(zonedInstant("2026-03-08", 9 * 60, "America/New_York").toISOString()).toBe("2026-03-08T13:00:00.000Z");
    expect(zonedInstant("2026-03-07", 9 * 60, "America/New_York").toISOString()).toBe("2026-03-07T14:00:00.000Z");
  });
});

describe("nextWorkingStart", () => {
  test.each([
    ["inside working hours: itself", "2026-11-24T10:00:00+08:00", "2026-11-24T10:00:00+08:00"],
    ["early morning: the same day's start", "2026-11-24T07:15:00+08:00", "2026-11-24T09:00:00+08:00"],
    ["evening: the next morning", "2026-11-24T21:30:00+08:00", "2026-11-25T09:00:00+08:00"],
    ["Friday evening: Monday", "2026-11-27T19:00:00+08:00", "2026-11-30T09:00:00+08:00"],
    ["Saturday: Monday", "2026-11-28T11:00:00+08:00", "2026-11-30T09:00:00+08:00"],
    ["Spring Festival eve: the make-up Saturday before is past, back on 24 Feb", "2026-02-14T20:00:00+08:00", "2026-02-24T09:00:00+08:00"],
    ["Friday 13 Feb evening: the make-up Saturday", "2026-02-13T19:00:00+08:00", "2026-02-14T09:00:00+08:00"],
    ["National Day: Thursday 8 Oct", "2026-10-03T10:00:00+08:00", "2026-10-08T09:00:00+08:00"],
    ["Saturday 19 Sep evening: the make-up Sunday", "2026-09-19T20:00:00+08:00", "2026-09-20T09:00:00+08:00"],
  ])("%s", (_name, from, expected) => {
    expect(cn.nextWorkingStart(new Date(from)).getTime()).toBe(new Date(expected).getTime());
  });
});

describe("addWorkingDays (minutes due)", () => {
  test.each([
    ["2026-11-24", 2, "2026-11-26"],
    ["2026-11-26", 2, "2026-11-30"],
    ["2026-11-28", 0, "2026-11-30"],
    ["2026-11-24", 0, "2026-11-24"],
    ["2026-09-30", 2, "2026-10-09"],
    ["2026-02-13", 1, "2026-02-14"],
    ["2026-02-13", 2, "2026-02-24"],
    ["2026-10-09", 1, "2026-10-10"],
  ])("%s + %i working days = %s", (from, days, expected) => {
    expect(cn.addWorkingDays(from, days)).toBe(expected);
  });

  test("US: Thanksgiving week", () => {
    expect(newYork.addWorkingDays("2026-11-25", 1)).toBe("2026-11-27");
  });
});

describe("a year the data does not cover", () => {
  test("falls back to weekdays and remembers the year", () => {
    const c = calendar();
    const uncovered = lastChineseDaysYear() + 1;
    expect(c.isWorkingDay(`${uncovered}-02-10`)).toBe(true);
    expect(c.isWorkingDay(addDays(`${uncovered}-02-10`, 0))).toBe(true);
    expect(Array.from(c.uncoveredYears)).toEqual([uncovered]);
    expect(c.isWorkingDay("2026-11-24")).toBe(true);
    expect(Array.from(c.uncoveredYears)).toEqual([uncovered]);
  });

  test("an unknown country falls back to weekdays", () => {
    const c = calendar({ holidays: { country: "XX" } });
    expect(c.isWorkingDay("2026-12-25")).toBe(true);
    expect(c.isWorkingDay("2026-12-26")).toBe(false);
    expect(Array.from(c.uncoveredYears)).toEqual([2026]);
  });

  test("the engine reports it once as a notice", () => {
    const probe = defineRule({
      id: "mail/probe-calendar",
      appliesTo: "mail",
      defaultSeverity: "info",
      clause: "§2.2.4",
      description: { en: "probe", "zh-CN": "probe", "zh-TW": "probe" },
      messages: {},
      check({ calendar: c }) {
        c.addWorkingDays("2099-12-30", 5);
        c.isWorkingDay("2099-03-01");
        return [];
      },
    });
    const result = checkDraft(mail(), policySchema.parse({}), { rules: [probe], lang: "zh-CN" });
    const notices = result.notices.filter((n) => n.code === "holidayDataMissing");
    expect(notices).toHaveLength(1);
    expect(notices[0].data).toEqual({ years: "2099, 2100" });
  });
});

describe("the machine's own time zone does not matter", () => {
  test.each(["America/New_York", "Pacific/Auckland", "UTC"])("loaded on a machine in %s", (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      jest.isolateModules(() => {
        const fresh = require("../../../src/policy/working-days/working-calendar") as typeof import("../../../src/policy/working-days/working-calendar");
        const c = fresh.createWorkingCalendar(policySchema.parse({}));
        expect([c.isWorkingDay("2026-02-14"), c.isWorkingDay("2026-02-17"), c.isWorkingDay("2026-11-28"), c.isWorkingDay("2026-10-10")]).toEqual([true, false, false, true]);
        expect(fresh.lastChineseDaysYear()).toBe(lastChineseDaysYear());
      });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("moments outside the calendar's range", () => {
  test.each(["+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z", "0001-01-01T00:00:00Z", "1899-12-31T23:00:00Z", "9999-12-31T23:59:59Z", "not a date"])(
    "%s is not judged and breaks nothing",
    (at) => {
      expect(isCalendarMoment(new Date(at))).toBe(false);
      const draft = mail({ sentAt: at, minutesOf: { subject: "x", start: at, end: at, attendees: [people.lisa], minutesDue: "0000-00-00" } });
      const result = checkDraft(draft, policySchema.parse({}), { rules: [sendTime, minutesLate], now: new Date(at) });
      expect(result.notices.filter((n) => n.code === "ruleFailed")).toEqual([]);
    },
  );
});

describe("a year the State Council has not published yet", () => {
  const calendar = createWorkingCalendar(policySchema.parse({}));
  test.each([
    ["2027-01-01", false, "元旦"],
    ["2027-02-05", false, "除夕"],
    ["2027-02-08", false, "初三"],
    ["2027-04-05", false, "清明"],
    ["2027-05-03", true, "劳动节 is 1–2 May"],
    ["2027-06-09", false, "端午"],
    ["2027-09-15", false, "中秋"],
    ["2027-10-01", false, "国庆"],
    ["2027-01-04", true, "an ordinary Monday"],
  ])("%s is a working day: %s (%s)", (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.uncoveredYears.has(2027)).toBe(true);
  });

  test("the next working start after New Year's Eve skips 1 January", () => {
    const next = calendar.nextWorkingStart(new Date("2026-12-31T20:00:00+08:00"));
    expect(next.toISOString()).toBe("2027-01-04T01:00:00.000Z");
  });
});
