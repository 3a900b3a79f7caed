import { didYouMean } from "../policy/did-you-mean";
import { isIsoMoment } from "../policy/draft-schema";
import type { Lang } from "../policy/types";
import { message, type CliMessage } from "./messages";
import { flagOption, langOption, readOptions, textOption, type OptionSpec } from "./options";
import { parseReportArgs, type ReportOptions } from "./report/options";

// Command line → options. Unknown options are refused (with the nearest known one), so a
// misspelt "--jsno" cannot quietly print text to a script that expects JSON.

export type Command =
  | { name: "help" }
  | { name: "schema" }
  | { name: "check" | "draft"; files: string[]; policy?: string; now?: Date; lang?: Lang; json: boolean }
  | { name: "report"; options: ReportOptions };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: CliMessage };

const OPTIONS: OptionSpec = {
  policy: { type: "string", example: "policy.json" },
  now: { type: "string", example: "2026-11-24T10:00:00+08:00" },
  lang: { type: "string", example: "zh-CN" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

const COMMANDS = ["check", "draft", "report", "schema", "help"];

function parseMoment(text: string): Date | undefined {
  return isIsoMoment(text) ? new Date(text) : undefined;
}

function refuse(error: CliMessage): ParsedArgs {
  return { ok: false, error };
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  // `report` has options of its own; --help anywhere still means help.
  if (argv[0] === "report" && !argv.includes("--help") && !argv.includes("-h")) {
    const report = parseReportArgs(argv.slice(1));
    return report.ok ? { ok: true, command: { name: "report", options: report.options } } : report;
  }
  const read = readOptions(argv, OPTIONS);
  if (!read.ok) return read;
  const { values, positionals } = read;
  const [name, ...files] = positionals;
  if (flagOption(values, "help") || name === "help") return { ok: true, command: { name: "help" } };
  if (name === undefined) return refuse(message("noCommand"));
  if (name === "schema") return files.length > 0 ? refuse(message("schemaNoFiles")) : { ok: true, command: { name: "schema" } };
  if (name !== "check" && name !== "draft") return refuse(message("unknownCommand", { name }, ["name"], didYouMean(name, COMMANDS)));
  if (files.length === 0) return refuse(message("noFiles"));

  const nowText = textOption(values, "now");
  const now = nowText === undefined ? undefined : parseMoment(nowText);
  if (nowText !== undefined && !now) return refuse(message("badNow", { value: nowText }, ["value"]));
  const lang = langOption(values);
  if (!lang.ok) return lang;
  return { ok: true, command: { name, files, policy: textOption(values, "policy"), now, lang: lang.lang, json: flagOption(values, "json") } };
}
