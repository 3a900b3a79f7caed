import type { Policy } from "../../policy/config";
import { problemText, unknownRuleProblems } from "../../policy/config-errors";
import { DIMENSIONS } from "../../policy/config-report";
import { displayText, oneLineText } from "../../policy/display-text";
import { RULE_IDS } from "../../policy/engine";
import type { Lang } from "../../policy/types";
import { decodeText } from "../bytes";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { reasonText, type Reason } from "../input-error";
import { message, messageText, say } from "../messages";
import { loadPolicy } from "../policy-file";
import { fsErrorReason } from "../read-file";
import { ReportAggregator } from "./aggregate";
import { parseDirectory, type Directory } from "./directory";
import { mboxMessages, plannedInputs, walkInputs } from "./inputs";
import { writeOutputs } from "./outputs";
import type { ReportOptions } from "./options";
import { Dispatcher } from "./dispatcher";
import type { TaskOutcome, TaskRunner } from "./pool";
import { Progress } from "./progress";
import { createPseudonyms } from "./pseudonym";
import type { ChartRenderer } from "./report-io";
import type { WorkerSettings } from "./types";
import { mergeReports } from "./merge";

// `comm-policy report`: the policies and the directory are read first (a bad one stops the
// run before any work), then the exports are walked and each file (or mbox message) goes to
// the worker pool in batches (dispatcher.ts): the walk waits for them, so memory is bounded by
// the pool, not by the export.

const PROGRAM = "comm-policy";

/** What `report` needs beyond the checker's io (main.ts gives the real ones, tests their own). */
export interface ReportServices {
  stderrIsTTY: boolean;
  writeFile(path: string, text: string): Promise<void>;
  createRunner(settings: WorkerSettings, threads: number, timeLimitMs: number): TaskRunner;
  charts: ChartRenderer;
  cpus: number;
  clock(): number;
  peakRssMb(): number;
  /** Reads the per-report secret, or writes a new one (--secret-file). */
  secret(path: string | undefined): Promise<Uint8Array>;
}

export type ReportIo = CliIo & ReportServices;

type Prepared = { ok: true; base: Policy; compare?: Policy; directory?: Directory } | { ok: false; errors: string[] };

/** Rule ids in report.dimensions that the registry does not have, in the user's words. */
function dimensionErrors(policy: Policy, lang: Lang): string[] {
  return DIMENSIONS.flatMap((d) => unknownRuleProblems(policy.report.dimensions[d], ["report", "dimensions", d], RULE_IDS).map((p) => problemText(p, lang)));
}

async function readDirectory(file: string, io: ReportIo, lang: Lang): Promise<{ directory?: Directory; error?: string }> {
  try {
    const parsed = parseDirectory(decodeText(await io.readFile(file)));
    if (parsed.ok) return { directory: parsed.directory };
    const problem = messageText(message("notAnAddress", { line: parsed.line, address: parsed.address }, ["address"]), lang);
    return { error: say("directoryProblem", lang, { file, problem }) };
  } catch (e) {
    return { error: say("directoryProblem", lang, { file, problem: reasonText(fsErrorReason(e), lang) }) };
  }
}

async function prepare(options: ReportOptions, io: ReportIo, lang: Lang): Promise<Prepared> {
  const errors: string[] = [];
  const policies: Array<Policy | undefined> = [];
  for (const file of [options.policy, options.compare]) {
    const result = file === undefined && policies.length === 1 ? undefined : await loadPolicy(file, io, lang);
    const named = file ?? say("builtinPolicy", lang);
    const problems = !result ? [] : result.ok ? dimensionErrors(result.policy, lang) : result.errors;
    errors.push(...problems.map((problem) => say("policyProblem", lang, { file: named, problem })));
    policies.push(result?.ok ? result.policy : undefined);
  }
  let directory: Directory | undefined;
  if (options.directory !== undefined) {
    const read = await readDirectory(options.directory, io, lang);
    if (read.error) errors.push(read.error);
    directory = read.directory;
  }
  if (errors.length > 0 || !policies[0]) return { ok: false, errors };
  return { ok: true, base: policies[0], compare: policies[1], directory };
}

