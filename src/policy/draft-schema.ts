import { z } from "zod";
import type { Draft, MailDraft, MeetingDraft } from "./types";
import { parseJsonText, problemsFromIssues, problemText, type PolicyProblem } from "./config-errors";

// The documented JSON draft format: the MailDraft / MeetingDraft of types.ts as a file. The
// CLI reads `.json` drafts through it and the panes will load saved drafts with it, so a
// typo such as "recipients" for "to" is refused with the field's name instead of silently
// checking a mail without recipients. Two shorthands keep hand-written files short: a person
// may be a string ("Tom Chen <tom@contoso.com>" or just the address) and a body may be a
// string (HTML when it starts with a tag, plain text otherwise).

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO-8601 date or date-time that names a real day (Date.parse alone accepts 30 February). */
export function isIsoMoment(text: string): boolean {
  if (!ISO_MOMENT.test(text) || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = text.slice(0, 10).split("-").map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const moment = z.string().refine(isIsoMoment, "an ISO-8601 date-time such as 2026-11-24T10:00:00+08:00");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/**
 * `"Name" <address>` read the way /^\s*"?([^"<]*?)"?\s*<([^<>]*)>\s*$/ reads it, without the
 * pattern's quadratic backtracking over white space: the first "<" opens the address, the
 * first ">" after it closes it, only white space may follow, and the name may be quoted.
 */
function splitAngleAddress(text: string): { name: string; address: string } | undefined {
  const open = text.indexOf("<");
  const close = open < 0 ? -1 : text.indexOf(">", open + 1);
  if (close < 0 || text.slice(close + 1).trim() !== "") return undefined;
  const address = text.slice(open + 1, close);
  if (address.includes("<")) return undefined;
  let name = text.slice(0, open).trim();
  if (name.startsWith('"')) name = name.slice(1);
  if (name.endsWith('"')) name = name.slice(0, -1);
  return name.includes('"') ? undefined : { name, address };
}

/** "Tom Chen <tom@contoso.com>", "<tom@contoso.com>" or "tom@contoso.com". */
export function parsePersonText(text: string): { name?: string; address: string } {
  const angle = splitAngleAddress(text);
  if (angle) {
    const name = angle.name.trim();
    return name ? { name, address: angle.address.trim() } : { address: angle.address.trim() };
  }
  return { address: text.trim() };
}

const personObject = z.object({ name: z.string().optional(), address: z.string() }).strict();
// Shorthands are expanded before validation, so an error names the field inside the object.
const person = z.preprocess((v) => (typeof v === "string" ? parsePersonText(v) : v), personObject);
const people = z.array(person);

function bodyFromText(content: string): { contentType: "html" | "text"; content: string } {
  return { contentType: /^\s*</.test(content) ? "html" : "text", content };
}

const itemBody = z.preprocess(
  (v) => (typeof v === "string" ? bodyFromText(v) : v),
  z.object({ contentType: z.enum(["html", "text"]), content: z.string() }).strict(),
);

const attachment = z
  .object({
    name: z.string(),
    size: z.number().int().min(0).optional(),
    contentType: z.string().optional(),
    isInline: z.boolean().optional(),
    isCloud: z.boolean().optional(),
  })
  .strict();

const importance = z.enum(["low", "normal", "high"]);

const linkedMeeting = z
  .object({
    subject: z.string(),
    start: moment,
    end: moment,
    attendees: people,
    departmentHeads: people.optional(),
    minutesDue: isoDate.optional(),
  })
  .strict();

export const mailDraftSchema = z
  .object({
    kind: z.literal("mail"),
    subject: z.string().optional(),
    body: itemBody.optional(),
    from: person.optional(),
    to: people.optional(),
    cc: people.optional(),
    bcc: people.optional(),
    attachments: z.array(attachment).optional(),
    importance: importance.optional(),
    sensitivityLabel: z.string().optional(),
    sentAt: moment.optional(),
    minutesOf: linkedMeeting.optional(),
  })
  .strict();

export const meetingDraftSchema = z
  .object({
    kind: z.literal("meeting"),
    subject: z.string().optional(),
    body: itemBody.optional(),
    organizer: person.optional(),
    requiredAttendees: people.optional(),
    optionalAttendees: people.optional(),
    start: moment.optional(),
    end: moment.optional(),
    isAllDay: z.boolean().optional(),
    location: z.string().optional(),
    onlineMeetingUrl: z.string().optional(),
    isOnlineMeeting: z.boolean().optional(),
    attachments: z.array(attachment).optional(),
    importance: importance.optional(),
    urgent: z.boolean().optional(),
    reminderMinutes: z.number().min(0).optional(),
    recurring: z.boolean().optional(),
    bookedAt: moment.optional(),
  })
  .strict();

export const draftSchema = z.discriminatedUnion("kind", [mailDraftSchema, meetingDraftSchema]);
const draftListSchema = z.array(draftSchema).min(1, "an empty array: no draft to check");

// The schema and types.ts must describe the same objects: when a field is added to one and
// not the other, these lines stop compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mailMatches: Same<z.output<typeof mailDraftSchema>, MailDraft> = true;
const meetingMatches: Same<z.output<typeof meetingDraftSchema>, MeetingDraft> = true;
void mailMatches;
void meetingMatches;

/** As PolicyParseResult: every problem with its path ("[1].to[0].address"), and in English for logs. */
export type DraftParseResult = { ok: true; drafts: Draft[] } | { ok: false; problems: PolicyProblem[]; errors: string[] };

function refused(problems: PolicyProblem[]): DraftParseResult {
  return { ok: false, problems, errors: problems.map((p) => problemText(p, "en")) };
}

/**
 * Validates one draft or an array of drafts. Problems name the field, with the index of the
 * draft when the input is an array.
 */
export function parseDrafts(input: unknown): DraftParseResult {
  const schema = Array.isArray(input) ? draftListSchema : draftSchema;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, drafts: Array.isArray(result.data) ? result.data : [result.data] };
  return refused(problemsFromIssues(result.error.issues, input, schema));
}

/** Parses the text of a `.json` draft file; a JSON syntax error is reported with its line and column. */
export function parseDraftText(text: string): DraftParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseDrafts(json.value) : refused([json.problem]);
}
