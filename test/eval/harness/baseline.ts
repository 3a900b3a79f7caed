import * as fs from "fs";
import * as path from "path";
import { EVAL_DIR } from "./corpus";
import { checkKey, type Check } from "./score";

// test/eval/baseline.json: every check that passes, grouped by item. The regression gate
// fails on a check that is listed here and fails now; new items and checks never fail it.

export const BASELINE_FILE = path.join(EVAL_DIR, "baseline.json");

export interface Baseline {
  about: string;
  checks: Record<string, string[]>;
}

export function baselineOf(checks: readonly Check[]): Baseline {
  const grouped: Record<string, string[]> = {};
  for (const c of [...checks].filter((c) => c.pass).sort((a, b) => checkKey(a).localeCompare(checkKey(b)))) {
    (grouped[c.item] ??= []).push(`${c.rule} ${c.expect}`);
  }
  return {
    about: "Checks (item → 'rule expectation') that pass on the corpus; written by npm run eval -- --update-baseline. test/eval/regression.test.ts fails when one of them fails.",
    checks: grouped,
  };
}

export function writeBaseline(checks: readonly Check[], file: string = BASELINE_FILE): number {
  const baseline = baselineOf(checks);
  fs.writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return Object.values(baseline.checks).reduce((n, list) => n + list.length, 0);
}

export function readBaseline(file: string = BASELINE_FILE): Baseline {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run eval -- --update-baseline`);
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Baseline>;
  if (!parsed.checks || typeof parsed.checks !== "object") throw new Error(`${file} has no "checks" object`);
  return parsed as Baseline;
}

export interface Regression {
  /** Passed in the baseline and fail now. */
  broken: Check[];
  /** Baseline checks the corpus no longer has (spec removed or relabelled). */
  vanished: string[];
  baselineSize: number;
}

export function compareToBaseline(baseline: Baseline, checks: readonly Check[]): Regression {
  const now = new Map(checks.map((c) => [checkKey(c), c]));
  const broken: Check[] = [];
  const vanished: string[] = [];
  let size = 0;
  for (const [item, list] of Object.entries(baseline.checks)) {
    for (const entry of list) {
      size += 1;
      const key = `${item} ${entry}`;
      const current = now.get(key);
      if (!current) vanished.push(key);
      else if (!current.pass) broken.push(current);
    }
  }
  return { broken, vanished, baselineSize: size };
}

/** One line per broken check: which item, which rule, what was expected and what happened. */
export function describeBroken(c: Check): string {
  if (c.expect === "must") return `${c.item}: ${c.rule} must fire and no longer does`;
  const what = c.findings.map((f) => `"${f.message}"${f.location?.excerpt ? ` at "${f.location.excerpt}"` : ""}`).join("; ");
  return `${c.item}: ${c.rule} ${c.expect === "clean" ? "fires on a clean item" : "must not fire and does"}${what ? `: ${what}` : " (the file could not be read)"}`;
}
