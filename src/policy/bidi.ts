// User text (a file name, a display name, a subject) shown inside a sentence is isolated: a
// right-to-left override (U+202E) or embedding in it would otherwise run on to the end of the
// line, so "report‮xslx.exe" reads as "reportexe.xlsx" and reverses the words after it. A
// first-strong isolate (U+2068 … U+2069) ends whatever the text opened and lets right-to-left
// names (Arabic, Hebrew) read in their own direction; the text itself is kept as written.
// Text with nothing that changes direction is returned unchanged.

const DIRECTIONAL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

export const FSI = "\u2068";
export const PDI = "\u2069";

/** Whether the text holds a direction control or a right-to-left letter. */
export function changesDirection(text: string): boolean {
  return DIRECTIONAL.test(text);
}

export function isolateBidi(text: string): string {
  return changesDirection(text) ? `${FSI}${text}${PDI}` : text;
}
