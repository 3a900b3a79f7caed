import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { FONT_STACK, type ChartRenderer, type ChartSpec } from "./report-io";

// The report's charts, drawn by Observable Plot into inline SVG when the report is built,
// with linkedom as the document (https://observablehq.com/plot/features/plots#document).
// The page allows no inline style attributes (its CSP), so Plot's <style> element is left
// to the page's own style sheet and the fonts are set as presentation attributes: a CJK stack
// so that Chinese labels render on Windows, macOS and Linux alike.

const COLOURS = ["#c50f1f", "#bc4b09", "#0f6cbd", "#107c10", "#8764b8", "#6b6b6b"];
const WIDTH = 720;

type PlotElement = Element & { outerHTML: string };

function colour(spec: ChartSpec): Plot.ScaleOptions {
  const domain = (spec.series ?? []).map((s) => s.key);
  return { legend: false, domain, range: domain.map((_, i) => COLOURS[i % COLOURS.length]) };
}

function marks(spec: ChartSpec): Plot.Markish[] {
  const series = spec.series !== undefined;
  switch (spec.kind) {
    case "lines":
      return [Plot.ruleY([0]), Plot.lineY(spec.data, { x: "x", y: "y", z: "series", stroke: "series" }), Plot.dot(spec.data, { x: "x", y: "y", fill: "series", r: 2.5 })];
    case "hbars":
      // Two policies side by side in each row (facets); parts of a whole stacked in one bar.
      if (spec.grouped) return [Plot.barX(spec.data, { fy: "x", y: "series", x: "y", fill: "series" }), Plot.ruleX([0])];
      return [Plot.barX(spec.data, { y: "x", x: "y", fill: series ? "series" : COLOURS[2] }), Plot.ruleX([0])];
    default:
      return [Plot.barY(spec.data, { x: "x", y: "y", fill: series ? "series" : COLOURS[2] }), Plot.ruleY([0])];
  }
}

/** Counts are whole: no tick at 0.5. */
const wholeTicks = (d: number) => (Number.isInteger(d) ? String(d) : "");

function layout(spec: ChartSpec): Plot.PlotOptions {
  const domain = [...new Set(spec.data.map((d) => String(d.x)))];
  const categories = domain.length;
  if (spec.kind === "hbars" && spec.grouped) {
    const bars = categories * (spec.series?.length ?? 1);
    return { height: Math.max(120, bars * 14 + categories * 6 + 50), marginLeft: 210, x: { label: spec.xLabel, grid: true, tickFormat: wholeTicks }, y: { axis: null }, fy: { label: null, domain, padding: 0.2 } };
  }
  if (spec.kind === "hbars") {
    return { height: Math.max(120, categories * 26 + 50), marginLeft: 210, x: { label: spec.xLabel, grid: true, tickFormat: wholeTicks }, y: { label: null, domain } };
  }
  return { height: 300, marginBottom: 60, x: { label: spec.xLabel, tickRotate: categories > 8 ? -40 : 0, type: "band" }, y: { label: spec.yLabel, grid: true, tickFormat: wholeTicks } };
}

function draw(spec: ChartSpec, document: Document): string {
  const chart = Plot.plot({ document, width: WIDTH, ariaLabel: spec.title, color: colour(spec), marks: marks(spec), ...layout(spec) }) as unknown as PlotElement;
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : (chart.querySelector("svg") as PlotElement);
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();
  for (const el of Array.from(svg.querySelectorAll("[style]"))) el.removeAttribute("style");
  // The chart is one image (role=img) described by its table: its parts carry no labels of their own.
  for (const el of Array.from(svg.querySelectorAll("[aria-label]"))) el.removeAttribute("aria-label");
  svg.removeAttribute("style");
  svg.setAttribute("font-family", FONT_STACK);
  svg.setAttribute("font-size", "11");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-describedby", `${spec.id}-table`);
  return svg.outerHTML;
}

export const renderCharts: ChartRenderer = (specs) => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const out = new Map<string, string>();
  for (const spec of specs) out.set(spec.id, draw(spec, document as unknown as Document));
  return out;
};
