import { htmlLang, type UiLang } from "../i18n/taskpane";

// Times in the user's own time zone (the machine's, which is the one Outlook shows), with the
// zone named so that "09:00" cannot be misread.

export function formatDateTime(iso: string | Date, lang: UiLang): string {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  try {
    return new Intl.DateTimeFormat(htmlLang(lang), {
      weekday: "short",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(date);
  } catch {
    return date.toString();
  }
}

export function formatClock(date: Date, lang: UiLang): string {
  try {
    return new Intl.DateTimeFormat(htmlLang(lang), { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(date);
  } catch {
    return date.toTimeString().slice(0, 8);
  }
}
