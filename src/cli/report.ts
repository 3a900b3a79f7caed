import { clauseLabel } from "../policy/clauses";
import { displayText, isolateValues, oneLineText } from "../policy/display-text";
import type { Finding, Lang, Notice, Severity } from "../policy/types";
import { describeFix, severityLabel, t } from "./strings";

// Results → what the user reads: one JSON array for scripts, or a readable report per item.
// In the readable report every piece of text that came from a file (its name, the subject,
// quoted words, the values inside a finding's message) is display-safe: no control character
// or terminal escape reaches the terminal, and text that changes direction is isolated.

export interface ItemResult {
  file: string;
  kind: "mail" | "meeting";
  /** 1-based position when the file holds several drafts or meetings. */
  item?: number;
  subject: string;
  findings: Finding[];
  notices: Notice[];
  /** Lines of the file that were set aside while reading it (the item was still checked). */
  inputNotes?: string[];
}

export function renderJson(results: readonly ItemResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

const ANSI = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m", bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m" } as const;

type Paint = (style: keyof typeof ANSI, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
}

/** One line of at most `max` characters (whole code points), display-safe. */
function shorten(text: string, max = 100): string {
  const chars = Array.from(oneLineText(text));
  return displayText(chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join(""));
}

/** A message of the engine with the draft's words in it. */
function safeMessage(message: string, data: Readonly<Record<string, unknown>> | undefined): string {
  return displayText(isolateValues(message, data));
}

function quote(text: string, lang: Lang): string {
  return lang === "zh-TW" ? `「${text}」` : `“${text}”`;
}

function header(result: ItemResult, lang: Lang, paint: Paint): string {
  const file = displayText(result.file);
  const where = result.item !== undefined ? `${file} #${result.item}` : file;
  const subject = result.subject.trim() ? quote(shorten(result.subject, 80), lang) : t("noSubject", lang);
  return `${paint("bold", where)} (${t(result.kind, lang)}) ${subject}`;
}

const SEVERITY_WIDTH = 8;

function pad(text: string, width: number): string {
  // CJK labels are two columns wide in a terminal.
  const columns = Array.from(text).reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(1, width - columns));
}

function findingLines(f: Finding, lang: Lang, timeZone: string, paint: Paint): string[] {
  const indent = " ".repeat(SEVERITY_WIDTH + 2);
  const lines = [`  ${paint(f.severity, pad(severityLabel(f.severity, lang), SEVERITY_WIDTH))}${f.rule}  ${clauseLabel(f.clause, lang)}  ${safeMessage(f.message, f.data)}`];
  if (f.location?.excerpt?.trim()) lines.push(`${indent}${paint("dim", quote(shorten(f.location.excerpt), lang))}`);
  if (f.fix) lines.push(`${indent}→ ${t("fix", lang)}${describeFix(f.fix, lang, timeZone)}`);
  for (const s of f.suggestions ?? []) lines.push(`${indent}→ ${t("suggestion", lang)}${safeMessage(s.label, f.data)}`);
  return lines;
}

function itemLines(result: ItemResult, lang: Lang, timeZone: string, paint: Paint): string[] {
  const lines = [header(result, lang, paint)];
  if (result.findings.length === 0) lines.push(`  ✓ ${t("noFindings", lang)}`);
  for (const f of result.findings) lines.push(...findingLines(f, lang, timeZone, paint));
  for (const n of result.notices) lines.push(`  ${paint("dim", `${t("note", lang)}${safeMessage(n.message, n.data)}`)}`);
  for (const n of result.inputNotes ?? []) lines.push(`  ${paint("dim", `${t("note", lang)}${displayText(n)}`)}`);
  return lines;
}

export function countBySeverity(results: readonly ItemResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity] += 1;
  return counts;
}

export interface TextOptions {
  lang: Lang;
  color: boolean;
  /** Files that could not be checked (their reasons went to stderr). */
  unusable: number;
  /** The policy's zone, for the moments in fixes. */
  timeZone: string;
}

export function renderText(results: readonly ItemResult[], options: TextOptions): string {
  const paint = painter(options.color);
  const blocks = results.map((r) => itemLines(r, options.lang, options.timeZone, paint).join("\n"));
  const counts = countBySeverity(results);
  const { lang } = options;
  let summary = t("summary", lang, { items: results.length, errors: counts.error, warnings: counts.warning, infos: counts.info });
  if (options.unusable > 0) summary += t("unusable", lang, { bad: options.unusable });
  return `${[...blocks, summary].join("\n\n")}\n`;
}
