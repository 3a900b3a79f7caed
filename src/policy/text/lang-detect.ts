import * as OpenCC from "opencc-js";
import type { Lang } from "../types";

// The language a mail is written in, so that a text the add-in inserts into it (a purpose
// line, a closing request) matches the mail and not the user's UI. Script is decided by
// counting, not by a hand-made table: a character that OpenCC changes when it converts
// Traditional→Simplified is Traditional-only, one it changes Simplified→Traditional is
// Simplified-only; characters shared by both scripts say nothing.

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

type Script = "traditional" | "simplified" | "shared";
const scriptCache = new Map<string, Script>();

function scriptOf(ch: string): Script {
  let script = scriptCache.get(ch);
  if (script === undefined) {
    if (toSimplified(ch) !== ch) script = "traditional";
    else if (toTraditional(ch) !== ch) script = "simplified";
    else script = "shared";
    scriptCache.set(ch, script);
  }
  return script;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
// Addresses, links and code-like tokens are not prose in any language.
const NOT_PROSE = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b[A-Z]{1,5}-?\d+\b/g;

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
