import { defineRule } from "../../rule";
import { readMeetingBody } from "../../text/meeting-body";
import { normalize } from "../../text/normalize";
import type { Person } from "../../types";
import { chars, replaceBracketed } from "../../text/trim";

function localPart(address: string): string {
  const at = address.indexOf("@");
  return normalize(at < 0 ? address : address.slice(0, at)).trim();
}

/** The ways a person can be named: full name, each name part, the address and its parts. */
function namesOf(person: Person): Set<string> {
  const names = new Set<string>();
  const full = replaceBracketed(normalize(person.name ?? ""), chars(/[(（]/), chars(/[)）]/), " ").trim();
  if (full) {
    names.add(full.replace(/\s+/g, " "));
    names.add(full.replace(/[\s,，]+/g, ""));
    const parts = full.split(/[\s,，/|]+/).filter((part) => part.length >= 2);
    for (const part of parts) names.add(part);
    // Exchange often lists "Wang, Wei": the same person as "Wei Wang".
    names.add(parts.join(" "));
    names.add([...parts].reverse().join(" "));
    // "陳志明" is called "志明" by colleagues: the given name after a one-character surname.
    for (const cjk of full.match(/[\u4e00-\u9fff]{3,4}/g) ?? []) names.add(cjk.slice(1));
  }
  const local = localPart(person.address);
  if (local) {
    names.add(local);
    const parts = local.split(/[._-]+/).filter((part) => part.length >= 2);
    for (const part of parts) names.add(part);
    // "wang.wei@" is "Wang Wei", "WangWei" or "Wei Wang".
    names.add(parts.join(" "));
    names.add(parts.join(""));
    names.add([...parts].reverse().join(" "));
  }
  return names;
}

function sameAddress(a: string, b: string): boolean {
  return a.trim() !== "" && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * "小李", "老王", "阿珍", "李工", "王总", "陈经理": how colleagues call each other in Chinese
 * offices, by the surname (or, after 小/老/阿, a given-name character) with a prefix or a
 * title. Such a name matches an attendee whose Chinese name starts (or ends) with that character.
 */
const FAMILIAR = /^(?:(?:小|老|阿)([\u4e00-\u9fff])|([\u4e00-\u9fff])(?:工|总|经理|老师|主管|博士|姐|哥))$/;

function familiarMatch(wanted: string, person: Person): boolean {
  const m = FAMILIAR.exec(wanted);
  if (!m) return false;
  const names = normalize(person.name ?? "").match(/[\u4e00-\u9fff]{2,4}/g) ?? [];
  return m[1] !== undefined ? names.some((n) => n.startsWith(m[1]) || n.endsWith(m[1])) : names.some((n) => n.startsWith(m[2]));
}

/** Compared by address when the line gives one, else by any name the person goes by. */
function isAmong(taker: Person, people: readonly Person[]): boolean {
  if (taker.address.trim() !== "") return people.some((p) => sameAddress(p.address, taker.address));
  const wanted = normalize(taker.name ?? "").replace(/\s+/g, " ").trim();
  if (wanted === "") return false;
  return people.some((p) => {
    const names = namesOf(p);
    return names.has(wanted) || names.has(wanted.replace(/\s+/g, "")) || familiarMatch(wanted, p);
  });
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
    const line = readMeetingBody(body).minuteTaker;
    if (!line || (!line.person && !line.self)) {
      const at = line ? { excerpt: line.excerpt, start: line.start, end: line.end } : {};
      return [{ messageId: "missing", location: { field: "body", ...at } }];
    }
    if (line.self || !line.person) return [];
    const people = draft.organizer ? [...recipients, draft.organizer] : [...recipients];
    if (isAmong(line.person, people)) return [];
    return [
      {
        messageId: "notAttendee",
        data: { name: describePerson(line.person) },
        location: { field: "body", excerpt: line.excerpt, start: line.start, end: line.end },
      },
    ];
  },
});
