import bidiFactory from "bidi-js";

// The order in which a display that follows the Unicode Bidirectional Algorithm (UAX #9: a
// terminal with bidi support, a browser) shows a line, left to right: bidi-js, which passes
// the algorithm's conformance tests, reorders it; the invisible direction controls are then
// dropped, so the result is what the eye reads.

const bidi = bidiFactory();
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line as shown in a left-to-right paragraph (a terminal's, or an English page's). */
export function visualLine(line: string): string {
  const levels = bidi.getEmbeddingLevels(line, "ltr");
  return bidi.getReorderedString(line, levels).replace(CONTROLS, "");
}
