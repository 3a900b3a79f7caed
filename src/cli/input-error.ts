import type { Lang } from "../policy/types";
import { interpolate } from "../policy/interpolate";
import { INPUT_REASONS, type ReasonCode } from "./input-strings";

// A file (or an item in it) the CLI cannot turn into a draft. The reason is data (a code and
// its values) so that the check output and the report render it in the user's language; the
// Error's message is the English text, one line, for logs and for callers that only print.

export type ReasonData = Record<string, string | number>;

export interface Reason {
  code: ReasonCode;
  data: ReasonData;
}

/** The text of a reason; a value taken from a file never spans lines. */
export function reasonText(reason: Reason, lang: Lang): string {
  const data: ReasonData = {};
  for (const [key, value] of Object.entries(reason.data)) data[key] = typeof value === "string" ? shortDetail(value) : value;
  return interpolate(INPUT_REASONS[reason.code][lang], data);
}

export class InputError extends Error {
  readonly reason: Reason;

  constructor(code: ReasonCode, data: ReasonData = {}) {
    const reason = { code, data };
    super(reasonText(reason, "en"));
    this.name = "InputError";
    this.reason = reason;
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A parser's own words inside a reason: one line, and short enough to read. */
export function shortDetail(text: string, max = 160): string {
  const flat = oneLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function errorDetail(error: unknown): string {
  return shortDetail(error instanceof Error ? error.message : String(error));
}
