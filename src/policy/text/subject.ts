import { normalize } from "./normalize";

export interface SubjectInfo {
  raw: string;
  /** The subject without reply / forward prefixes, trimmed. */
  stripped: string;
  /** `normalize(stripped)`. */
  norm: string;
  /** The prefixes removed, as written. */
  prefixes: string[];
}

// Reply and forward prefixes of the clients our users have: English, German, Nordic, French
// and both Chinese scripts, with a half-width or full-width colon, possibly repeated
// ("RE: FW: 回复：") or counted ("RE[2]:").
const PREFIX = /^\s*(re|fw|fwd|aw|wg|sv|vs|tr|rif|antw|回复|回覆|答复|答覆|转发|轉發|轉寄|转寄)\s*(?:(\[\d+\]|\(\d+\))\s*)?[:：]\s*/i;

export function parseSubject(raw: string | undefined): SubjectInfo {
  let rest = (raw ?? "").replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, "");
  const prefixes: string[] = [];
  for (let m = PREFIX.exec(rest); m; m = PREFIX.exec(rest)) {
    prefixes.push(m[0].trim());
    rest = rest.slice(m[0].length);
  }
  const stripped = rest.trim();
  return { raw: raw ?? "", stripped, norm: normalize(stripped), prefixes };
}
