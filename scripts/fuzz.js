#!/usr/bin/env node
/**
 * `npm run fuzz [-- --rounds N] [--minutes M]`: the property tests (every test file that calls
 * fc.assert) drawn afresh, round after round, each round with a new seed. `npm test` draws one
 * fixed set of cases (test/support/fast-check-seed.js); this is where new counterexamples are
 * found. A failing round prints its seed: `FC_SEED=<seed> npx jest <file>` replays it.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function propertyTestFiles(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...propertyTestFiles(file));
    else if (/\.test\.tsx?$/.test(entry.name) && fs.readFileSync(file, "utf8").includes("fc.assert(")) found.push(file);
  }
  return found;
}

const rounds = option("rounds", Infinity);
const deadline = Date.now() + option("minutes", rounds === Infinity ? 10 : Infinity) * 60000;
const files = propertyTestFiles(path.join(__dirname, "..", "test"));
const failures = [];
let round = 0;
while (round < rounds && Date.now() < deadline) {
  round++;
  const seed = Math.floor(Math.random() * 0x7fffffff);
  const run = spawnSync("npx", ["jest", "--silent", ...files], { env: { ...process.env, FC_SEED: String(seed) }, encoding: "utf8" });
  const ok = run.status === 0;
  console.log(`round ${round}, seed ${seed}: ${ok ? "passed" : "FAILED"}`);
  if (!ok) {
    failures.push(seed);
    process.stdout.write(run.stderr.split("\n").filter((l) => /●|Counterexample|seed:|Expected|Received/.test(l)).slice(0, 40).join("\n") + "\n");
  }
}
console.log(`${round} rounds over ${files.length} files, ${failures.length} failed${failures.length ? `: seeds ${failures.join(", ")}` : ""}`);
process.exit(failures.length ? 1 : 0);
