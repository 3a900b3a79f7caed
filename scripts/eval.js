#!/usr/bin/env node
// `npm run eval [-- --update-baseline] [-- --json] [-- --no-prose]`: warns when the rendered
// corpus is stale against its specs, bundles the scorer (test/eval/eval.ts, the same loaders
// and engine as the CLI) for Node into build/ and runs it.
const { execFileSync, spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const webpackCli = require.resolve("webpack-cli/bin/cli.js");

const stale = spawnSync(process.execPath, [path.join(__dirname, "eval-corpus.js"), "--check"], { cwd: root, encoding: "utf8" });
if (stale.status !== 0) process.stderr.write(`${stale.stderr}eval: the rendered corpus differs from its specs; scoring the committed files (render them with node scripts/eval-corpus.js)\n`);
execFileSync(process.execPath, [path.join(__dirname, "gen-rules.js")], { cwd: root, stdio: "inherit" });
execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=eval"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
const run = spawnSync(process.execPath, [path.join(root, "build", "eval.js"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exitCode = run.status ?? 1;
