#!/usr/bin/env node
// Writes assets/policy.schema.json from the zod policy schema, through the built CLI
// (`comm-policy schema`), so no TypeScript runtime is needed here. Builds the CLI first
// when dist/cli.js is missing or --build is given. test/cli/policy-schema.test.ts fails
// when the file and the schema disagree.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "dist", "cli.js");
if (process.argv.includes("--build") || !fs.existsSync(cli)) {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "only=cli"], { cwd: root, stdio: "inherit" });
}
const schema = execFileSync(process.execPath, [cli, "schema"], { cwd: root, encoding: "utf8" });
const target = path.join(root, "assets", "policy.schema.json");
if (!fs.existsSync(target) || fs.readFileSync(target, "utf8") !== schema) {
  fs.writeFileSync(target, schema);
  console.log(`wrote ${path.relative(root, target)}`);
}
