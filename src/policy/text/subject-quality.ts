import type { Policy } from "../config";
import { normalizeTerm } from "./normalize";
import type { SubjectInfo } from "./subject";
import { perPolicy } from "../lexicon/per-policy";
import { DIGIT, LETTER } from "./letters";

// Whether a subject says what the item is about (§2.2.2). Shared by mail/subject-specific and
// meeting/subject-specific, so it returns a problem as data and leaves the wording to the rule.

export type SubjectProblem =
  /** Only generic words ("Question", "请查收", "Quick question", "一个问题"). */
  | { kind: "vague"; data: { subject: string } }
  /** Too few characters to name a topic (CJK characters count double). */
  | { kind: "tooShort"; data: { subject: string; length: number; min: number } }
  /** Written in capitals that are words, not acronyms ("URGENT PLEASE READ"). */
  | { kind: "shouting"; data: { subject: string; words: string } }
  /** A run of three or more exclamation or question marks ("宕机了!!!", "WHY???", "?!?!"). */
  | { kind: "shoutingMarks"; data: { subject: string; marks: string } };

// Words that name no topic on their own. Written normalised: Simplified, lower case.
const GENERIC_TERMS = [
  // English
  "hi", "hello", "hey", "dear", "greetings", "good morning", "good afternoon", "question", "questions",
  "query", "inquiry", "enquiry", "update", "updates", "status", "fyi", "help", "urgent", "important",
  "asap", "test", "testing", "info", "information", "request", "issue", "issues", "problem", "problems",
  "follow up", "follow-up", "followup", "reminder", "notice", "notification", "announcement", "news",
  "thanks", "thank you", "meeting", "file", "files", "document", "documents", "doc", "docs", "report",
  "attachment", "attachments", "attached", "action required", "todo", "to do", "misc", "stuff",
  "something", "check", "review", "approval", "confirm", "confirmation", "need help", "hello there",
  // The follow-up and checking-in family: says that the writer is waiting, not on what.
  "checking in", "check in", "check-in", "following up", "follow-up on", "circling back", "circle back",
  "touching base", "touch base", "just checking", "ping", "bump", "chasing", "nudge",
  // Pointers at a topic the subject never names.
  "as discussed", "as agreed", "as promised", "as requested", "as mentioned", "per our discussion",
  "per our conversation", "per our call", "per my last email", "our call", "our conversation", "our chat",
  "what we discussed", "the thing we discussed",
  // Closing formulas and pointers at the body typed as the whole subject ("Best", "See below").
  "regards", "thanks in advance", "thank you in advance", "many thanks", "best wishes", "cheers", "best",
  "advise", "below", "as per subject", "per subject", "as titled", "as per title", "as above", "as below",
  // Progress checks that name no work: "Progress check", "ETA?", "Where are we on this?".
  "progress", "eta", "where are we", "how is it going",
  // Chinese (Traditional folds to these)
  "你好", "您好", "大家好", "各位好", "请查收", "查收", "通知", "问题", "资料", "文件", "汇报", "报告",
  "更新", "紧急", "重要", "帮忙", "求助", "请教", "咨询", "测试", "附件", "信息", "消息", "事情", "事项",
  "提醒", "确认", "请确认", "回复", "申请", "审批", "请审批", "材料", "请阅", "知悉", "请知悉", "会议",
  "急", "急件", "邮件", "谢谢", "感谢", "跟进", "请回复", "帮助", "事", "协助", "请协助",
  // Closing formulas (公文 and letter endings, 谢谢配合) as the whole subject.
  "此致", "敬礼", "此致敬礼", "顺颂商祺", "顺颂", "商祺", "辛苦了", "辛苦", "多谢", "拜托",
  "时祺", "顺祝", "敬祝", "祝好", "公告", "通告", "函告", "查照", "周知", "如题", "如上",
  // Hong Kong Cantonese thanks, asks and acknowledgements as the whole subject (唔該, 麻煩晒, 收到,
  // 幫手, 想問下), and the Taiwan letter's salutation and "please spare the time" alone (敬啟者, 敬請撥冗).
  "唔该", "唔该晒", "多谢晒", "麻烦晒", "收到", "帮手", "问下", "想问下", "请问", "敬启者", "拨冗", "敬请拨冗",
  // Pointers at the body or the attachment with nothing named: 见附件, 详见内文, 请参阅.
  "见附件", "见下文", "见内文", "见正文", "如下", "查阅", "参阅",
  // Progress checks that say the writer is waiting, not on what: 进度确认, 进展如何, 目前情况.
  "进度", "进展", "近况", "动态", "情况",
];

