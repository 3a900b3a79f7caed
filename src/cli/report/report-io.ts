// Charts are data here; src/cli/report/charts.ts draws them with Observable Plot, an ES
// module that only the bundled CLI loads (Jest cannot import it), behind this interface.

export interface ChartDatum {
  x: string | number;
  y: number;
  /** The series (e.g. "held", "warned", or the policy) for stacked or grouped marks. */
  series?: string;
}

export interface ChartSpec {
  id: string;
  kind: "bars" | "hbars" | "lines";
  /** Short text alternative: what the chart shows (aria-label). */
  title: string;
  xLabel: string;
  yLabel: string;
  data: ChartDatum[];
  /** Series side by side (two policies) rather than stacked (parts of one whole). */
  grouped?: boolean;
  /** Series in the order of their colours, with their labels. */
  series?: Array<{ key: string; label: string }>;
}

export type ChartRenderer = (specs: readonly ChartSpec[]) => Map<string, string>;

/** The font stack of every chart and page: the CJK fonts on each platform, then the system's. */
export const FONT_STACK = `"Noto Sans CJK SC", "Noto Sans CJK TC", "WenQuanYi Zen Hei", "Microsoft YaHei", "Microsoft JhengHei", "PingFang SC", "PingFang TC", system-ui, sans-serif`;
