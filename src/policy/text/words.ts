// The one door to the runtime's word segmenter. A one- or two-character Chinese lexicon entry
// is a word only where the text's own word boundaries fall around it: 酱紫 in 酱紫色 (a colour)
// or 神马 inside 平顶山神马 (a company) is no slang. Intl.Segmenter with word granularity
// (ECMA-402, ICU's dictionary segmenter for Chinese) is built into Node 16+ and every browser
// the panes run in; the classic Outlook JavaScript-only runtime may lack it, and then no short
// entry matches at all (the safe side: a missed finding, never a false one).

interface SegmentData {
  index: number;
}

export interface WordSegmenter {
  segment(input: string): Iterable<SegmentData>;
}

type SegmenterConstructor = new (locales: string, options: { granularity: "word" }) => WordSegmenter;

let segmenter: WordSegmenter | null | undefined;

function createSegmenter(): WordSegmenter | null {
  const ctor = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
  if (typeof ctor !== "function") return null;
  try {
    return new ctor("zh", { granularity: "word" });
  } catch {
    return null;
  }
}

/** The runtime's word segmenter, made once; null where the runtime has none. */
export function wordSegmenter(): WordSegmenter | null {
  if (segmenter === undefined) segmenter = createSegmenter();
  return segmenter;
}

/** Tests replace the segmenter (null: a runtime without one); undefined restores the runtime's. */
export function useWordSegmenter(replacement: WordSegmenter | null | undefined): void {
  segmenter = replacement;
}

/** Characters of context on each side: enough for the segmenter to see the words around. */
const CONTEXT = 8;

/**
 * True when [start, end) of `text` starts and ends on word boundaries. Only a short window
 * around the span is segmented, so each question costs the same whatever the text's length.
 */
export function standsAsWord(text: string, start: number, end: number): boolean {
  const words = wordSegmenter();
  if (!words) return false;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  let startsWord = start === from;
  let endsWord = end === to;
  for (const piece of words.segment(text.slice(from, to))) {
    const at = from + piece.index;
    if (at === start) startsWord = true;
    if (at === end) endsWord = true;
    if (at > end) break;
  }
  return startsWord && endsWord;
}
