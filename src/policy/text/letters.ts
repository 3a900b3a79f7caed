// Letters and digits of every script, as parts of a character class of a pattern with the u
// flag: `new RegExp(`[^${LETTER}${DIGIT}-]+`, "gu")`. Written once here because the on-send
// build swaps this module for the same classes written out as code-point ranges
// (scripts/onsend/letter-classes.js, by regexpu-core): Unicode property escapes are ES2018,
// and classic Outlook on Windows before Version 2403 runs only ES2016 (office-js-docs-pr,
// docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md).

/** Any letter (Unicode General_Category L), inside a class of a `u` pattern. */
export const LETTER = "\\p{L}";
/** Any number (Unicode General_Category N), inside a class of a `u` pattern. */
export const DIGIT = "\\p{N}";
