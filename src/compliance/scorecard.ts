import { emptyCounts, SCORE_DIMENSIONS, type ActionCounts, type DimensionTable, type ScorecardRow, type ScoreDimension } from "./summary";

// §5.2 scorecard: the written policy appraises communication on timeliness, accuracy,
// effectiveness and politeness. Which rules feed which dimension is the policy file's table
// (report.dimensions, src/policy/config-report.ts), given as input, so the dashboard and the CLI
// report cannot score the same events differently.

export { DEFAULT_DIMENSIONS } from "../policy/config-report";

export interface DepartmentRuleCounts {
  department: string;
  rule: string;
  counts: ActionCounts;
}

function dimensionOf(table: DimensionTable): Map<string, ScoreDimension> {
  const map = new Map<string, ScoreDimension>();
  for (const dimension of SCORE_DIMENSIONS) for (const rule of table[dimension]) map.set(rule, dimension);
  return map;
}

function score(counts: ActionCounts): number | null {
  const actedOn = counts.fixed + counts["sent-despite"];
  return actedOn > 0 ? Math.round((100 * counts.fixed) / actedOn) : null;
}

/** One row per department, departments in name order; rules outside the table do not count. */
export function scorecard(rows: readonly DepartmentRuleCounts[], table: DimensionTable): ScorecardRow[] {
  const dimension = dimensionOf(table);
  const perDepartment = new Map<string, Record<ScoreDimension, ActionCounts>>();
  for (const row of rows) {
    const d = dimension.get(row.rule);
    if (!d) continue;
    let sums = perDepartment.get(row.department);
    if (!sums) {
      sums = { timeliness: emptyCounts(), accuracy: emptyCounts(), effectiveness: emptyCounts(), politeness: emptyCounts() };
      perDepartment.set(row.department, sums);
    }
    for (const [action, n] of Object.entries(row.counts) as [keyof ActionCounts, number][]) sums[d][action] += n;
  }
  return [...perDepartment.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([department, sums]) => ({
      department,
      scores: { timeliness: score(sums.timeliness), accuracy: score(sums.accuracy), effectiveness: score(sums.effectiveness), politeness: score(sums.politeness) },
    }));
}
