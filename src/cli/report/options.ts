import type { Lang } from "../../policy/types";
import { message, type CliMessage } from "../messages";
import { flagOption, langOption, readOptions, textOption, type OptionSpec, type OptionValues } from "../options";

// `comm-policy report` options. Unknown options are refused, with the nearest known one.

export interface ReportOptions {
  paths: string[];
  policy?: string;
  compare?: string;
  directory?: string;
  from?: string;
  to?: string;
  out: string;
  json?: string;
  csv?: string;
  showNames: boolean;
  quotes: boolean;
  jobs?: number;
  lang?: Lang;
  /** Seconds one file (or mbox message) may take in its worker. */
  timeLimit: number;
  secretFile?: string;
  /** Reports' --json outputs to add up instead of reading exports. */
  merge: boolean;
}

const OPTIONS: OptionSpec = {
  policy: { type: "string", example: "policy.json" },
  compare: { type: "string", example: "proposed.json" },
  directory: { type: "string", example: "people.csv" },
  from: { type: "string", example: "2026-11-01" },
  to: { type: "string", example: "2026-11-30" },
  out: { type: "string", example: "report.html" },
  json: { type: "string", example: "report.json" },
  csv: { type: "string", example: "report.csv" },
  "show-names": { type: "boolean" },
  "no-quotes": { type: "boolean" },
  jobs: { type: "string", example: "2" },
  lang: { type: "string", example: "zh-CN" },
  "time-limit": { type: "string", example: "30" },
  "secret-file": { type: "string", example: "report.key" },
  merge: { type: "boolean" },
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function positiveInt(values: OptionValues, name: string, max: number): number | CliMessage | undefined {
  const text = textOption(values, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : message("badNumber", { option: `--${name}`, value: text, max }, ["value"]);
}

export type ReportArgs = { ok: true; options: ReportOptions } | { ok: false; error: CliMessage };

function badDate(values: OptionValues): CliMessage | undefined {
  for (const name of ["from", "to"]) {
    const value = textOption(values, name);
    if (value !== undefined && !DATE.test(value)) return message("badDate", { option: `--${name}`, value }, ["value"]);
  }
  const from = textOption(values, "from");
  const to = textOption(values, "to");
  return from && to && from > to ? message("fromAfterTo") : undefined;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const read = readOptions(argv, OPTIONS);
  if (!read.ok) return read;
  const { values: v, positionals } = read;
  const merge = flagOption(v, "merge");
  if (positionals.length === 0) return { ok: false, error: message(merge ? "noReports" : "noPaths") };
  const date = badDate(v);
  if (date) return { ok: false, error: date };
  const lang = langOption(v);
  if (!lang.ok) return lang;
  const jobs = positiveInt(v, "jobs", 64);
  if (typeof jobs === "object") return { ok: false, error: jobs };
  const timeLimit = positiveInt(v, "time-limit", 3600);
  if (typeof timeLimit === "object") return { ok: false, error: timeLimit };
  const options: ReportOptions = {
    paths: positionals,
    policy: textOption(v, "policy"),
    compare: textOption(v, "compare"),
    directory: textOption(v, "directory"),
    from: textOption(v, "from"),
    to: textOption(v, "to"),
    out: textOption(v, "out") ?? "report.html",
    json: textOption(v, "json"),
    csv: textOption(v, "csv"),
    showNames: flagOption(v, "show-names"),
    quotes: !flagOption(v, "no-quotes"),
    jobs,
    lang: lang.lang,
    timeLimit: timeLimit ?? 30,
    secretFile: textOption(v, "secret-file"),
    merge,
  };
  return { ok: true, options };
}
