#!/usr/bin/env node
// `npm run bench [-- --json]`: builds the add-in's bundles in production mode (their gzip
// sizes are part of the figures, and a development build would overstate them), bundles the
// harness (test/bench/bench.ts) for Node and runs it. The figures are medians over repeated
// runs on this machine.
const { execFileSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const quiet = { cwd: root, stdio: ["ignore", "ignore", "inherit"] };

// `-- --engine` measures the engine alone and needs no add-in bundles.
if (!process.argv.includes("--engine")) execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=addin"], quiet);
execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=bench"], quiet);
execFileSync(process.execPath, [path.join(root, "build", "bench.js"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
