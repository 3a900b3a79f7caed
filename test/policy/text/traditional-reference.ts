// What OpenCC's Simplified → Taiwan conversion writes for each character on its own, for
// scripts/gen-traditional-preferred.js and its test.

interface Cn2t {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

/** Every code point of the blocks that hold Han characters (and the radicals and compatibility forms). */
export function hanCodePoints(): number[] {
  const ranges: Array<[number, number]> = [
    [0x2e80, 0x2fdf],
    [0x3400, 0x9fff],
    [0xf900, 0xfaff],
    [0x20000, 0x323af],
  ];
  const out: number[] = [];
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) out.push(cp);
  return out;
}

/** OpenCC's answer for one character, when it is one character. */
export function openccTraditional(convert: (text: string) => string, ch: string): string {
  const out = convert(ch);
  return Array.from(out).length === 1 ? out : ch;
}

/**
 * [Simplified, Traditional] where the table would change a character and OpenCC's answer is
 * another one. A character the table leaves alone is Traditional already, or written the same
 * in both scripts: the writer's own form is kept (OpenCC would also swap variants, 僞 → 偽).
 */
export function preferredPairs(opencc: Cn2t, tableTraditional: (ch: string) => string): Array<[string, string]> {
  const convert = opencc.Converter({ from: "cn", to: "tw" });
  const pairs: Array<[string, string]> = [];
  for (const cp of hanCodePoints()) {
    const ch = String.fromCodePoint(cp);
    const table = tableTraditional(ch);
    if (table === ch) continue;
    const want = openccTraditional(convert, ch);
    if (want !== table) pairs.push([ch, want]);
  }
  return pairs;
}
