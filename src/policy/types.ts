// The engine's vocabulary: plain data only, no Office.js or DOM types, so the same
// objects come from Outlook, from the CLI's .eml/.ics parsers and from JSON files.

export type Lang = "en" | "zh-CN" | "zh-TW";
export const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

/** A text in every language the product speaks. */
export type LocalizedText = Record<Lang, string>;

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

export interface Person {
  /** Display name as the client shows it; may be empty. */
  name?: string;
  /** SMTP address; may be empty for unresolved recipients. */
  address: string;
}

export interface Attachment {
  name: string;
  size?: number;
  contentType?: string;
  /** Inline images (signature logos, pasted screenshots) are not attachments a reader opens. */
  isInline?: boolean;
  /** A OneDrive / SharePoint link attached as a cloud attachment. */
  isCloud?: boolean;
}

export interface ItemBody {
  contentType: "html" | "text";
  content: string;
}

export type Importance = "low" | "normal" | "high";

/**
 * A mail as the sender is about to send it. A field that the client could not give is
 * left undefined; the rules that need it are skipped and reported as a notice.
 */
export interface MailDraft {
  kind: "mail";
  subject?: string;
  body?: ItemBody;
  from?: Person;
  to?: Person[];
  cc?: Person[];
  bcc?: Person[];
  attachments?: Attachment[];
  importance?: Importance;
  /** Display name of the sensitivity label (Microsoft Purview), when the client gives it. */
  sensitivityLabel?: string;
  /** ISO-8601 moment of sending (or of the scheduled delivery, when one is set). */
  sentAt?: string;
  /** The meeting this mail is the minutes of (set by the meeting pane's "Write minutes"). */
  minutesOf?: LinkedMeeting;
}

/** What a minutes mail needs to know about its meeting. */
export interface LinkedMeeting {
  subject: string;
  start: string;
  end: string;
  attendees: Person[];
  departmentHeads?: Person[];
  /** ISO date (YYYY-MM-DD) by which the minutes are due. */
  minutesDue?: string;
}

export interface MeetingDraft {
  kind: "meeting";
  subject?: string;
  body?: ItemBody;
  organizer?: Person;
  requiredAttendees?: Person[];
  optionalAttendees?: Person[];
  /** ISO-8601 start and end. */
  start?: string;
  end?: string;
  isAllDay?: boolean;
  location?: string;
  onlineMeetingUrl?: string;
  /** True when the organizer marked the meeting as a video / online meeting. */
  isOnlineMeeting?: boolean;
  attachments?: Attachment[];
  importance?: Importance;
  /** The organizer's explicit urgent mark (the pane's urgent switch, a category, ...). */
  urgent?: boolean;
  reminderMinutes?: number;
  /**
   * A recurring series. Outlook gives a series the start and end of its first occurrence
   * (Office.js `start` on the series master; the occurrence next to come is not readable), so a
   * series that began before it is sent again is an update, not a booking (meeting/advance-booking).
   */
  recurring?: boolean;
  /** ISO-8601 moment the invitation is sent (booked). */
  bookedAt?: string;
}

export type Draft = MailDraft | MeetingDraft;
export type DraftKind = Draft["kind"];

/** Where a finding points. Offsets are into the field's plain text (the body's text view). */
export interface TextLocation {
  field: "subject" | "body" | "to" | "cc" | "bcc" | "attendees" | "attachments" | "location" | "time";
  /** The words of the draft the finding is about, as plain text. */
  excerpt?: string;
  start?: number;
  end?: number;
}

/**
 * Where an inserted text goes, in terms a person understands. "beforeClosing" is in front of
 * the closing ask, the sign-off and a name left under the prose: the mail still ends with them.
 */
export type InsertPlace = "start" | "afterGreeting" | "beforeClosing" | "beforeSignoff" | "end";

/**
 * A block of the body that the add-in writes and reads back: writing it again replaces the
 * block found in the body (its place comes from the reader) instead of adding a second one.
 */
export type BodyBlock = "attachmentList" | "agenda" | "minuteTaker" | "urgency";

