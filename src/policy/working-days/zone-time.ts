import { remembered } from "../remembered";

// The wall clock of a time zone at an instant, and back: what the working calendar, the
// moments in findings and the report's days and weeks are counted in.

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalParts {
  date: string;
  minutes: number;
  weekday: Weekday;
}

export function weekdayOf(isoDate: string): Weekday {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()];
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

function formattedParts(instant: Date, timeZone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return parts;
}

function formatLocalParts(instant: Date, timeZone: string): LocalParts {
  const parts = formattedParts(instant, timeZone);
  // Intl writes year 102 as "102"; ISO dates need four digits (broken Date headers do say 0102).
  const date = `${parts.year.padStart(4, "0")}-${parts.month}-${parts.day}`;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday: weekdayOf(date) };
}

// formatToParts was the largest cost of the calendar (every mail of an export is at its own
// moment): a zone's offset is looked up once per six hours of time and the wall clock is then
// computed. A span whose two ends have different offsets holds a change of offset and is
// answered by Intl for each instant.
const SPAN_MS = 6 * 3_600_000;
// Keyed by zone, then by the span's start: a number key, where a "zone|start" string built and
// hashed on every look-up was most of the look-up's time.
const offsetsByZone = new Map<string, Map<number, number | null>>();
const OFFSETS_MAX = 4096;
const ZONES_MAX = 64;

function offsetsOf(timeZone: string): Map<number, number | null> {
  let spans = offsetsByZone.get(timeZone);
  if (spans === undefined) {
    if (offsetsByZone.size >= ZONES_MAX) offsetsByZone.clear();
    spans = new Map();
    offsetsByZone.set(timeZone, spans);
  }
  return spans;
}

/** Wall clock minus UTC at `ms` (whole seconds), as Intl sees it. */
function offsetAt(ms: number, timeZone: string): number {
  const p = formattedParts(new Date(ms), timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(ms / 1000) * 1000;
}

function spanOffset(ms: number, timeZone: string): number | null {
  const start = Math.floor(ms / SPAN_MS) * SPAN_MS;
  return remembered(offsetsOf(timeZone), OFFSETS_MAX, start, () => {
    const atStart = offsetAt(start, timeZone);
    return atStart === offsetAt(start + SPAN_MS - 1000, timeZone) ? atStart : null;
  });
}

/** Wall clock minus UTC in `timeZone` at `instant`, in milliseconds (whole seconds). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  return spanOffset(ms, timeZone) ?? offsetAt(ms, timeZone);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The wall clock of `timeZone` at `instant`. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const ms = instant.getTime();
  const offset = spanOffset(ms, timeZone);
  const wall = offset === null ? undefined : new Date(ms + offset);
  // Years before 1000 (Intl's own digits, era) and after 9999 go to Intl as they are.
  if (wall === undefined || wall.getUTCFullYear() < 1000 || wall.getUTCFullYear() > 9999) return formatLocalParts(instant, timeZone);
  const date = `${wall.getUTCFullYear()}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}`;
  return { date, minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(), weekday: WEEKDAYS[wall.getUTCDay()] };
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

/** Intl's own answer, uncached: for tests that hold localParts to it. */
export const intlLocalParts = formatLocalParts;
