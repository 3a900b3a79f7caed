import { RULE_IDS } from "../../../src/policy/engine";
import type { Finding } from "../../../src/policy/types";
import type { ItemResult } from "./corpus";

// Labels against findings. A check is one (item, rule, expectation): `must` passes when the
// rule fired at error or warning, `mustNot` when it did not, `clean` (every other rule of a
// clean item) when it did not. Precision of rule R counts R's firings where R is labelled
// (must or mustNot) or the item is clean; recall counts the musts of R that fired.

export type Expectation = "must" | "mustNot" | "clean";

export interface Check {
  item: string;
  rule: string;
  expect: Expectation;
  pass: boolean;
  /** The rule's findings on the item (what fired, or what should not have). */
  findings: Finding[];
}

export interface RuleScore {
  rule: string;
  /** Correct firings (a must that fired). */
  tp: number;
  /** Firings where the rule must not fire (mustNot or a clean item). */
  fp: number;
  /** Musts that did not fire. */
  fn: number;
  musts: number;
  precision: number | null;
  recall: number | null;
}

export const checkKey = (c: Pick<Check, "item" | "rule" | "expect">): string => `${c.item} ${c.rule} ${c.expect}`;

function rulesOfKind(kind: string): string[] {
  return RULE_IDS.filter((id) => id.startsWith(`${kind}/`));
}

export function checksOf(result: ItemResult): Check[] {
  const { label } = result;
  const fired = (rule: string): Finding[] => result.findings.filter((f) => f.rule === rule);
  const expectations: Array<[string, Expectation]> = [...label.must.map((r): [string, Expectation] => [r, "must"]), ...label.mustNot.map((r): [string, Expectation] => [r, "mustNot"])];
  if (label.clean) for (const r of rulesOfKind(label.kind)) if (!label.mustNot.includes(r)) expectations.push([r, "clean"]);
  return expectations.map(([rule, expect]) => {
    const findings = fired(rule);
    const pass = result.unreadable === undefined && (expect === "must" ? findings.length > 0 : findings.length === 0);
    return { item: result.id, rule, expect, pass, findings };
  });
}

export function allChecks(results: readonly ItemResult[]): Check[] {
  return results.flatMap(checksOf);
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function scoreRules(results: readonly ItemResult[]): RuleScore[] {
  const scores = new Map<string, RuleScore>();
  const score = (rule: string): RuleScore => {
    let s = scores.get(rule);
    if (!s) {
      s = { rule, tp: 0, fp: 0, fn: 0, musts: 0, precision: null, recall: null };
      scores.set(rule, s);
    }
    return s;
  };
  for (const check of allChecks(results)) {
    const s = score(check.rule);
    const fired = check.findings.length > 0;
    if (check.expect === "must") {
      s.musts += 1;
      if (fired) s.tp += 1;
      else s.fn += 1;
    } else if (fired) s.fp += 1;
  }
  const list = Array.from(scores.values()).sort((a, b) => a.rule.localeCompare(b.rule));
  for (const s of list) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.musts);
  }
  return list;
}

/** All rules pooled (micro average): the figure per language and per split. */
export function pooled(scores: readonly RuleScore[]): RuleScore {
  const sum = (k: "tp" | "fp" | "fn" | "musts"): number => scores.reduce((n, s) => n + s[k], 0);
  const tp = sum("tp");
  const fp = sum("fp");
  const musts = sum("musts");
  return { rule: "(all rules)", tp, fp, fn: sum("fn"), musts, precision: ratio(tp, tp + fp), recall: ratio(tp, musts) };
}

export interface Miss {
  item: string;
  rule: string;
  file: string;
  note: string;
}

export interface FalseAlarm {
  item: string;
  rule: string;
  file: string;
  expect: Exclude<Expectation, "must">;
  message: string;
  excerpt: string;
}

export function missesAndFalseAlarms(results: readonly ItemResult[]): { misses: Miss[]; falseAlarms: FalseAlarm[] } {
  const byId = new Map(results.map((r) => [r.id, r]));
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];
  for (const check of allChecks(results)) {
    const { label } = byId.get(check.item) as ItemResult;
    if (check.expect === "must" && check.findings.length === 0) misses.push({ item: check.item, rule: check.rule, file: label.file, note: label.note });
    if (check.expect !== "must") {
      for (const f of check.findings) falseAlarms.push({ item: check.item, rule: check.rule, file: label.file, expect: check.expect, message: f.message, excerpt: f.location?.excerpt ?? "" });
    }
  }
  return { misses, falseAlarms };
}
