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

// `-- --engine` measures the engine alone and needs no add-in bundles, CLI or service.
const engineOnly = process.argv.includes("--engine");
if (!engineOnly) {
  execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=addin"], quiet);
  // report.*: dist/cli.js and its worker, run as an administrator runs them.
  execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=cli"], quiet);
}
execFileSync(process.execPath, [webpackCli, "--mode", "production", "--env", "only=bench"], quiet);
const benchArgs = process.argv.slice(2);
const json = benchArgs.includes("--json");
const main = execFileSync(process.execPath, [path.join(root, "build", "bench.js"), ...benchArgs], { cwd: root, stdio: ["ignore", json ? "pipe" : "inherit", "inherit"], encoding: "utf8" });

// The compliance service (issue 15): ingest in batches of 100 and the summary over one million
// events, on PGlite and (with DATABASE_URL) PostgreSQL; run from its TypeScript source. Its
// figures are printed after the table, or merged into the one JSON object with --json.
const serverOut = engineOnly ? "{}" : execFileSync(process.execPath, ["-r", path.join(root, "scripts", "ts-register.js"), path.join(root, "test", "bench", "server-bench.ts")], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
// onsend.coldStartMs: the on-send runtime page in headless Chromium (test/bench/onsend-browser.ts).
const coldOut = engineOnly ? "{}" : execFileSync(process.execPath, ["-r", path.join(root, "scripts", "ts-register.js"), path.join(root, "test", "bench", "onsend-browser.ts")], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
const serverFigures = { ...JSON.parse(coldOut.trim().split("\n").pop()), ...JSON.parse(serverOut.trim().split("\n").pop()) };
if (json) process.stdout.write(`${JSON.stringify({ ...JSON.parse(main), ...serverFigures }, null, 2)}\n`);
else for (const [key, value] of Object.entries(serverFigures)) console.log(`${key.padEnd(40)} ${value}`);
