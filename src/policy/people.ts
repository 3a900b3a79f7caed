import { textOf } from "./lexicon/match";
import { GROUP_PREFIX, GROUP_WORDS, NOT_A_PERSON_SUFFIX, ZH_TITLES } from "./lexicon/people-words";
import { normalize, normalizeTerm } from "./text/normalize";
import { chars, isCjkCode, isWhiteSpaceCode, replaceBracketed } from "./text/trim";
import type { Person } from "./types";

// The one answer to "is this the same person": how an address or a display name written in
// a mail, an invitation, a directory entry or a policy file matches a recipient. Addresses
// compare without case, full-width forms, "mailto:", angle brackets or a display name around
// them; names compare folded (Traditional → Simplified, width, case) and with Chinese names
// the same with or without spaces ("王 伟" is "王伟"). Every step walks the text once; a
// field missing or not text (drafts from JSON files and Graph) is no address and no name.

/** Full-width ASCII → ASCII, the ideographic and no-break spaces → space, capitals → lower case. */
function foldAddressCode(code: number): number {
  const half = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 || code === 0xa0 ? 0x20 : code;
  return half >= 0x41 && half <= 0x5a ? half + 32 : half;
}

function foldAddress(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldAddressCode(text.charCodeAt(i)));
  return out;
}

const MAILTO = "mailto:";

/** What is between the last "<" and the ">" after it ("Lisa Wang <lisa@contoso.com>"), else the text. */
function insideAngles(text: string): string {
  const open = text.lastIndexOf("<");
  const close = open < 0 ? -1 : text.indexOf(">", open);
  return close > open ? text.slice(open + 1, close) : text;
}

function withoutMailto(text: string): string {
  if (!text.startsWith(MAILTO)) return text;
  const rest = text.slice(MAILTO.length);
  const query = rest.indexOf("?");
  const address = query < 0 ? rest : rest.slice(0, query);
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/**
 * The form two addresses are compared in: "Lisa.Wang@Contoso.com", "<lisa.wang@contoso.com>",
 * "mailto:lisa.wang@contoso.com?subject=x", "Lisa Wang <LISA.WANG@CONTOSO.COM>" and
 * "ｌｉｓａ．ｗａｎｇ＠ｃｏｎｔｏｓｏ．ｃｏｍ" are all "lisa.wang@contoso.com". Empty for no address.
 */
export function addressKey(address: unknown): string {
  let text = foldAddress(textOf(address)).trim();
  text = insideAngles(text).trim();
  text = withoutMailto(text).trim();
  // Quoted addresses pasted from a header ('"lisa@contoso.com"').
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) text = text.slice(1, -1).trim();
  return text;
}

/**
 * A whole address a client can add as a recipient: one "@", something before it, and a domain
 * with a "." inside; no white space. (As /^[^\s@]+@[^\s@]+\.[^\s@]+$/ says, walked once:
 * the pattern backtracks over every "." of a long domain.)
 */
export function isAddress(text: string): boolean {
  const at = text.indexOf("@");
  if (at < 1 || text.indexOf("@", at + 1) >= 0) return false;
  for (let i = 0; i < text.length; i++) if (isWhiteSpaceCode(text.charCodeAt(i))) return false;
  const domain = text.slice(at + 1);
  return domain.length >= 3 && domain.slice(1, -1).includes(".");
}

/** Someone to write to: an address or at least a name. */
export function isSomeone(person: Person): boolean {
  return textOf(person.address).trim() !== "" || textOf(person.name).trim() !== "";
}

/** Both are addresses and the same one. */
export function sameAddress(a: unknown, b: unknown): boolean {
  const key = addressKey(a);
  return key !== "" && key === addressKey(b);
}

/** The domain of an address, compared form ("contoso.com"); "" when it has none. */
export function domainOf(address: unknown): string {
  const key = addressKey(address);
  const at = key.lastIndexOf("@");
  return at < 0 ? "" : key.slice(at + 1);
}

/**
 * The form two display names are compared in: folded, one space between words, none next to
 * a Chinese character ("王 伟", "王伟", "王　偉" are one name; "Lisa  WANG" is "lisa wang").
 */
export function nameKey(name: unknown): string {
  const folded = normalize(textOf(name));
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWhiteSpaceCode(code)) {
      pendingSpace = out !== "";
      continue;
    }
    if (pendingSpace && !isCjkCode(code) && !isCjkCode(out.charCodeAt(out.length - 1))) out += " ";
    pendingSpace = false;
    out += folded[i];
  }
  return out;
}

/** One key a person: the address when there is one, else the name ("name:…"); "" for nobody. */
export function personKey(person: Person): string {
  const address = addressKey(person.address);
  if (address !== "") return address;
  const name = nameKey(person.name);
  return name === "" ? "" : `name:${name}`;
}

/** Each person with an address once (the first of each address), in order. */
export function uniquePeople(people: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) {
    const key = addressKey(p.address);
    if (key !== "" && !seen.has(key)) seen.set(key, p);
  }
  return Array.from(seen.values());
}

/** By address when both have one; else by the display name. */
export function samePerson(a: Person, b: Person | undefined): boolean {
  if (!b) return false;
  const addressA = addressKey(a.address);
  const addressB = addressKey(b.address);
  if (addressA !== "" && addressB !== "") return addressA === addressB;
  const name = nameKey(a.name);
  return name !== "" && name === nameKey(b.name);
}

