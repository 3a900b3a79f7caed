#!/usr/bin/env node
// Production build. Filled in step by step: the CLI now, the add-in bundles and manifests next.
const { execFileSync } = require("child_process");
const path = require("path");
const root = path.join(__dirname, "..");
execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "inherit" });
