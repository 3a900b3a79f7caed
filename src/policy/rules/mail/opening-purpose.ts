import { defineRule } from "../../rule";
import { isPleasantry, statesPurpose } from "../../text/intent";
import { detectDraftLang } from "../../text/lang-detect";
import { isReplySubject } from "../../text/minutes";
import { normalize } from "../../text/normalize";
import { greetingLength, type Segment } from "../../text/segment";
import { readingWeight, sentencesOf, type Sentence } from "../../text/sentences";
import type { Lang } from "../../types";
import { joinLines } from "../../text/trim";

// §2.2.3: the mail opens with its purpose. People open a mail in many ways ("Following up
// on…", "现将…", a question, "The report is ready"), so the rule is tolerant: it only speaks
// when the opening is pure pleasantry, or pure background in a mail long enough for the
// reader to get lost, and never on a short mail.

// A mail with fewer substantive sentences than this shows its point at once. Background
// without a purpose only loses the reader in a mail of some length (reading weight: a CJK
// character counts 2, a Latin letter 1, so 200 is about 40 English words or 100 汉字).
const SHORT_MAIL_SENTENCES = 3;
const LONG_MAIL_SENTENCES = 4;
const LONG_MAIL_WEIGHT = 200;
const PLEASANTRY_MAIL_WEIGHT = 150;

const PURPOSE_LINE: Record<Lang, string> = {
  "zh-CN": "本邮件的目的是：",
  "zh-TW": "本郵件的目的是：",
  en: "I am writing to ",
};

interface Judged {
  segment: Segment;
  sentences: Array<Sentence & { norm: string; pleasantry: boolean }>;
}

/** A banner above the greeting ("INTERNAL USE ONLY", "[External]") or a greeting the segmenter left in the prose. */
function isBannerOrGreeting(text: string, norm: string): boolean {
  const line = norm.trim();
  if (line !== "" && greetingLength(line) === line.length) return true;
  return text.length <= 40 && (/^\[[^\]]*\]$/.test(text.trim()) || !/[a-z\u3400-\u9fff]/.test(text));
}

function judgeParagraphs(paragraphs: readonly Segment[]): Judged[] {
  return paragraphs.map((segment) => ({
    segment,
    sentences: sentencesOf(segment).map((s) => {
      const norm = normalize(s.text);
      return { ...s, norm, pleasantry: isPleasantry(norm) || isBannerOrGreeting(s.text, norm) };
    }),
  }));
}

function excerptOf(text: string, max = 120): string {
  const flat = joinLines(text).trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export default defineRule({
  id: "mail/opening-purpose",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "The first paragraph says why the mail is written.",
    "zh-CN": "正文开头须说明写信目的。",
    "zh-TW": "正文開頭須說明寫信目的。",
  },
  messages: {
    pleasantryOnly: {
      en: "The mail opens with pleasantries (\"{{excerpt}}\") but does not say why it is written. Say the purpose in the first lines.",
      "zh-CN": "邮件开头只有寒暄（“{{excerpt}}”），没有说明写信目的。请在开头几行写明目的。",
      "zh-TW": "郵件開頭只有寒暄（「{{excerpt}}」），沒有說明寫信目的。請在開頭幾行寫明目的。",
    },
    noPurpose: {
      en: "The first paragraph (\"{{excerpt}}\") gives background but not the purpose of the mail. Start with why you are writing, then give the details.",
      "zh-CN": "第一段（“{{excerpt}}”）只有背景，没有说明写信目的。请先写目的，再写细节。",
      "zh-TW": "第一段（「{{excerpt}}」）只有背景，沒有說明寫信目的。請先寫目的，再寫細節。",
    },
    insertPurpose: {
      en: "Insert a purpose line after the greeting",
      "zh-CN": "在称呼后插入一行写信目的",
      "zh-TW": "在稱呼後插入一行寫信目的",
    },
  },
  requires: ["body"],
  check({ body, subject }) {
    const paragraphs = judgeParagraphs(body.paragraphs);
    const substantive = paragraphs.flatMap((p) => p.sentences.filter((s) => !s.pleasantry));
    if (substantive.length < SHORT_MAIL_SENTENCES) return [];

    const first = paragraphs[0];
    const openingIndex = paragraphs.findIndex((p) => p.sentences.some((s) => !s.pleasantry));
    const opening = paragraphs[openingIndex];
    if (opening.sentences.some((s) => !s.pleasantry && statesPurpose(s.norm))) return [];

    const pleasantryFirst = openingIndex > 0;
    // A reply answers the thread: "I checked SQL02 this morning. The job failed because…" is
    // its purpose. Only a reply that opens with nothing but pleasantries is judged.
    if (!pleasantryFirst && isReplySubject(subject)) return [];
    const weight = paragraphs.reduce((sum, p) => sum + readingWeight(p.segment.text), 0);
    // Background alone is how many short mails start ("The printer on 3F is out of toner.
    // Can you order one?"); only a long mail with no purpose up front loses its reader.
    if (!pleasantryFirst && (weight < LONG_MAIL_WEIGHT || substantive.length < LONG_MAIL_SENTENCES)) return [];
    if (pleasantryFirst && weight < PLEASANTRY_MAIL_WEIGHT) return [];

    const lang = detectDraftLang(body.prose.map((s) => s.text).join("\n"));
    const lead = opening.sentences.find((s) => !s.pleasantry) ?? opening.sentences[0];
    const excerptSource: Sentence | Segment = pleasantryFirst ? first.segment : lead;
    const excerpt = excerptOf(excerptSource.text);
    return [
      {
        messageId: pleasantryFirst ? "pleasantryOnly" : "noPurpose",
        data: { excerpt },
        location: { field: "body", excerpt, start: excerptSource.start, end: excerptSource.end },
        suggestions: [{ messageId: "insertPurpose", fix: { kind: "insertText", place: "afterGreeting", text: PURPOSE_LINE[lang] } }],
      },
    ];
  },
});
