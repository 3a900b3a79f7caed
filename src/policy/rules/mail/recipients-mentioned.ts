import { COMPOUND_SURNAMES, EN_TITLES, NOT_NAME_WORDS, ZH_AFTER_NAME, ZH_TITLES } from "../../lexicon/people-words";
import { textOf } from "../../lexicon/match";
import { SURNAME_LATIN } from "../../lexicon/surnames";
import { isGroup, isGroupWord, isSharedMailbox, isSomeone, sameAddress } from "../../people";
import { defineRule, type Report } from "../../rule";
import { normalize, normalizeTerm } from "../../text/normalize";
import type { ParsedBody } from "../../text/segment";
import type { ItemBody, Person } from "../../types";
import { chars, replaceBracketed, trimEndWhile } from "../../text/trim";
import { givenNameSpelledBy, latinSpellsName } from "../../text/romanized";

/** §2.2.4: the people the mail speaks to are among its recipients. */
export default defineRule({
  id: "mail/recipients-mentioned",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.4",
  description: {
    en: "People greeted or @-mentioned in the mail are among its recipients.",
    "zh-CN": "正文中称呼或 @ 提及的人都在收件人中。",
    "zh-TW": "內文中稱呼或 @ 提及的人都在收件者中。",
  },
  messages: {
    greetedNotRecipient: {
      en: "The mail greets \"{{name}}\", who is not among the recipients.",
      "zh-CN": "邮件称呼了“{{name}}”，但此人不在收件人中。",
      "zh-TW": "郵件稱呼了「{{name}}」，但此人不在收件者中。",
    },
    mentionedNotRecipient: {
      en: "The mail mentions @{{name}}, who is not among the recipients.",
      "zh-CN": "邮件 @ 了“{{name}}”，但此人不在收件人中。",
      "zh-TW": "郵件 @ 了「{{name}}」，但此人不在收件者中。",
    },
    addTo: {
      en: "Add {{name}} to To",
      "zh-CN": "将“{{name}}”添加到收件人",
      "zh-TW": "將「{{name}}」加入收件者",
    },
  },
  check({ draft, body, recipients }) {
    const known = recipients.filter(isSomeone);
    if (known.length === 0) return [];
    const keys = known.map(personKeys);
    const mailto = draft.body ? mentionAddresses(draft.body) : new Map<string, string>();
    // An @-mention asks for that person; a greeting in a mail to a desk may greet whoever answers it.
    const greeted = known.some(isSharedMailbox) ? [] : greetedPeople(body);
    const candidates = distinct([...greeted, ...mentionedPeople(body)]).filter((c) => {
      const address = mailto.get(normalizeTerm(c.name)) ?? "";
      return !(address && known.some((p) => sameAddress(p.address, address)));
    });
    // Sure matches first; a spelling-only match ("王总" ~ "Wei Wang") may only take a
    // recipient nobody else in the mail was sure to mean ("Hi Lisa and 王伟" to Lisa Wang).
    const claimed = new Set<number>();
    const unsure: Candidate[] = [];
    for (const c of candidates) {
      const sure = keys.findIndex((k) => matches(c.name, k) === "sure");
      if (sure >= 0) claimed.add(sure);
      else unsure.push(c);
    }
    return unsure
      .filter((c) => !keys.some((k, i) => !claimed.has(i) && matches(c.name, k) === "spelling"))
      .map((c): Report => {
        const address = mailto.get(normalizeTerm(c.name)) ?? "";
        return {
          messageId: c.kind === "greeting" ? "greetedNotRecipient" : "mentionedNotRecipient",
          data: { name: c.name },
          location: { field: "body", excerpt: c.excerpt, start: c.start, end: c.start + c.excerpt.length },
          suggestions: [{ messageId: "addTo", data: { name: c.name }, fix: { kind: "addRecipient", field: "to", person: { name: c.name, address } } }],
        };
      });
  },
});

/** The people the mail greets or @-mentions, once each, in reading order (the check result's parts). */
export function namedPeople(body: ParsedBody): Array<{ name: string; kind: "greeting" | "mention"; start: number; end: number }> {
  return distinct([...greetedPeople(body), ...mentionedPeople(body)])
    .map((c) => ({ name: c.name, kind: c.kind, start: c.start, end: c.start + c.excerpt.length }))
    .sort((a, b) => a.start - b.start);
}

