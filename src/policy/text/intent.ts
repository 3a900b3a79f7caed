import { NO_ACTION_PATTERNS, PLEASANTRY_PATTERNS, THANKS_PATTERNS } from "./intent-courtesy";
import { PURPOSE_PATTERNS } from "./intent-purpose";
import { REQUEST_PATTERNS } from "./intent-request";
import { anyOf } from "./any-of";
import { chars, trimEndWhile, trimStartWhile } from "./trim";

// What a sentence of a mail does: asks the reader for something, says why the mail is
// written, says that nothing is needed, or only exchanges pleasantries. Used by the rules
// that judge how a mail opens and how it ends (§2.2.3). Patterns are written for normalised
// text (`normalize()`: Simplified, lower case, half-width punctuation, so "？" is "?").

const asksSomething = anyOf(REQUEST_PATTERNS);
const namesPurpose = anyOf(PURPOSE_PATTERNS);
const saysNoAction = anyOf(NO_ACTION_PATTERNS);
const isCourtesy = anyOf(PLEASANTRY_PATTERNS);
const isThanks = anyOf(THANKS_PATTERNS);

const CORE_LEAD = chars(/[\s\-*•·>]/);
const CORE_TRAIL = chars(/[\s.!,;:~。！，；：～…]/);
const isQuestionOrBang = chars(/[?!]/);

/** Trims the punctuation and spaces around a normalised sentence. */
function core(norm: string): string {
  return trimEndWhile(trimStartWhile(norm.trim(), CORE_LEAD), CORE_TRAIL);
}

// "…possible on their side, but not before January", "the part won't arrive before March":
// a date ruled out is no deadline set for the reader.
const NEGATED_DEADLINE = /(\bnot|\bnever|n't( [a-z]+){1,3}|\bcannot( [a-z]+){1,3}) (before|by)\b/g;

function withoutNegatedDeadline(text: string): string {
  return text.replace(NEGATED_DEADLINE, "$1");
}

/** Asks the reader to do, answer or decide something. */
export function isRequest(norm: string): boolean {
  return asksSomething(withoutNegatedDeadline(core(norm)));
}

/** Says why the mail is written: a request, a purpose phrase or an announcement. */
export function statesPurpose(norm: string): boolean {
  const s = core(norm);
  if (isPleasantry(s)) return false;
  return namesPurpose(s) || asksSomething(withoutNegatedDeadline(s)) || saysNoAction(s);
}

/** Only social: "Hope you are well", "好久不见，最近怎么样？", "Happy Monday!". */
export function isPleasantry(norm: string): boolean {
  const clauses = core(norm)
    .split(/[,;，；]\s*/)
    .map((c) => trimEndWhile(c, isQuestionOrBang).trim())
    .filter((c) => c !== "");
  if (clauses.length === 0) return true;
  if (!isCourtesy(clauses[0])) return false;
  // "Hope you are well, could you…" carries a request after the courtesy.
  return clauses.slice(1).every((c) => isCourtesy(c) || !(asksSomething(c) || namesPurpose(c)));
}

/** Says explicitly that the reader need not act or reply. */
export function saysNoActionNeeded(norm: string): boolean {
  return saysNoAction(core(norm));
}

/** Thanks or congratulates the reader: "Thank you for covering on Saturday", "恭喜项目顺利上线". */
export function thanksOrCongratulates(norm: string): boolean {
  return isThanks(core(norm));
}
