// "Did you mean …?" for a mistyped key, rule id or option: the known word nearest to the one
// given, by edit distance (insertions, deletions, substitutions, and two neighbours swapped),
// ignoring case. Bounded: both words are cut to MAX_CHARS and the distance is computed only
// within a band of MAX_DISTANCE around the diagonal, so one comparison costs a constant and a
// file with many unknown keys costs linear time in their number.

const MAX_CHARS = 64;
const MAX_DISTANCE = 3;

/** The edit distance of a and b when it is at most `limit`, otherwise limit + 1. */
export function boundedDistance(a: string, b: string, limit = MAX_DISTANCE): number {
  const s = a.slice(0, MAX_CHARS).toLowerCase();
  const t = b.slice(0, MAX_CHARS).toLowerCase();
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  const far = limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => (j <= limit ? j : far));
  for (let i = 1; i <= s.length; i++) {
    const current = new Array<number>(t.length + 1).fill(far);
    current[0] = i <= limit ? i : far;
    let best = current[0];
    for (let j = Math.max(1, i - limit); j <= Math.min(t.length, i + limit); j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      let d = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = Math.min(d, far);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return far;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length], far);
}

/** How far a word may be from a known one and still be a likely slip of the keyboard. */
function allowedDistance(word: string): number {
  return Math.min(MAX_DISTANCE, Math.max(1, Math.floor(word.length / 3)));
}

/** The known word nearest to `word` (the first of equals), or undefined when none is near. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const limit = allowedDistance(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate === word) continue;
    const d = boundedDistance(word, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