function distinct(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = normalizeTerm(c.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- who the recipients are -------------------------------------------------------

interface PersonKeys {
  /** Latin words of the display name and the address's local part, plus the surnames' spellings. */
  latin: Set<string>;
  /** The local part without separators ("lwang"). */
  local: string;
  /** Chinese names in the display name, Simplified. */
  hanNames: string[];
  /** The Latin words of the display name and of the address, each in order ("chih-hao", "lin"). */
  latinNames: string[][];
}

const LATIN_WORD = /[a-z]+(?:-[a-z]+)*/g;
const HAN = /[\u3400-\u9fff]/;
const HAN_RUN = /[\u3400-\u9fff·]{2,}/g;

function surnameOf(han: string): string {
  return COMPOUND_SURNAMES.find((s) => han.startsWith(s) && han.length > s.length) ?? han.charAt(0);
}

// "Lisa Wang (Finance)", "王伟【IT】": the note in brackets is not part of the name.
const NAME_NOTE_OPEN = chars(/[([（【]/);
const NAME_NOTE_CLOSE = chars(/[)\]）】]/);

function personKeys(p: Person): PersonKeys {
  const name = normalizeTerm(replaceBracketed(textOf(p.name), NAME_NOTE_OPEN, NAME_NOTE_CLOSE, " ", true));
  const local = normalizeTerm(textOf(p.address).split("@")[0] ?? "");
  const latin = new Set<string>([...(name.match(/[a-z]+/g) ?? []), ...(local.match(/[a-z]+/g) ?? [])]);
  const hanNames = name.match(HAN_RUN) ?? [];
  const latinNames = [name.replace(/'/g, "").match(LATIN_WORD) ?? [], local.split(/[._]+/).filter((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w))];
  return { latin, local: local.replace(/[^a-z]/g, ""), hanNames, latinNames: latinNames.filter((words) => words.length > 0) };
}

function matchesLatinWord(word: string, k: PersonKeys): boolean {
  if (k.latin.has(word)) return true;
  // "lisa" in "lisaw@", "wang" in "lwang@".
  return word.length >= 3 && (k.local.startsWith(word) || k.local.endsWith(word));
}

type Match = "sure" | "spelling" | "no";

/** Does a greeted or mentioned name refer to this recipient, and how sure is that? */
function matches(rawName: string, k: PersonKeys): Match {
  const name = normalizeTerm(rawName).replace(EN_TITLES, "");
  if (!HAN.test(name)) {
    const words = name.match(/[a-z]+/g) ?? [];
    if (words.length > 0 && (words.every((w) => matchesLatinWord(w, k)) || k.latin.has(words.join("")))) return "sure";
    // "Hi Zhihao", "Dear Mr. Lin" to 林志豪 <lzh@…>: the spelling of the Chinese name.
    const written = name.replace(/'/g, "").match(LATIN_WORD) ?? [];
    const surnames = k.hanNames.map(surnameOf);
    return k.hanNames.some((n, i) => latinSpellsName(written, surnames[i], n.slice(surnames[i].length))) ? "spelling" : "no";
  }
  const han = (name.match(HAN_RUN) ?? [name])[0];
  // "婷婷", "阿婷": the given name's last character, doubled or after 阿, calls 周婷 or 王婷婷;
  // "雪姐", "磊哥" call 冯雪 and 曹磊 by it too (and "王姐" calls 王芳 by the surname, below).
  const given = /^([\u3400-\u9fff])\1$/.exec(han)?.[1] ?? /^阿([\u3400-\u9fff])$/.exec(han)?.[1] ?? /^([\u3400-\u9fff])(?:姐|哥)\1?$/.exec(han)?.[1] ?? /^([\u3400-\u9fff])(?:姐姐|哥哥)$/.exec(han)?.[1];
  if (given !== undefined && k.hanNames.some((n) => n.length >= 2 && n.endsWith(given))) return "sure";
  const titled = splitTitle(han);
  const surname = titled ?? surnameOf(han);
  if (titled !== undefined && k.hanNames.some((n) => n.startsWith(titled))) return "sure";
  if (titled === undefined && k.hanNames.some((n) => n === han || (n.length > han.length && (n.endsWith(han) || n.startsWith(han))))) return "sure";
  // Only a Latin display name to compare with: the surname's spelling is the best evidence.
  const spelled = (SURNAME_LATIN[surname] ?? []).some((s) => k.latin.has(s));
  if (spelled && (titled !== undefined || k.hanNames.length === 0)) return "spelling";
  // "志豪" (a given name) to "Zhihao Lin" or "Lin, Chih-hao", with no Chinese name to compare.
  const givenName = titled ?? han;
  return k.hanNames.length === 0 && givenName.length === 2 && k.latinNames.some((words) => givenNameSpelledBy(givenName, words)) ? "spelling" : "no";
}

/** "王经理" → "王", "小王" → "王"; undefined when the name carries no title. */
function splitTitle(han: string): string | undefined {
  const familiar = /^[小老]([\u3400-\u9fff])$/.exec(han);
  if (familiar && SURNAME_LATIN[familiar[1]]) return familiar[1];
  for (const title of ZH_TITLES) {
    if (han.endsWith(title) && han.length > title.length) {
      const surname = han.slice(0, han.length - title.length);
      if (surname.length <= 2) return surname;
    }
  }
  return undefined;
}

// ---- who the mail speaks to ----------------------------------------------------------

interface Candidate {
  kind: "greeting" | "mention";
  name: string;
  excerpt: string;
  start: number;
}

const EN_TITLES_CAPITAL = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Mister)\.?\s+/;
// The greeting shapes below are read only on lines of at most GREETING_LINE_MAX characters: a
// greeting is short, and on a long line their adjacent quantifiers would backtrack quadratically.
const GREETING_LINE_MAX = 200;
/* eslint-disable regexp/no-super-linear-backtracking -- bounded by GREETING_LINE_MAX */
const EN_GREETING = /^\s*(hi|hello|hey|dear|greetings|good (morning|afternoon|evening|day)|morning|afternoon|evening)\b[\s,]*(.{1,60}?)\s*(?:[,:;!.，：；！。]\s*)?$/;
const ZH_HELLO = /^\s*(尊敬的|亲爱的)?(.{1,24}?)[,，\s]*(你好|您好|早上好|上午好|下午好|晚上好|早安|好)(啊|呀)?[!！,，。.~～:：]*\s*$/;
const ZH_COLON = /^\s*(尊敬的|亲爱的)?(.{1,24}?)\s*[:：]\s*$/;
const ZH_DEAR = /^\s*(尊敬的|亲爱的)(.{1,24}?)\s*(?:[,，:：!！]\s*)?$/;
/* eslint-enable regexp/no-super-linear-backtracking */

/**
 * The names part of a greeting line, as [start, end) in the line, and whether every piece of
 * it must be a name ("王伟、李娜：" must; "Hi Anna, hope you are well" stops at "hope").
 */
function greetingNames(norm: string, inGreeting: boolean): [number, number, boolean] | undefined {
  if (norm.length > GREETING_LINE_MAX) return undefined;
  const shapes: Array<[RegExp, number, boolean]> = [[EN_GREETING, 3, false], [ZH_DEAR, 2, false], [ZH_HELLO, 2, true]];
  if (inGreeting) shapes.push([ZH_COLON, 2, true]);
  for (const [re, group, strict] of shapes) {
    const m = re.exec(norm);
    if (!m || m[group] === undefined) continue;
    const start = m[0].indexOf(m[group], m[1] === undefined ? 0 : m[1].length);
    return [start, start + m[group].length, strict];
  }
  return undefined;
}

/** "王伟、李娜：", as /^[^:：]+[、,，][^:：]+[:：]\s*$/ reads it: names with a separator inside, then the only colon. */
function isNameListWithColon(line: string): boolean {
  const colon = line.search(/[:：]/);
  if (colon < 3 || line.slice(colon + 1).trim() !== "") return false;
  return /[、,，]/.test(line.slice(1, colon - 1));
}

function greetedPeople(body: ParsedBody): Candidate[] {
  const first = body.prose[0];
  if (!first) return [];
  const out: Candidate[] = [];
  let offset = first.start;
  for (const [i, line] of first.text.split("\n").slice(0, 2).entries()) {
    const inGreeting = body.greeting !== undefined && offset >= body.greeting.start && offset < body.greeting.end;
    const span = greetingNames(normalize(line), inGreeting || (i === 0 && isNameListWithColon(line)));
    const names = span ? splitNames(line.slice(span[0], span[1]), offset + span[0], span[2]) : undefined;
    if (names) out.push(...names);
    else if (i === 0) break;
    offset += line.length + 1;
  }
  return out;
}

/**
 * "Lisa and Tom", "李总、王经理" → one candidate per person, groups dropped. A piece that is
 * neither a name nor a group ("Ryan, Shane wrote:") means the line is no greeting: undefined.
 */
function splitNames(part: string, start: number, strict: boolean): Candidate[] | undefined {
  const out: Candidate[] = [];
  const re = /[^,，、&/;；]+/g;
  for (const chunk of part.matchAll(re)) {
    // eslint-disable-next-line regexp/no-super-linear-move -- a greeting line of at most GREETING_LINE_MAX characters
    for (const piece of chunk[0].split(/\s+and\s+|\s+&\s*|&\s*|和|及|与/)) {
      const name = trimEndWhile(piece.trim(), NAME_TRAIL);
      if (name === "" || isGroup(name)) continue;
      if (!looksLikeName(name)) return strict ? undefined : out;
      out.push({ kind: "greeting", name, excerpt: name, start: start + (chunk.index ?? 0) + chunk[0].indexOf(name) });
    }
  }
  return out;
}

const NAME_TRAIL = chars(/[!！.。:：~～]/);

function looksLikeName(name: string): boolean {
  const norm = normalizeTerm(name);
  if (HAN.test(norm)) return /^[\u3400-\u9fff·]{2,5}$/.test(norm);
  // Latin names are capitalised words: "Lisa", "Mr. Smith", "Lisa Wang" (not "hope you are well").
  const words = name.replace(EN_TITLES_CAPITAL, "").split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[A-Z\uff21-\uff3a][A-Za-z\uff41-\uff5a'.-]*$/.test(w)) && !/^(mr|mrs|ms|dr|prof)\.?$/.test(norm);
}

// A mention is "@" after a space or punctuation, then a capitalised name (not "@ARGV", not
// "*@yahoo.com") or Chinese characters.
const MENTION = /(^|[\s(（,，、:：;；])@((?:[A-Z][a-z][A-Za-z'-]*|[A-Z](?=\s))(?:\.? [A-Z][A-Za-z'-]+)?(?![.@][a-z]|[\w/@])|[\u3400-\u9fff·]{2,})/g;

function mentionedPeople(body: ParsedBody): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of body.prose) {
    for (const m of segment.text.matchAll(MENTION)) {
      const name = mentionName(m[2]);
      if (name === "" || isGroupWord(name)) continue;
      const at = segment.start + (m.index ?? 0) + m[1].length;
      out.push({ kind: "mention", name, excerpt: `@${name}`, start: at });
    }
  }
  return out;
}

function mentionName(raw: string): string {
  if (HAN.test(raw)) {
    if (raw.length <= 3) return raw;
    return ZH_AFTER_NAME.includes(raw.charAt(2)) ? raw.slice(0, 2) : raw.slice(0, 3);
  }
  const [first, second] = raw.split(/\s+/);
  return second && !NOT_NAME_WORDS.has(second.toLowerCase()) ? `${first} ${second}` : first.replace(/\.$/, "");
}

/** Outlook's mention markup: <a href="mailto:lisa.wang@contoso.com">@Lisa Wang</a>. */
function mentionAddresses(body: ItemBody): Map<string, string> {
  const map = new Map<string, string>();
  if (body.contentType !== "html") return map;
  const re = /<a\b[^>]*href\s*=\s*["']mailto:([^"'?]+)(?:\?[^"']*)?["'][^>]*>([\s\S]{0,200}?)<\/a>/gi;
  for (const m of body.content.matchAll(re)) {
    // eslint-disable-next-line regexp/no-super-linear-move -- the link text is at most 200 characters
    const text = m[2].replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
    if (text.startsWith("@")) map.set(normalizeTerm(mentionName(text.slice(1))), decodeURIComponent(m[1]).trim());
  }
  return map;
}
