import type { Policy } from "./config";
import type { WorkingCalendar } from "./working-days/working-calendar";
import type { ParsedBody } from "./text/segment";
import type { SubjectInfo } from "./text/subject";
import type {
  Draft,
  DraftKind,
  FixAction,
  LocalizedText,
  MailDraft,
  MeetingDraft,
  Person,
  Severity,
  TextLocation,
} from "./types";

// A rule is data plus one function, as in ESLint: its id, default severity, the clause it
// enforces, its messages in every language, and a check that returns reports. Severity is
// configuration (the engine applies the tenant's setting); messages are ids plus data.

export type DraftOf<K extends DraftKind> = K extends "mail" ? MailDraft : MeetingDraft;

export interface RuleContext<D extends Draft> {
  readonly draft: D;
  readonly policy: Policy;
  /** The body read once into greeting, paragraphs, sign-off, signature and history. */
  readonly body: ParsedBody;
  readonly subject: SubjectInfo;
  /** The moment of sending (mail) or booking (meeting). */
  readonly now: Date;
  readonly calendar: WorkingCalendar;
  /** Everyone the item goes to: To, Cc and Bcc, or required and optional attendees. */
  readonly recipients: readonly Person[];
  isInternal(address: string): boolean;
  /**
   * A costly rule calls this between segments (or attachments, or recipients): once the
   * check's deadline has passed it throws, and the engine reports the rule as not run.
   */
  checkpoint(): void;
}

/** A moment a message shows: the engine writes it in the reader's time zone, labelled. */
export interface MomentValue {
  /** ISO-8601 instant. */
  at: string;
}

/**
 * A value a message shows. Text that reads differently per language (a list of missing
 * parts) is given in every language; the engine picks the one being rendered.
 */
export type DataValue = string | number | LocalizedText | MomentValue;

export interface SuggestionReport {
  messageId: string;
  data?: Record<string, DataValue>;
  fix: FixAction;
}

export interface Report {
  messageId: string;
  data?: Record<string, DataValue>;
  /** Only to make a finding milder than the rule's severity (an info note, a Cc-only warning). */
  severity?: Severity;
  location?: TextLocation;
  fix?: FixAction;
  /** The message that labels `fix` (e.g. "Schedule it for {{nextStart}}"), filled with `data`. */
  fixMessageId?: string;
  suggestions?: SuggestionReport[];
}

export interface Rule<K extends DraftKind = DraftKind> {
  readonly id: string;
  readonly appliesTo: K;
  readonly defaultSeverity: Severity;
  /** The policy clause, e.g. "§2.2.3". */
  readonly clause: string;
  readonly description: LocalizedText;
  readonly messages: Readonly<Record<string, LocalizedText>>;
  /** Draft fields without which the rule cannot judge (undefined = the client could not read it). */
  readonly requires?: ReadonlyArray<keyof DraftOf<K>>;
  /** The rule tells internal recipients from external ones: it needs the policy's internalDomains or the sender's address. */
  readonly needsCompanyDomains?: boolean;
  check(context: RuleContext<DraftOf<K>>): Report[];
}

export type AnyRule = Rule<"mail"> | Rule<"meeting">;

export function defineRule<K extends DraftKind>(rule: Rule<K>): Rule<K> {
  return rule;
}
