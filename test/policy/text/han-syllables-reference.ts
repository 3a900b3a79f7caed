// What scripts/gen-han-syllables.js computes and test/policy/text/romanized.test.ts checks: the
// GB2312 characters (the set Simplified names are written in) in the order of ICU's pinyin
// collation, cut into runs that share a Pinyin syllable (pinyin-pro's readings, tones left out).

/** The 6,763 Han characters of GB2312, levels 1 and 2. */
export function gb2312Han(): string[] {
  const decoder = new TextDecoder("gbk");
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (/^[\u4e00-\u9fff]$/.test(ch)) out.push(ch);
    }
  }
  return out;
}

type PinyinOf = (text: string, options: { toneType: "none"; v: true; multiple: true; type: "array" }) => string[];

/** Every toneless reading of a character, ü written v. */
export function readingsOf(pinyin: PinyinOf, ch: string): string[] {
  return pinyin(ch, { toneType: "none", v: true, multiple: true, type: "array" });
}

/**
 * [first character, syllable] of each run: a run goes on while the next character in collation
 * order can be read with the run's syllable (a character with several readings joins the run
 * it sorts into), and a new one starts with the character's first reading.
 */
export function pinyinRuns(pinyin: PinyinOf, collator: Intl.Collator, chars: readonly string[]): Array<[string, string]> {
  const runs: Array<[string, string]> = [];
  let current = "";
  for (const ch of [...chars].sort(collator.compare)) {
    const readings = readingsOf(pinyin, ch);
    if (current !== "" && readings.includes(current)) continue;
    current = readings[0] ?? "";
    runs.push([ch, current]);
  }
  return runs;
}
