import * as z from "zod/mini";

// §5.1.1 / §5.2 of the policy: the administration department checks compliance, and
// performance appraisal looks at the timeliness, accuracy, effectiveness and politeness of
// communication. Which rules feed which of the four is the tenant's choice; these defaults
// follow the clauses each rule enforces (§1.3.1 accuracy, §1.3.3 politeness, §2.1.4 / §2.2.4
// timing, §2.3 meetings). A rule may feed several dimensions, or none.

export const DIMENSIONS = ["timeliness", "accuracy", "effectiveness", "politeness"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DEFAULT_DIMENSIONS: Readonly<Record<Dimension, readonly string[]>> = {
  timeliness: ["mail/send-time", "mail/minutes-late", "meeting/advance-booking", "meeting/reminder"],
  accuracy: [
    "mail/subject-present",
    "mail/subject-specific",
    "mail/opening-purpose",
    "mail/language-typo",
    "mail/attachment-missing",
    "mail/attachments-described",
    "mail/recipients-present",
    "mail/recipients-mentioned",
    "meeting/subject-specific",
  ],
  effectiveness: [
    "mail/body-paragraphs",
    "mail/closing-action",
    "mail/it-report-fields",
    "mail/minutes-content",
    "mail/minutes-recipients",
    "meeting/attendees",
    "meeting/agenda",
    "meeting/minute-taker",
    "meeting/materials",
    "meeting/online-join",
  ],
  politeness: ["mail/politeness", "mail/language-slang"],
};

const RULE_LIST = z.array(z.string().check(z.regex(/^[a-z]+\/[a-z0-9-]+$/, "a rule id such as mail/politeness")));

export const reportSchema = z
  .prefault(
    z.strictObject({
      dimensions: z
        .prefault(
          z.strictObject({
            timeliness: z._default(RULE_LIST, [...DEFAULT_DIMENSIONS.timeliness]),
            accuracy: z._default(RULE_LIST, [...DEFAULT_DIMENSIONS.accuracy]),
            effectiveness: z._default(RULE_LIST, [...DEFAULT_DIMENSIONS.effectiveness]),
            politeness: z._default(RULE_LIST, [...DEFAULT_DIMENSIONS.politeness]),
          }),
          {},
        )
        .check(z.describe("§5.2: the rules whose findings count against each appraisal dimension.")),
    }),
    {},
  )
  .check(z.describe("comm-policy report: how the compliance report groups the findings."));

export type ReportSettings = z.output<typeof reportSchema>;