function localPart(address: string): string {
  const at = address.indexOf("@");
  return normalize(at < 0 ? address : address.slice(0, at)).trim();
}

/**
 * A display name as people read it: Outlook writes a contact known only by an address, or
 * typed by hand, in single quotes ("'Wang Wei' <wang.wei@fabrikam.com>", "'lisa@gmail.com'").
 */
export function displayName(name: string): string {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'") ? trimmed.slice(1, -1).trim() : trimmed;
}

/** The ways a person can be named: full name, each name part, the address and its parts. */
export function namesOf(person: Person): Set<string> {
  const names = new Set<string>();
  const full = replaceBracketed(normalize(textOf(person.name)), chars(/[(（]/), chars(/[)）]/), " ").trim();
  if (full) {
    names.add(full.replace(/\s+/g, " "));
    names.add(full.replace(/[\s,，]+/g, ""));
    const parts = full.split(/[\s,，/|]+/).filter((part) => part.length >= 2);
    for (const part of parts) names.add(part);
    // Exchange often lists "Wang, Wei": the same person as "Wei Wang".
    names.add(parts.join(" "));
    names.add([...parts].reverse().join(" "));
    // "陳志明" is called "志明" by colleagues: the given name after a one-character surname.
    for (const cjk of full.match(/[\u4e00-\u9fff]{3,4}/g) ?? []) names.add(cjk.slice(1));
  }
  const local = localPart(addressKey(person.address));
  if (local) {
    names.add(local);
    const parts = local.split(/[._-]+/).filter((part) => part.length >= 2);
    for (const part of parts) names.add(part);
    // "wang.wei@" is "Wang Wei", "WangWei" or "Wei Wang".
    names.add(parts.join(" "));
    names.add(parts.join(""));
    names.add([...parts].reverse().join(" "));
  }
  return names;
}

/**
 * "小李", "老王", "阿珍", "李工", "王总", "陈经理", "林组长": how colleagues call each other in
 * Chinese offices, by the surname (or, after 小/老/阿, a given-name character) with a prefix or
 * a title. Such a name matches a person whose Chinese name starts (or ends) with that character.
 */
const FAMILIAR = new RegExp(`^(?:(?:小|老|阿)([\\u4e00-\\u9fff])|([\\u4e00-\\u9fff])(?:${ZH_TITLES.join("|")}))$`);

function familiarMatch(wanted: string, person: Person): boolean {
  const m = FAMILIAR.exec(wanted);
  if (!m) return false;
  const names = normalize(textOf(person.name)).match(/[\u4e00-\u9fff]{2,4}/g) ?? [];
  return m[1] !== undefined ? names.some((n) => n.startsWith(m[1]) || n.endsWith(m[1])) : names.some((n) => n.startsWith(m[2]));
}

/** Whether `person` goes by the name written (full name, a part, the address's parts, "小李"). */
export function isCalled(person: Person, written: string): boolean {
  const wanted = normalize(written).replace(/\s+/g, " ").trim();
  if (wanted === "") return false;
  const names = namesOf(person);
  return names.has(wanted) || names.has(wanted.replace(/\s+/g, "")) || familiarMatch(wanted, person);
}

/**
 * The person among `people` that `wanted` names: by address when it gives one, else the same
 * display name, else the first who goes by that name (isCalled).
 */
export function findPerson(people: readonly Person[], wanted: Person): Person | undefined {
  if (addressKey(wanted.address) !== "") return people.find((p) => sameAddress(p.address, wanted.address));
  const name = nameKey(wanted.name);
  if (name === "") return undefined;
  return people.find((p) => nameKey(p.name) === name) ?? people.find((p) => isCalled(p, textOf(wanted.name)));
}

const GROUP_SET = new Set(GROUP_WORDS);

/** One of the collective words themselves: "大家", "各位同事", "team". */
export function isGroupWord(name: string): boolean {
  return GROUP_SET.has(normalizeTerm(name));
}

/** A group of people by a collective word or a desk's name: "各位同事", "财务部", "team". */
export function isGroup(name: string): boolean {
  const norm = normalizeTerm(name);
  return GROUP_SET.has(norm) || GROUP_PREFIX.test(norm) || NOT_A_PERSON_SUFFIX.test(norm) || /\b(all|team|everyone|colleagues)\b/.test(norm);
}

const DESK_NAME = /\b(service ?desk|help ?desk|support|helpline|hotline|desk|office|department|dept|operations)\b/;
const DESK_ADDRESS = /^(it[-._]?)?(support|help-?desk|service-?desk|helpline|hotline|ops|noc|soc|hr|admin|office|info)$/;

/**
 * A desk or a team rather than a person ("IT Service Desk", "财务部", it-support@): whoever
 * answers it may be the one greeted ("Hi Ivy" in a reply to the service desk's mail), though
 * an @-mention still asks for someone who must be among the recipients.
 */
export function isSharedMailbox(p: Person): boolean {
  const name = textOf(p.name).trim();
  const local = normalizeTerm(textOf(p.address).split("@")[0] ?? "");
  return (name !== "" && (isGroup(name) || DESK_NAME.test(normalizeTerm(name)))) || DESK_ADDRESS.test(local);
}
