import ICAL from "ical.js";

// Which occurrence of a series an invitation is checked for, and when it was booked.

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** Occurrences looked at for the one an update is sent before (ten years of a weekly series). */
const MAX_OCCURRENCES = 520;

export interface Occurrence {
  start?: Time;
  end?: Time;
  /** A series with an occurrence still to come. */
  running: boolean;
  /** The series began before the invitation was sent (DTSTAMP): this is an update of it. */
  began: boolean;
}

function timeOf(component: Component, name: string): Time | undefined {
  const value = component.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value : undefined;
}

/** The end of the occurrence that starts at `to`, when the first one started at `from`. */
function shifted(end: Time | undefined, from: Time, to: Time): Time | undefined {
  if (!end || from === to) return end;
  const moved = to.clone();
  moved.addDuration(end.subtractDate(from));
  return moved;
}

function isCancelled(component: Component): boolean {
  return String(component.getFirstPropertyValue("status") ?? "").trim().toUpperCase() === "CANCELLED";
}

/** A series' exceptions by the moment (Unix seconds) of the occurrence each replaces. */
export type ExceptionIndex = ReadonlyMap<number, Component>;

export function exceptionIndex(exceptions: readonly Component[]): ExceptionIndex {
  const index = new Map<number, Component>();
  for (const e of exceptions) {
    const id = timeOf(e, "recurrence-id");
    if (id) index.set(id.toUnixTime(), e);
  }
  return index;
}

function exceptionAt(exceptions: ExceptionIndex, occurrence: Time): Component | undefined {
  return exceptions.get(occurrence.toUnixTime());
}

/**
 * The first occurrence after `stamp` (any, without one). ical.js skips EXDATE'd ones; one that a
 * cancelled exception (STATUS:CANCELLED with its RECURRENCE-ID, as Google and Outlook write it)
 * takes away is skipped here.
 */
function nextOccurrence(event: Component, stamp: Time | undefined, exceptions: ExceptionIndex): Time | undefined {
  try {
    const occurrences = new ICAL.Event(event).iterator();
    for (let i = 0, next = occurrences.next(); next && i < MAX_OCCURRENCES; i++, next = occurrences.next()) {
      const exception = exceptionAt(exceptions, next);
      if (exception && isCancelled(exception)) continue;
      if (!stamp || next.compare(stamp) > 0) return next;
    }
  } catch {
    // A rule ical.js cannot expand: the series is judged by its first start.
  }
  return undefined;
}

/**
 * A series updated after it began ("IT Ops weekly review" since September, its agenda changed in
 * November) is judged by its next occurrence, not its first: the first to start after the update
 * was sent (DTSTAMP); one under way then has begun. EXDATE'd occurrences are skipped, and one
 * that an exception in the same file (RECURRENCE-ID) moves is read at its new time. A series
 * that has ended keeps its first start.
 */
export function occurrenceToCheck(event: Component, start: Time | undefined, end: Time | undefined, exceptions: ExceptionIndex): Occurrence {
  const series = event.hasProperty("rrule") || event.hasProperty("rdate");
  if (!start || !series) return { start, end, running: false, began: false };
  const stamp = timeOf(event, "dtstamp");
  const next = nextOccurrence(event, stamp, exceptions);
  if (!next) return { start, end, running: false, began: false };
  const began = stamp !== undefined && start.compare(stamp) < 0;
  const moved = exceptionAt(exceptions, next);
  const movedStart = moved && timeOf(moved, "dtstart");
  if (moved && movedStart) return { start: movedStart, end: timeOf(moved, "dtend") ?? shifted(end, start, movedStart), running: true, began };
  return { start: next, end: shifted(end, start, next), running: true, began };
}

/**
 * When the occurrence checked was booked. An update of a running series is sent the day before
 * its next meeting as often as not; that meeting was booked with the series (CREATED, else by its
 * first start at the latest), so the update is not judged as a booking at one day's notice.
 */
export function bookedTime(event: Component, occurrence: Occurrence): Time | undefined {
  const stamp = timeOf(event, "dtstamp");
  if (!occurrence.began) return stamp;
  const created = timeOf(event, "created");
  if (created && stamp && created.compare(stamp) <= 0) return created;
  return timeOf(event, "dtstart") ?? stamp;
}