// Words that add nothing to a generic word: "a quick question", "一个小问题", "please check".
const FILLER_TERMS = [
  "a", "an", "the", "quick", "small", "short", "little", "some", "one", "my", "our", "your", "please",
  "pls", "plz", "kindly", "read", "see", "look", "have", "i", "we", "you", "re", "about", "regarding",
  "for", "from", "to", "this", "that", "here", "is", "are", "again", "another", "new", "latest",
  "very", "super", "and", "on", "of", "up", "all", "team", "everyone", "there", "required", "needed",
  "need", "now", "today", "asap", "any", "gentle", "friendly", "just", "kind", "warm", "warmest",
  "with", "in", "back", "so", "far", "last", "week", "earlier",
  "what", "whats", "s", "current", "where",
  // The sender's department as a tag adds no topic: "[IT] 通知", "IT Update", "【IT】請知悉".
  "it",
  "一个", "一些", "几个", "个", "一下", "下", "一", "请", "麻烦", "关于", "的", "有", "小", "点", "相关",
  "您", "你", "我", "我们", "是", "了", "啊", "吗", "呢", "哈", "呀", "工作", "新", "最新", "非常",
  "很", "特别", "再次", "重要", "紧急", "大家", "各位", "请大家", "一封", "看", "看看", "配合", "支持",
  // Cantonese pronouns and particles: "唔該晒你哋", "收到，多謝" add no topic either.
  "你哋", "我哋", "嘅", "咗", "啦", "呀", "喇",
  // A pointer back in time or at "that thing" without naming it: 上次说的那个事, 剛剛電話中說的事.
  "上次", "之前", "前面", "刚才", "刚刚", "昨天", "电话中", "电话里", "电话上", "说的", "提到的", "讨论的",
  "聊的", "讲的", "说过的", "那个", "那件", "这个", "这件", "有关",
  // Words that only lead into a formula or a pointer: 特此通知, 敬请周知, 详见附件.
  "特此", "敬请", "详",
  // How a progress check is put around 进度 / 进展: 想跟您确认一下目前的进度, 进展如何.
  "想", "跟", "向", "和", "目前", "现在", "当前", "如何", "怎么样", "怎样",
];

// Capitalised words that are codes or acronyms, not shouting, although they have four or more
// letters or read like words.
const ACRONYMS = new Set([
  "asap", "json", "yaml", "html", "http", "https", "saml", "oauth", "okta", "jira", "unix", "linux",
  "bios", "uefi", "raid", "ajax", "soap", "rest", "capex", "opex", "ebitda", "gdpr", "hipaa", "itsm",
  "itil", "saas", "paas", "iaas", "wifi", "wlan", "vlan", "dhcp", "apac", "emea", "amer", "latam",
  "nasa", "ipad", "sftp", "ldap", "smtp", "imap", "ntlm", "cobol", "mysql", "nosql", "scrum", "agile",
  "devops", "sap", "erp", "crm", "prod", "uat", "ssd", "nvme", "ocr", "ipo", "nato", "unesco", "covid",
  "fyi", "ooo", "okr", "okrs", "kpi", "kpis", "todo",
]);

// Short words that shout when capitalised ("PLEASE READ NOW", "WHY IS IT DOWN").
const SHOUTED_SHORT_WORDS = new Set(["the", "and", "for", "you", "now", "all", "not", "are", "why", "how", "can", "get", "out", "new", "asap"]);

