import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { buildCli } from "../support/built-cli";
import { MIXED, REPORT_FIXTURES } from "./report-helpers";

// `comm-policy report` as built and run by an administrator: the worker pool (piscina, the
// worker file beside cli.js), the per-file time limit, the charts drawn by Observable Plot,
// and the progress bar on a real terminal (util-linux `script` gives the run a pty).

let outDir: string;
let cli: string;
let work: string;

beforeAll(() => {
  outDir = buildCli("report-cli");
  cli = path.join(outDir, "cli.js");
  work = mkdtempSync(path.join(os.tmpdir(), "cpa-report-dist-"));
}, 240_000);

afterAll(() => {
  for (const dir of [outDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function report(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, "report", ...args], { encoding: "utf8", env: { ...process.env, LANG: "C", ...env }, timeout: 180_000 });
}

it("bundles the worker beside the CLI", () => {
  expect(existsSync(path.join(outDir, "report-worker.js"))).toBe(true);
  expect(readFileSync(path.join(outDir, "report-worker.js"), "utf8").startsWith("#!")).toBe(false);
});

it("checks a mixed folder in two worker threads and writes HTML with charts, JSON and CSV", () => {
  const out = path.join(work, "r.html");
  const json = path.join(work, "r.json");
  const run = report(["--jobs", "2", "--policy", path.join(REPORT_FIXTURES, "policy-current.json"), "--compare", path.join(REPORT_FIXTURES, "policy-proposed.json"), "--out", out, "--json", json, "--csv", path.join(work, "r.csv"), MIXED]);
  expect(run.stdout).toMatch(/^Report written to .*r\.html: 12 items/);
  expect(run.status).toBe(0);
  const figures = JSON.parse(readFileSync(json, "utf8"));
  expect(figures.run.jobs).toBe(2);
  expect(figures.input.refused).toBe(2);
  const html = readFileSync(out, "utf8");
  expect(html.match(/<svg [^>]*role="img"/g)?.length).toBeGreaterThanOrEqual(4);
  expect(html).toContain('font-family="&quot;Noto Sans CJK SC&quot;, &quot;Noto Sans CJK TC&quot;, &quot;WenQuanYi Zen Hei&quot;, &quot;Microsoft YaHei&quot;');
  expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  expect(html).not.toMatch(/<svg[^>]* style=|<(rect|path|g|text)[^>]* style=/);
});

it("reports a file over the time limit and goes on with the others", () => {
  // 20,000 meetings in one calendar: far more than a second of work.
  const events = Array.from({ length: 20_000 }, (_, i) => `BEGIN:VEVENT\r\nUID:e${i}@contoso.com\r\nDTSTAMP:20261120T020000Z\r\nDTSTART:20261127T0${i % 9}0000Z\r\nDURATION:PT1H\r\nSUMMARY:Weekly sync ${i}\r\nORGANIZER:mailto:tom.chen@contoso.com\r\nATTENDEE:mailto:li.na@contoso.com\r\nEND:VEVENT\r\n`).join("");
  const dir = path.join(work, "slow");
  require("fs").mkdirSync(dir);
  writeFileSync(path.join(dir, "huge.ics"), `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n${events}END:VCALENDAR\r\n`);
  // Files before and after it in the same batch are checked all the same.
  for (const name of ["a-small.json", "small.json", "z-small.json"]) writeFileSync(path.join(dir, name), JSON.stringify({ kind: "mail", subject: "Q4 预算审批", body: "请审批。", to: ["li.na@contoso.com"], sentAt: "2026-11-24T10:00:00+08:00" }));
  const json = path.join(work, "slow.json");
  const run = report(["--jobs", "1", "--time-limit", "1", "--out", path.join(work, "slow.html"), "--json", json, dir]);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain(`${path.join(dir, "huge.ics")}: not finished within the time limit of 1 s; skipped`);
  const figures = JSON.parse(readFileSync(json, "utf8"));
  expect(figures.input.timedOut).toBe(1);
  expect(figures.input.items).toBe(3); // a-small.json again, small.json and z-small.json by the worker started after the stop
}, 120_000);

it("draws the progress bar on a terminal and not in a pipe", () => {
  const args = ["--out", path.join(work, "p.html"), MIXED];
  const piped = report(args);
  expect(piped.stderr).not.toMatch(/files · \d+ msg\/s/);
  const command = [process.execPath, cli, "report", ...args].map((a) => `'${a}'`).join(" ");
  const tty = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: { ...process.env, LANG: "C" }, timeout: 120_000 });
  expect(tty.stdout).toMatch(/\[[#.]{24}\] \d+\/10 files · \d+ msg\/s · \S+ left/);
  expect(tty.stdout).toMatch(/Report written to/);
}, 120_000);
