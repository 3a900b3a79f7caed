#!/usr/bin/env node
// `npm run bench [-- --json]`: builds the add-in in production mode when dist/ has no bundles
// (bundle sizes are part of the figures), bundles the harness (test/bench/bench.ts) for Node
// and runs it. The figures are medians over repeated runs on this machine.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const quiet = { cwd: root, stdio: ["ignore", "ignore", "inherit"] };

if (!fs.existsSync(path.join(root, "dist", "launchevent.js")) || !fs.existsSync(path.join(root, "dist", "taskpane.js"))) {
  execFileSync(process.execPath, [path.join(root, "scripts", "build.js")], quiet);
}
execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=bench"], quiet);
execFileSync(process.execPath, [path.join(root, "build", "bench.js"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
