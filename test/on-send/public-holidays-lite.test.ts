import { DEFAULT_POLICY } from "../../src/policy/config";

// The on-send bundle replaces date-holidays with a stand-in (webpack.config.js). The working
// calendar must still work with it: weekends and the tenant's own holidays, and a notice.
jest.mock("date-holidays", () => jest.requireActual("../../src/on-send/public-holidays-lite"));

describe("working calendar with the on-send stand-in for date-holidays", () => {
  test("a US tenant gets weekdays plus its own holidays, and the gap is reported", () => {
    const { createWorkingCalendar } = require("../../src/policy/working-days/working-calendar") as typeof import("../../src/policy/working-days/working-calendar");
    const calendar = createWorkingCalendar({
      workingHours: { ...DEFAULT_POLICY.workingHours, timeZone: "America/New_York" },
      holidays: { country: "US", extraHolidays: ["2026-11-26"], extraWorkdays: [] },
    });
    expect(calendar.isWorkingDay("2026-12-25")).toBe(true);
    expect(calendar.isWorkingDay("2026-11-26")).toBe(false);
    expect(calendar.isWorkingDay("2026-11-28")).toBe(false);
    expect(calendar.uncoveredYears.has(2026)).toBe(true);
  });

  test("a CN tenant keeps the State Council schedule", () => {
    const { createWorkingCalendar } = require("../../src/policy/working-days/working-calendar") as typeof import("../../src/policy/working-days/working-calendar");
    const calendar = createWorkingCalendar(DEFAULT_POLICY);
    expect(calendar.isWorkingDay("2026-02-14")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-17")).toBe(false);
  });
});
