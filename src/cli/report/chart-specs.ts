import { DIMENSIONS } from "../../policy/config-report";
import type { Lang } from "../../policy/types";
import { sortedEntries } from "./figures";
import type { ChartSpec } from "./report-io";
import { DIMENSION_NAMES, LEAD_NAMES, rt } from "./strings";
import { LEAD_BUCKETS, type Figures, type SideFigures } from "./types";

// Figures → the charts of the report, as data (report-io.ts). Each chart's numbers are also
// in the table that follows it, which is the chart's text alternative.

const TOP = 15;

function sides(figures: Figures, lang: Lang): Array<{ key: string; label: string; side: SideFigures }> {
  if (!figures.compare) return [{ key: "base", label: rt("current", lang), side: figures.base }];
  return [
    { key: "base", label: `${rt("current", lang)} (${figures.base.policyVersion})`, side: figures.base },
    { key: "compare", label: `${rt("proposed", lang)} (${figures.compare.policyVersion})`, side: figures.compare },
  ];
}


function trend(figures: Figures, lang: Lang): ChartSpec {
  const weeks = Object.keys(figures.base.weeks).filter((w) => w !== "—").sort();
  const series = sides(figures, lang).flatMap(({ key, label, side }) => [
    { key: `${key}-hold`, label: `${rt("hold", lang)} · ${label}`, values: weeks.map((w) => side.weeks[w]?.hold ?? 0) },
    { key: `${key}-warn`, label: `${rt("warn", lang)} · ${label}`, values: weeks.map((w) => side.weeks[w]?.warn ?? 0) },
  ]);
  return {
    id: "trend",
    kind: "lines",
    title: rt("trendTitle", lang),
    xLabel: rt("week", lang),
    yLabel: rt("items", lang),
    data: series.flatMap((s) => weeks.map((w, i) => ({ x: w, y: s.values[i], series: s.key }))),
    series: series.map((s) => ({ key: s.key, label: s.label })),
  };
}

function rules(figures: Figures, lang: Lang): ChartSpec {
  const ids = sortedEntries(figures.base.rules, (r) => r.items).slice(0, TOP).map(([id]) => id);
  for (const [id] of sortedEntries(figures.compare?.rules ?? {}, (r) => r.items).slice(0, TOP)) if (!ids.includes(id) && ids.length < TOP + 5) ids.push(id);
  const all = sides(figures, lang);
  return {
    id: "rules",
    kind: "hbars",
    grouped: true,
    title: rt("byRule", lang),
    xLabel: rt("itemsAffected", lang),
    yLabel: rt("rule", lang),
    data: all.flatMap(({ key, side }) => ids.map((id) => ({ x: id || "…", y: side.rules[id]?.items ?? 0, series: key }))),
    series: all.map(({ key, label }) => ({ key, label })),
  };
}

function departments(figures: Figures, lang: Lang): ChartSpec {
  const names = sortedEntries(figures.base.departments, (d) => d.items).slice(0, TOP).map(([name]) => name);
  const series = [
    { key: "hold", label: rt("hold", lang) },
    { key: "warn", label: rt("warn", lang) },
    { key: "pass", label: rt("pass", lang) },
  ] as const;
  return {
    id: "departments",
    kind: "hbars",
    title: rt("byDepartment", lang),
    xLabel: rt("items", lang),
    yLabel: rt("department", lang),
    data: series.flatMap((s) => names.map((name) => ({ x: name, y: figures.base.departments[name][s.key], series: s.key }))),
    series: series.map((s) => ({ key: s.key, label: s.label })),
  };
}

function dimensions(figures: Figures, lang: Lang): ChartSpec {
  const all = sides(figures, lang);
  return {
    id: "dimensions",
    kind: "hbars",
    grouped: true,
    title: rt("dimensions", lang),
    xLabel: rt("itemsAffected", lang),
    yLabel: rt("dimension", lang),
    data: all.flatMap(({ key, side }) => DIMENSIONS.map((d) => ({ x: DIMENSION_NAMES[d][lang], y: side.dimensions[d].items, series: key }))),
    series: all.map(({ key, label }) => ({ key, label })),
  };
}

function leadTime(figures: Figures, lang: Lang): ChartSpec {
  return {
    id: "lead",
    kind: "bars",
    title: rt("leadTitle", lang),
    xLabel: rt("leadTime", lang),
    yLabel: rt("meetingCount", lang),
    data: LEAD_BUCKETS.map((b) => ({ x: LEAD_NAMES[b][lang], y: figures.meetings.leadTime[b] })),
  };
}

export function chartSpecs(figures: Figures, lang: Lang): ChartSpec[] {
  const specs = [trend(figures, lang), rules(figures, lang), departments(figures, lang), dimensions(figures, lang)];
  if (figures.meetings.withLeadTime > 0) specs.push(leadTime(figures, lang));
  return specs.filter((s) => s.data.some((d) => d.y > 0));
}
