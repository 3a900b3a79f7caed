import type { Lang } from "../types";
import { scriptOf } from "./script";

// The language a mail is written in, so that a text the add-in inserts into it (a purpose
// line, a closing request) matches the mail and not the user's UI. Script is decided by
// counting characters that only one script writes (OpenCC's tables, src/policy/text/script.ts).

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
// Addresses, links and code-like tokens are not prose in any language.
const NOT_PROSE = /https?:\/\/\S+|www\.\S+|[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63})+|\b[A-Z]{1,5}-?\d+\b/g;

/**
 * "zh-CN", "zh-TW" or "en" for the sender's prose. Chinese wins when its characters outweigh
 * the Latin words (a Han character carries about two thirds of a word), so that "Hi 王经理，
 * 附件是 Q3 report，请查收" is Chinese and "Hi Lisa, see the note from 王伟" is English.
 */
export function detectDraftLang(text: string): Lang {
  const prose = text.replace(NOT_PROSE, " ");
  const han = prose.match(HAN) ?? [];
  const latinWords = (prose.match(/[A-Za-z]+(?:'[A-Za-z]+)?/g) ?? []).length;
  if (han.length === 0 || han.length < latinWords * 1.5) return "en";
  let traditional = 0;
  let simplified = 0;
  for (const ch of han) {
    const script = scriptOf(ch);
    if (script === "traditional") traditional++;
    else if (script === "simplified") simplified++;
  }
  return traditional > simplified ? "zh-TW" : "zh-CN";
}
