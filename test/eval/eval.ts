import * as fs from "fs";
import * as path from "path";
import { checkCorpus, readPolicy, ROOT } from "./harness/corpus";
import { runProse } from "./harness/prose";
import { allChecks } from "./harness/score";
import { BASELINE_FILE, compareToBaseline, readBaseline, writeBaseline, type Regression } from "./harness/baseline";
import { evalData, renderMarkdown } from "./harness/report";

// `npm run eval [-- --update-baseline] [-- --json] [-- --no-prose]`: scores the engine on the
// labelled corpus and on published prose, prints the report and writes test-output/eval.json
// and test-output/eval.md. A report, never a pass/fail on the figures; --update-baseline
// records the checks that pass now for the regression gate (test/eval/regression.test.ts).

interface Options {
  updateBaseline: boolean;
  json: boolean;
  prose: boolean;
}

function optionsOf(argv: readonly string[]): Options {
  const known = new Set(["--update-baseline", "--json", "--no-prose"]);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(" ")} (use --update-baseline, --json, --no-prose)`);
  return { updateBaseline: argv.includes("--update-baseline"), json: argv.includes("--json"), prose: !argv.includes("--no-prose") };
}

async function main(): Promise<number> {
  const options = optionsOf(process.argv.slice(2));
  const policyFile = path.join(ROOT, "assets", "policy.json");
  const policy = readPolicy(policyFile);
  const results = await checkCorpus(policy);
  const prose = options.prose ? runProse(policy) : { paragraphs: {}, alarms: [] };
  const checks = allChecks(results);
  let regression: Regression | undefined;
  if (fs.existsSync(BASELINE_FILE)) regression = compareToBaseline(readBaseline(), checks);
  const data = evalData(results, prose, path.relative(ROOT, policyFile), regression);
  const markdown = renderMarkdown(data);
  const outDir = path.join(ROOT, "test-output");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "eval.json"), `${JSON.stringify(data, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, "eval.md"), markdown);
  process.stdout.write(options.json ? `${JSON.stringify(data)}\n` : markdown);
  if (options.updateBaseline) {
    const n = writeBaseline(checks);
    process.stderr.write(`eval: ${n} passing checks written to ${path.relative(ROOT, BASELINE_FILE)}\n`);
  }
  process.stderr.write(`eval: report in test-output/eval.md and test-output/eval.json\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
