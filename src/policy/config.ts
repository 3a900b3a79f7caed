import * as z from "zod/mini";
import { complianceSchema } from "./config-compliance";
import "./config-messages";
import { parseJsonText, problemsFromIssues, problemText, unknownRuleProblems, type PolicyProblem } from "./config-errors";
import { reportSchema } from "./config-report";

// zod probes `new Function` to speed up parsing; the add-in's pages forbid eval in their
// Content Security Policy, so the probe would be reported as a violation on every page.
z.config({ jitless: true });

// The tenant policy file. Every "[X]" the customer left blank in the written policy is a
// setting here, with the default of clauses.md. The JSON Schema shipped in assets/ is
// generated from this same schema (scripts/write-policy-schema.js), so IT's editor and the
// add-in can never disagree about what a valid file is.

const DAY = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOCK = z.string().check(z.regex(CLOCK_PATTERN, "a time as HH:MM (24-hour clock)"));
const ISO_DATE = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"));
const DOMAIN = z.pipe(
  z.string().check(z.regex(/^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/i, "a mail domain such as contoso.com")),
  z.transform((d: string) => d.replace(/^@/, "").toLowerCase()),
);
const ADDRESS = z.string().check(z.regex(/^[^\s@]+@[^\s@][^\s@.]*\.[^\s@]*[^\s@]$/, "an e-mail address"));
export const SEVERITY_SETTING = z.enum(["error", "warning", "info", "off"]);

/** The built-in zone needs no look-up: the first Intl time-zone look-up of a runtime is slow. */
const DEFAULT_TIME_ZONE = "Asia/Shanghai";

function isValidTimeZone(tz: string): boolean {
  if (tz === DEFAULT_TIME_ZONE) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const workingHours = z
  .strictObject({
    timeZone: z._default(z.string().check(z.refine(isValidTimeZone, "an IANA time zone such as Asia/Shanghai")), DEFAULT_TIME_ZONE),
    days: z._default(z.array(DAY).check(z.minLength(1)), ["mon", "tue", "wed", "thu", "fri"]),
    start: z._default(CLOCK, "09:00"),
    end: z._default(CLOCK, "18:00"),
  })
  // Compared only once both are valid times, so "9:00" gets one message, not two.
  .check(z.refine((w) => !CLOCK_PATTERN.test(w.start) || !CLOCK_PATTERN.test(w.end) || w.start < w.end, { message: "start must be before end", path: ["end"] }));

const holidays = z.strictObject({
  country: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, "a two-letter country code such as CN")), "CN"),
  extraHolidays: z._default(z.array(ISO_DATE), []),
  extraWorkdays: z._default(z.array(ISO_DATE), []),
});

const meeting = z.strictObject({
  minAdvanceHours: z._default(z.number().check(z.minimum(0), z.maximum(24 * 30)), 24).check(z.describe("§2.3.1: book at least this many hours ahead.")),
  joinEarlyMinutes: z._default(z.int().check(z.minimum(0), z.maximum(120)), 5).check(z.describe("§2.3.3: join this many minutes early.")),
  minutesDueWorkingDays: z._default(z.int().check(z.minimum(0), z.maximum(30)), 2).check(z.describe("§2.3.4: minutes finished within this many working days.")),
});

const mail = z.strictObject({
  minSubjectChars: z
    ._default(z.int().check(z.minimum(0), z.maximum(50)), 4)
    .check(z.describe("Shorter subjects (after RE:/FW:) do not say what the mail is about. CJK characters count double.")),
  singleBlockMaxChars: z._default(z.int().check(z.minimum(50)), 400).check(z.describe("A body longer than this written as one block should be split into paragraphs.")),
  paragraphMaxChars: z._default(z.int().check(z.minimum(100)), 1200).check(z.describe("A paragraph longer than this is too long to read.")),
});

const lexicon = z.strictObject({
  vagueSubjects: z._default(z.array(z.string().check(z.minLength(1))), []),
  slang: z._default(z.array(z.string().check(z.minLength(1))), []),
  confidentialMarkers: z._default(z.array(z.string().check(z.minLength(1))), []),
  typos: z._default(z.record(z.string(), z.string()), {}),
});

// block / softBlock: the mail is held until fixed; which of the two the user meets is the
// manifest's SendMode (only a Block manifest blocks when the add-in is unavailable).
// promptUser: held once with Send Anyway. Older clients degrade (src/outlook/send-decision.ts).
export const SEND_BEHAVIOR = z.enum(["block", "softBlock", "promptUser"]);
export type SendBehavior = z.output<typeof SEND_BEHAVIOR>;

