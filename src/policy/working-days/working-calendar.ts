import * as chineseDays from "chinese-days";
import Holidays from "date-holidays";
import type { Policy } from "../config";
import type { Lang, LocalizedText } from "../types";
import { formatDay } from "./day-text";
import { localParts, weekdayOf, zonedInstant } from "./zone-time";

export { dayText, formatDay } from "./day-text";
export { zonedInstant } from "./zone-time";

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

const FIRST_CHINESE_DAYS_YEAR = 2004;

// chinese-days parses "YYYY-M-D" strings as UTC midnight and formats them with the machine's
// local clock, for its own table as for our questions. West of Greenwich both are one day
// early, so asking with the same strings stays consistent, but its weekday fallback does not:
// only the table's entries are used here (a name such as "Spring Festival,春节,4"), never
// its guess for an ordinary day.
const PLAIN_DAY_NAMES = new Set(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);

/** true: on the schedule as a working day (调休); false: on it as a day off; undefined: not on it. */
function scheduledAsWorking(isoDate: string): boolean | undefined {
  const detail = chineseDays.getDayDetail(isoDate);
  return PLAIN_DAY_NAMES.has(detail.name) ? undefined : detail.work;
}

/** National Day (1–3 October) is on every published schedule; two days cover the one-day shift. */
function chineseDaysHasYear(year: number): boolean {
  return scheduledAsWorking(`${year}-10-01`) === false || scheduledAsWorking(`${year}-10-02`) === false;
}

let lastChineseDaysYearCache: number | undefined;

/**
 * The last year the package knows the State Council's schedule for. Probed upwards from the
 * package's first year rather than from today's clock, so the answer depends only on the
 * installed data and a check stays deterministic for a given draft.
 */
export function lastChineseDaysYear(): number {
  if (lastChineseDaysYearCache === undefined) {
    let year = FIRST_CHINESE_DAYS_YEAR;
    while (year < 2200 && chineseDaysHasYear(year + 1)) year++;
    lastChineseDaysYearCache = year;
  }
  return lastChineseDaysYearCache;
}


function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** true: an official working day (make-up day); false: an official day off; undefined: an ordinary day. */
type HolidayLookup = (isoDate: string) => boolean | undefined;

const estimatedCache = new Map<number, ReadonlySet<string>>();

/**
 * The statutory holidays of a year the State Council has not published yet, placed by the
 * rules of the 2025 holiday regulation: 元旦 1 Jan, 春节 (除夕 to 初三), 清明, 劳动节 1–2 May,
 * 端午, 中秋, 国庆 1–3 Oct. The make-up working days (调休) cannot be known in advance.
 */
function estimatedChinaHolidays(year: number): ReadonlySet<string> {
  const cached = estimatedCache.get(year);
  if (cached) return cached;
  const days = new Set<string>([`${year}-01-01`, `${year}-05-01`, `${year}-05-02`, `${year}-10-01`, `${year}-10-02`, `${year}-10-03`]);
  try {
    const springFestival = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
    for (let d = -1; d <= 2; d++) days.add(addDays(springFestival, d));
    days.add(chineseDays.getSolarDateFromLunar(`${year}-05-05`).date);
    days.add(chineseDays.getSolarDateFromLunar(`${year}-08-15`).date);
    const qingming = chineseDays.getSolarTermsInRange(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === "清明");
    if (qingming) days.add(qingming.date);
  } catch {
    // Outside the lunar tables (1900–2100): the fixed-date holidays still stand.
  }
  estimatedCache.set(year, days);
  return days;
}

function chinaLookup(uncovered: Set<number>): HolidayLookup {
  return (isoDate) => {
    const year = Number(isoDate.slice(0, 4));
    if (year < FIRST_CHINESE_DAYS_YEAR || year > lastChineseDaysYear()) {
      uncovered.add(year);
      return estimatedChinaHolidays(year).has(isoDate) ? false : undefined;
    }
    // Days of a holiday span (weekends included) are off; a weekend day that the schedule
    // makes a working day is on. Every other day follows the tenant's week.
    return scheduledAsWorking(isoDate);
  };
}

