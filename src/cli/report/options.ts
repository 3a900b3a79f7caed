import { parseArgs } from "node:util";
import { isLang } from "../../i18n/lang";
import type { Lang } from "../../policy/types";

// `comm-policy report` options. Node's strict parser refuses unknown options.

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

const OPTIONS = {
  policy: { type: "string" },
  compare: { type: "string" },
  directory: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  out: { type: "string" },
  json: { type: "string" },
  csv: { type: "string" },
  "show-names": { type: "boolean" },
  "no-quotes": { type: "boolean" },
  jobs: { type: "string" },
  lang: { type: "string" },
  "time-limit": { type: "string" },
  "secret-file": { type: "string" },
  merge: { type: "boolean" },
} as const;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function positiveInt(text: string | undefined, name: string, max: number): number | string | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : `--${name}: "${text}" is not a whole number from 1 to ${max}`;
}

export type ReportArgs = { ok: true; options: ReportOptions } | { ok: false; error: string };

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
  const { values: v, positionals } = parsed;
  if (positionals.length === 0) return { ok: false, error: v.merge ? "no reports to merge" : "no files or folders to report on" };
  for (const name of ["from", "to"] as const) {
    const value = v[name];
    if (value !== undefined && !DATE.test(value)) return { ok: false, error: `--${name}: "${value}" is not a date such as 2026-11-01` };
  }
  if (v.from && v.to && v.from > v.to) return { ok: false, error: "--from is after --to" };
  if (v.lang !== undefined && !isLang(v.lang)) return { ok: false, error: `--lang: "${v.lang}" is not one of en, zh-CN, zh-TW` };
  const jobs = positiveInt(v.jobs, "jobs", 64);
  if (typeof jobs === "string") return { ok: false, error: jobs };
  const timeLimit = positiveInt(v["time-limit"], "time-limit", 3600);
  if (typeof timeLimit === "string") return { ok: false, error: timeLimit };
  const options: ReportOptions = {
    paths: positionals,
    policy: v.policy,
    compare: v.compare,
    directory: v.directory,
    from: v.from,
    to: v.to,
    out: v.out ?? "report.html",
    json: v.json,
    csv: v.csv,
    showNames: v["show-names"] ?? false,
    quotes: !(v["no-quotes"] ?? false),
    jobs,
    lang: isLang(v.lang) ? v.lang : undefined,
    timeLimit: timeLimit ?? 30,
    secretFile: v["secret-file"],
    merge: v.merge ?? false,
  };
  return { ok: true, options };
}
