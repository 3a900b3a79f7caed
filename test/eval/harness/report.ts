import type { ItemResult } from "./corpus";
import type { ProseReport } from "./prose";
import { proseCounts, PROSE_RULES } from "./prose";
import type { Regression } from "./baseline";
import { describeBroken } from "./baseline";
import { missesAndFalseAlarms, pooled, scoreRules, type RuleScore } from "./score";

// The evaluation as data (test-output/eval.json) and as Markdown (test-output/eval.md and
// the console).

export interface EvalData {
  policy: string;
  counts: Record<string, number>;
  rules: { all: RuleScore[]; dev: RuleScore[]; test: RuleScore[] };
  languages: Record<string, RuleScore & { items: number }>;
  unreadable: Array<{ item: string; file: string; reason: string }>;
  misses: ReturnType<typeof missesAndFalseAlarms>["misses"];
  falseAlarms: ReturnType<typeof missesAndFalseAlarms>["falseAlarms"];
  prose: { paragraphs: Record<string, number>; counts: Record<string, Record<string, number>>; alarms: ProseReport["alarms"] };
  regression?: { baselineChecks: number; broken: string[]; vanished: number };
}

export function evalData(results: readonly ItemResult[], prose: ProseReport, policy: string, regression?: Regression): EvalData {
  const of = (pred: (r: ItemResult) => boolean): ItemResult[] => results.filter(pred);
  const languages: EvalData["languages"] = {};
  for (const lang of Array.from(new Set(results.map((r) => r.label.lang))).sort()) {
    const subset = of((r) => r.label.lang === lang);
    languages[lang] = { ...pooled(scoreRules(subset)), rule: "(all rules)", items: subset.length };
  }
  const { misses, falseAlarms } = missesAndFalseAlarms(results);
  const data: EvalData = {
    policy,
    counts: {
      items: results.length,
      mails: of((r) => r.label.kind === "mail").length,
      meetings: of((r) => r.label.kind === "meeting").length,
      clean: of((r) => r.label.clean).length,
      dev: of((r) => r.label.split === "dev").length,
      test: of((r) => r.label.split === "test").length,
      unreadable: of((r) => r.unreadable !== undefined).length,
      misses: misses.length,
      falseAlarms: falseAlarms.length,
      proseParagraphs: Object.values(prose.paragraphs).reduce((a, b) => a + b, 0),
      proseAlarms: prose.alarms.length,
    },
    rules: { all: scoreRules(results), dev: scoreRules(of((r) => r.label.split === "dev")), test: scoreRules(of((r) => r.label.split === "test")) },
    languages,
    unreadable: results.filter((r) => r.unreadable !== undefined).map((r) => ({ item: r.id, file: r.label.file, reason: r.unreadable as string })),
    misses,
    falseAlarms,
    prose: { paragraphs: prose.paragraphs, counts: proseCounts(prose), alarms: prose.alarms },
  };
  if (regression) data.regression = { baselineChecks: regression.baselineSize, broken: regression.broken.map(describeBroken), vanished: regression.vanished.length };
  return data;
}

const pct = (x: number | null): string => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ⏎ ");
const clip = (s: string, n = 160): string => (Array.from(s).length > n ? `${Array.from(s).slice(0, n).join("")}…` : s);

function ruleTable(all: RuleScore[], dev: RuleScore[], test: RuleScore[]): string[] {
  const find = (list: RuleScore[], rule: string): RuleScore | undefined => list.find((s) => s.rule === rule);
  const rows = ["| rule | musts | fired musts | false firings | precision | recall | dev P / R | test P / R |", "|---|---:|---:|---:|---:|---:|---:|---:|"];
  for (const s of [...all, pooled(all)]) {
    const d = s.rule === "(all rules)" ? pooled(dev) : find(dev, s.rule);
    const t = s.rule === "(all rules)" ? pooled(test) : find(test, s.rule);
    rows.push(`| ${s.rule} | ${s.musts} | ${s.tp} | ${s.fp} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(d?.precision ?? null)} / ${pct(d?.recall ?? null)} | ${pct(t?.precision ?? null)} / ${pct(t?.recall ?? null)} |`);
  }
  return rows;
}

export function renderMarkdown(d: EvalData): string {
  const out: string[] = ["# Evaluation of the policy engine on the labelled corpus", ""];
  out.push(`Policy: \`${d.policy}\`. Items: ${d.counts.items} (${d.counts.mails} mails, ${d.counts.meetings} meetings; ${d.counts.clean} clean; ${d.counts.dev} dev, ${d.counts.test} test). Unreadable: ${d.counts.unreadable}. Misses: ${d.counts.misses}. False alarms: ${d.counts.falseAlarms}. Prose: ${d.counts.proseParagraphs} paragraphs, ${d.counts.proseAlarms} false alarms.`, "");
  out.push("Precision of a rule: its correct firings over all its firings on items where it is labelled or that are clean. Recall: its musts that fired. Only error and warning findings count.", "");
  out.push("## Per rule", "", ...ruleTable(d.rules.all, d.rules.dev, d.rules.test), "");
  out.push("## Per language", "", "| language | items | musts | fired musts | false firings | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|");
  for (const [lang, s] of Object.entries(d.languages)) out.push(`| ${lang} | ${s.items} | ${s.musts} | ${s.tp} | ${s.fp} | ${pct(s.precision)} | ${pct(s.recall)} |`);
  out.push("");
  if (d.regression) {
    out.push("## Regression gate", "", `${d.regression.baselineChecks} checks in test/eval/baseline.json; ${d.regression.broken.length} of them fail now; ${d.regression.vanished} no longer in the corpus.`, "");
    for (const b of d.regression.broken) out.push(`- ${cell(b)}`);
    if (d.regression.broken.length > 0) out.push("");
  }
  if (d.unreadable.length > 0) {
    out.push("## Unreadable items", "", ...d.unreadable.map((u) => `- ${u.item} (${u.file}): ${cell(u.reason)}`), "");
  }
  out.push(`## Misses (${d.misses.length}): a rule that must fire did not`, "", "| item | rule | note |", "|---|---|---|");
  for (const m of d.misses) out.push(`| ${m.item} | ${m.rule} | ${cell(clip(m.note, 240))} |`);
  out.push("", `## False alarms (${d.falseAlarms.length}): a mustNot rule fired, or anything fired on a clean item`, "", "| item | rule | label | message | excerpt |", "|---|---|---|---|---|");
  for (const f of d.falseAlarms) out.push(`| ${f.item} | ${f.rule} | ${f.expect} | ${cell(clip(f.message))} | ${cell(clip(f.excerpt, 80))} |`);
  out.push("", "## Published prose: false alarms per rule and language", "", `Paragraphs: ${Object.entries(d.prose.paragraphs).map(([l, n]) => `${l} ${n}`).join(", ")}; each checked to an internal and to an external recipient.`, "");
  const langs = Object.keys(d.prose.paragraphs);
  out.push(`| rule | ${langs.join(" | ")} |`, `|---|${langs.map(() => "---:").join("|")}|`);
  for (const rule of PROSE_RULES) out.push(`| ${rule} | ${langs.map((l) => d.prose.counts[rule][l] ?? 0).join(" | ")} |`);
  out.push("", "| source | to | rule | message | excerpt |", "|---|---|---|---|---|");
  for (const a of d.prose.alarms) out.push(`| ${a.source} | ${a.recipient} | ${a.rule} | ${cell(clip(a.message))} | ${cell(clip(a.excerpt, 80))} |`);
  return `${out.join("\n")}\n`;
}
