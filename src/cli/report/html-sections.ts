import { clauseLabel } from "../../policy/clauses";
import { DIMENSIONS } from "../../policy/config-report";
import { isolate } from "../../policy/display-text";
import { ALL_RULES } from "../../policy/rules/index.generated";
import { STAMP_DECISIONS } from "../../policy/stamp";
import type { Lang } from "../../policy/types";
import { sortedEntries } from "./figures";
import { escapeHtml as e } from "./html";
import { DECISION_NAMES, DIMENSION_NAMES, LEAD_NAMES, OUTCOME_NAMES, rt, type ReportStringId } from "./strings";
import { LEAD_BUCKETS, type Counts, type Figures, type ItemRef, type SideFigures } from "./types";

// The report's sections, each a small function of the figures. Every chart is followed by
// the table of its numbers (its text alternative, which the SVG points to).

type Svgs = ReadonlyMap<string, string>;
type Cell = string | number;

const SHOWN_EXAMPLES = 50;
const SHOWN_PROBLEMS = 200;

function num(n: number): string {
  return n.toLocaleString("en-US");
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "—";
}

function table(headers: string[], rows: Cell[][], id?: string, caption?: string): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => (typeof c === "number" ? `<td class="n">${num(c)}</td>` : `<td>${e(c)}</td>`)).join("")}</tr>`).join("\n");
  return `<table${id ? ` id="${id}"` : ""}>${caption ? `<caption>${e(caption)}</caption>` : ""}<thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function sides(f: Figures, lang: Lang): Array<{ label: string; side: SideFigures }> {
  const base = { label: f.compare ? `${rt("current", lang)} (${f.base.policyVersion})` : rt("current", lang), side: f.base };
  return f.compare ? [base, { label: `${rt("proposed", lang)} (${f.compare.policyVersion})`, side: f.compare }] : [base];
}

function figure(id: string, title: string, svgs: Svgs, lang: Lang, legend: string[] = []): string {
  const svg = svgs.get(id);
  if (!svg) return "";
  const items = legend.map((label, i) => `<li class="c${i % 6}">${e(label)}</li>`).join("");
  return `<figure aria-labelledby="${id}-caption"><figcaption id="${id}-caption">${e(title)}</figcaption>${items ? `<ul class="legend">${items}</ul>` : ""}${svg}<p class="muted">${e(rt("chartData", lang))}</p></figure>`;
}

function header(f: Figures, lang: Lang): string {
  const period = f.period.first && f.period.last ? rt("periodRange", lang, { first: f.period.first, last: f.period.last }) : rt("periodNone", lang);
  const parts = [`<h1>${e(rt("title", lang))}</h1>`];
  parts.push(f.showNames ? `<p class="notice" role="note">${e(rt("namesShown", lang))}</p>` : `<p class="privacy" role="note">${e(rt("namesHidden", lang))}</p>`);
  if (!f.quotes) parts.push(`<p class="privacy" role="note">${e(rt("quotesDropped", lang))}</p>`);
  parts.push(`<p>${e(rt("intro", lang, { items: num(f.input.items), period, version: f.base.policyVersion }))}</p>`);
  if (f.compare) parts.push(`<p class="notice">${e(rt("simulation", lang, { base: f.base.policyVersion, compare: f.compare.policyVersion }))}</p>`);
  return parts.join("\n");
}

const COUNT_ROWS: Array<[ReportStringId, (s: SideFigures) => number]> = [
  ["items", (s) => s.totals.items],
  ["mails", (s) => s.mails.items],
  ["meetings", (s) => s.meetings.items],
  ["hold", (s) => s.totals.hold],
  ["warn", (s) => s.totals.warn],
  ["pass", (s) => s.totals.pass],
  ["error", (s) => s.totals.error],
  ["warning", (s) => s.totals.warning],
  ["info", (s) => s.totals.info],
];

