import { EXIT, type ExitCode } from "../io";
import { renderCsv } from "./csv";
import { renderReportHtml } from "./html";
import type { ReportOptions } from "./options";
import type { ReportIo } from "./run-report";
import { rt } from "./strings";
import type { Figures } from "./types";

// The figures written out: the HTML report, and on request the same figures as JSON (which
// `report --merge` reads back) and as CSV. One line on stdout says where and how much.

export async function writeOutputs(figures: Figures, options: Pick<ReportOptions, "out" | "json" | "csv">, io: ReportIo): Promise<ExitCode> {
  try {
    await io.writeFile(options.out, renderReportHtml(figures, io.charts));
    if (options.json) await io.writeFile(options.json, `${JSON.stringify(figures, null, 1)}\n`);
    if (options.csv) await io.writeFile(options.csv, renderCsv(figures));
  } catch (e) {
    io.stderr(`comm-policy: could not write the report: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.unusable;
  }
  const t = figures.base.totals;
  io.stdout(`${rt("summaryOut", figures.lang, { out: options.out, items: t.items, hold: t.hold, warn: t.warn, refused: figures.input.refused })}\n`);
  return EXIT.ok;
}
