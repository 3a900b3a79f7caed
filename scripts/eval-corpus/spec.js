// Reads one spec file (test/eval/README.md, "The spec format") into a plain object, or
// throws a SpecError naming the file and the line. Nothing here knows a mail client.
const fs = require("fs");
const path = require("path");

class SpecError extends Error {
  constructor(file, line, message) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.name = "SpecError";
  }
}

const RULES_DIR = path.join(__dirname, "..", "..", "src", "policy", "rules");

/** The rule ids the engine has: one file per rule (scripts/gen-rules.js reads the same folders). */
function knownRuleIds() {
  const ids = new Set();
  for (const kind of ["mail", "meeting"]) {
    const dir = path.join(RULES_DIR, kind);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) if (file.endsWith(".ts")) ids.add(`${kind}/${file.slice(0, -3)}`);
  }
  return ids;
}

const MAIL_CLIENTS = ["foxmail", "qqmail", "exmail", "wecom", "coremail", "outlook-win", "outlook-mac", "owa", "gmail", "apple-mail", "thunderbird"];
const MEETING_TOOLS = ["outlook-teams", "outlook", "google", "tencent-meeting", "feishu", "dingtalk", "zoom", "webex"];
const LANGS = ["zh-CN", "zh-TW", "en", "mixed"];

const COMMON_KEYS = ["id", "split", "lang", "clean", "must", "mustNot", "note"];
const MAIL_KEYS = [...COMMON_KEYS, "client", "ui", "charset", "transfer", "format", "from", "to", "cc", "bcc", "date", "subject", "importance", "sensitivity", "attach"];
const MEETING_KEYS = [...COMMON_KEYS, "tool", "organizer", "required", "optional", "booked", "start", "end", "tz", "location", "online", "url", "reminder", "priority", "attach", "subject", "rrule"];
const REPEATABLE = new Set(["attach", "note"]);
const MAIL_SECTIONS = ["body", "signature", "disclaimer", "quote", "html"];
const MEETING_SECTIONS = ["description", "html"];

/** Splits the file into header entries and sections, keeping line numbers. */
function splitSpec(file, text) {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const header = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "") break;
    if (raw.startsWith("#")) continue;
    if (raw.startsWith("--- ")) throw new SpecError(file, i + 1, "a blank line must separate the header from the first section");
    const colon = raw.indexOf(":");
    if (colon <= 0) throw new SpecError(file, i + 1, `expected "key: value", got ${JSON.stringify(raw.slice(0, 60))}`);
    header.push({ key: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim(), line: i + 1 });
  }
  const sections = [];
  let current = null;
  for (i += 1; i < lines.length; i++) {
    const raw = lines[i];
    const start = /^--- (\S+)(?: (.*))?$/.exec(raw);
    if (start) {
      current = { name: start[1], options: (start[2] ?? "").trim(), line: i + 1, lines: [] };
      sections.push(current);
    } else if (current) {
      current.lines.push(raw);
    } else if (raw.trim() !== "") {
      throw new SpecError(file, i + 1, 'text before the first section: start one with "--- body" (or "--- description")');
    }
  }
  for (const s of sections) {
    while (s.lines.length > 0 && s.lines[s.lines.length - 1].trim() === "") s.lines.pop();
    while (s.lines.length > 0 && s.lines[0].trim() === "") s.lines.shift();
  }
  return { header, sections };
}

function headerMap(file, header, allowed) {
  const map = new Map();
  for (const { key, value, line } of header) {
    if (!allowed.includes(key)) throw new SpecError(file, line, `unknown key "${key}" (allowed: ${allowed.join(", ")})`);
    if (map.has(key) && !REPEATABLE.has(key)) throw new SpecError(file, line, `"${key}" is given twice (first on line ${map.get(key)[0].line})`);
    map.set(key, [...(map.get(key) ?? []), { value, line }]);
  }
  return map;
}

/** Accessors that name the line of the key they complain about. */
function reader(file, map) {
  const first = (key) => map.get(key)?.[0];
  const lineOf = (key) => first(key)?.line ?? 0;
  const get = (key, fallback) => (first(key) ? first(key).value : fallback);
  const required = (key) => {
    if (!first(key)) throw new SpecError(file, 0, `missing "${key}:"`);
    return first(key).value;
  };
  const oneOf = (key, values, fallback) => {
    const value = get(key, fallback);
    if (value === undefined || values.includes(value)) return value;
    throw new SpecError(file, lineOf(key), `${key}: ${JSON.stringify(value)} is not one of ${values.join(", ")}`);
  };
  const all = (key) => (map.get(key) ?? []).map((e) => e.value);
  const entries = (key) => map.get(key) ?? [];
  return { first, lineOf, get, required, oneOf, all, entries };
}

