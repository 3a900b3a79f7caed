// Text from a mail or a file (a subject, a file or display name, a quoted excerpt), made safe to
// show inside our own sentences, on a terminal or in a page:
// - control characters and terminal escape sequences are removed: a subject holding
//   "\x1b]0;…\x07" or "\x1b[2J" would otherwise retitle or clear the administrator's terminal;
// - text that changes direction (a right-to-left override U+202E, an embedding, Arabic or
//   Hebrew letters) is isolated with a first-strong isolate (U+2068 … U+2069): "report\u202Exslx.exe"
//   would otherwise reverse the words after it to the end of the line. The isolate is balanced
//   first, so a stray U+2069 in the text cannot close it early (UAX #9, rules X6a and BD9).
// Text with nothing of either kind is returned unchanged. Every function is one pass.

export const FSI = "\u2068";
export const PDI = "\u2069";

const ESC = 0x1b;
const BEL = 0x07;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
/** ESC followed by these opens a control string (OSC, DCS, SOS, PM, APC) that runs to its terminator. */
const STRING_OPENERS = new Set(["]", "P", "X", "^", "_"]);
const C1_STRING_OPENERS = new Set([0x9d, 0x90, 0x98, 0x9e, 0x9f]);

function isIsolateInitiator(ch: string): boolean {
  return ch === "\u2066" || ch === "\u2067" || ch === FSI;
}

function isDirectionControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms; the astral right-to-left blocks. */
function isRightToLeftLetter(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefe) ||
    (code >= 0x10800 && code <= 0x10fff) ||
    (code >= 0x1e800 && code <= 0x1efff)
  );
}

/** Whether the text holds a direction control or a right-to-left letter. */
export function changesDirection(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (isDirectionControl(code) || isRightToLeftLetter(code)) return true;
  }
  return false;
}

/** Drops each U+2069 that closes nothing and closes each isolate the text leaves open. */
function balanceIsolates(text: string): string {
  let open = 0;
  let out = "";
  for (const ch of text) {
    if (isIsolateInitiator(ch)) open++;
    else if (ch === PDI) {
      if (open === 0) continue;
      open--;
    }
    out += ch;
  }
  return out + PDI.repeat(open);
}

/** The text isolated from what surrounds it, when it changes direction; otherwise as it is. */
export function isolate(text: string): string {
  return changesDirection(text) ? `${FSI}${balanceIsolates(text)}${PDI}` : text;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Where a control string starting at `from` ends (the index after its terminator), or -1. */
function controlStringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BEL || code === C1_ST) return i + 1;
    if (code === ESC && text[i + 1] === "\\") return i + 2;
  }
  return -1;
}

/** The index after a CSI sequence whose parameters start at `from` (ECMA-48 §5.4). */
function csiEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x3f) i++;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  const final = text.charCodeAt(i);
  return final >= 0x40 && final <= 0x7e ? i + 1 : i;
}

/** The index after an escape sequence that is not CSI or a control string: intermediates, then a final. */
function escEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  const final = text.charCodeAt(i);
  return final >= 0x30 && final <= 0x7e ? i + 1 : i;
}

/**
 * The text without control characters (C0, DEL, C1) and without the terminal sequences they
 * open; tab, line feed and carriage return are kept. Linear: once a control string is found
 * unterminated, no later one is searched for a terminator again (none is left).
 */
export function withoutControls(text: string): string {
  let out = "";
  let noTerminatorFrom = text.length + 1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isControl(code) || code === 0x09 || code === 0x0a || code === 0x0d) {
      out += text[i];
      i++;
      continue;
    }
    const next = text[i + 1] ?? "";
    const opensString = code === ESC ? STRING_OPENERS.has(next) : C1_STRING_OPENERS.has(code);
    if (opensString) {
      const body = code === ESC ? i + 2 : i + 1;
      const end = body < noTerminatorFrom ? controlStringEnd(text, body) : -1;
      if (end < 0) noTerminatorFrom = Math.min(noTerminatorFrom, body);
      i = end < 0 ? body : end;
    } else if (code === C1_CSI) i = csiEnd(text, i + 1);
    else if (code === ESC && next === "[") i = csiEnd(text, i + 2);
    else if (code === ESC) i = escEnd(text, i + 1);
    else i++;
  }
  return out;
}

/** Controls removed and every run of white space (line breaks included) one space, trimmed. */
export function oneLineText(text: string): string {
  return withoutControls(text).replace(/\s+/g, " ").trim();
}

/** User text to place inside one line of our own words. */
export function displayText(text: string): string {
  return isolate(oneLineText(text));
}

/**
 * A sentence already filled from values (a finding's message and its data): each value that
 * changes direction is isolated where it stands, unless it already is.
 */
export function isolateValues(sentence: string, values: Readonly<Record<string, unknown>> | undefined): string {
  let out = sentence;
  for (const value of Object.values(values ?? {})) {
    if (typeof value !== "string" || value === "" || !changesDirection(value)) continue;
    const isolated = isolate(value);
    if (!out.includes(isolated)) out = out.split(value).join(isolated);
  }
  return out;
}
