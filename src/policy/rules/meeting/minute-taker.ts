import { defineRule } from "../../rule";
import { readMeetingBody } from "../../text/meeting-body";
import { findPerson } from "../../people";
import type { Person } from "../../types";
import { isNoMeeting } from "../../text/meeting-notice";

/** "李娜、王伟", "Lisa / Alex", "Lisa and Alex": two people share the minutes. */
const NAME_LIST = /[、,，/&＆+]|\band\b/;

function takersOf(person: Person): Person[] {
  if (person.address || !person.name) return [person];
  const names = person.name.split(NAME_LIST).map((n) => n.trim()).filter((n) => n !== "");
  return names.length > 1 ? names.map((name) => ({ name, address: "" })) : [person];
}

/** Compared by address when the line gives one, else by any name the person goes by. */
function isAmong(taker: Person, people: readonly Person[]): boolean {
  return findPerson(people, taker) !== undefined;
}

function describePerson(person: Person): string {
  return person.name && person.address ? `${person.name} <${person.address}>` : person.name || person.address;
}

/** §2.3.4: the organizer names a minute-taker, who attends the meeting. */
export default defineRule({
  id: "meeting/minute-taker",
  appliesTo: "meeting",
  defaultSeverity: "error",
  clause: "§2.3.4",
  description: {
    en: "The invitation names a minute-taker who attends the meeting.",
    "zh-CN": "会议邀请须指定会议记录人，且记录人须参会。",
    "zh-TW": "會議邀請須指定會議記錄人，且記錄人須與會。",
  },
  messages: {
    missing: {
      en: "No minute-taker is named. Add a line such as \"Minute-taker: Lisa Wang\".",
      "zh-CN": "未指定会议记录人。请添加一行，例如“会议记录人：李娜”。",
      "zh-TW": "未指定會議記錄人。請新增一行，例如「會議記錄人：李娜」。",
    },
    notAttendee: {
      en: "The minute-taker {{name}} is not invited. Invite them or name an attendee.",
      "zh-CN": "会议记录人 {{name}} 不在参会人中。请邀请其参会，或改为指定一位参会人。",
      "zh-TW": "會議記錄人 {{name}} 不在與會者中。請邀請其與會，或改為指定一位與會者。",
    },
  },
  check({ draft, body, recipients }) {
    if (isNoMeeting(draft)) return [];
    const line = readMeetingBody(body).minuteTaker;
    if (!line || (!line.person && !line.self)) {
      const at = line ? { excerpt: line.excerpt, start: line.start, end: line.end } : {};
      return [{ messageId: "missing", location: { field: "body", ...at } }];
    }
    if (line.self || !line.person) return [];
    const people = draft.organizer ? [...recipients, draft.organizer] : [...recipients];
    const absent = takersOf(line.person).find((taker) => !isAmong(taker, people));
    if (!absent) return [];
    return [
      {
        messageId: "notAttendee",
        data: { name: describePerson(absent) },
        location: { field: "body", excerpt: line.excerpt, start: line.start, end: line.end },
      },
    ];
  },
});
