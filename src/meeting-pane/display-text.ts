// Names from an invitation or the directory (attendees, attachments, departments) are shown
// as text, never markup; one more trap is left in text: a right-to-left override (U+202E) or
// embedding in one name runs on to the end of the line, so "report‮xslx.exe" reads as
// "reportexe.xlsx" and reverses every name listed after it. Such a name is wrapped in a
// first-strong isolate (U+2068 … U+2069), which ends whatever the name opened; the name itself
// is kept as written. Names without direction controls are returned unchanged.

const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function isolateBidi(text: string): string {
  return DIRECTION_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}
