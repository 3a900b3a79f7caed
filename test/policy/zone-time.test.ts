import fc from "fast-check";
import { momentForReader } from "../../src/policy/moment-text";
import { intlLocalParts, localParts, zonedInstant, zoneOffsetMs } from "../../src/policy/working-days/zone-time";

// localParts answers from an offset looked up once per span of time; it must say what Intl says
// for every instant, across changes of offset (daylight saving, a zone's history) included.

const ZONES = ["Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "UTC"];

describe("localParts", () => {
  it.each(ZONES)("agrees with Intl at random instants from 1900 to 2100 in %s", (zone) => {
    const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) - 1 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instants, (instant) => {
        expect(localParts(instant, zone)).toEqual(intlLocalParts(instant, zone));
      }),
      { numRuns: 800 },
    );
  });

  it.each([
    ["America/New_York", "2026-03-08T06:00:00Z"],
    ["America/New_York", "2026-11-01T05:00:00Z"],
    ["Europe/London", "2026-03-29T00:00:00Z"],
    ["Australia/Lord_Howe", "2026-04-04T14:00:00Z"],
    ["Asia/Shanghai", "1991-09-14T16:00:00Z"],
    ["Asia/Shanghai", "1900-12-31T15:00:00Z"],
    ["Asia/Taipei", "1979-09-30T14:00:00Z"],
  ])("agrees with Intl minute by minute around a change of offset in %s at %s", (zone, around) => {
    const centre = Date.parse(around);
    for (let minute = -240; minute <= 240; minute++) {
      const instant = new Date(centre + minute * 60_000 + 17_000);
      expect(localParts(instant, zone)).toEqual(intlLocalParts(instant, zone));
    }
  });

  it("gives years outside 1000–9999 as Intl writes them", () => {
    for (const iso of ["0102-03-04T05:06:07Z", "0999-12-31T23:59:59Z", "+010000-01-01T00:00:00Z"]) {
      const instant = new Date(iso);
      expect(localParts(instant, "Asia/Shanghai")).toEqual(intlLocalParts(instant, "Asia/Shanghai"));
    }
  });

  it("finds the instant of a wall-clock time, across a change of offset too", () => {
    expect(zonedInstant("2026-11-24", 9 * 60, "Asia/Shanghai").toISOString()).toBe("2026-11-24T01:00:00.000Z");
    expect(zonedInstant("2026-03-08", 12 * 60, "America/New_York").toISOString()).toBe("2026-03-08T16:00:00.000Z");
    expect(zonedInstant("2026-03-07", 12 * 60, "America/New_York").toISOString()).toBe("2026-03-07T17:00:00.000Z");
  });

  it("refuses a zone Intl does not know, as Intl does", () => {
    expect(() => localParts(new Date(), "Mars/Olympus")).toThrow(RangeError);
  });

  it("gives each zone's offset as Intl's wall clock says, and moments carry Intl's own offset label", () => {
    const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2050, 0, 1) - 1 }).map((ms) => new Date(ms));
    for (const zone of ZONES) {
      const label = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" });
      fc.assert(
        fc.property(instants, (instant) => {
          const wall = intlLocalParts(instant, zone);
          const wallMs = Date.parse(`${wall.date}T00:00:00Z`) + wall.minutes * 60_000;
          expect(Math.abs(wallMs - (instant.getTime() - (instant.getTime() % 60_000)) - zoneOffsetMs(instant, zone))).toBeLessThan(60_000);
          const intlLabel = label.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
          expect(momentForReader(instant.toISOString(), "en", zone).endsWith(` ${intlLabel}`)).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });
});
