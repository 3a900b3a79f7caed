import { createHash } from "node:crypto";
import { isolate, withoutControls } from "../../policy/display-text";
import type { Lang } from "../../policy/types";
import { chartSpecs } from "./chart-specs";
import { sections } from "./html-sections";
import { FONT_STACK, type ChartRenderer } from "./report-io";
import { rt } from "./strings";
import type { Figures } from "./types";

// The report as one self-contained HTML file: no script, no external resource, charts as
// inline SVG, and a Content-Security-Policy of its own that allows nothing but its one style
// sheet (by hash), so the file is as safe to open from a mail or a share as a text file.

const CSS = `
:root { color-scheme: light; font-family: ${FONT_STACK}; color: #242424; background: #fff; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0 0 8px; } h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 1px solid #d1d1d1; padding-bottom: 4px; }
p.notice { background: #fff4ce; border-left: 4px solid #bc4b09; padding: 8px 12px; }
p.privacy { background: #ebf3fc; border-left: 4px solid #0f6cbd; padding: 8px 12px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9rem; }
th, td { border: 1px solid #d1d1d1; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 12px 0; } figcaption { font-weight: 600; margin-bottom: 4px; }
figure svg { display: block; height: auto; max-width: 100%; background: #fff; }
figure svg text, figure svg tspan { white-space: pre; }
ul.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 16px; font-size: 0.85rem; }
ul.legend li::before { content: "■ "; } ul.legend li.c0::before { color: #c50f1f; } ul.legend li.c1::before { color: #bc4b09; }
ul.legend li.c2::before { color: #0f6cbd; } ul.legend li.c3::before { color: #107c10; } ul.legend li.c4::before { color: #8764b8; } ul.legend li.c5::before { color: #6b6b6b; }
.muted { color: #616161; font-size: 0.85rem; }
`;

/** Text for the page: controls removed, isolated when it changes direction, then escaped. */
export function escapeHtml(text: string | number): string {
  return isolate(withoutControls(String(text))).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);
}

const HTML_LANG: Record<Lang, string> = { en: "en", "zh-CN": "zh-Hans-CN", "zh-TW": "zh-Hant-TW" };

export function contentSecurityPolicy(css: string): string {
  const hash = createHash("sha256").update(css).digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

export function renderReportHtml(figures: Figures, charts: ChartRenderer): string {
  const lang = figures.lang;
  const svgs = charts(chartSpecs(figures, lang));
  const body = sections(figures, lang, svgs).join("\n");
  return `<!doctype html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(CSS)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(rt("title", lang))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
