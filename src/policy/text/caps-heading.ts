// A line in capitals that names a section ("NEXT STEPS", "Q3 BUDGET SUMMARY", "1. PROJECT
// TIMELINE:") is a heading, not a shout: mails and published documents use them. It is one when
// the capitals are the whole line (a numbering before and a colon after aside) or open it with
// the paragraph run in after them, and they hold no word that makes them a sentence said to
// someone: a pronoun, a form of "be", "do", "have" or a modal verb, "please", "now", a question
// word, a negation, a bare command or a word that judges ("UNACCEPTABLE"). Text pasted from a
// document loses its line breaks ("…to the Congress. NATIONAL ENERGY POLICY As a result of…"):
// there a heading starts after a sentence and its paragraph runs in after it.

const SENTENCE_WORDS = new Set(
  [
    "you", "your", "yours", "yourself", "me", "my", "mine", "i'm", "i've", "i'll", "we", "we're", "we've", "us",
    "he", "she", "they", "them", "it's", "that's", "is", "are", "was", "were", "am", "be", "been", "being",
    "have", "has", "had", "do", "does", "did", "don't", "doesn't", "didn't", "can", "can't", "cannot", "could",
    "will", "won't", "would", "should", "must", "need", "needs", "please", "pls", "now", "asap", "today",
    "immediately", "stop", "never", "again", "why", "what", "who", "how", "not", "no", "get", "fix", "send",
    "read", "call", "reply", "answer", "tell", "let", "want", "look", "check",
    "unacceptable", "ridiculous", "absurd", "seriously", "really", "very", "still", "ever", "always",
  ],
);

