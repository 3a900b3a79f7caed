import { outlookReminderAtLeast } from "./reminders";
import { attachmentMentions } from "./rules/mail/attachments-described";
import { namedPeople } from "./rules/mail/recipients-mentioned";
import type { RuleContext } from "./rule";
import { readAttachmentList } from "./text/attachment-list";
import { readMeetingBody } from "./text/meeting-body";
import type { CheckParts, Draft, MailParts, MailDraft, MeetingDraft, MeetingParts, Person } from "./types";

// The parts of a draft the panes show beside the findings, read from the body the rules
// already read (the readers memoise on it): the meeting pane's agenda, minute-taker, urgency
// reason, notice and due dates; the mail's greeted names, attachment mentions and attachment
// list, with the same readers the rules judge them by. The panes never read the body themselves.

const HOUR_MS = 3_600_000;

/** The invitee a minute-taker line names, by address or by the exact display name. */
function invitee(taker: Person, people: readonly Person[]): string | undefined {
  const address = taker.address.trim().toLowerCase();
  const found = people.find((p) => (address !== "" && p.address.trim().toLowerCase() === address) || (!!taker.name && p.name === taker.name));
  return found?.address.trim().toLowerCase();
}

function meetingParts(context: RuleContext<MeetingDraft>): MeetingParts {
  const { draft, policy, calendar, now } = context;
  const read = readMeetingBody(context.body);
  const parts: MeetingParts = { reminderAtLeast: outlookReminderAtLeast(policy.meeting.joinEarlyMinutes) };
  if (read.agenda) parts.agenda = read.agenda.items.map((item) => ({ ...item }));
  if (read.minuteTaker) {
    const people = [...(draft.organizer ? [draft.organizer] : []), ...context.recipients];
    const line = read.minuteTaker;
    const attendee = line.person ? invitee(line.person, people) : line.self ? draft.organizer?.address.trim().toLowerCase() : undefined;
    parts.minuteTaker = { ...(line.person ? { person: { ...line.person } } : {}), ...(line.self ? { self: true } : {}), ...(attendee ? { attendee } : {}) };
  }
  if (read.urgency) parts.urgencyReason = read.urgency.reason;
  const start = draft.start ? Date.parse(draft.start) : NaN;
  if (!Number.isNaN(start)) parts.hoursAhead = Math.floor((start - now.getTime()) / HOUR_MS);
  const end = draft.end ? new Date(draft.end) : undefined;
  if (end && !Number.isNaN(end.getTime())) parts.minutesDue = calendar.addWorkingDays(calendar.localDate(end), policy.meeting.minutesDueWorkingDays);
  return parts;
}

function mailParts(context: RuleContext<MailDraft>): MailParts {
  const list = readAttachmentList(context.body);
  const parts: MailParts = { greetedNames: namedPeople(context.body), attachmentMentions: attachmentMentions(context.draft.attachments ?? [], context.body) };
  if (list) parts.attachmentList = list.items.map((i) => i.text);
  return parts;
}

/** The parts of this draft; a reader that fails leaves its part out (the check never throws). */
export function readParts(context: RuleContext<Draft>): CheckParts {
  try {
    return context.draft.kind === "meeting" ? { meeting: meetingParts(context as RuleContext<MeetingDraft>) } : { mail: mailParts(context as RuleContext<MailDraft>) };
  } catch {
    return {};
  }
}
