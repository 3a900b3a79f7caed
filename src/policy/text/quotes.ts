// Words inside quotation marks on the sender's line are someone else's (a customer's complaint
// quoted in a report): the politeness checks ask, for each hit, whether it stands inside them.

/** Running counts of quotation marks, so that each hit asks about its line in constant time. */
export interface QuoteCounts {
  opens: Int32Array;
  closes: Int32Array;
  straight: Int32Array;
  /** Where the line holding each position starts. */
  lineStart: Int32Array;
}

export function quoteCounts(text: string): QuoteCounts {
  const size = text.length + 1;
  const counts = { opens: new Int32Array(size), closes: new Int32Array(size), straight: new Int32Array(size), lineStart: new Int32Array(size) };
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    counts.lineStart[i] = line;
    if (ch === "\n") line = i + 1;
    counts.opens[i + 1] = counts.opens[i] + (ch === "“" || ch === "「" || ch === "『" ? 1 : 0);
    counts.closes[i + 1] = counts.closes[i] + (ch === "”" || ch === "」" || ch === "』" ? 1 : 0);
    counts.straight[i + 1] = counts.straight[i] + (ch === '"' ? 1 : 0);
  }
  counts.lineStart[text.length] = line;
  return counts;
}

/** Inside “…”, 「…」, 『…』 or "…" on the same line (from lineStart to at): reported speech, not the sender's words. */
export function insideQuotes(counts: QuoteCounts, lineStart: number, at: number): boolean {
  const between = (c: Int32Array): number => c[at] - c[lineStart];
  if (between(counts.opens) > between(counts.closes)) return true;
  return between(counts.straight) % 2 === 1;
}
