import * as Plot from "@observablehq/plot";
import type { ComplianceSummary } from "../compliance/summary";
import type { AdminStrings } from "./strings";

// The dashboard's charts, drawn in the page with Observable Plot (the report's chart library):
// SVG built through the DOM, text set as text, no eval, so the page's CSP holds. Jest cannot
// load Plot (an ES module), so this module is exercised in Chromium (test/e2e/admin.test.ts).

export interface TrendPoint {
  week: Date;
  department: string;
  findings: number;
}

export function trendPoints(summary: ComplianceSummary, noDepartment: string): TrendPoint[] {
  return summary.byWeekDepartment.map((w) => ({
    week: new Date(`${w.week}T00:00:00Z`),
    department: w.department || noDepartment,
    findings: w.counts.shown + w.counts.blocked,
  }));
}

/** Findings put before users per week, one line per department. */
export function weeklyTrendChart(summary: ComplianceSummary, text: AdminStrings, width: number): HTMLElement | SVGSVGElement {
  const points = trendPoints(summary, text.noDepartment);
  return Plot.plot({
    width,
    height: 260,
    ariaLabel: text.trend,
    x: { type: "utc", label: null },
    y: { grid: true, label: text.putBefore },
    color: { legend: true },
    marks: [Plot.ruleY([0]), Plot.lineY(points, { x: "week", y: "findings", stroke: "department", marker: "circle" })],
  });
}

interface OutcomeBar {
  rule: string;
  action: string;
  count: number;
}

/** For each rule, how often it was fixed, sent despite and reported wrong: the signal for tuning. */
export function ruleOutcomeChart(summary: ComplianceSummary, text: AdminStrings, width: number): HTMLElement | SVGSVGElement {
  const bars: OutcomeBar[] = summary.byRule.flatMap((r) => [
    { rule: r.rule, action: text.fixed, count: r.counts.fixed },
    { rule: r.rule, action: text.sentDespite, count: r.counts["sent-despite"] },
    { rule: r.rule, action: text.reportedWrong, count: r.counts["reported-wrong"] },
  ]);
  return Plot.plot({
    width,
    height: Math.max(120, 28 * summary.byRule.length + 60),
    marginLeft: 200,
    ariaLabel: text.trendByRule,
    x: { grid: true, label: null },
    y: { label: null },
    color: { legend: true, domain: [text.fixed, text.sentDespite, text.reportedWrong], range: ["#107c10", "#c19c00", "#c50f1f"] },
    marks: [Plot.barX(bars, { x: "count", y: "rule", fill: "action", sort: { y: "-x" } }), Plot.ruleX([0])],
  });
}