function totals(f: Figures, lang: Lang): string {
  const all = sides(f, lang);
  return `<h2>${e(rt("totals", lang))}</h2>${table([rt("measure", lang), ...all.map((s) => s.label)], COUNT_ROWS.map(([id, get]) => [rt(id, lang), ...all.map((s) => get(s.side))]))}`;
}

function trend(f: Figures, lang: Lang, svgs: Svgs): string {
  const all = sides(f, lang);
  const weeks = Object.keys(f.base.weeks).sort();
  const headers = [rt("week", lang), ...all.flatMap((s) => [`${rt("items", lang)} · ${s.label}`, `${rt("hold", lang)} · ${s.label}`, `${rt("warn", lang)} · ${s.label}`])];
  const rows = weeks.map((w) => [w, ...all.flatMap((s) => [s.side.weeks[w]?.items ?? 0, s.side.weeks[w]?.hold ?? 0, s.side.weeks[w]?.warn ?? 0])]);
  const legend = all.flatMap((s) => [`${rt("hold", lang)} · ${s.label}`, `${rt("warn", lang)} · ${s.label}`]);
  return `<h2>${e(rt("byWeek", lang))}</h2>${figure("trend", rt("trendTitle", lang), svgs, lang, legend)}${table(headers, rows, "trend-table")}`;
}

function clauseOf(rule: string, lang: Lang): string {
  const found = ALL_RULES.find((r) => r.id === rule);
  return found ? clauseLabel(found.clause, lang) : "";
}

function rules(f: Figures, lang: Lang, svgs: Svgs): string {
  const all = sides(f, lang);
  const ids = [...new Set([...Object.keys(f.base.rules), ...Object.keys(f.compare?.rules ?? {})])].sort((a, b) => (f.base.rules[b]?.items ?? 0) - (f.base.rules[a]?.items ?? 0) || a.localeCompare(b));
  const headers = [rt("rule", lang), rt("clause", lang), ...all.flatMap((s) => [rt("error", lang), rt("warning", lang), rt("info", lang), rt("itemsAffected", lang)].map((h) => `${h} · ${s.label}`))];
  const rows = ids.map((id) => [id, clauseOf(id, lang), ...all.flatMap((s) => { const r = s.side.rules[id]; return [r?.error ?? 0, r?.warning ?? 0, r?.info ?? 0, r?.items ?? 0]; })]);
  return `<h2>${e(rt("byRule", lang))}</h2>${figure("rules", rt("byRule", lang), svgs, lang, all.map((s) => s.label))}${table(headers, rows, "rules-table")}`;
}

function countsRow(c: Counts): number[] {
  return [c.items, c.hold, c.warn, c.pass, c.error, c.warning];
}

function departments(f: Figures, lang: Lang, svgs: Svgs, directory: boolean): string {
  const all = sides(f, lang);
  const cols = ["items", "hold", "warn", "pass", "error", "warning"] as const;
  const headers = [rt("department", lang), ...all.flatMap((s) => cols.map((c) => `${rt(c, lang)} · ${s.label}`))];
  const rows = sortedEntries(f.base.departments, (d) => d.items).map(([name]) => [name, ...all.flatMap((s) => countsRow(s.side.departments[name] ?? { items: 0, hold: 0, warn: 0, pass: 0, error: 0, warning: 0, info: 0 }))]);
  const legend = [rt("hold", lang), rt("warn", lang), rt("pass", lang)];
  return `<h2>${e(rt(directory ? "byDepartment" : "byDomain", lang))}</h2>${figure("departments", rt("byDepartment", lang), svgs, lang, legend)}${table(headers, rows, "departments-table")}`;
}

