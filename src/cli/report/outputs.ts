import { EXIT, type ExitCode } from "../io";
import { reasonText } from "../input-error";
import { say } from "../messages";
import { fsErrorReason } from "../read-file";
import { renderCsv } from "./csv";
import { renderReportHtml } from "./html";
import type { ReportOptions } from "./options";
import type { ReportIo } from "./run-report";
import { rt } from "./strings";
import type { Figures } from "./types";

// The figures written out: the HTML report, and on request the same figures as JSON (which
// `report --merge` reads back) and as CSV. One line on stdout says where and how much.

export async function writeOutputs(figures: Figures, options: Pick<ReportOptions, "out" | "json" | "csv">, io: ReportIo): Promise<ExitCode> {
  const files: Array<[string | undefined, () => string]> = [
    [options.out, () => renderReportHtml(figures, io.charts)],
    [options.json, () => `${JSON.stringify(figures, null, 1)}\n`],
    [options.csv, () => renderCsv(figures)],
  ];
  for (const [file, render] of files) {
    if (!file) continue;
    try {
      await io.writeFile(file, render());
    } catch (e) {
      io.stderr(`comm-policy: ${say("writeFailed", figures.lang, { file, reason: reasonText(fsErrorReason(e), figures.lang) })}\n`);
      return EXIT.unusable;
    }
  }
  const t = figures.base.totals;
  io.stdout(`${rt("summaryOut", figures.lang, { out: options.out, items: t.items, hold: t.hold, warn: t.warn, refused: figures.input.refused })}\n`);
  return EXIT.ok;
}
