import type { Attachment, ItemBody, MailDraft, MeetingDraft, Person } from "../../src/policy/types";

// Builders for realistic drafts. A case names only what it is about; the rest is a plain,
// well-formed working-day mail inside contoso.com.

export const people = {
  tom: { name: "Tom Chen", address: "tom.chen@contoso.com" },
  lisa: { name: "Lisa Wang", address: "lisa.wang@contoso.com" },
  wang: { name: "王伟", address: "wang.wei@contoso.com" },
  li: { name: "李娜", address: "li.na@contoso.com" },
  chen: { name: "陳志明", address: "chen.zm@contoso.com" },
  partner: { name: "Anna Schmidt", address: "anna@fabrikam.com" },
} satisfies Record<string, Person>;

export type BodyInput = string | ItemBody;

export function toBody(body: BodyInput): ItemBody {
  return typeof body === "string"
    ? { contentType: /^\s*</.test(body) ? "html" : "text", content: body }
    : body;
}

export type MailInput = Omit<Partial<MailDraft>, "body" | "kind"> & { body?: BodyInput };
export type MeetingInput = Omit<Partial<MeetingDraft>, "body" | "kind"> & { body?: BodyInput };

/** Tuesday 24 Nov 2026, 10:00 in Shanghai: inside working hours. */
export const WORKING_MOMENT = "2026-11-24T10:00:00+08:00";

export function mail(input: MailInput = {}): MailDraft {
  const { body, ...rest } = input;
  return {
    kind: "mail",
    subject: "Q3 预算审批 / Q3 budget approval",
    body: toBody(body ?? "Hi Lisa,\n\nI'm writing to ask for your approval of the Q3 budget.\n\nCould you reply by Friday?\n\nThanks,\nTom"),
    from: people.tom,
    to: [people.lisa],
    cc: [],
    bcc: [],
    attachments: [],
    importance: "normal",
    sentAt: WORKING_MOMENT,
    ...rest,
  };
}

export function meeting(input: MeetingInput = {}): MeetingDraft {
  const { body, ...rest } = input;
  return {
    kind: "meeting",
    subject: "Q3 预算评审会 / Q3 budget review",
    body: toBody(body ?? "议程 Agenda:\n1. Q3 spending\n2. Q4 plan\n\n会议记录人：李娜"),
    organizer: people.tom,
    requiredAttendees: [people.lisa, people.li],
    optionalAttendees: [],
    start: "2026-11-26T14:00:00+08:00",
    end: "2026-11-26T15:00:00+08:00",
    isAllDay: false,
    location: "Microsoft Teams Meeting",
    onlineMeetingUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
    isOnlineMeeting: true,
    attachments: [],
    importance: "normal",
    reminderMinutes: 15,
    bookedAt: WORKING_MOMENT,
    ...rest,
  };
}

export function file(name: string, extra: Partial<Attachment> = {}): Attachment {
  return { name, size: 20480, contentType: "application/octet-stream", isInline: false, isCloud: false, ...extra };
}