const publicHolidayCache = new Map<string, ReadonlySet<string> | null>();

/** The dates of full-day public holidays of one country and year; null for an unknown country. */
function publicHolidays(country: string, year: number): ReadonlySet<string> | null {
  const key = `${country}|${year}`;
  const cached = publicHolidayCache.get(key);
  if (cached !== undefined) return cached;
  let result: Set<string> | null = null;
  const holidays = new Holidays();
  if (Object.prototype.hasOwnProperty.call(holidays.getCountries() ?? {}, country)) {
    holidays.init(country);
    result = new Set<string>();
    for (const h of holidays.getHolidays(year) ?? []) {
      // Only full-day public holidays close the office; observances, optional days and
      // afternoons off (Christmas Eve from 14:00) do not. A day with a DST change lasts 23 h.
      const hours = (h.end.getTime() - h.start.getTime()) / 3_600_000;
      if (h.type !== "public" || hours < 23) continue;
      // `date` is the local wall-clock date ("2026-12-25 00:00:00"), whatever the machine's zone.
      const first = h.date.slice(0, 10);
      for (let d = 0; d < Math.max(1, Math.round(hours / 24)); d++) result.add(addDays(first, d));
    }
  }
  publicHolidayCache.set(key, result);
  return result;
}

function dateHolidaysLookup(country: string, uncovered: Set<number>): HolidayLookup {
  return (isoDate) => {
    const year = Number(isoDate.slice(0, 4));
    const holidays = publicHolidays(country, year);
    if (holidays === null) {
      uncovered.add(year);
      return undefined;
    }
    return holidays.has(isoDate) ? false : undefined;
  };
}

export function createWorkingCalendar(policy: Pick<Policy, "workingHours" | "holidays">): WorkingCalendar {
  const { timeZone, days, start, end } = policy.workingHours;
  const startMin = minutesOf(start);
  const endMin = minutesOf(end);
  const extraHolidays = new Set(policy.holidays.extraHolidays);
  const extraWorkdays = new Set(policy.holidays.extraWorkdays);
  const uncoveredYears = new Set<number>();
  const country = policy.holidays.country;
  const lookup = country === "CN" ? chinaLookup(uncoveredYears) : dateHolidaysLookup(country, uncoveredYears);
  const workingDayCache = new Map<string, boolean>();

  function isWorkingDay(isoDate: string): boolean {
    const cached = workingDayCache.get(isoDate);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (extraHolidays.has(isoDate)) result = false;
    else if (extraWorkdays.has(isoDate)) result = true;
    else {
      const official = lookup(isoDate);
      result = official ?? days.includes(weekdayOf(isoDate));
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

/** Moments a calendar can reason about: valid, and within years 1900–9999 (ISO dates have four digits). */
export function isCalendarMoment(instant: Date): boolean {
  const time = instant.getTime();
  return Number.isFinite(time) && time >= Date.UTC(1900, 0, 2) && time < Date.UTC(9999, 11, 1);
}

/** A moment on the wall clock of `timeZone`: "Mon 30 Nov 09:00", "11月30日（周一）09:00". */
export function formatMoment(instant: Date, timeZone: string, lang: Lang): string {
  const local = localParts(instant, timeZone);
  const clock = `${String(Math.floor(local.minutes / 60)).padStart(2, "0")}:${String(local.minutes % 60).padStart(2, "0")}`;
  return `${formatDay(local.date, lang)}${lang === "en" ? " " : ""}${clock}`;
}

/** `formatMoment` in every language, for a finding's data. */
export function momentText(instant: Date, timeZone: string): LocalizedText {
  return { en: formatMoment(instant, timeZone, "en"), "zh-CN": formatMoment(instant, timeZone, "zh-CN"), "zh-TW": formatMoment(instant, timeZone, "zh-TW") };
}