async function settingsOf(options: ReportOptions, io: ReportIo, lang: Lang): Promise<WorkerSettings> {
  const settings: WorkerSettings = { lang, showNames: options.showNames, quotes: options.quotes };
  if (options.policy !== undefined) settings.policyText = decodeText(await io.readFile(options.policy));
  if (options.compare !== undefined) settings.compareText = decodeText(await io.readFile(options.compare));
  return settings;
}

function failureReason(outcome: Extract<TaskOutcome, { ok: false }>, timeLimit: number): Reason {
  if (outcome.failure === "timeLimit") return { code: "timeLimit", data: { seconds: timeLimit } };
  if (outcome.failure === "outOfMemory") return { code: "outOfMemory", data: {} };
  return { code: "readFailed", data: { detail: oneLineText(outcome.detail) } };
}

export async function runReport(options: ReportOptions, io: ReportIo, lang: Lang): Promise<ExitCode> {
  if (options.merge) return mergeReports(options, io, lang);
  const prepared = await prepare(options, io, lang);
  if (!prepared.ok) {
    for (const error of prepared.errors) io.stderr(`${PROGRAM}: ${error}\n`);
    return EXIT.unusable;
  }
  const started = io.clock();
  const pseudonyms = createPseudonyms(await io.secret(options.secretFile));
  const aggregator = new ReportAggregator({ lang, showNames: options.showNames, quotes: options.quotes, base: prepared.base, compare: prepared.compare, directory: prepared.directory, pseudonyms, from: options.from, to: options.to });
  const threads = options.jobs ?? io.cpus;
  const runner = io.createRunner(await settingsOf(options, io, lang), threads, options.timeLimit * 1000);
  const totals = io.stderrIsTTY ? await plannedInputs(options.paths) : { files: 0, bytes: 0 };
  const progress = new Progress((text) => io.stderr(text), io.stderrIsTTY, totals, lang, () => io.clock(), started);
  const refuse = (ref: string, reason: Reason) => {
    progress.done();
    io.stderr(`${PROGRAM}: ${displayText(ref)}: ${reasonText(reason, lang)}\n`);
    aggregator.refuse(ref, reason);
  };
  const dispatcher = new Dispatcher(runner, (ref, outcome) => {
    if (outcome.ok) {
      for (const problem of outcome.result.problems) refuse(problem.ref, problem.reason);
      aggregator.addResult({ ...outcome.result, problems: [] });
    } else refuse(ref, failureReason(outcome, options.timeLimit));
  }, progress);
  try {
    // Sizes are read only for the progress bar.
    for await (const input of walkInputs(options.paths, { sizes: io.stderrIsTTY })) {
      if (input.kind === "skipped") aggregator.skip(input.extension);
      else if (input.kind === "refused") refuse(input.path, input.reason);
      else if (input.kind === "file") {
        aggregator.countFile();
        await dispatcher.submit({ kind: "file", path: input.path }, input.path, input.size, true);
      } else {
        aggregator.countFile();
        for await (const piece of mboxMessages(input.path)) {
          const ref = `${input.path}:${piece.line}`;
          if (!piece.ok) refuse(ref, piece.reason);
          // A copy with a buffer of its own: it is moved to the worker, not cloned.
          else await dispatcher.submit({ kind: "bytes", ref, format: "eml", bytes: new Uint8Array(piece.bytes) }, ref, piece.bytes.length, false);
        }
        dispatcher.state.files += 1;
      }
    }
    await dispatcher.drain();
  } finally {
    await runner.close();
    progress.done();
  }
  const elapsedMs = Math.max(1, io.clock() - started);
  const figures = aggregator.finish({ jobs: threads, elapsedMs, messagesPerSecond: Math.round((dispatcher.state.messages / elapsedMs) * 1000), peakRssMb: io.peakRssMb() });
  return writeOutputs(figures, options, io);
}
