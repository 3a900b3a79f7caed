import type { MinutesPart } from "./minutes";

// Minutes written as an HTML table read one line per cell: the header row ("议题", "讨论情况",
// "共识/结论", "负责人", "完成时间") is a run of short lines, and the rows follow it cell by cell.
// A column heading's content is then the cells below the header row, not the next line, which
// is the next column's heading.

/** Column labels that head no part of the minutes but stand in the header row among those that do. */
const COLUMN_LABEL =
  /^(?:序号|编号|no\.?|#|事项|主题|topics?|items?|issues?|时间|截止时间|完成时间|截止日期|完成日期|期限|时限|日期|due(?: date)?|deadline|by when|date|status|状态|进度|备注|remarks?)$/;
/** A numbered or bulleted line is a heading of the text, not a cell. */
const LINE_LEAD = /^[#*>\-•·●○■□◆▶►[【(（]|^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)）]/;
const MAX_CELL = 24;

function isHeaderCell(cell: string, heads: readonly MinutesPart[]): boolean {
  if (cell === "" || cell.length > MAX_CELL || /[:：]/.test(cell) || LINE_LEAD.test(cell)) return false;
  return heads.length > 0 || COLUMN_LABEL.test(cell);
}

function hasRowsBelow(lines: readonly string[], heads: ReadonlyArray<readonly MinutesPart[]>, from: number, hasContent: (line: string) => boolean): boolean {
  for (let k = from; k < lines.length && heads[k].length === 0; k++) if (hasContent(lines[k])) return true;
  return false;
}

export interface HeaderRows {
  /** The parts whose column has rows with content under it. */
  parts: Set<MinutesPart>;
  /** The lines that are header cells: their heading's content is below the row, not the next cell. */
  cells: Set<number>;
}

/** A table's header rows: runs of at least three cells of which two or more head different parts. */
export function readHeaderRows(
  lines: readonly string[],
  heads: ReadonlyArray<readonly MinutesPart[]>,
  hasContent: (line: string) => boolean,
): HeaderRows {
  const rows: HeaderRows = { parts: new Set(), cells: new Set() };
  let i = 0;
  while (i < lines.length) {
    let j = i;
    const parts = new Set<MinutesPart>();
    while (j < lines.length && isHeaderCell(lines[j].trim(), heads[j])) {
      for (const part of heads[j]) parts.add(part);
      j++;
    }
    if (j - i >= 3 && parts.size >= 2) {
      for (let k = i; k < j; k++) rows.cells.add(k);
      if (hasRowsBelow(lines, heads, j, hasContent)) for (const part of parts) rows.parts.add(part);
    }
    i = Math.max(j, i + 1);
  }
  return rows;
}
