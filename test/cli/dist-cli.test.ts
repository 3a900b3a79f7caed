import { spawnSync } from "child_process";
import { readFileSync, rmSync } from "fs";
import * as path from "path";
import { buildCli, ROOT } from "../support/built-cli";
import { fixture } from "./helpers";

// The real executable: webpack builds only the CLI, into a folder of its own under build/
// so that a build running elsewhere in the tree is never disturbed, and Node runs it.

let outDir: string;
let cli: string;

beforeAll(() => {
  outDir = buildCli("check-cli");
  cli = path.join(outDir, "cli.js");
}, 240_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it("is a Node script that checks real files and exits with the contract's codes", () => {
  expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);

  const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: comm-policy/);

  const files = [fixture("mail-gbk-prefix-only-subject.eml"), fixture("meeting-teams-zh-cn.ics"), fixture("empty.eml")];
  const check = spawnSync(process.execPath, [cli, "check", "--json", "--now", "2026-11-24T10:00:00+08:00", "--policy", path.join(ROOT, "assets", "policy.json"), ...files], { encoding: "utf8" });
  expect(check.status).toBe(2);
  expect(check.stderr.trim().split("\n")).toEqual([expect.stringMatching(/empty\.eml: the file is empty$/)]);
  const items = JSON.parse(check.stdout) as { kind: string; findings: { rule: string; severity: string }[] }[];
  expect(items.map((i) => i.kind)).toEqual(["mail", "meeting"]);
  expect(items[0].findings).toContainEqual(expect.objectContaining({ rule: "mail/subject-present", severity: "error" }));

  const errorsOnly = spawnSync(process.execPath, [cli, "check", files[0]], { encoding: "utf8", env: { ...process.env, LANG: "C" } });
  expect(errorsOnly.status).toBe(1);
  expect(errorsOnly.stdout).toContain("mail/subject-present");
}, 120_000);