function dimensions(f: Figures, lang: Lang, svgs: Svgs, rulesOf: Record<string, string[]>): string {
  const all = sides(f, lang);
  const headers = [rt("dimension", lang), rt("rules", lang), ...all.flatMap((s) => [rt("findings", lang), rt("itemsAffected", lang), rt("clean", lang)].map((h) => `${h} · ${s.label}`))];
  const rows = DIMENSIONS.map((d) => [DIMENSION_NAMES[d][lang], (rulesOf[d] ?? []).join(", "), ...all.flatMap((s) => [s.side.dimensions[d].findings, s.side.dimensions[d].items, pct(s.side.totals.items - s.side.dimensions[d].items, s.side.totals.items)])]);
  return `<h2>${e(rt("dimensions", lang))}</h2><p>${e(rt("dimensionsIntro", lang))}</p>${figure("dimensions", rt("dimensions", lang), svgs, lang, all.map((s) => s.label))}${table(headers, rows, "dimensions-table")}`;
}

function topTexts(f: Figures, lang: Lang): string {
  const parts = [`<h2>${e(rt("topTexts", lang))}</h2>`];
  for (const s of sides(f, lang)) {
    const rows = sortedEntries(s.side.texts, (t) => t.count).slice(0, 20).map(([text, t]) => [text, t.rule, rt(t.severity, lang), t.count]);
    parts.push(rows.length > 0 ? table([rt("text", lang), rt("rule", lang), rt("severity", lang), rt("count", lang)], rows, undefined, s.label) : `<p>${e(rt("noData", lang))}</p>`);
  }
  return parts.join("\n");
}

function meetings(f: Figures, lang: Lang, svgs: Svgs, minAdvanceHours: number): string {
  const m = f.meetings;
  if (m.count === 0) return "";
  const rows = LEAD_BUCKETS.map((b) => [LEAD_NAMES[b][lang], m.leadTime[b]]);
  const lines = [rt("bookedInTime", lang, { n: num(m.bookedInTime), total: num(m.withLeadTime), hours: minAdvanceHours }), rt("minutesLine", lang, { mails: num(m.minutes.mails), matched: num(m.minutes.matched), onTime: num(m.minutes.onTime), late: num(m.minutes.late), without: num(m.minutes.meetingsWithout), ended: num(m.minutes.meetingsEnded) })];
  return `<h2>${e(rt("meetingSection", lang))}</h2>${lines.map((l) => `<p>${e(l)}</p>`).join("")}${figure("lead", rt("leadTitle", lang), svgs, lang)}${table([rt("leadTime", lang), rt("meetingCount", lang)], rows, "lead-table")}`;
}

function refRows(list: ItemRef[], lang: Lang, withAfter: boolean): Cell[][] {
  return list.slice(0, SHOWN_EXAMPLES).map((r) => [r.ref, r.person, r.department, r.at?.slice(0, 10) ?? "—", rt(r.kind === "mail" ? "mails" : "meetings", lang), ...(r.decision ? [DECISION_NAMES[r.decision][lang]] : []), OUTCOME_NAMES[r.before][lang], ...(withAfter ? [r.after ? OUTCOME_NAMES[r.after][lang] : "—"] : []), r.rules.join(", ")]);
}

function changes(f: Figures, lang: Lang): string {
  const c = f.changes;
  if (!c) return "";
  const parts = [`<h2>${e(rt("changes", lang))}</h2>`, table([rt("measure", lang), rt("items", lang)], (["newlyHeld", "newlyWarned", "released"] as const).map((k) => [rt(k, lang), c[k]]))];
  const headers = [rt("item", lang), rt("person", lang), rt("department", lang), rt("date", lang), rt("kind", lang), rt("before", lang), rt("after", lang), rt("rules", lang)];
  for (const k of ["newlyHeld", "newlyWarned", "released"] as const) {
    if (c[k] === 0) continue;
    parts.push(`<h3>${e(rt(k, lang))}</h3>`, table(headers, refRows(c.examples[k], lang, true)));
    if (c[k] > SHOWN_EXAMPLES) parts.push(`<p class="muted">${e(rt("showingFirst", lang, { n: Math.min(SHOWN_EXAMPLES, c.examples[k].length), total: num(c[k]) }))}</p>`);
  }
  return parts.join("\n");
}

