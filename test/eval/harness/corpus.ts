import * as fs from "fs";
import * as path from "path";
import { loadDrafts } from "../../../src/cli/load";
import { parsePolicyText, type Policy } from "../../../src/policy/config";
import { checkDraft, RULE_IDS } from "../../../src/policy/engine";
import type { Finding, Lang } from "../../../src/policy/types";

// The labelled corpus through the product's own path, the one `comm-policy check` takes:
// file bytes → src/cli/load.ts (postal-mime / ical.js) → checkDraft with assets/policy.json.
// Each mail is judged at its Date header and each invitation at its DTSTAMP.

export type ItemLang = Lang | "mixed";

export interface Label {
  file: string;
  kind: "mail" | "meeting";
  lang: ItemLang;
  split: "dev" | "test";
  client?: string;
  tool?: string;
  clean: boolean;
  must: string[];
  mustNot: string[];
  note: string;
}

export interface ItemResult {
  id: string;
  label: Label;
  /** Findings at error or warning severity: the ones a label speaks of. */
  findings: Finding[];
  /** Why the file could not be checked, when it could not. */
  unreadable?: string;
}

/** The repository root, from the sources (ts-jest) or from the bundle in build/ (npm run eval). */
function findRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "test", "eval"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export const ROOT = findRoot();
export const EVAL_DIR = path.join(ROOT, "test", "eval");

export function readLabels(dir: string = EVAL_DIR): Record<string, Label> {
  const file = path.join(dir, "labels.json");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run node scripts/eval-corpus.js`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Label>;
}

export function readPolicy(file: string = path.join(ROOT, "assets", "policy.json")): Policy {
  const parsed = parsePolicyText(fs.readFileSync(file, "utf8"), RULE_IDS);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join("; ")}`);
  return parsed.policy;
}

/** The language a finding is shown in: the writer's (a mixed writer reads Simplified Chinese). */
export function messageLang(lang: ItemLang): Lang {
  return lang === "mixed" ? "zh-CN" : lang;
}

export async function checkItem(id: string, label: Label, policy: Policy, dir: string = EVAL_DIR): Promise<ItemResult> {
  const file = path.join(dir, label.file);
  if (!fs.existsSync(file)) return { id, label, findings: [], unreadable: `${label.file} is missing` };
  const loaded = await loadDrafts(file, new Uint8Array(fs.readFileSync(file)), { timeZone: policy.workingHours.timeZone });
  if (!loaded.ok) return { id, label, findings: [], unreadable: loaded.reason };
  const findings = loaded.drafts.flatMap((draft) => checkDraft(draft, policy, { lang: messageLang(label.lang) }).findings);
  return { id, label, findings: findings.filter((f) => f.severity !== "info") };
}

export async function checkCorpus(policy: Policy, dir: string = EVAL_DIR): Promise<ItemResult[]> {
  const labels = readLabels(dir);
  const results: ItemResult[] = [];
  for (const id of Object.keys(labels).sort()) results.push(await checkItem(id, labels[id], policy, dir));
  return results;
}
