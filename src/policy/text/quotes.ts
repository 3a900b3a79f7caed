// Words inside quotation marks on the sender's line are someone else's (a customer's complaint
// quoted in a report): the politeness checks ask, for each hit, whether it stands inside them.
// Title marks count too: 《白痴》 and 〈三傻〉 name a book or a film, they do not call anyone names.

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
    counts.opens[i + 1] = counts.opens[i] + (ch === "“" || ch === "「" || ch === "『" || ch === "《" || ch === "〈" ? 1 : 0);
    counts.closes[i + 1] = counts.closes[i] + (ch === "”" || ch === "」" || ch === "』" || ch === "》" || ch === "〉" ? 1 : 0);
    counts.straight[i + 1] = counts.straight[i] + (ch === '"' ? 1 : 0);
  }
  counts.lineStart[text.length] = line;
  return counts;
}

/** Inside “…”, 「…」, 『…』, 《…》, 〈…〉 or "…" on the same line (from lineStart to at): reported speech, not the sender's words. */
export function insideQuotes(counts: QuoteCounts, lineStart: number, at: number): boolean {
  const between = (c: Int32Array): number => c[at] - c[lineStart];
  if (between(counts.opens) > between(counts.closes)) return true;
  return between(counts.straight) % 2 === 1;
}

// A pasted log or stack trace is the machine's text, not the sender's: an exception message may
// say "Stupid state" or "Idiot check failed". Only the start of the line is read, so that each
// hit costs constant time on a long line.
const LOG_LINE =
  /^\s*(?:\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}[.,\s]|\[(?:ERROR|FATAL|WARN|WARNING|INFO|DEBUG|TRACE|CRITICAL|error|fatal|warn|warning|info|debug|trace|critical)\]|(?:ERROR|FATAL|WARN|INFO|DEBUG|TRACE|PANIC)[:\s[]|Exception in thread\b|Caused by:|Traceback \(most recent|at [\w$.<>]+\([\w$.]+:\d+\)|[\w$.]+(?:Exception|Error):)/;
const LOG_REACH = 120;

/** Whether the line starting at `lineStart` of `text` is a log line or a stack trace frame. */
export function onLogLine(text: string, lineStart: number): boolean {
  return LOG_LINE.test(text.slice(lineStart, lineStart + LOG_REACH));
}
