import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import type { CliIo } from "../../src/cli/io";
import { readInputFile } from "../../src/cli/read-file";
import { createInlineRunner } from "../../src/cli/report/pool";
import type { ReportServices } from "../../src/cli/report/run-report";
import type { Figures } from "../../src/cli/report/types";
import { runCli } from "../../src/cli/run";
import { FIXTURES } from "./helpers";

// `comm-policy report` in-process: the work runs in this thread (createInlineRunner) and
// the charts are left out (Observable Plot is an ES module Jest cannot load; the built CLI's
// tests and the browser test cover them). Everything else is the real code on real files.

export const REPORT_FIXTURES = path.join(FIXTURES, "report");
export const MIXED = path.join(REPORT_FIXTURES, "mixed");

export interface ReportRun {
  code: number;
  stdout: string;
  stderr: string;
  html: string;
  figures: Figures;
  json: string;
  csv: string;
  dir: string;
}

export async function report(args: string[], options: { stderrIsTTY?: boolean; clockStep?: number } = {}): Promise<ReportRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cpa-report-"));
  let stdout = "";
  let stderr = "";
  let clock = 1_700_000_000_000;
  const services: ReportServices = {
    stderrIsTTY: options.stderrIsTTY ?? false,
    writeFile: async (file, text) => writeFileSync(file, text),
    createRunner: (settings) => createInlineRunner(settings),
    charts: () => new Map(),
    cpus: 2,
    clock: () => (clock += options.clockStep ?? 250),
    peakRssMb: () => 100,
    secret: async () => Buffer.from("a fixed secret for the tests, 32b"),
  };
  const io: CliIo = {
    readFile: (file) => readInputFile(file),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: {},
    report: services,
  };
  const out = path.join(dir, "report.html");
  const json = path.join(dir, "report.json");
  const csv = path.join(dir, "report.csv");
  const code = await runCli(["report", "--out", out, "--json", json, "--csv", csv, ...args], io);
  const read = (f: string) => {
    try {
      return readFileSync(f, "utf8");
    } catch {
      return "";
    }
  };
  const jsonText = read(json);
  return { code, stdout, stderr, html: read(out), json: jsonText, figures: (jsonText ? JSON.parse(jsonText) : undefined) as Figures, csv: read(csv), dir };
}
