#!/usr/bin/env node
// Renders the evaluation specs (test/eval/specs/**/*.txt, format in test/eval/README.md)
// into mail/<id>.eml, meetings/<id>.ics and labels.json, each in the shape of the client or
// meeting tool the spec names. Output depends only on the specs: rendering twice gives the
// same bytes.
//
//   node scripts/eval-corpus.js [--specs DIR]... [--out DIR] [--check]
//
// --specs  folder of specs, searched recursively (repeatable; default test/eval/specs)
// --out    folder to write mail/, meetings/ and labels.json into (default test/eval)
// --check  render in memory and fail if a written file differs (the committed corpus is stale)
const fs = require("fs");
const path = require("path");
const { parseSpec } = require("./eval-corpus/specs");
const { SpecError, knownRuleIds } = require("./eval-corpus/spec");
const { renderMail } = require("./eval-corpus/mail");
const { renderMeeting } = require("./eval-corpus/meeting");

const ROOT = path.join(__dirname, "..");

function parseArgs(argv) {
  const args = { specs: [], out: path.join(ROOT, "test", "eval"), check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--specs" || a === "--out") {
      const value = argv[++i];
      if (!value) throw new Error(`${a} needs a folder`);
      if (a === "--specs") args.specs.push(path.resolve(value));
      else args.out = path.resolve(value);
    } else if (a === "--check") args.check = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else throw new Error(`unknown option ${a} (use --specs DIR, --out DIR, --check)`);
  }
  if (args.specs.length === 0) args.specs.push(path.join(ROOT, "test", "eval", "specs"));
  return args;
}

function specFiles(dir) {
  if (!fs.existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...specFiles(full));
    else if (entry.name.endsWith(".txt")) out.push(full);
  }
  return out;
}

/** The label record of one item (test/eval/README.md: labels.json). */
function labelOf(spec, file) {
  const record = { file, kind: spec.kind, lang: spec.lang, split: spec.split, clean: spec.clean, must: spec.must, mustNot: spec.mustNot, note: spec.note.join(" ") };
  if (spec.kind === "mail") record.client = spec.client;
  else record.tool = spec.tool;
  return record;
}

function renderAll(files) {
  const ruleIds = knownRuleIds();
  const items = [];
  const errors = [];
  const seen = new Map();
  for (const file of files) {
    const rel = path.relative(process.cwd(), file);
    const shown = rel && !rel.startsWith("..") ? rel : file;
    try {
      const spec = parseSpec(shown, fs.readFileSync(file, "utf8"), ruleIds);
      if (seen.has(spec.id)) throw new SpecError(shown, 0, `id "${spec.id}" is also used by ${seen.get(spec.id)}`);
      seen.set(spec.id, shown);
      const out = spec.kind === "mail" ? `mail/${spec.id}.eml` : `meetings/${spec.id}.ics`;
      const bytes = spec.kind === "mail" ? renderMail(spec) : renderMeeting(spec);
      items.push({ spec, rel: out, bytes });
    } catch (e) {
      errors.push(e instanceof SpecError ? e.message : `${shown}: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  return { items, errors };
}

function labelsJson(items) {
  const labels = {};
  for (const { spec, rel } of [...items].sort((a, b) => a.spec.id.localeCompare(b.spec.id))) labels[spec.id] = labelOf(spec, rel);
  return `${JSON.stringify(labels, null, 2)}\n`;
}

/** A rendered file whose spec is gone would stay in the corpus unlabelled. */
function removeStale(out, written) {
  for (const [dir, ext] of [["mail", ".eml"], ["meetings", ".ics"]]) {
    for (const name of fs.readdirSync(path.join(out, dir))) {
      if (name.endsWith(ext) && !written.has(`${dir}/${name}`)) {
        fs.unlinkSync(path.join(out, dir, name));
        process.stdout.write(`eval-corpus: removed ${dir}/${name} (no spec renders it)\n`);
      }
    }
  }
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval-corpus: ${e.message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(fs.readFileSync(__filename, "utf8").split("\n").slice(1, 13).map((l) => l.replace(/^\/\/ ?/, "")).join("\n") + "\n");
    return 0;
  }
  let files;
  try {
    files = args.specs.flatMap(specFiles);
  } catch (e) {
    process.stderr.write(`eval-corpus: ${e.message}\n`);
    return 2;
  }
  const { items, errors } = renderAll(files);
  for (const error of errors) process.stderr.write(`eval-corpus: ${error}\n`);
  if (errors.length > 0) {
    process.stderr.write(`eval-corpus: ${errors.length} spec(s) with errors; nothing written\n`);
    return 1;
  }
  const outputs = [...items.map((i) => [i.rel, i.bytes]), ["labels.json", Buffer.from(labelsJson(items))]];
  if (args.check) {
    const stale = outputs.filter(([rel, bytes]) => !fs.existsSync(path.join(args.out, rel)) || !fs.readFileSync(path.join(args.out, rel)).equals(bytes));
    for (const [rel] of stale) process.stderr.write(`eval-corpus: ${rel} is not what its spec renders to (run node scripts/eval-corpus.js)\n`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const dir of ["mail", "meetings"]) fs.mkdirSync(path.join(args.out, dir), { recursive: true });
  for (const [rel, bytes] of outputs) fs.writeFileSync(path.join(args.out, rel), bytes);
  removeStale(args.out, new Set(outputs.map(([rel]) => rel)));
  const mails = items.filter((i) => i.spec.kind === "mail").length;
  process.stdout.write(`eval-corpus: ${mails} mail(s), ${items.length - mails} meeting(s) → ${path.relative(process.cwd(), args.out) || "."}\n`);
  return 0;
}

process.exitCode = main();
