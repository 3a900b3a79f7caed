import { isSomeone, samePerson } from "../../people";
import { defineRule } from "../../rule";
import type { Person } from "../../types";
import { isNoMeeting } from "../../text/meeting-notice";

// Room and equipment mailboxes are booked as attendees by some clients; they attend nothing.
const RESOURCE_NAME = /会议室|會議室|meeting room|conference room|^room\b|boardroom|projector|投影/i;
const RESOURCE_ADDRESS = /^(room|mr|conf|rm|meetingroom|boardroom)[._-]?\d*[._-]|^(room|mr|conf)\d+@/i;

function isResource(person: Person): boolean {
  return RESOURCE_NAME.test(person.name ?? "") || RESOURCE_ADDRESS.test(person.address);
}

/** §2.3.1: a meeting is booked with its attendees; the organizer alone is a calendar note. */
export default defineRule({
  id: "meeting/attendees",
  appliesTo: "meeting",
  defaultSeverity: "error",
  clause: "§2.3.1",
  description: {
    en: "The meeting invites at least one person besides the organizer.",
    "zh-CN": "会议须邀请组织者以外的参会人。",
    "zh-TW": "會議須邀請召集人以外的與會者。",
  },
  messages: {
    noAttendees: {
      en: "Nobody is invited besides you. Add the attendees before sending the invitation.",
      "zh-CN": "除您之外没有邀请任何参会人。请在发送邀请前添加参会人。",
      "zh-TW": "除您之外沒有邀請任何與會者。請在傳送邀請前新增與會者。",
    },
  },
  requires: ["requiredAttendees"],
  check({ draft }) {
    if (isNoMeeting(draft)) return [];
    const invited = [...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])];
    const others = invited.filter((p) => isSomeone(p) && !isResource(p) && !samePerson(p, draft.organizer));
    return others.length > 0 ? [] : [{ messageId: "noAttendees", location: { field: "attendees" } }];
  },
});
