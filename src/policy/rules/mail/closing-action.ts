import { defineRule } from "../../rule";
import { isRequest, saysNoActionNeeded, thanksOrCongratulates } from "../../text/intent";
import { isReplySubject } from "../../text/minutes";
import { proseLang } from "../../lexicon/match";
import { normalize } from "../../text/normalize";
import type { Segment } from "../../text/segment";
import { sentencesOf } from "../../text/sentences";
import type { Lang } from "../../types";
import { joinLines } from "../../text/trim";

// §2.2.3: the mail ends with what the sender wants from the reader, or says that nothing is
// needed. Judged on the last one or two paragraphs before the sign-off; a short mail (an
// acknowledgement, a one-line answer) is not judged, and a one-line request passes anyway.

/** One paragraph of at most this many sentences is an acknowledgement or a short answer. */
const SHORT_MAIL_SENTENCES = 2;
/** A reply in a thread of at most this many sentences answers it (what was done, what was found). */
const SHORT_REPLY_SENTENCES = 3;
/** A thank-you or congratulations mail of at most this many sentences asks nothing. */
const THANKS_MAIL_SENTENCES = 5;
/** "Thanks for the report. Two things are missing, though": the thanks only leads into the point. */
const TURN = /\b(but|however|though|although|unfortunately)\b|不过|但是|可是|然而|遗憾/;
/**
 * A subject that is itself a repair request ("【报修】会议室投影仪", "報修：印表機卡紙", "Repair
 * request: 3F printer"): what the sender wants is the repair, whatever the last line says.
 * 报修 must be the subject's label: "報修進度更新" reports on a repair and is judged.
 */
const REPAIR_REQUEST_SUBJECT = /^[\[【(]?\s*(报修|请修|repair request)([\s\]】):\-]|$)/;
/** The end of a mail: its last paragraphs. */
const TAIL_PARAGRAPHS = 2;

const REPLY_BY: Record<Lang, string> = {
  "zh-CN": "请于__前回复。",
  "zh-TW": "請於__前回覆。",
  en: "Please reply by __.",
};

const NO_ACTION: Record<Lang, string> = {
  "zh-CN": "仅供参考，无需回复。",
  "zh-TW": "僅供參考，無需回覆。",
  en: "FYI only, no reply needed.",
};

/** A bare name or team left under the prose when no sign-off was recognised ("李娜", "IT Service Desk"). */
function isNameLine(segment: Segment): boolean {
  const text = segment.text.trim();
  if (text.includes("\n") || text.length > 24 || /[。.!?！？,，:：;；]/.test(text)) return false;
  return text.split(/\s+/).length <= 3;
}

/** Opens with thanks or congratulations and never turns to a problem. */
function isThanksMail(paragraphs: readonly Segment[]): boolean {
  const opening = sentencesOf(paragraphs[0])[0];
  if (!opening || !thanksOrCongratulates(normalize(opening.text))) return false;
  return !paragraphs.some((p) => TURN.test(normalize(p.text)));
}

function flat(text: string, max = 100): string {
  const one = joinLines(text).trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

export default defineRule({
  id: "mail/closing-action",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "The mail ends with the action or reply wanted from the recipient, or says none is needed.",
    "zh-CN": "邮件结尾须写明希望对方采取的行动或回复，或说明无需处理。",
    "zh-TW": "郵件結尾須寫明希望對方採取的行動或回覆，或說明無需處理。",
  },
  messages: {
    noAction: {
      en: "The mail does not end with what you need from the recipient (\"{{excerpt}}\"). Say what they should do or reply, and by when, or that no action is needed.",
      "zh-CN": "邮件结尾（“{{excerpt}}”）没有写明需要对方做什么。请写明希望对方采取的行动或回复及期限，或说明无需处理。",
      "zh-TW": "郵件結尾（「{{excerpt}}」）沒有寫明需要對方做什麼。請寫明希望對方採取的行動或回覆及期限，或說明無需處理。",
    },
    insertReplyBy: {
      en: "Insert a reply-by line before the sign-off",
      "zh-CN": "在落款前插入一行回复期限",
      "zh-TW": "在署名前插入一行回覆期限",
    },
    insertNoAction: {
      en: "Insert \"no reply needed\" before the sign-off",
      "zh-CN": "在落款前插入“无需回复”",
      "zh-TW": "在署名前插入「無需回覆」",
    },
  },
  requires: ["body"],
  check({ body, subject }) {
    const paragraphs = [...body.paragraphs];
    while (paragraphs.length > 1 && isNameLine(paragraphs[paragraphs.length - 1])) paragraphs.pop();
    // Counted only when a verdict needs it: splitting a long mail into sentences to learn it
    // has more than a few was a large part of this rule's time.
    let sentences: number | undefined;
    const sentenceCount = (): number => (sentences ??= paragraphs.flatMap(sentencesOf).length);
    if (paragraphs.length <= 1 && sentenceCount() <= SHORT_MAIL_SENTENCES) return [];
    // A short reply ("Done. The disk was full; I freed 200 GB and re-ran it.") answers the
    // request in the thread: the reader needs nothing more.
    if (isReplySubject(subject) && (paragraphs.length <= 1 || sentenceCount() <= SHORT_REPLY_SENTENCES)) return [];

    // "Thank you for covering on Saturday. … Enjoy the long weekend!": the thanks is the point.
    if (REPAIR_REQUEST_SUBJECT.test(subject.norm)) return [];
    if (isThanksMail(paragraphs) && sentenceCount() <= THANKS_MAIL_SENTENCES) return [];

    const tail = paragraphs.slice(-TAIL_PARAGRAPHS);
    // "Thanks in advance for your help" in the sign-off refers to the request made above it.
    const closing = body.signoff ? [...tail, body.signoff] : tail;
    const tailSentences = closing.flatMap(sentencesOf).map((s) => normalize(s.text));
    if (tailSentences.some((s) => isRequest(s) || saysNoActionNeeded(s))) return [];

    const last = tail[tail.length - 1];
    const excerpt = flat(last.text);
    const lang = proseLang(body);
    return [
      {
        messageId: "noAction",
        data: { excerpt },
        location: { field: "body", excerpt, start: last.start, end: last.end },
        suggestions: [
          { messageId: "insertReplyBy", fix: { kind: "insertText", place: "beforeSignoff", text: REPLY_BY[lang] } },
          { messageId: "insertNoAction", fix: { kind: "insertText", place: "beforeSignoff", text: NO_ACTION[lang] } },
        ],
      },
    ];
  },
});
