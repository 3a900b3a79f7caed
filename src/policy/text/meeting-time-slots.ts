import type { Agenda, AgendaItem } from "./meeting-body";
import { parseAgendaItem } from "./meeting-agenda";
import type { BodyLine } from "./meeting-lines";

// A running order: "10:00-10:15 开场", "9:00 – 9:15  Coverage gaps", "14:00 签到", or an HTML
// table whose rows read as a time cell and then the topic and owner cells, one line each.
const CLOCK = String.raw`([01]?\d|2[0-3])[:：]([0-5]\d)`;
const TIME_SLOT = new RegExp(`^\\s*${CLOCK}(?:\\s*(?:[-–—~～至到]|to)\\s*${CLOCK})?(?:\\s+|[:：]\\s*|$)(\\S.*|)$`);
/** Non-blank lines a table row may put between two time cells (topic, owner, notes). */
const MAX_ROW_CELLS = 4;

interface Slot {
  line: number;
  start: number;
  minutes?: number;
  title: string;
}

function slotAt(lines: BodyLine[], i: number): Slot | undefined {
  const line = lines[i];
  if (line.kind !== "paragraph") return undefined;
  const m = TIME_SLOT.exec(line.norm);
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = m[3] === undefined ? undefined : Number(m[3]) * 60 + Number(m[4]);
  if (end !== undefined && end <= start) return undefined;
  const title = m[5] === "" ? "" : line.text.slice(line.norm.length - m[5].length).trim();
  return end === undefined ? { line: i, start, title } : { line: i, start, minutes: end - start, title };
}

/** The topic of a time cell written alone: the next non-blank line, unless it is another time. */
function cellTitle(lines: BodyLine[], compact: number[], k: number): string {
  const next = compact[k + 1];
  if (next === undefined || slotAt(lines, next) || lines[next].kind !== "paragraph") return "";
  return lines[next].text.trim();
}

/** At least two times in ascending order, each with a topic, close together. */
export function scanTimeSlots(lines: BodyLine[]): Agenda | undefined {
  const compact = lines.map((_, i) => i).filter((i) => lines[i].norm.trim() !== "");
  for (let k = 0; k < compact.length; k++) {
    const first = slotAt(lines, compact[k]);
    if (!first) continue;
    const items: AgendaItem[] = [];
    let previous: Slot | undefined;
    let previousAt = k;
    for (let q = k; q < compact.length && q - previousAt <= MAX_ROW_CELLS; q++) {
      const slot = slotAt(lines, compact[q]);
      if (!slot) continue;
      if (previous && slot.start <= previous.start) break;
      const title = slot.title !== "" ? slot.title : cellTitle(lines, compact, q);
      const item = title === "" || !/\D/.test(title) ? undefined : parseAgendaItem(title);
      if (!item) break;
      if (slot.minutes !== undefined && item.minutes === undefined) item.minutes = slot.minutes;
      items.push(item);
      previous = slot;
      previousAt = q;
    }
    if (items.length >= 2 && previous) {
      const last = lines[previous.line];
      return { items, headed: false, timed: true, start: lines[first.line].start, end: last.start + last.text.length };
    }
  }
  return undefined;
}
