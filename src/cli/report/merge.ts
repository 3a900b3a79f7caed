import { z } from "zod";
import { parseJsonText, problemsFromIssues, problemText } from "../../policy/config-errors";
import { displayText } from "../../policy/display-text";
import type { Lang } from "../../policy/types";
import { decodeText } from "../bytes";
import { EXIT, type ExitCode } from "../io";
import { reasonText } from "../input-error";
import { message, messageText, say, type CliMessage } from "../messages";
import { fsErrorReason } from "../read-file";
import { addRecord, addSide } from "./figures";
import type { ReportOptions } from "./options";
import { writeOutputs } from "./outputs";
import type { ReportIo } from "./run-report";
import { EXAMPLES_KEPT, PROBLEMS_KEPT, type Figures } from "./types";

// `comm-policy report --merge part1.json part2.json …`: a tenant too large for one run is
// reported in parts (by month and department, say), each with --json; the parts' figures
// are added up here into one report. Parts checked with different policies are refused:
// their numbers do not add up to anything.

const PART = z
  .object({
    format: z.literal("comm-policy-report"),
    version: z.literal(1),
    showNames: z.boolean(),
    quotes: z.boolean(),
    secretId: z.string(),
    base: z.object({ policyVersion: z.string(), totals: z.object({ items: z.number() }).loose() }).loose(),
    compare: z.object({ policyVersion: z.string() }).loose().optional(),
  })
  .loose();

/** A part's figures, or why it cannot be added, in the user's language. */
async function readPart(file: string, io: ReportIo, lang: Lang): Promise<Figures | string> {
  let text: string;
  try {
    text = decodeText(await io.readFile(file));
  } catch (e) {
    return reasonText(fsErrorReason(e), lang);
  }
  const json = parseJsonText(text);
  if (!json.ok) return problemText(json.problem, lang);
  const parsed = PART.safeParse(json.value);
  if (parsed.success) return json.value as Figures;
  const [first] = problemsFromIssues(parsed.error.issues, json.value, PART);
  return messageText(message("notReportPart", { problem: first ? problemText(first, lang) : "" }), lang);
}

function incompatibility(a: Figures, b: Figures): CliMessage | undefined {
  if (a.base.policyVersion !== b.base.policyVersion) return message("otherPolicy", { other: b.base.policyVersion, first: a.base.policyVersion }, ["other", "first"]);
  if ((a.compare?.policyVersion ?? "") !== (b.compare?.policyVersion ?? "")) return message("otherCompare");
  if (a.showNames !== b.showNames) return message("otherNames");
  return undefined;
}

function addNumbers<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const key of Object.keys(from) as K[]) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
}

function capped<T>(into: T[], from: readonly T[], max: number): void {
  for (const item of from) if (into.length < max) into.push(item);
}

export function addFigures(into: Figures, part: Figures): void {
  const i = into.input;
  i.files += part.input.files;
  i.items += part.input.items;
  i.outsidePeriod += part.input.outsidePeriod;
  i.refused += part.input.refused;
  i.timedOut += part.input.timedOut;
  i.notes += part.input.notes;
  addNumbers(i.skipped, part.input.skipped);
  capped(i.problems, part.input.problems, PROBLEMS_KEPT);
  const p = into.period;
  if (part.period.first && (!p.first || part.period.first < p.first)) p.first = part.period.first;
  if (part.period.last && (!p.last || part.period.last > p.last)) p.last = part.period.last;
  addSide(into.base, part.base);
  if (into.compare && part.compare) addSide(into.compare, part.compare);
  if (into.changes && part.changes) {
    for (const k of ["newlyHeld", "newlyWarned", "released"] as const) {
      into.changes[k] += part.changes[k];
      capped(into.changes.examples[k], part.changes.examples[k], EXAMPLES_KEPT);
    }
  }
  const s = into.stamps;
  s.stamped += part.stamps.stamped;
  s.wentOn += part.stamps.wentOn;
  addNumbers(s.decisions, part.stamps.decisions);
  addRecord(s.matrix as Record<string, { hold: number; warn: number; pass: number }>, part.stamps.matrix as Record<string, { hold: number; warn: number; pass: number }>, () => ({ hold: 0, warn: 0, pass: 0 }));
  capped(s.examples, part.stamps.examples, EXAMPLES_KEPT);
  const m = into.meetings;
  m.count += part.meetings.count;
  m.withLeadTime += part.meetings.withLeadTime;
  m.bookedInTime += part.meetings.bookedInTime;
  addNumbers(m.leadTime, part.meetings.leadTime);
  addNumbers(m.minutes, part.meetings.minutes);
  into.run.jobs = Math.max(into.run.jobs, part.run.jobs);
  into.run.elapsedMs += part.run.elapsedMs;
  into.run.peakRssMb = Math.max(into.run.peakRssMb, part.run.peakRssMb);
  into.run.messagesPerSecond = Math.round((into.base.totals.items / Math.max(1, into.run.elapsedMs)) * 1000);
}

export async function mergeReports(options: ReportOptions, io: ReportIo, lang: Lang): Promise<ExitCode> {
  const parts: Figures[] = [];
  let failed = false;
  for (const file of options.paths) {
    const part = await readPart(file, io, lang);
    const clash = typeof part !== "string" && parts[0] ? incompatibility(parts[0], part) : undefined;
    const problem = typeof part === "string" ? part : clash ? messageText(clash, lang) : undefined;
    if (problem !== undefined) {
      io.stderr(`comm-policy: ${displayText(file)}: ${problem}\n`);
      failed = true;
    } else if (typeof part !== "string") parts.push(part);
  }
  if (failed || parts.length === 0) return EXIT.unusable;
  const merged: Figures = JSON.parse(JSON.stringify(parts[0])) as Figures;
  merged.lang = options.lang ?? merged.lang;
  merged.generatedAt = new Date(io.clock()).toISOString();
  for (const part of parts.slice(1)) addFigures(merged, part);
  if (new Set(parts.map((p) => p.secretId)).size > 1) {
    io.stderr(`comm-policy: ${say("otherSecrets", lang)}\n`);
  }
  return writeOutputs(merged, options, io);
}
