import { defineRule } from "../../rule";
import { readMeetingBody } from "../../text/meeting-body";

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
  check({ body }) {
    const read = readMeetingBody(body);
    if (read.agenda) return [];
    const suggestions = [{ messageId: "insertAgenda", fix: { kind: "insertTemplate", template: "agenda" } as const }];
    const heading = read.emptyAgendaHeading;
    if (heading) {
      return [{ messageId: "empty", data: { heading: heading.excerpt }, location: { field: "body", excerpt: heading.excerpt, start: heading.start, end: heading.end } }];
    }
    return [{ messageId: "missing", location: { field: "body" }, suggestions }];
  },
});