function stamps(f: Figures, lang: Lang): string {
  const s = f.stamps;
  if (s.stamped === 0) return "";
  const rows = STAMP_DECISIONS.filter((d) => s.matrix[d]).map((d) => [DECISION_NAMES[d][lang], s.matrix[d]?.hold ?? 0, s.matrix[d]?.warn ?? 0, s.matrix[d]?.pass ?? 0]);
  const matrix = table([`${rt("atSend", lang)} \\ ${rt("now", lang)}`, OUTCOME_NAMES.hold[lang], OUTCOME_NAMES.warn[lang], OUTCOME_NAMES.pass[lang]], rows);
  const examples = s.examples.length > 0 ? table([rt("item", lang), rt("person", lang), rt("department", lang), rt("date", lang), rt("kind", lang), rt("atSend", lang), rt("now", lang), rt("rules", lang)], refRows(s.examples, lang, false)) : "";
  return `<h2>${e(rt("stamps", lang))}</h2><p>${e(rt("stampsIntro", lang, { stamped: num(s.stamped), items: num(f.input.items), wentOn: num(s.wentOn) }))}</p>${matrix}${examples}`;
}

function people(f: Figures, lang: Lang): string {
  const rows = sortedEntries(f.base.people, (p) => p.hold * 1000 + p.warn).filter(([, p]) => p.hold + p.warn > 0).slice(0, 20).map(([who, p]) => [who, p.department, p.items, p.hold, p.warn, p.error, p.warning]);
  if (rows.length === 0) return "";
  return `<h2>${e(rt("people", lang))}</h2>${table([rt("person", lang), rt("department", lang), rt("items", lang), rt("hold", lang), rt("warn", lang), rt("error", lang), rt("warning", lang)], rows)}`;
}

function input(f: Figures, lang: Lang): string {
  const i = f.input;
  const parts = [`<h2>${e(rt("input", lang))}</h2>`, `<p>${e(rt("inputLine", lang, { files: num(i.files), items: num(i.items), outside: num(i.outsidePeriod), refused: num(i.refused), timedOut: num(i.timedOut), notes: num(i.notes) }))}</p>`];
  const skipped = Object.entries(i.skipped).map(([ext, n]) => `${isolate(ext)} ${num(n)}`).join(", ");
  if (skipped) parts.push(`<p>${e(rt("skipped", lang, { list: skipped }))}</p>`);
  if (i.problems.length > 0) {
    parts.push(`<h3>${e(rt("problems", lang))}</h3>`, table([rt("item", lang), rt("reason", lang)], i.problems.slice(0, SHOWN_PROBLEMS).map((p) => [p.ref, p.text])));
    const total = i.refused + i.notes;
    if (total > SHOWN_PROBLEMS) parts.push(`<p class="muted">${e(rt("showingFirst", lang, { n: Math.min(SHOWN_PROBLEMS, i.problems.length), total: num(total) }))}</p>`);
  }
  const seconds = (f.run.elapsedMs / 1000).toFixed(1);
  parts.push(`<p class="muted">${e(rt("runLine", lang, { jobs: f.run.jobs, seconds, rate: num(f.run.messagesPerSecond), generatedAt: f.generatedAt }))}</p>`);
  return parts.join("\n");
}

export function sections(f: Figures, lang: Lang, svgs: Svgs): string[] {
  const context = f.settings;
  return [
    header(f, lang),
    totals(f, lang),
    changes(f, lang),
    trend(f, lang, svgs),
    rules(f, lang, svgs),
    departments(f, lang, svgs, context.directory),
    dimensions(f, lang, svgs, context.dimensions),
    topTexts(f, lang),
    meetings(f, lang, svgs, context.minAdvanceHours),
    stamps(f, lang),
    people(f, lang),
    input(f, lang),
  ].filter((s) => s !== "");
}