/** A capitalised word that is a known acronym or code, not shouting ("OKR", "JSON", "ASAP"). */
export function isKnownAcronym(word: string): boolean {
  return ACRONYMS.has(word.toLowerCase().replace(/'s$/, ""));
}

interface Term {
  text: string;
  generic: boolean;
}

const NOT_WORD = new RegExp(`[^${LETTER}${DIGIT}-]+`, "gu");
const WORD_CHAR = new RegExp(`[${LETTER}${DIGIT}]`, "u");

/** A run of hyphens at the start or end of a word ("-v2", "a--") is a space; inside one it stays. */
function hyphenRunAtEdge(run: string, at: number, text: string): string {
  const before = at === 0 ? " " : text[at - 1];
  const after = at + run.length === text.length ? " " : text[at + run.length];
  return before === " " || after === " " ? " " : run;
}

/** Lower case, Simplified, half-width; every run of punctuation or space becomes one space. */
function compact(text: string): string {
  return normalizeTerm(text).replace(NOT_WORD, " ").replace(/-+/g, hyphenRunAtEdge).replace(/\s+/g, " ").trim();
}

function termsFor(policy: Policy): Term[] {
  const tenant = policy.lexicon.vagueSubjects.map(compact).filter((t) => t !== "");
  const all: Term[] = [
    ...GENERIC_TERMS.map((text) => ({ text, generic: true })),
    ...tenant.map((text) => ({ text, generic: true })),
    ...FILLER_TERMS.map((text) => ({ text, generic: false })),
  ];
  // Longest first so that "请查收" wins over "请" + "查收" (both would be fine) and "follow up" over "follow".
  return all.sort((a, b) => b.text.length - a.text.length);
}

const preparedTerms = perPolicy(termsFor);

const LATIN_OR_DIGIT = /[a-z0-9]/;

function fitsAt(s: string, i: number, term: string): boolean {
  if (!s.startsWith(term, i)) return false;
  const end = i + term.length;
  // Latin words need a word boundary; CJK terms match inside a run.
  if (LATIN_OR_DIGIT.test(term[term.length - 1]) && end < s.length && LATIN_OR_DIGIT.test(s[end])) return false;
  if (LATIN_OR_DIGIT.test(term[0]) && i > 0 && LATIN_OR_DIGIT.test(s[i - 1])) return false;
  return true;
}

/** True when the whole text is made of generic and filler terms, with at least one generic. */
function onlyGenericWords(s: string, terms: Term[]): boolean {
  const memo = new Map<string, boolean>();
  const consume = (i: number, sawGeneric: boolean): boolean => {
    while (i < s.length && s[i] === " ") i++;
    if (i >= s.length) return sawGeneric;
    const key = `${i}:${sawGeneric}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = false;
    for (const term of terms) {
      if (fitsAt(s, i, term.text) && consume(i + term.text.length, sawGeneric || term.generic)) {
        ok = true;
        break;
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return s !== "" && consume(0, false);
}

function isCjkChar(ch: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/.test(ch);
}

/** Letters and digits, a CJK character counting double (it carries about a word's worth). */
export function subjectLength(text: string): number {
  let length = 0;
  for (const ch of text) {
    if (isCjkChar(ch)) length += 2;
    else if (WORD_CHAR.test(ch)) length += 1;
  }
  return length;
}

const SUBJECT_WORD = /[A-Za-z][\w'-]*/g;

/** Capitalised words that are not acronyms or codes. */
function shoutedWords(subject: string): string[] {
  const words = subject.match(SUBJECT_WORD) ?? [];
  return words.filter((word) => {
    // Codes and constants (PO-2231, MAX_RETRY_COUNT, LOG_LEVEL) are names, not shouting.
    if (/[a-z0-9_-]/.test(word)) return false;
    const lower = word.toLowerCase().replace(/'s$/, "");
    if (ACRONYMS.has(lower)) return false;
    if (SHOUTED_SHORT_WORDS.has(lower)) return true;
    return lower.length >= 4;
  });
}

/**
 * Shouting when capitals make up most of the words ("URGENT PLEASE READ", "SERVER IS DOWN
 * AGAIN"); a conventional tag in front of a normal subject ("ACTION REQUIRED: Complete the
 * security training by 30 Nov") is not.
 */
export function isShouting(subject: string): string[] | null {
  const shouted = shoutedWords(subject);
  if (shouted.length < 2) return null;
  const words = (subject.match(SUBJECT_WORD) ?? []).filter((w) => w.length >= 2 && !isKnownAcronym(w));
  return shouted.length >= words.length * 0.6 ? shouted : null;
}

// How many marks each character counts for: "‼" is two typed as one. Full-width forms are what
// Chinese input methods type, so they count as the ASCII ones do.
const MARK_WEIGHT: ReadonlyMap<string, number> = new Map([
  ["!", 1], ["！", 1], ["?", 1], ["？", 1], ["❗", 1], ["❕", 1], ["❓", 1], ["❔", 1],
  ["‼", 2], ["⁇", 2], ["⁈", 2], ["⁉", 2],
]);

/**
 * The first run of three or more "!" / "?" (spaces between them do not break it), as written,
 * or null. One mark is ordinary ("Can we move the review to Friday?", "紧急！服务器宕机"); three
 * is raising the voice, whatever the words say.
 */
export function shoutedMarks(subject: string): string | null {
  let start = -1;
  let end = -1;
  let weight = 0;
  for (let i = 0; i <= subject.length; i++) {
    const w = i < subject.length ? MARK_WEIGHT.get(subject[i]) : undefined;
    if (w !== undefined) {
      if (start < 0) start = i;
      end = i + 1;
      weight += w;
    } else if (start >= 0 && (subject[i] === " " || subject[i] === "\u3000")) {
      continue;
    } else {
      if (weight >= 3) return subject.slice(start, end);
      start = -1;
      weight = 0;
    }
  }
  return null;
}

// "Hi Lisa", "Dear Mr. Lin", "王经理您好", "Lisa 你好": a greeting and a name say nothing of the topic.
const GREETING_TO_NAME = [
  /^(?:[Hh]i|HI|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))[\s,]+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)?[\s,!.~]*$/,
  /^(?:[A-Z][A-Za-z'-]*\s*|[\u4e00-\u9fff]{1,4}[,，\s]*)(?:你好|您好|妳好)[!！~～。.]*$/,
  /^(?:你好|您好|妳好)[,，!！\s]*(?:[A-Z][A-Za-z'-]*|[\u4e00-\u9fff]{1,4})[!！~～。.]*$/,
];

function isGreetingToName(subject: string): boolean {
  return GREETING_TO_NAME.some((re) => re.test(subject.trim()));
}

/**
 * The one problem of a subject that makes it fail §2.2.2, or null when it says what the item
 * is about. An empty subject is not judged here (mail/subject-present reports it). Shouting
 * (capitals, then runs of marks) is reported first (it is what the reader sees first), then
 * vagueness, then length.
 */
export function judgeSubject(subject: SubjectInfo, policy: Policy): SubjectProblem | null {
  const text = subject.stripped;
  if (text === "") return null;
  const shouted = isShouting(text);
  if (shouted) return { kind: "shouting", data: { subject: text, words: shouted.join(" ") } };
  // Marks and nothing else is what a failed charset turns a subject into ("????"), not a raised voice.
  const marks = WORD_CHAR.test(text) ? shoutedMarks(text) : null;
  if (marks) return { kind: "shoutingMarks", data: { subject: text, marks } };
  if (onlyGenericWords(compact(text), preparedTerms(policy)) || isGreetingToName(text)) return { kind: "vague", data: { subject: text } };
  const length = subjectLength(text);
  const min = policy.mail.minSubjectChars;
  if (length < min) return { kind: "tooShort", data: { subject: text, length, min } };
  return null;
}
