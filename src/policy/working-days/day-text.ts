import type { Lang, LocalizedText } from "../types";

// Calendar days as people write them in each language, for findings and buttons.

const EN_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ZH_WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** A calendar day as people write it: "Mon 30 Nov", "11月30日（周一）", "11月30日（週一）". */
export function formatDay(isoDate: string, lang: Lang): string {
  const [, month, day] = isoDate.split("-").map(Number);
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  if (lang === "en") return `${EN_WEEKDAYS[weekday]} ${day} ${EN_MONTHS[month - 1]}`;
  return `${month}月${day}日（${lang === "zh-TW" ? "週" : "周"}${ZH_WEEKDAYS[weekday]}）`;
}

/** `formatDay` in every language, for a finding's data. */
export function dayText(isoDate: string): LocalizedText {
  return { en: formatDay(isoDate, "en"), "zh-CN": formatDay(isoDate, "zh-CN"), "zh-TW": formatDay(isoDate, "zh-TW") };
}
