import { ALL_RULES } from "./rules/index.generated";
import type { DraftKind, Lang } from "./types";

// What a face needs to list the rules without importing them: id, clause and what the rule
// checks, in one language. The meeting pane lists every meeting rule with its outcome.

export interface RuleEntry {
  id: string;
  clause: string;
  description: string;
}

export function ruleCatalog(kind: DraftKind, lang: Lang): RuleEntry[] {
  return ALL_RULES.filter((r) => r.appliesTo === kind).map((r) => ({ id: r.id, clause: r.clause, description: r.description[lang] }));
}
