import { parseArgs } from "node:util";
import { isLang } from "../i18n/lang";
import { isIsoMoment } from "../policy/draft-schema";
import type { Lang } from "../policy/types";
import { parseReportArgs, type ReportOptions } from "./report/options";

// Command line → options. Node's own parser (strict) refuses unknown options, so a
// misspelt "--jsno" cannot quietly print text to a script that expects JSON.

export type Command =
  | { name: "help" }
  | { name: "schema" }
  | { name: "check" | "draft"; files: string[]; policy?: string; now?: Date; lang?: Lang; json: boolean }
  | { name: "report"; options: ReportOptions };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

const OPTIONS = {
  policy: { type: "string" },
  now: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parseMoment(text: string): Date | undefined {
  return isIsoMoment(text) ? new Date(text) : undefined;
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  // `report` has options of its own; --help anywhere still means help.
  if (argv[0] === "report" && !argv.includes("--help") && !argv.includes("-h")) {
    const report = parseReportArgs(argv.slice(1));
    return report.ok ? { ok: true, command: { name: "report", options: report.options } } : report;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
  const { values, positionals } = parsed;
  const [name, ...files] = positionals;
  if (values.help || name === "help") return { ok: true, command: { name: "help" } };
  if (name === undefined) return { ok: false, error: "no command given" };
  if (name === "schema") {
    return files.length > 0 ? { ok: false, error: "schema takes no files" } : { ok: true, command: { name: "schema" } };
  }
  if (name !== "check" && name !== "draft") return { ok: false, error: `unknown command "${name}"` };
  if (files.length === 0) return { ok: false, error: "no files to check" };

  let now: Date | undefined;
  if (values.now !== undefined) {
    now = parseMoment(values.now);
    if (!now) return { ok: false, error: `--now: "${values.now}" is not an ISO-8601 date-time such as 2026-11-24T10:00:00+08:00` };
  }
  if (values.lang !== undefined && !isLang(values.lang)) {
    return { ok: false, error: `--lang: "${values.lang}" is not one of en, zh-CN, zh-TW` };
  }
  const lang = values.lang !== undefined && isLang(values.lang) ? values.lang : undefined;
  return { ok: true, command: { name, files, policy: values.policy, now, lang, json: values.json ?? false } };
}
