import * as chineseDays from "chinese-days";
import Holidays from "date-holidays";
import type { Policy } from "../config";

// The tenant's working calendar: working hours in the tenant's time zone, public holidays
// (for CN the State Council's schedule with its make-up working days), and the company's
// own extra holidays and working days, which win over both.

export interface WorkingCalendar {
  readonly timeZone: string;
  /** YYYY-MM-DD of `instant` in the tenant's time zone. */
  localDate(instant: Date): string;
  isWorkingDay(isoDate: string): boolean;
  /** True when `instant` falls inside working hours of a working day. */
  isWorkingTime(instant: Date): boolean;
  /** The start of the next working period at or after `instant` (itself if inside one). */
  nextWorkingStart(instant: Date): Date;
  /** The working day `days` working days after `isoDate` (0: the date itself, or the next working day). */
  addWorkingDays(isoDate: string, days: number): string;
  /** Years the holiday data did not cover, looked up so far (weekdays were used). */
  readonly uncoveredYears: ReadonlySet<number>;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const CHINESE_DAYS_YEARS = { first: 2004, last: lastChineseDaysYear() };

function lastChineseDaysYear(): number {
  // The package knows the years the State Council has published; probe rather than hard-code.
  for (let year = new Date().getUTCFullYear() + 2; year > 2004; year--) {
    if (chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0) return year;
  }
  return 2004;
}

interface LocalParts {
  date: string;
  minutes: number;
  weekday: (typeof WEEKDAYS)[number];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday };
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

/** The instant when the wall clock in `timeZone` shows `date` at `minutes` past midnight. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Two passes settle the offset, including across a daylight-saving change.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const seen = localParts(new Date(guess), timeZone);
    const seenWall = Date.parse(`${seen.date}T00:00:00Z`) + seen.minutes * 60_000;
    guess += wall - seenWall;
  }
  return new Date(guess);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

type HolidayLookup = (isoDate: string) => boolean | undefined;

function chinaLookup(uncovered: Set<number>): HolidayLookup {
  return (isoDate) => {
    const year = Number(isoDate.slice(0, 4));
    if (year < CHINESE_DAYS_YEARS.first || year > CHINESE_DAYS_YEARS.last) {
      uncovered.add(year);
      return undefined;
    }
    return chineseDays.isWorkday(isoDate);
  };
}

function dateHolidaysLookup(country: string): HolidayLookup {
  const holidays = new Holidays(country);
  return (isoDate) => {
    const found = holidays.isHoliday(new Date(`${isoDate}T12:00:00Z`));
    // Only full-day public holidays close the office; observances and optional days do not.
    if (Array.isArray(found) && found.some((h) => h.type === "public")) return false;
    return undefined;
  };
}

export function createWorkingCalendar(policy: Pick<Policy, "workingHours" | "holidays">): WorkingCalendar {
  const { timeZone, days, start, end } = policy.workingHours;
  const startMin = minutesOf(start);
  const endMin = minutesOf(end);
  const extraHolidays = new Set(policy.holidays.extraHolidays);
  const extraWorkdays = new Set(policy.holidays.extraWorkdays);
  const uncoveredYears = new Set<number>();
  const lookup = policy.holidays.country === "CN" ? chinaLookup(uncoveredYears) : dateHolidaysLookup(policy.holidays.country);
  const workingDayCache = new Map<string, boolean>();

  function isWorkingDay(isoDate: string): boolean {
    const cached = workingDayCache.get(isoDate);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (extraHolidays.has(isoDate)) result = false;
    else if (extraWorkdays.has(isoDate)) result = true;
    else {
      const weekday = WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()];
      const official = lookup(isoDate);
      // The official CN schedule already encodes weekends and make-up days; it only
      // applies to a tenant whose week is the standard Monday-to-Friday one.
      result = official === undefined ? days.includes(weekday) : official && (days.includes(weekday) || policy.holidays.country === "CN");
    }
    workingDayCache.set(isoDate, result);
    return result;
  }

  function isWorkingTime(instant: Date): boolean {
    const local = localParts(instant, timeZone);
    return isWorkingDay(local.date) && local.minutes >= startMin && local.minutes < endMin;
  }

  function nextWorkingStart(instant: Date): Date {
    if (isWorkingTime(instant)) return instant;
    const local = localParts(instant, timeZone);
    let date = local.date;
    if (!(isWorkingDay(date) && local.minutes < startMin)) date = addDays(date, 1);
    for (let i = 0; i < 366 && !isWorkingDay(date); i++) date = addDays(date, 1);
    return zonedInstant(date, startMin, timeZone);
  }

  function addWorkingDays(isoDate: string, count: number): string {
    let date = isoDate;
    let left = count;
    while (left > 0) {
      date = addDays(date, 1);
      if (isWorkingDay(date)) left--;
    }
    for (let i = 0; i < 366 && !isWorkingDay(date); i++) date = addDays(date, 1);
    return date;
  }

  return {
    timeZone,
    localDate: (instant) => localParts(instant, timeZone).date,
    isWorkingDay,
    isWorkingTime,
    nextWorkingStart,
    addWorkingDays,
    uncoveredYears,
  };
}
