import { defineRule } from "../../rule";
import type { ParsedBody } from "../../text/segment";
import { missingPartsReport } from "../../missing-parts";
import { findMinutesParts, isMinutesSubject, isReplySubject, MINUTES_PART_NAMES, minutesText } from "../../text/minutes";
import type { Attachment } from "../../types";

// §2.3.4: minutes record the discussion, the consensus, the decisions and who does what by
// when. A reply to the minutes ("收到，谢谢") is not minutes; minutes sent as an attached
// document or a shared notebook are out of the add-in's sight and are not judged.

const MINUTES_FILE = /纪要|记录|minutes|notes|\bmom\b|recap|summary|总结/;
const DOCUMENT_FILE = /\.(docx?|pdf|xlsx?|pptx?|one|md|txt|rtf|odt|pages)$/;
const MENTIONS_ATTACHMENT = /附件|附档|见附|请查收|attached|attachment|enclosed|please find/;
const NOTEBOOK_LINK = /sharepoint\.com|onedrive|1drv\.ms|onenote|loop\.microsoft|loop\.cloud|docs\.qq\.com|feishu|larksuite|notion\.so|confluence|wiki/;

function minutesElsewhere(attachments: readonly Attachment[], body: ParsedBody, prose: string): boolean {
  const files = attachments.filter((a) => !a.isInline).map((a) => String(a.name ?? "").toLowerCase());
  if (files.some((name) => MINUTES_FILE.test(name))) return true;
  if (files.some((name) => DOCUMENT_FILE.test(name)) && MENTIONS_ATTACHMENT.test(prose)) return true;
  return body.links.some((link) => NOTEBOOK_LINK.test(link.toLowerCase())) && /纪要|记录|minutes|notes|链接|link|onenote|loop/.test(prose);
}

export default defineRule({
  id: "mail/minutes-content",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.3.4",
  description: {
    en: "Minutes record the discussion, the consensus, the decisions and the owners with their tasks.",
    "zh-CN": "会议纪要应记录讨论内容、达成的共识、决定事项及负责人与任务。",
    "zh-TW": "會議紀要應記錄討論內容、達成的共識、決定事項及負責人與任務。",
  },
  messages: {
    missingParts: {
      en: "These minutes do not record {{missingText}}.",
      "zh-CN": "这份会议纪要缺少：{{missingText}}。",
      "zh-TW": "這份會議紀要缺少：{{missingText}}。",
    },
    insertTemplate: {
      en: "Insert the minutes template",
      "zh-CN": "插入会议纪要模板",
      "zh-TW": "插入會議紀要範本",
    },
  },
  check({ draft, subject, body }) {
    const linked = draft.minutesOf !== undefined;
    if (!linked && (!isMinutesSubject(subject) || isReplySubject(subject))) return [];
    const forwarded = subject.prefixes.length > 0 && !isReplySubject(subject);
    const text = minutesText(body, forwarded);
    if (minutesElsewhere(draft.attachments ?? [], body, text)) return [];
    const { missing } = findMinutesParts(text);
    if (missing.length === 0) return [];
    return [missingPartsReport("missingParts", missing, MINUTES_PART_NAMES, "minutes")];
  },
});
