import { interpolate } from "./interpolate";
import { remembered } from "./remembered";
import type { Lang } from "./types";
import { formatMoment } from "./working-days/working-calendar";
import { zoneOffsetMs } from "./working-days/zone-time";

// A moment in a finding ("outside working hours (…)", "schedule it for …"), shown once and
// labelled: in the reader's time zone with its offset, and the policy's time beside it when
// the two zones differ at that moment, so "09:00" can never be read in the wrong zone and the
// message and its button say the same time.

const BESIDE: Record<Lang, string> = {
  en: "{{reader}} ({{policy}} in the policy's time zone)",
  "zh-CN": "{{reader}}（规范时区：{{policy}}）",
  "zh-TW": "{{reader}}（規範時區：{{policy}}）",
};

// Building an Intl.DateTimeFormat costs far more than formatting with one (it was the largest
// single cost of a report over an export), so one is kept per zone; null marks a zone Intl refuses.
const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();
const OFFSET_FORMATTERS_MAX = 64;

function offsetFormatter(timeZone: string): Intl.DateTimeFormat | null {
  return remembered(offsetFormatters, OFFSET_FORMATTERS_MAX, timeZone, () => {
    try {
      return new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" });
    } catch {
      return null;
    }
  });
}

// The label ("GMT+8") says the offset only, so it is asked of Intl once per zone and offset.
const offsetLabels = new Map<string, string>();

function offsetLabel(instant: Date, timeZone: string): string {
  const formatter = offsetFormatter(timeZone);
  if (formatter === null) return timeZone;
  try {
    const key = `${timeZone}|${zoneOffsetMs(instant, timeZone)}`;
    return remembered(offsetLabels, OFFSET_FORMATTERS_MAX * 16, key, () => formatter.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? timeZone);
  } catch {
    return timeZone;
  }
}

function validZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  return offsetFormatter(timeZone) === null ? undefined : timeZone;
}

function labelled(instant: Date, timeZone: string, lang: Lang): string {
  return `${formatMoment(instant, timeZone, lang)} ${offsetLabel(instant, timeZone)}`;
}

/** "Wed 25 Nov 02:00 GMT+1 (Wed 25 Nov 09:00 GMT+8 in the policy's time zone)". */
export function momentForReader(iso: string, lang: Lang, policyZone: string, readerZone?: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const reader = validZone(readerZone) ?? policyZone;
  const own = labelled(instant, reader, lang);
  if (reader === policyZone || offsetLabel(instant, reader) === offsetLabel(instant, policyZone)) return own;
  return interpolate(BESIDE[lang], { reader: own, policy: labelled(instant, policyZone, lang) });
}