/**
 * A change to the draft, as data. The engine never applies it: the Outlook layer does,
 * conservatively, and the CLI only shows it.
 */
export type FixAction =
  | { kind: "insertText"; place: InsertPlace; text: string; block?: BodyBlock }
  | { kind: "replaceText"; field: "subject" | "body"; find: string; replace: string; occurrence?: number }
  | { kind: "setSubject"; subject: string }
  | { kind: "scheduleSend"; at: string }
  | { kind: "addRecipient"; field: "to" | "cc"; person: Person }
  | { kind: "setReminder"; minutes: number }
  | { kind: "insertTemplate"; template: "structuredMail" | "itReport" | "minutes" | "agenda" };

export interface Suggestion {
  /** Id of the rule message that labels the suggestion (e.g. "Replace with 安装"). */
  messageId: string;
  /** The label rendered in the requested language. */
  label: string;
  fix: FixAction;
}

export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  /** The message rendered in the requested language. */
  message: string;
  /** The policy clause behind the rule, e.g. "§2.2.3". */
  clause: string;
  location?: TextLocation;
  /** A change that can be applied as it is (still only on the user's click). */
  fix?: FixAction;
  /** The id of the rule's message that labels `fix`, and that label in the requested language. */
  fixMessageId?: string;
  fixLabel?: string;
  /** Changes a person chooses between. */
  suggestions?: Suggestion[];
}

/** Something the user should know that is not a policy finding (skipped rules, data gaps). */
export interface Notice {
  code: "fieldUnavailable" | "holidayDataMissing" | "ruleFailed" | "deadlineReached";
  message: string;
  rule?: string;
  data?: Record<string, string | number>;
}

/** One item of an agenda as the invitation gives it. */
export interface AgendaEntry {
  title: string;
  /** Planned duration in minutes. */
  minutes?: number;
  owner?: string;
}

/** What the invitation says, as the meeting pane shows it and edits it. */
export interface MeetingParts {
  /** The agenda's items; undefined when the invitation has none. */
  agenda?: AgendaEntry[];
  /** The minute-taker line: the person named, "me" (the organizer), and which invitee that is (address). */
  minuteTaker?: { person?: Person; self?: boolean; attendee?: string };
  /** The reason given for an urgent meeting ("紧急原因：…"). */
  urgencyReason?: string;
  /** Hours from booking to the start (negative: the start is past). */
  hoursAhead?: number;
  /** YYYY-MM-DD by which the minutes are due, in the tenant's working days. */
  minutesDue?: string;
  /** The reminder, in minutes, that lets attendees join `joinEarlyMinutes` early (one Outlook offers). */
  reminderAtLeast: number;
}

/** What the mail's new text says, as the message pane shows it. */
export interface MailParts {
  /** People the mail greets or @-mentions, as written, in reading order (offsets into the body's text). */
  greetedNames: Array<{ name: string; kind: "greeting" | "mention"; start: number; end: number }>;
  /** Where each reader-facing attachment is named in the new text (offsets into the body's text). */
  attachmentMentions: Array<{ name: string; start: number; end: number }>;
  /** The attachment list in the new text ("附件：" with numbered lines), as written. */
  attachmentList?: string[];
}

/** The parsed parts the panes show, so that no face reads the body a second time. */
export interface CheckParts {
  mail?: MailParts;
  meeting?: MeetingParts;
}

/**
 * What became of one rule in a check: it reported findings, it ran and found nothing, the
 * policy turned it off, it was skipped because the client did not give the data it needs, it
 * failed (threw), or the check's deadline passed before it ran or finished.
 */
export type RuleOutcome = "found" | "passed" | "off" | "skipped" | "failed" | "notRun";

export interface CheckResult {
  kind: DraftKind;
  findings: Finding[];
  notices: Notice[];
  /** Every rule that applies to this kind of item, by id. */
  outcomes: Record<string, RuleOutcome>;
  /** What the draft says that the panes show (present on every engine result). */
  parts?: CheckParts;
}
