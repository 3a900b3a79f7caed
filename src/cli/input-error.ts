import { problemText, type PolicyProblem } from "../policy/config-errors";
import { isolate, oneLineText } from "../policy/display-text";
import type { Lang } from "../policy/types";
import { interpolate } from "../policy/interpolate";
import { INPUT_REASONS, MORE_PROBLEMS, type ReasonCode } from "./input-strings";

// A file (or an item in it) the CLI cannot turn into a draft. The reason is data (a code and
// its values, and for a .json draft the validator's problems) so that the check output and the
// report render it in the user's language; the Error's message is the English text, one line,
// for logs and for callers that only print. Values taken from a file are shown display-safe:
// one line, no control characters, isolated when they change direction.

export type ReasonData = Record<string, string | number>;

export interface Reason {
  code: ReasonCode;
  data: ReasonData;
  /** What is wrong with a .json draft, rendered as `detail`. */
  problems?: PolicyProblem[];
}

/** Problems shown in one line: the first few, then how many more. */
const PROBLEMS_SHOWN = 3;

function problemsDetail(problems: readonly PolicyProblem[], lang: Lang): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => problemText(p, lang)).join(lang === "en" ? "; " : "；");
  const more = problems.length - PROBLEMS_SHOWN;
  return more > 0 ? shown + interpolate(MORE_PROBLEMS[lang], { count: more }) : shown;
}

/** The text of a reason; a value taken from a file never spans lines nor reorders the sentence. */
export function reasonText(reason: Reason, lang: Lang): string {
  const data: ReasonData = {};
  for (const [key, value] of Object.entries(reason.data)) data[key] = typeof value === "string" ? isolate(shortDetail(value)) : value;
  if (reason.problems) data.detail = problemsDetail(reason.problems, lang);
  return interpolate(INPUT_REASONS[reason.code][lang], data);
}

export class InputError extends Error {
  readonly reason: Reason;

  constructor(code: ReasonCode, data: ReasonData = {}, problems?: PolicyProblem[]) {
    const reason: Reason = problems ? { code, data, problems } : { code, data };
    super(reasonText(reason, "en"));
    this.name = "InputError";
    this.reason = reason;
  }
}

/** A parser's own words inside a reason: one line, and short enough to read. */
export function shortDetail(text: string, max = 160): string {
  const flat = oneLineText(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function errorDetail(error: unknown): string {
  return shortDetail(error instanceof Error ? error.message : String(error));
}
