import type { Figures, SideFigures } from "./types";

// The report's figures as one long CSV table (section, key, policy, measure, value), the
// shape spreadsheets and BI tools pivot without help. UTF-8 with a BOM, so Excel reads Chinese.

type Row = [string, string, string, string, number];

function quote(cell: string | number): string {
  const text = String(cell);
  // A leading = + - @ would be a formula to a spreadsheet: kept as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function recordRows(section: string, record: Record<string, object>, policy: string): Row[] {
  return Object.entries(record).flatMap(([key, value]) =>
    Object.entries(value as Record<string, unknown>)
      .filter((entry): entry is [string, number] => typeof entry[1] === "number")
      .map(([measure, n]) => [section, key, policy, measure, n] as Row),
  );
}

function sideRows(side: SideFigures, policy: string): Row[] {
  return [
    ...recordRows("totals", { all: side.totals, mail: side.mails, meeting: side.meetings }, policy),
    ...recordRows("rule", side.rules, policy),
    ...recordRows("department", side.departments, policy),
    ...recordRows("week", side.weeks, policy),
    ...recordRows("dimension", side.dimensions, policy),
    ...recordRows("person", side.people, policy),
    ...recordRows("text", side.texts, policy),
  ];
}

export function renderCsv(figures: Figures): string {
  const rows: Row[] = [...sideRows(figures.base, figures.base.policyVersion)];
  if (figures.compare) rows.push(...sideRows(figures.compare, figures.compare.policyVersion));
  if (figures.changes) for (const k of ["newlyHeld", "newlyWarned", "released"] as const) rows.push(["change", k, figures.compare?.policyVersion ?? "", "items", figures.changes[k]]);
  rows.push(...recordRows("meetings", { leadTime: figures.meetings.leadTime, minutes: figures.meetings.minutes }, figures.base.policyVersion));
  rows.push(...recordRows("stamp", figures.stamps.matrix as Record<string, object>, figures.base.policyVersion));
  rows.push(...recordRows("input", { counts: { files: figures.input.files, items: figures.input.items, outsidePeriod: figures.input.outsidePeriod, refused: figures.input.refused, timedOut: figures.input.timedOut, notes: figures.input.notes } }, ""));
  const lines = [["section", "key", "policy", "measure", "value"], ...rows].map((r) => r.map(quote).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
