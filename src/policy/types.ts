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

/** Where an inserted text goes, in terms a person understands. */
export type InsertPlace = "start" | "afterGreeting" | "beforeSignoff" | "end";

/**
 * A change to the draft, as data. The engine never applies it: the Outlook layer does,
 * conservatively, and the CLI only shows it.
 */
export type FixAction =
  | { kind: "insertText"; place: InsertPlace; text: string }
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
}
