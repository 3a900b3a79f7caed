import { nameKey, personKey } from "../../people";
import { defineRule, type SuggestionReport } from "../../rule";
import type { Person } from "../../types";

// §2.3.4 / §4.1.4: the minutes go to every attendee and to the department heads concerned.
// The sender need not send them to themself, and meeting rooms booked as attendees are not
// readers: a room is known by its name ("上海 3F 大会议室", "5F 黄山厅", "3F 洽談室 A", "Huddle 5B").

const ROOM = /会议室|會議室|[厅廳]|洽谈室|洽談室|培训室|培訓室|会客室|會客室|讨论室|討論室|\broom\b|\bhuddle\b|\bauditorium\b|\bmeeting space\b|\bconf(erence)?[ -]?(rm|room)\b|\bboardroom\b|\bmeeting ?room\b|^(rm|room)[-_.]/i;

function label(person: Person): string {
  const name = String(person.name ?? "").trim();
  return name !== "" ? name : String(person.address ?? "");
}

function isRoom(person: Person): boolean {
  return ROOM.test(String(person.name ?? "")) || ROOM.test(String(person.address ?? "").split("@")[0]);
}

export default defineRule({
  id: "mail/minutes-recipients",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.3.4",
  description: {
    en: "Minutes go to every attendee and to the department heads concerned.",
    "zh-CN": "会议纪要须发送给全体参会人员及相关部门负责人。",
    "zh-TW": "會議紀要須發送給全體與會人員及相關部門主管。",
  },
  messages: {
    missingRecipients: {
      en: "The minutes of \"{{meeting}}\" do not go to: {{missing}}.",
      "zh-CN": "“{{meeting}}”的会议纪要未发送给：{{missingZh}}。",
      "zh-TW": "「{{meeting}}」的會議紀要未發送給：{{missingZh}}。",
    },
    addAttendee: {
      en: "Add {{name}} (attendee) to To",
      "zh-CN": "将 {{name}}（参会人）添加到收件人",
      "zh-TW": "將 {{name}}（與會者）新增至收件者",
    },
    addHead: {
      en: "Add {{name}} (department head) to Cc",
      "zh-CN": "将 {{name}}（部门负责人）添加到抄送",
      "zh-TW": "將 {{name}}（部門主管）新增至副本",
    },
  },
  check({ draft, recipients }) {
    const meeting = draft.minutesOf;
    if (!meeting) return [];
    // A recipient counts by address, and by name for attendees the meeting knew only by name.
    const reached = new Set<string>();
    for (const person of draft.from ? [...recipients, draft.from] : recipients) {
      reached.add(personKey(person));
      const name = nameKey(person.name);
      if (name !== "") reached.add(`name:${name}`);
    }
    const suggestions: SuggestionReport[] = [];
    const missing: string[] = [];
    const consider = (person: Person, asHead: boolean): void => {
      const k = personKey(person);
      if (k === "" || reached.has(k) || isRoom(person)) return;
      reached.add(k);
      missing.push(label(person));
      suggestions.push({
        messageId: asHead ? "addHead" : "addAttendee",
        data: { name: label(person) },
        fix: { kind: "addRecipient", field: asHead ? "cc" : "to", person: { ...person } },
      });
    };
    for (const attendee of meeting.attendees ?? []) consider(attendee, false);
    for (const head of meeting.departmentHeads ?? []) consider(head, true);
    if (missing.length === 0) return [];
    return [
      {
        messageId: "missingRecipients",
        data: { meeting: meeting.subject, missing: missing.join(", "), missingZh: missing.join("、"), count: missing.length },
        location: { field: "to" },
        suggestions,
      },
    ];
  },
});
