// A reproach is often made of words that are neutral elsewhere: "真是太感谢你了" is thanks until
// the same sentence says the deploy came at five on Friday, "效率真高" is praise until it
// follows a delay, "it's not rocket science" is a reassurance after "don't worry". Such
// entries name the words their passage must hold (`with`) or must not hold (`unless`).

export interface ReproachPattern {
  /** For normalised text (Simplified, lower case, half-width), like the rude and contempt lists. */
  pattern: RegExp;
  /** Words that, near the match, make it a reproach: without them it is left alone. */
  with?: RegExp;
  /** Words that, near the match, make it friendly or self-directed. */
  unless?: RegExp;
}

/** How far either side of a match its passage reaches: about a sentence on each side. */
const PASSAGE = 80;

/** Whether the passage around `start`–`end` of `norm` agrees with the entry's `with` and `unless`. */
export function passageAgrees(entry: ReproachPattern, norm: string, start: number, end: number): boolean {
  if (entry.with === undefined && entry.unless === undefined) return true;
  const passage = norm.slice(Math.max(0, start - PASSAGE), Math.min(norm.length, end + PASSAGE));
  if (entry.with !== undefined && !entry.with.test(passage)) return false;
  return entry.unless === undefined || !entry.unless.test(passage);
}
