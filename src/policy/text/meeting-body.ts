import type { Person } from "../types";
import { scanHeadedAgenda, scanIntroducedList, scanNumberedList } from "./meeting-agenda";
import { scanTimeSlots } from "./meeting-time-slots";
import { senderLines } from "./meeting-lines";
import { scanMinuteTaker } from "./meeting-minute-taker";
import { scanUrgency, scanUrgencyInProse } from "./meeting-urgency";
import type { ParsedBody } from "./parsed-body";
import { parseBody } from "./segment";

export { parseAgendaItem } from "./meeting-agenda";
export { parsePersonText } from "./meeting-minute-taker";
export { renderAgenda, renderMinuteTaker, renderUrgency } from "./meeting-blocks-write";
export { bareUrlsInText, isJoinBlockUrl, isMeetingJoinUrl, urlsInText } from "./meeting-urls";

// The blocks the meeting pane writes into an invitation, and that people write by hand in
// many styles: the agenda, the minute-taker line and the reason for urgency. One module
// both reads and writes them, so what the pane inserts is always what the engine finds.
// Only what the sender wrote counts: the Teams join block, quoted history of a forwarded
// invitation and legal disclaimers are skipped.

export interface AgendaItem {
  title: string;
  /** Planned duration in minutes. */
  minutes?: number;
  owner?: string;
}

export interface Agenda {
  items: AgendaItem[];
  /** True when a heading ("议程", "Agenda") introduced the items. */
  headed: boolean;
  /** A running order by the clock ("10:00-10:15 开场"): its times are the sender's own text. */
  timed?: boolean;
  /** Offsets into ParsedBody.text of the block (heading included). */
  start: number;
  end: number;
}

export interface MinuteTakerLine {
  /** The person named; undefined when the line names nobody ("记录人：待定"). */
  person?: Person;
  /** "Me" / "我": the organizer takes the minutes. */
  self?: boolean;
  excerpt: string;
  start: number;
  end: number;
}

export interface UrgencyLine {
  reason: string;
  excerpt: string;
  start: number;
  end: number;
}

export interface MeetingBody {
  agenda?: Agenda;
  /** An agenda heading with nothing under it (an unfilled template). */
  emptyAgendaHeading?: { excerpt: string; start: number; end: number };
  minuteTaker?: MinuteTakerLine;
  urgency?: UrgencyLine;
  /**
   * The reason in the organizer's own sentence, with no label. Read only by the booking rule:
   * the panes replace `urgency` when they write a reason, and must never replace prose.
   */
  urgencyInProse?: UrgencyLine;
}

// ---------------------------------------------------------------------------------------
// Reading

// Three rules read the same body in one check; the parsed body is built once per check.
const readCache = new WeakMap<ParsedBody, MeetingBody>();

/** Reads the agenda, the minute-taker and the reason for urgency from what the sender wrote. */
export function readMeetingBody(body: ParsedBody): MeetingBody {
  let read = readCache.get(body);
  if (!read) {
    read = scanMeetingBody(body);
    readCache.set(body, read);
  }
  return read;
}

function scanMeetingBody(body: ParsedBody): MeetingBody {
  const lines = senderLines(body);
  const headed = scanHeadedAgenda(lines);
  const agenda = headed.agenda ?? scanNumberedList(lines) ?? scanIntroducedList(lines) ?? scanTimeSlots(lines);
  const result: MeetingBody = {};
  if (agenda) result.agenda = agenda;
  else if (headed.emptyHeading) result.emptyAgendaHeading = headed.emptyHeading;
  const minuteTaker = scanMinuteTaker(lines);
  if (minuteTaker) result.minuteTaker = minuteTaker;
  const urgency = scanUrgency(lines);
  if (urgency) result.urgency = urgency;
  const inProse = urgency ? undefined : scanUrgencyInProse(lines);
  if (inProse) result.urgencyInProse = inProse;
  return result;
}

/** Reads a plain-text block (what the render functions write). */
export function readMeetingText(text: string): MeetingBody {
  return readMeetingBody(parseBody({ contentType: "text", content: text }));
}

export function parseAgenda(body: ParsedBody): AgendaItem[] | undefined {
  return readMeetingBody(body).agenda?.items;
}

export function parseMinuteTaker(body: ParsedBody): Person | undefined {
  return readMeetingBody(body).minuteTaker?.person;
}

export function parseUrgency(body: ParsedBody): string | undefined {
  return readMeetingBody(body).urgency?.reason;
}
