import type { ParsedBody } from "./parsed-body";
import { unitTest } from "./trim";

// The sender's prose with the separators left out, for finding file names that writers space,
// bracket or punctuate differently from the file ("《Q3 预算》" for "Q3预算.xlsx").

/** Brackets, quotes and separators that writers put around or inside file names. */
const SEPARATOR = /[\s_\-.·•,，、《》〈〉“”‘’"'「」『』()（）[\]【】<>:：;；/\\|+~～—–]/;

export interface Compact {
  /** The prose without separators, normalised; segments are kept apart by "\u0000". */
  chars: string;
  /** Offset in body.ownText of each character of `chars`. */
  map: number[];
}

const isSeparatorUnit = unitTest(SEPARATOR);

// The check's parts and mail/attachments-described read the same body: it is compacted once.
const compacted = new WeakMap<ParsedBody, Compact>();

export function compactProse(body: ParsedBody): Compact {
  const known = compacted.get(body);
  if (known) return known;
  const norm = body.ownNorm;
  let chars = "";
  const map: number[] = [];
  for (const segment of body.prose) {
    let run = segment.start; // start of the units kept since the last separator
    for (let i = segment.start; i < segment.end; i++) {
      const code = norm.charCodeAt(i);
      if (code !== 10 && !isSeparatorUnit(code)) {
        map.push(i);
        continue;
      }
      chars += norm.slice(run, i);
      run = i + 1;
      if (code === 10) {
        chars += "\u0000";
        map.push(i);
      }
    }
    chars += `${norm.slice(run, segment.end)}\u0000`;
    map.push(segment.end);
  }
  const result = { chars, map };
  compacted.set(body, result);
  return result;
}

/** `text` without its separators (the same test, unit by unit, as compactProse). */
export function compact(text: string): string {
  let out = "";
  let run = 0; // start of the units kept since the last separator
  for (let i = 0; i < text.length; i++) {
    if (!isSeparatorUnit(text.charCodeAt(i))) continue;
    out += text.slice(run, i);
    run = i + 1;
  }
  return out + text.slice(run);
}
