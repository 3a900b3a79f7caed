import ICAL from "ical.js";
import { errorDetail, InputError, type Reason } from "../input-error";

// iCalendar text → jCal, one content line at a time. ical.js's own parser is all or nothing:
// one property it cannot read (an Exchange RRULE written with spaces, an RFC 7529 RSCALE
// rule, a vendor's ORGANIZER without a value, text after END:VCALENDAR) refuses the whole
// file. Here each line is parsed on its own with ical.js's property parser; a line it cannot
// read is set aside with its number and the reason, and the rest of the file is read.

export type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
export type JCalComponent = [string, JCalProperty[], JCalComponent[]];

export interface SetAside {
  property: string;
  line: number;
  value: string;
  detail: string;
}

export interface ParsedCalendar {
  roots: JCalComponent[];
  /** Where each property and component starts in the file. */
  lineOf: WeakMap<object, number>;
  /** The original text of each property's value. */
  rawOf: WeakMap<object, string>;
  /** Lines that could not be read, by the component they were in. */
  setAside: WeakMap<JCalComponent, SetAside[]>;
  notes: Reason[];
}

interface ContentLine {
  text: string;
  line: number;
}

/** Physical lines → content lines (RFC 5545 §3.1 unfolding), each with its first line number. */
export function unfold(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  let parts: string[] = [];
  let first = 0;
  const physical = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const line = physical[i];
    if ((line.startsWith(" ") || line.startsWith("\t")) && parts.length > 0) {
      parts.push(line.slice(1));
      continue;
    }
    if (parts.length > 0) out.push({ text: parts.join(""), line: first });
    parts = line === "" ? [] : [line];
    first = i + 1;
  }
  if (parts.length > 0) out.push({ text: parts.join(""), line: first });
  return out;
}

const DESIGN = ICAL.design.getDesignSet("vcalendar");
const DATE_PROPERTIES = new Set(["dtstart", "dtend", "due", "recurrence-id", "exdate", "rdate"]);

function nameOf(text: string): string {
  const end = text.search(/[;:]/);
  return (end < 0 ? text : text.slice(0, end)).trim().toLowerCase();
}

function valueOf(text: string): string {
  const colon = text.indexOf(":");
  return colon < 0 ? "" : text.slice(colon + 1);
}

/**
 * Repairs writers get wrong every day: a DATE written without VALUE=DATE ("DTSTART:20260101"),
 * spaces inside an RRULE ("BYDAY=MO, TU" from Exchange).
 */
function repaired(text: string, name: string): string {
  const value = valueOf(text);
  if (DATE_PROPERTIES.has(name) && /^\d{8}$/.test(value.trim()) && !/;VALUE=/i.test(text.slice(0, text.length - value.length))) {
    return `${text.slice(0, name.length)};VALUE=DATE${text.slice(name.length, text.length - value.length)}${value.trim()}`;
  }
  if ((name === "rrule" || name === "exrule") && /\s/.test(value)) return `${text.slice(0, text.length - value.length)}${value.replace(/\s+/g, "")}`;
  return text;
}

/** Far deeper than any calendar (VCALENDAR › VEVENT › VALARM); ical.js and the walks over the tree recurse. */
export const MAX_COMPONENT_DEPTH = 32;

class Builder {
  readonly roots: JCalComponent[] = [];
  readonly lineOf = new WeakMap<object, number>();
  readonly rawOf = new WeakMap<object, string>();
  readonly setAside = new WeakMap<JCalComponent, SetAside[]>();
  readonly notes: Reason[] = [];
  private readonly stack: JCalComponent[] = [];
  private strayNoted = false;

  begin(name: string, line: number): void {
    if (this.stack.length >= MAX_COMPONENT_DEPTH) throw new InputError("icsTooDeep", { line, max: MAX_COMPONENT_DEPTH });
    const component: JCalComponent = [name, [], []];
    this.lineOf.set(component, line);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent[2].push(component);
    else this.roots.push(component);
    this.stack.push(component);
  }

  end(name: string, line: number): void {
    const at = this.stack.map((c) => c[0]).lastIndexOf(name);
    if (at < 0) return this.stray(line);
    while (this.stack.length > at + 1) this.closeUnfinished(this.stack.pop() as JCalComponent);
    this.stack.pop();
  }

  property(content: ContentLine, name: string): void {
    const current = this.stack[this.stack.length - 1];
    if (!current) return this.stray(content.line);
    const text = repaired(content.text, name);
    try {
      const prop = ICAL.parse.property(text, DESIGN) as JCalProperty | undefined;
      if (!prop) throw new Error("no value");
      this.lineOf.set(prop, content.line);
      this.rawOf.set(prop, valueOf(text));
      current[1].push(prop);
    } catch (e) {
      const list = this.setAside.get(current) ?? [];
      list.push({ property: name.toUpperCase() || "?", line: content.line, value: valueOf(content.text), detail: errorDetail(e) });
      this.setAside.set(current, list);
    }
  }

  finish(): void {
    while (this.stack.length > 0) this.closeUnfinished(this.stack.pop() as JCalComponent);
  }

  private closeUnfinished(component: JCalComponent): void {
    this.notes.push({ code: "unclosed", data: { line: this.lineOf.get(component) ?? 0, component: component[0].toUpperCase() } });
  }

  private stray(line: number): void {
    if (this.strayNoted) return;
    this.strayNoted = true;
    this.notes.push({ code: "strayLine", data: { line } });
  }
}

export function parseCalendarText(text: string): ParsedCalendar {
  const builder = new Builder();
  for (const content of unfold(text)) {
    const name = nameOf(content.text);
    if (name === "begin" || name === "end") {
      const component = valueOf(content.text).trim().toLowerCase();
      if (name === "begin") builder.begin(component, content.line);
      else builder.end(component, content.line);
      continue;
    }
    builder.property(content, name);
  }
  builder.finish();
  return { roots: builder.roots, lineOf: builder.lineOf, rawOf: builder.rawOf, setAside: builder.setAside, notes: builder.notes };
}