const sendBehavior = z.strictObject({
  errors: z._default(SEND_BEHAVIOR, "softBlock").check(z.describe("Mail with an error finding: block, softBlock (default) or promptUser.")),
  warnings: z._default(SEND_BEHAVIOR, "promptUser").check(z.describe("Mail with warnings only: block, softBlock or promptUser (default; warningsOnSend: allow lets it go).")),
});

// Written with zod/mini, whose functions a bundler can leave out one by one: the on-send
// bundle carries this schema too (scripts/onsend/build.js), inside Outlook's 5 seconds.
export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z._default(z.string(), "builtin").check(z.describe("Free text that identifies this revision of the file (shown in the pane and cached with it).")),
  internalDomains: z
    ._default(z.array(DOMAIN), [])
    .check(z.describe("Mail domains of the company. Empty: the sender's own domain is the only internal one.")),
  workingHours: z.prefault(workingHours, {}).check(z.describe("§2.1.4 / §2.2.4: when work mail is sent.")),
  holidays: z
    .prefault(holidays, {})
    .check(z.describe("Public holidays (CN: the State Council's schedule with make-up working days) plus the company's own.")),
  helpdeskAddresses: z._default(z.array(ADDRESS), []).check(z.describe("§4.2: the IT helpdesk's addresses.")),
  feedbackMailbox: z._default(z.union([ADDRESS, z.literal("")]), "").check(z.describe("§5.1.2: the mailbox for reporting violations.")),
  confidentialLabels: z
    ._default(z.array(z.string().check(z.minLength(1))), ["Confidential", "Highly Confidential"])
    .check(z.describe("§1.3.4: sensitivity labels that must not go outside the company.")),
  meeting: z.prefault(meeting, {}),
  mail: z.prefault(mail, {}),
  departmentHeads: z
    ._default(z.record(z.string(), z.array(ADDRESS)), {})
    .check(z.describe("§2.3.4 / §4.1.4: department name → the heads who receive the minutes (otherwise the attendees' managers from Microsoft Graph).")),
  rules: z._default(z.record(z.string(), SEVERITY_SETTING), {}).check(z.describe("Severity per rule id: error, warning, info or off.")),
  lexicon: z.prefault(lexicon, {}).check(z.describe("Words added to the built-in lists.")),
  warningsOnSend: z
    ._default(z.enum(["prompt", "allow"]), "prompt")
    .check(z.describe("prompt: hold a mail with warnings once (Send Anyway); allow: send it without a word.")),
  sendBehavior: z.prefault(sendBehavior, {}).check(z.describe("What Send does with findings of each severity (applied with Smart Alerts' sendModeOverride, Mailbox 1.14).")),
  failureMode: z
    ._default(z.enum(["allow", "block"]), "allow")
    .check(z.describe("When the add-in itself fails at send time (item unreadable, policy unloadable, engine error): let the mail go, or hold it.")),
  timeBudgetMs: z._default(z.int().check(z.minimum(500), z.maximum(4500)), 3000).check(z.describe("The on-send check's time budget; Outlook warns the user after 5 s.")),
  compliance: complianceSchema,
  report: reportSchema,
});

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

export const DEFAULT_POLICY: Policy = policySchema.parse({});

/**
 * `problems` are every problem of the file at once, each with its key path (render them with
 * problemText in the reader's language); `errors` are the same in English, for logs.
 */
export type PolicyParseResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[]; errors: string[] };

function refused(problems: PolicyProblem[]): PolicyParseResult {
  return { ok: false, problems, errors: problems.map((p) => problemText(p, "en")) };
}

function ruleIdsIn(input: unknown): string[] {
  const rules = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { rules?: unknown }).rules : undefined;
  return typeof rules === "object" && rules !== null && !Array.isArray(rules) ? Object.keys(rules) : [];
}

/**
 * Validates a policy object. `knownRules` lets the caller refuse misspelt rule ids, checked
 * even when other keys are wrong (the list lives in the rule registry, which this module must
 * not import).
 */
export function parsePolicy(input: unknown, knownRules?: readonly string[]): PolicyParseResult {
  const result = policySchema.safeParse(input);
  const unknownRules = knownRules ? unknownRuleProblems(ruleIdsIn(input), ["rules"], knownRules) : [];
  if (result.success && unknownRules.length === 0) return { ok: true, policy: result.data };
  return refused(problemsFromIssues(result.success ? [] : result.error.issues, input, policySchema, unknownRules));
}

/** Parses the text of a policy file; a JSON syntax error is reported with its line and column. */
export function parsePolicyText(text: string, knownRules?: readonly string[]): PolicyParseResult {
  const json = parseJsonText(text);
  return json.ok ? parsePolicy(json.value, knownRules) : refused([json.problem]);
}
