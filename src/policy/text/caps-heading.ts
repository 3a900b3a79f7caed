// A line in capitals that names a section ("NEXT STEPS", "Q3 BUDGET SUMMARY", "1. PROJECT
// TIMELINE:") is a heading, not a shout: mails and published documents use them. It is one when
// the capitals are the whole line (a numbering before and a colon after aside) or open it with
// the paragraph run in after them, and they hold no word that makes them a sentence said to
// someone: a pronoun, a form of "be", "do", "have" or a modal verb, "please", "now", a question
// word, a negation or a bare command.

const SENTENCE_WORDS = new Set(
  [
    "you", "your", "yours", "yourself", "me", "my", "mine", "i'm", "i've", "i'll", "we", "we're", "we've", "us",
    "he", "she", "they", "them", "it's", "that's", "is", "are", "was", "were", "am", "be", "been", "being",
    "have", "has", "had", "do", "does", "did", "don't", "doesn't", "didn't", "can", "can't", "cannot", "could",
    "will", "won't", "would", "should", "must", "need", "needs", "please", "pls", "now", "asap", "today",
    "immediately", "stop", "never", "again", "why", "what", "who", "how", "not", "no", "get", "fix", "send",
    "read", "call", "reply", "answer", "tell", "let", "want", "look", "check",
  ],
);

/** Before the capitals: nothing, or a numbering or bullet ("1.", "IV)", "A.", "-", "•"). */
const NUMBERING = /^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)]\s*|[-•*]\s*)?$/;
/** After them: nothing, or a colon or a full stop. */
const CLOSING = /^\s*(?:[:.：]\s*)?$/;
const MAX_HEADING_WORDS = 16;

/** Or the heading's paragraph goes on in the same line ("POSTAL SAVINGS BANKS The deposits have…"). */
const RUN_IN = /^\s+[A-Z][a-z]/;

/** True when the capitals at `start`–`end` of `text` are a heading line, or a heading run into its paragraph. */
export function isCapsHeading(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const next = text.indexOf("\n", end);
  const after = text.slice(end, next < 0 ? text.length : next);
  if (!NUMBERING.test(text.slice(lineStart, start))) return false;
  const words = text.slice(start, end).split(/[ ,]+/).filter((w) => w !== "");
  let runIn = RUN_IN.test(after);
  // "…FEDERAL DEPARTMENTS I have sent…": the capitals took the next sentence's "I".
  if (!runIn && words.length > 1 && words[words.length - 1] === "I" && /^\s+[a-z]/.test(after)) {
    words.pop();
    runIn = true;
  }
  if (!runIn && !CLOSING.test(after)) return false;
  if (words.length > MAX_HEADING_WORDS) return false;
  // "I" as a word of a sentence ("I NEED IT"), not a closing Roman numeral ("PART I").
  return !words.some((w, i) => SENTENCE_WORDS.has(w.toLowerCase()) || (w === "I" && i < words.length - 1));
}
