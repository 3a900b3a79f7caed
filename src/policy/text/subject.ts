import { normalize } from "./normalize";

export interface SubjectInfo {
  raw: string;
  /** The subject without reply / forward prefixes and external-sender tags, trimmed. */
  stripped: string;
  /** `normalize(stripped)`. */
  norm: string;
  /** The reply / forward prefixes removed, as written (a reply or forward has one). */
  prefixes: string[];
  /** The external-sender tags removed ("[EXTERNAL]", "[外部邮件]"), as written: no reply or forward. */
  tags: string[];
}

// Reply and forward prefixes of the clients our users have: English, German, Nordic, French
// and both Chinese scripts, with a half-width or full-width colon, possibly repeated
// ("RE: FW: 回复：") or counted ("RE[2]:").
const PREFIX = /^\s*(re|fw|fwd|aw|wg|sv|vs|tr|rif|antw|回复|回覆|答复|答覆|转发|轉發|轉寄|转寄)\s*(?:(\[\d+\]|\(\d+\))\s*)?[:：]\s*/i;

// Tags a mail gateway puts in front of mail from outside ("[EXTERNAL] RE: …", "RE: [外部邮件] …"):
// they say where the mail came from, not what it is about. Only bracketed or starred, so a
// subject such as "External audit: VPN logs" keeps its first word.
const EXTERNAL_TAG = /^\s*(?:[[【(（]\s*(?:external|ext|external email|external mail|external sender|external message|外部|外部邮件|外部郵件|外部来信|外部來信|外来邮件|外來郵件|外部发件人|外部寄件者)\s*[\]】)）]|\*\s*external\s*\*)\s*/i;

export function parseSubject(raw: string | undefined): SubjectInfo {
  let rest = (raw ?? "").replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, "");
  const prefixes: string[] = [];
  const tags: string[] = [];
  for (;;) {
    const prefix = PREFIX.exec(rest);
    const tag = prefix ? null : EXTERNAL_TAG.exec(rest);
    const m = prefix ?? tag;
    if (!m) break;
    (prefix ? prefixes : tags).push(m[0].trim());
    rest = rest.slice(m[0].length);
  }
  const stripped = rest.trim();
  return { raw: raw ?? "", stripped, norm: normalize(stripped), prefixes, tags };
}