function parsePeople(file, line, value) {
  if (!value) return [];
  return splitAddressList(value).map((part) => {
    const angle = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(part);
    if (angle) return { name: angle[1].replace(/^"(.*)"$/, "$1").trim(), address: angle[2] };
    if (/^[^\s<>@]+@[^\s<>@]+$/.test(part)) return { name: "", address: part };
    throw new SpecError(file, line, `not "Name <address>" or an address: ${JSON.stringify(part)}`);
  });
}

/** Commas inside quotes or angle brackets do not separate people. */
function splitAddressList(value) {
  const parts = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "<") depth++;
    if (!quoted && ch === ">") depth = Math.max(0, depth - 1);
    if (!quoted && depth === 0 && (ch === "," || ch === "，")) {
      if (current.trim()) parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function parseMoment(file, line, key, value, { allowDate = false } = {}) {
  if (allowDate && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new SpecError(file, line, `${key}: ${JSON.stringify(value)} is not an ISO moment with an offset, e.g. 2026-11-24T10:15:00+08:00${allowDate ? " (or a date 2026-11-26 for all day)" : ""}`);
  }
  return { iso: value, offset: value.endsWith("Z") ? "+00:00" : value.slice(-6) };
}

function parseRuleList(file, line, value, ruleIds) {
  const ids = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const id of ids) if (!ruleIds.has(id)) throw new SpecError(file, line, `unknown rule id "${id}"`);
  return ids;
}

function parseAttach(file, { value, line }, kind) {
  const parts = value.split("|").map((s) => s.trim());
  if (kind === "meeting" && parts[0] === "url") {
    if (!/^https?:\/\//.test(parts[1] ?? "")) throw new SpecError(file, line, "attach: url | https://… expects a URL");
    return { url: parts[1], name: parts[2] ?? "" };
  }
  const [name, contentType, bytes, ...flags] = parts;
  if (!name || !contentType || !/^[\w.+-]+\/[\w.+-]+$/.test(contentType) || !/^\d+$/.test(bytes ?? "")) {
    throw new SpecError(file, line, 'attach: expected "name | content-type | bytes" (e.g. 報價單.pdf | application/pdf | 48213)');
  }
  const attach = { name, contentType, bytes: Number(bytes), inline: false, cid: "" };
  for (const flag of flags) {
    if (flag === "inline") attach.inline = true;
    else if (/^cid=[\w.-]+$/.test(flag)) attach.cid = flag.slice(4);
    else throw new SpecError(file, line, `attach: unknown option "${flag}" (inline, cid=name)`);
  }
  if (attach.cid && !attach.inline) attach.inline = true;
  return attach;
}

function commonFields(file, r, ruleIds, allowedIds) {
  const id = r.required("id");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new SpecError(file, r.lineOf("id"), `id "${id}" must be lowercase letters, digits and hyphens`);
  const base = path.basename(file).replace(/\.txt$/, "");
  if (base !== id) throw new SpecError(file, r.lineOf("id"), `id "${id}" differs from the file name "${base}.txt"`);
  const clean = r.oneOf("clean", ["yes", "no"]);
  if (clean === undefined) throw new SpecError(file, 0, 'missing "clean:" (yes or no)');
  const must = parseRuleList(file, r.lineOf("must"), r.get("must"), ruleIds);
  const mustNot = parseRuleList(file, r.lineOf("mustNot"), r.get("mustNot"), ruleIds);
  for (const rule of [...must, ...mustNot]) {
    if (!rule.startsWith(`${allowedIds}/`)) throw new SpecError(file, r.lineOf(must.includes(rule) ? "must" : "mustNot"), `"${rule}" is not a ${allowedIds} rule`);
  }
  const both = must.filter((rule) => mustNot.includes(rule));
  if (both.length > 0) throw new SpecError(file, r.lineOf("mustNot"), `${both.join(", ")} in both must and mustNot`);
  if (clean === "yes" && must.length > 0) throw new SpecError(file, r.lineOf("must"), "a clean item has no rule that must fire");
  if (clean === "no" && must.length === 0) throw new SpecError(file, r.lineOf("clean"), 'clean: no needs at least one rule in "must"');
  const split = r.oneOf("split", ["dev", "test"]);
  if (!split) throw new SpecError(file, 0, 'missing "split:" (dev or test)');
  const lang = r.oneOf("lang", LANGS);
  if (!lang) throw new SpecError(file, 0, `missing "lang:" (${LANGS.join(", ")})`);
  return { id, split, lang, clean: clean === "yes", must, mustNot, note: r.all("note") };
}

module.exports = { SpecError, splitSpec, headerMap, reader, parsePeople, parseMoment, parseAttach, commonFields, knownRuleIds, MAIL_CLIENTS, MEETING_TOOLS, MAIL_KEYS, MEETING_KEYS, MAIL_SECTIONS, MEETING_SECTIONS };
