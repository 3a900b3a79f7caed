import { defineRule } from "../../rule";
import type { RuleContext } from "../../rule";
import { isJoinBlockUrl } from "../../meeting-hosts";
import { readMeetingBody } from "../../text/meeting-body";
import type { MeetingDraft } from "../../types";
import { isNoMeeting } from "../../text/meeting-notice";

/** "议程详见附件", "agenda attached", "see the attached agenda", "議程請見連結". */
const AGENDA_ELSEWHERE =
  /议程(?:请|详)?(?:见|参见|参阅|附后|在附件)|(?:附件|链接)(?:中|里)?(?:为|是|有)?(?:会议)?议程|\bagenda\b.{0,20}\b(?:attached|in the attachment|linked|at the link|on sharepoint|in the invite below)|\battached\b.{0,10}\bagenda\b/;
/**
 * Where people keep an agenda: "The agenda and timeline are on the Confluence page: …",
 * "Agenda and notes doc: https://…", "议程和背景材料见共享文档", "議程放在 wiki 上".
 */
const AGENDA_IN_DOCUMENT =
  /\bagenda\b[^.\n]{0,40}?\b(?:on|in|at) (?:the |this |our |a )?(?:confluence |wiki |sharepoint |loop |onenote |notion |google |shared |team )?(?:page|doc|docs|document|wiki|confluence|sharepoint|loop|notion|onenote|deck|sheet|link)\b|\bagenda (?:and [a-z]{1,12} )?(?:doc|document|page|link)\s*:|议程(?:和|及|与)[^。\n]{1,12}?(?:见|详见|参见|参阅|在)|议程[^。\n]{0,6}?(?:放在|发在|更新在|写在)/;
/** "I'll send the agenda doc later": the document does not exist yet. */
const NOT_YET = /\b(?:will (?:send|share|circulate)|to follow|later|tomorrow|soon|next week)\b|稍后|随后|之后再|会前再|再发|待补充/;
/** The agenda is in an attached or linked document that the text points to. */
function agendaElsewhere({ draft, body }: RuleContext<MeetingDraft>): boolean {
  const says = body.prose.some((s) => {
    const sentence = body.norm.slice(s.start, s.end);
    return AGENDA_ELSEWHERE.test(sentence) || (AGENDA_IN_DOCUMENT.test(sentence) && !NOT_YET.test(sentence));
  });
  if (!says) return false;
  const attached = (draft.attachments ?? []).some((a) => !a.isInline || a.isCloud);
  return attached || body.links.some((l) => /^https?:/i.test(l) && !isJoinBlockUrl(l));
}

/** §2.3.1: an invitation carries its agenda, as the meeting pane writes it or in any usual style. */
export default defineRule({
  id: "meeting/agenda",
  appliesTo: "meeting",
  defaultSeverity: "error",
  clause: "§2.3.1",
  description: {
    en: "The invitation lists the agenda.",
    "zh-CN": "会议邀请须列出议程。",
    "zh-TW": "會議邀請須列出議程。",
  },
  messages: {
    missing: {
      en: "The invitation has no agenda. List the topics, ideally with a time and an owner for each.",
      "zh-CN": "会议邀请中没有议程。请列出议题，最好注明每项的时长和负责人。",
      "zh-TW": "會議邀請中沒有議程。請列出議題，最好註明每項的時長和負責人。",
    },
    empty: {
      en: "The agenda heading \"{{heading}}\" has no items under it. Fill in the topics.",
      "zh-CN": "议程标题“{{heading}}”下没有内容。请填写议题。",
      "zh-TW": "議程標題「{{heading}}」下沒有內容。請填寫議題。",
    },
    insertAgenda: {
      en: "Insert an agenda template",
      "zh-CN": "插入议程模板",
      "zh-TW": "插入議程範本",
    },
  },
  check(context) {
    if (isNoMeeting(context.draft)) return [];
    const read = readMeetingBody(context.body);
    if (read.agenda || agendaElsewhere(context)) return [];
    const suggestions = [{ messageId: "insertAgenda", fix: { kind: "insertTemplate", template: "agenda" } as const }];
    const heading = read.emptyAgendaHeading;
    if (heading) {
      return [{ messageId: "empty", data: { heading: heading.excerpt }, location: { field: "body", excerpt: heading.excerpt, start: heading.start, end: heading.end } }];
    }
    return [{ messageId: "missing", location: { field: "body" }, suggestions }];
  },
});
