import { defineRule } from "../../rule";
import { isPleasantry, statesPurpose } from "../../text/intent";
import { proseLang } from "../../lexicon/match";
import { isReplySubject } from "../../text/minutes";
import { greetingLength, type Segment } from "../../text/segment";
import { readingWeight, sentencesOf, type Sentence } from "../../text/sentences";
import { isNameLine } from "../../text/signature";
import type { Lang } from "../../types";
import { chars, joinLines, trimEndWhile } from "../../text/trim";

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
  /** `pleasantry`: says nothing yet (a pleasantry, a banner, a greeting); `courtesy`: a pleasantry proper. */
  sentences: Array<Sentence & { norm: string; pleasantry: boolean; courtesy: boolean }>;
}

// A classification banner above the greeting ("Internal only", "机密", "[External]"), or an
// address line such as WeCom's "@所有人": neither says anything yet.
const BANNER = /^(\[[^\]]*\]|(strictly )?(private (and |& )?)?confidential|(for )?internal( use)?( only)?|restricted|external|内部(资料|文件|使用)?|仅限内部|机密|保密|绝密|秘密|@(所有人|全体成员|all|everyone|channel))$/;

const ADDRESSES_ONLY = /[,:]$|^(hi|hello|hey|dear)\b/;

/** A banner or an address line, or a greeting the segmenter left in the prose (only where a mail opens). */
function isBannerOrGreeting(text: string, norm: string, opensMail: boolean): boolean {
  const line = core(norm);
  if (BANNER.test(line)) return true;
  if (!opensMail) return false;
  if (line !== "" && greetingLength(norm.trim()) === norm.trim().length) return true;
  return text.length <= 40 && !/[a-z\u3400-\u9fff]/.test(text);
}

const BANNER_TRAIL = chars(/[\s.!:：。！]/);

function core(norm: string): string {
  return trimEndWhile(norm.trim(), BANNER_TRAIL);
}

/**
 * The paragraphs judged in order, as far as the rule needs them: once LONG_MAIL_SENTENCES
 * sentences say something (so the opening one is among them), the rest cannot change the
 * verdict, and a long mail is not read to its end sentence by sentence.
 */
function judgeOpening(paragraphs: readonly Segment[], ownNorm: string): { judged: Judged[]; substantive: number } {
  // A greeting can only stand before the first sentence that says something.
  let opening = true;
  let substantive = 0;
  const judged: Judged[] = [];
  for (const segment of paragraphs) {
    const sentences = sentencesOf(segment).map((s) => {
      // Normalising keeps offsets: the sentence's normal form is already in the body's.
      const norm = ownNorm.slice(s.start, s.end);
      const greetingOrBanner = isBannerOrGreeting(s.text, norm, opening);
      // "大家辛苦了！" reads as a greeting too, but it is a pleasantry; "Hi everyone," only greets.
      const courtesy = isPleasantry(norm) && !(greetingOrBanner && ADDRESSES_ONLY.test(norm.trim()));
      const pleasantry = courtesy || greetingOrBanner;
      if (!pleasantry) opening = false;
      return { text: s.text, start: s.start, end: s.end, norm, pleasantry, courtesy };
    });
    judged.push({ segment, sentences });
    substantive += sentences.filter((s) => !s.pleasantry).length;
    if (substantive >= LONG_MAIL_SENTENCES) break;
  }
  return { judged, substantive };
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
    // The writer's name under the prose ("杨帆") is no sentence of the mail.
    const segments = body.paragraphs.filter((p) => !isNameLine(body.ownNorm.slice(p.start, p.end).trim()));
    const { judged: paragraphs, substantive } = judgeOpening(segments, body.ownNorm);
    if (substantive < SHORT_MAIL_SENTENCES) return [];

    const first = paragraphs[0];
    const openingIndex = paragraphs.findIndex((p) => p.sentences.some((s) => !s.pleasantry));
    const opening = paragraphs[openingIndex];
    if (opening.sentences.some((s) => !s.pleasantry && statesPurpose(s.norm))) return [];

    // Pleasantries first, whether the background after them is in the same paragraph or the next.
    const before = [...paragraphs.slice(0, openingIndex).flatMap((p) => p.sentences), ...opening.sentences.slice(0, opening.sentences.findIndex((x) => !x.pleasantry))];
    const pleasantryFirst = before.some((x) => x.courtesy);
    // A reply answers the thread: "I checked SQL02 this morning. The job failed because…" is
    // its purpose. Only a reply that opens with nothing but pleasantries is judged.
    if (!pleasantryFirst && isReplySubject(subject)) return [];
    const weight = segments.reduce((sum, p) => sum + readingWeight(p.text), 0);
    // Background alone is how many short mails start ("The printer on 3F is out of toner.
    // Can you order one?"); only a long mail with no purpose up front loses its reader.
    if (!pleasantryFirst && (weight < LONG_MAIL_WEIGHT || substantive < LONG_MAIL_SENTENCES)) return [];
    if (pleasantryFirst && weight < PLEASANTRY_MAIL_WEIGHT) return [];

    const lang = proseLang(body);
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