/** Before the capitals: nothing, or a numbering or bullet ("1.", "IV)", "A.", "-", "•"), and a lead word ("FOOD-"). */
const NUMBERING = /^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)]\s*|[-•*]\s*)?(?:[A-Z][A-Z']{1,20}[-–—]\s?)?$/;
/** Or, inside a line, a sentence's end, then perhaps a numbering and a lead word ("…phase. FOOD-THE WAR ON HUNGER"). */
const AFTER_SENTENCE = /[.!?:;]\s{1,3}(?:(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)]\s{1,3})?(?:[A-Z][A-Z']{1,20}[-–—]\s?)?$/;
/** How much of the line before the capitals AFTER_SENTENCE needs to see. */
const BEFORE_REACH = 40;
/** After them: nothing, or a colon or a full stop. */
const CLOSING = /^\s*(?:[:.：]\s*)?$/;
const MAX_HEADING_WORDS = 16;

// Words that raise an alarm rather than title a section. On a line of its own "URGENT NOTICE"
// is a banner; run into a mail's sentences ("…is down. URGENT ACTION REQUIRED Please…") it is
// the writer raising their voice, so inside a line these make the capitals no heading.
const ALARM_WORDS = new Set(["urgent", "urgently", "important", "attention", "warning", "required", "mandatory", "critical", "emergency", "final", "last"]);

/** Or the heading's paragraph goes on in the same line ("POSTAL SAVINGS BANKS The deposits have…"). */
const RUN_IN = /^\s+[A-Z][a-z]/;

// A pasted document can be one line of a megabyte with a heading every few sentences: the line
// around each run is read no further than this, so that the runs of a line cost linear time.
const LINE_REACH = 64;

/** Where the line holding `at` starts, or -1 when that is further back than LINE_REACH. */
function lineStartWithin(text: string, at: number): number {
  for (let i = at; i >= Math.max(0, at - LINE_REACH); i--) if (i === 0 || text[i - 1] === "\n") return i;
  return -1;
}

/** The line after `at`, up to LINE_REACH characters, and whether the line ends there. */
function restOfLine(text: string, at: number): { rest: string; endsLine: boolean } {
  const stop = Math.min(text.length, at + LINE_REACH);
  const chunk = text.slice(at, stop);
  const newline = chunk.indexOf("\n");
  return newline >= 0 ? { rest: chunk.slice(0, newline), endsLine: true } : { rest: chunk, endsLine: stop === text.length };
}

/** True when the capitals at `start`–`end` of `text` are a heading line, or a heading run into its paragraph. */
export function isCapsHeading(text: string, start: number, end: number): boolean {
  const lineStart = lineStartWithin(text, start);
  const { rest: after, endsLine } = restOfLine(text, end);
  const atLineStart = lineStart >= 0 && NUMBERING.test(text.slice(lineStart, start));
  if (!atLineStart && !AFTER_SENTENCE.test(text.slice(Math.max(lineStart, start - BEFORE_REACH), start))) return false;
  const words = text.slice(start, end).split(/[ ,]+/).filter((w) => w !== "");
  let runIn = RUN_IN.test(after);
  // "…FEDERAL DEPARTMENTS I have sent…": the capitals took the next sentence's "I".
  if (!runIn && words.length > 1 && words[words.length - 1] === "I" && /^\s+[a-z]/.test(after)) {
    words.pop();
    runIn = true;
  }
  // Inside a line only a paragraph running in after the capitals makes them its heading.
  if (!runIn && (!atLineStart || !endsLine || !CLOSING.test(after))) return false;
  if (words.length > MAX_HEADING_WORDS) return false;
  if (!atLineStart && words.some((w) => ALARM_WORDS.has(w.toLowerCase()))) return false;
  // "I" as a word of a sentence ("I NEED IT"), not a closing Roman numeral ("PART I").
  return !words.some((w, i) => SENTENCE_WORDS.has(w.toLowerCase()) || (w === "I" && i < words.length - 1));
}

// What a screen, a log or a prompt says is written in its capitals: "the display says DO NOT
// POWER OFF", "it fails with ERROR 403 FORBIDDEN", "登录时弹出 ACCESS DENIED FOR USER". A verb of
// showing or a word naming the message right before the run makes it a quoted message, also past
// the message's own label ("the subject was FINAL NOTICE: PAYROLL ACCOUNT SUSPENDED").
const SHOWN_BY =
  /(?:\b(?:say|says|said|saying|show|shows|showed|showing|shown|display|displays|displayed|displaying|reads|return|returns|returned|throw|throws|threw|print|prints|printed|log|logs|logged|get|gets|got|getting|receive|receives|received|with|message|error|prompt|banner|alert|status|popup|pop-up|dialog|label|text|code|titled|entitled|subject|headed)|提示|显示|弹出|弹窗|报错|报|出现|返回|写着|错误|信息|讯息|訊息|顯示|彈出|報錯)\s{0,2}(?:(?:is|was|of|as|为|為|是)\s{0,2})?[:：-]?\s{0,2}(?:(?:[A-Z][A-Z0-9']* ){0,3}[A-Z][A-Z0-9']*:\s{0,2})?$/;
const SHOWN_REACH = 48;

// Or the words right after the capitals say they were shown: "WARNING: CERTIFICATE EXPIRES IN
// 3 DAYS is what the monitor shows", "… pops up on login", "… appears on the screen", "出现
// DISK FULL 的报错", "…的提示".
const SHOWN_AFTER =
  /^\s{0,2}["”’'」]?\s{0,2}(?:(?:is|was) (?:what|all) (?:the|it|they|we|i|my|our)\b.{0,24}?\b(?:shows?|showed|says?|said|displays?|displayed|reads?|read|logged|prints?|printed|returns?|returned|gives?|gave|sends?|sent)\b|(?:appears|appeared|pops? up|popped up|came up|comes up|shows up|showed up|(?:is|was|gets|got) (?:shown|displayed|logged|printed|returned)|in the (?:logs?|console|dialog|alert|banner|output)|on (?:the|my|our|his|her|their) (?:screen|monitor|display|dashboard|console|panel))\b|的?(?:提示|报错|错误|告警|警告|弹窗|字样|信息|讯息)|(?:这个|这行|这条)?(?:提示|报错|告警))/;
const SHOWN_AFTER_REACH = 64;
// A line a log or a monitor wrote: a timestamp ("2026-12-01 10:00:01", "10:00:01") or a level in
// brackets ("[WARN]", "[CRITICAL]") before the capitals on their line.
const LOG_LINE_PREFIX = /^\s{0,4}(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ t]\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}|\[(?:warn|warning|error|err|crit|critical|alert|fatal|info|notice|emerg|debug)\])/i;

/** True when the capitals at `start`–`end` of `text` are a message a screen, a log or a monitor shows. */
export function isShownMessage(text: string, start: number, end: number = start): boolean {
  if (SHOWN_BY.test(text.slice(Math.max(0, start - SHOWN_REACH), start))) return true;
  if (SHOWN_AFTER.test(text.slice(end, end + SHOWN_AFTER_REACH))) return true;
  const lineStart = lineStartWithin(text, start);
  return lineStart >= 0 && LOG_LINE_PREFIX.test(text.slice(lineStart, start));
}
