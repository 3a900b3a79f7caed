import { z } from "zod";
import { complianceSchema } from "./config-compliance";
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
const CLOCK = z.string().regex(CLOCK_PATTERN, "a time as HH:MM (24-hour clock)");
const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const DOMAIN = z
  .string()
  .regex(/^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/i, "a mail domain such as contoso.com")
  .transform((d) => d.replace(/^@/, "").toLowerCase());
const ADDRESS = z.string().regex(/^[^\s@]+@[^\s@][^\s@.]*\.[^\s@]*[^\s@]$/, "an e-mail address");
export const SEVERITY_SETTING = z.enum(["error", "warning", "info", "off"]);

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const policySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.string().default("builtin").describe("Free text that identifies this revision of the file (shown in the pane and cached with it)."),
    internalDomains: z
      .array(DOMAIN)
      .default([])
      .describe("Mail domains of the company. Empty: the sender's own domain is the only internal one."),
    workingHours: z
      .object({
        timeZone: z.string().refine(isValidTimeZone, "an IANA time zone such as Asia/Shanghai").default("Asia/Shanghai"),
        days: z.array(DAY).min(1).default(["mon", "tue", "wed", "thu", "fri"]),
        start: CLOCK.default("09:00"),
        end: CLOCK.default("18:00"),
      })
      .strict()
      // Compared only once both are valid times, so "9:00" gets one message, not two.
      .refine((w) => !CLOCK_PATTERN.test(w.start) || !CLOCK_PATTERN.test(w.end) || w.start < w.end, { message: "start must be before end", path: ["end"] })
      .prefault({})
      .describe("§2.1.4 / §2.2.4: when work mail is sent."),
    holidays: z
      .object({
        country: z.string().regex(/^[A-Z]{2}$/, "a two-letter country code such as CN").default("CN"),
        extraHolidays: z.array(ISO_DATE).default([]),
        extraWorkdays: z.array(ISO_DATE).default([]),
      })
      .strict()
      .prefault({})
      .describe("Public holidays (CN: the State Council's schedule with make-up working days) plus the company's own."),
    helpdeskAddresses: z.array(ADDRESS).default([]).describe("§4.2: the IT helpdesk's addresses."),
    feedbackMailbox: z.union([ADDRESS, z.literal("")]).default("").describe("§5.1.2: the mailbox for reporting violations."),
    confidentialLabels: z
      .array(z.string().min(1))
      .default(["Confidential", "Highly Confidential"])
      .describe("§1.3.4: sensitivity labels that must not go outside the company."),
    meeting: z
      .object({
        minAdvanceHours: z.number().min(0).max(24 * 30).default(24).describe("§2.3.1: book at least this many hours ahead."),
        joinEarlyMinutes: z.number().int().min(0).max(120).default(5).describe("§2.3.3: join this many minutes early."),
        minutesDueWorkingDays: z.number().int().min(0).max(30).default(2).describe("§2.3.4: minutes finished within this many working days."),
      })
      .strict()
      .prefault({}),
    mail: z
      .object({
        minSubjectChars: z.number().int().min(0).max(50).default(4).describe("Shorter subjects (after RE:/FW:) do not say what the mail is about. CJK characters count double."),
        singleBlockMaxChars: z.number().int().min(50).default(400).describe("A body longer than this written as one block should be split into paragraphs."),
        paragraphMaxChars: z.number().int().min(100).default(1200).describe("A paragraph longer than this is too long to read."),
      })
      .strict()
      .prefault({}),
    departmentHeads: z
      .record(z.string(), z.array(ADDRESS))
      .default({})
      .describe("§2.3.4 / §4.1.4: department name → the heads who receive the minutes (otherwise the attendees' managers from Microsoft Graph)."),
    rules: z.record(z.string(), SEVERITY_SETTING).default({}).describe("Severity per rule id: error, warning, info or off."),
    lexicon: z
      .object({
        vagueSubjects: z.array(z.string().min(1)).default([]),
        slang: z.array(z.string().min(1)).default([]),
        confidentialMarkers: z.array(z.string().min(1)).default([]),
        typos: z.record(z.string(), z.string()).default({}),
      })
      .strict()
      .prefault({})
      .describe("Words added to the built-in lists."),
    warningsOnSend: z
      .enum(["prompt", "allow"])
      .default("prompt")
      .describe("prompt: hold a mail with warnings once (Send Anyway); allow: send it without a word."),
    failureMode: z
      .enum(["allow", "block"])
      .default("allow")
      .describe("When the add-in itself fails at send time (item unreadable, policy unloadable, engine error): let the mail go, or hold it."),
    timeBudgetMs: z.number().int().min(500).max(4500).default(3000).describe("The on-send check's time budget; Outlook warns the user after 5 s."),
    compliance: complianceSchema,
    report: reportSchema,
  })
  .strict();

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
