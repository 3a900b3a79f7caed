import { parseArgs } from "node:util";
import { didYouMean } from "../policy/did-you-mean";
import { isLang } from "../i18n/lang";
import type { Lang } from "../policy/types";
import { message, type CliMessage } from "./messages";

// The options of a command line, read by Node's parser and then checked here, so that every
// refusal is ours (a code, in the user's language) instead of Node's English sentence: an
// unknown option gets the nearest known one ("--jsno": did you mean "--json"?), a missing
// value an example. Shared by `check` / `draft` and `report`.

export type OptionSpec = Readonly<Record<string, { type: "string" | "boolean"; short?: string; example?: string }>>;

export type OptionValues = Readonly<Record<string, string | true>>;

export type ReadOptions = { ok: true; values: OptionValues; positionals: string[] } | { ok: false; error: CliMessage };

function names(spec: OptionSpec): string[] {
  return Object.keys(spec).map((name) => `--${name}`);
}

export function readOptions(argv: readonly string[], spec: OptionSpec): ReadOptions {
  const options = Object.fromEntries(Object.entries(spec).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]));
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = spec[token.name];
    if (!option) return { ok: false, error: message("unknownOption", { option: token.rawName }, ["option"], didYouMean(`--${token.name}`, names(spec))) };
    if (option.type === "boolean") {
      if (token.value !== undefined) return { ok: false, error: message("noValue", { option: token.rawName }) };
      values[token.name] = true;
      continue;
    }
    // "--policy --json" forgot the file: the next option is not taken as its value.
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith("-"));
    if (missing) return { ok: false, error: message("missingValue", { option: token.rawName, example: option.example ?? "VALUE" }) };
    values[token.name] = token.value;
  }
  return { ok: true, values, positionals };
}

export function textOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function flagOption(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** --lang, when given: a language the product speaks, or the refusal. */
export function langOption(values: OptionValues): { ok: true; lang?: Lang } | { ok: false; error: CliMessage } {
  const value = textOption(values, "lang");
  if (value === undefined) return { ok: true };
  return isLang(value) ? { ok: true, lang: value } : { ok: false, error: message("badLang", { value }, ["value"]) };
}

/** The language asked for anywhere on the command line (before it is read), for its own usage errors. */
export function langInArgs(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice("--lang=".length) : undefined;
    if (isLang(value)) return value;
  }
  return undefined;
}
