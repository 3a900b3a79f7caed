import { interpolate } from "./interpolate";
import type { Lang } from "./types";
import { formatMoment } from "./working-days/working-calendar";

// A moment in a finding ("outside working hours (…)", "schedule it for …"), shown once and
// labelled: in the reader's time zone with its offset, and the policy's time beside it when
// the two zones differ at that moment, so "09:00" can never be read in the wrong zone and the
// message and its button say the same time.

const BESIDE: Record<Lang, string> = {
  en: "{{reader}} ({{policy}} in the policy's time zone)",
  "zh-CN": "{{reader}}（规范时区：{{policy}}）",
  "zh-TW": "{{reader}}（規範時區：{{policy}}）",
};

function offsetLabel(instant: Date, timeZone: string): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" }).formatToParts(instant).find((p) => p.type === "timeZoneName");
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

function validZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
    return timeZone;
  } catch {
    return undefined;
  }
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
