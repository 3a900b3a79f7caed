import * as z from "zod/mini";

// One compliance event: what happened to one finding, with no word of the mail itself (§5,
// issue 15). The add-in builds and queues these; the service validates every batch with this
// same schema and refuses a bad batch whole. Both sides import this module, so they cannot
// drift. Limits are generous for honest clients and small enough that a batch stays far below
// the service's body limit.

export const EVENT_ACTIONS = ["shown", "fixed", "sent-despite", "reported-wrong", "blocked"] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const ITEM_KINDS = ["message", "appointment"] as const;
export const EVENT_SEVERITIES = ["error", "warning", "info"] as const;

/** Events in one POST; the queue sends batches of BATCH_SIZE. */
export const MAX_BATCH_EVENTS = 500;
export const BATCH_SIZE = 100;
/** A one-line reason or comment; longer text is refused, not cut, so nothing is silently lost. */
export const MAX_REASON_CHARS = 500;

const RULE_ID = /^[a-z][a-z0-9-]{0,30}\/[a-z0-9-]{1,40}$/;
const EVENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const USER_KEY = /^[0-9a-f]{64}$/;
const REQUIREMENT_SET = /^\d{1,2}\.\d{1,2}$/;

/** PostgreSQL text cannot hold U+0000; such a string is refused here rather than failing at INSERT. */
function hasNoNul(text: string): boolean {
  return !text.includes("\u0000");
}

// zod/mini, as the policy schema: the panes then carry one zod, not two.
const text = (max: number) => z.string().check(z.maxLength(max), z.refine(hasNoNul, "no NUL characters"));

export const complianceEventSchema = z.strictObject({
  /** Made by the client (crypto.randomUUID), so a retried batch is stored once. */
  id: z.string().check(z.regex(EVENT_ID, "8–64 letters, digits, - or _")),
  time: z.iso.datetime({ offset: true }),
  /** HMAC-SHA256 of the user's Entra object id with the tenant's key, hex (user-key.ts). */
  userKey: z.string().check(z.regex(USER_KEY, "64 hex digits")),
  department: z._default(text(128), ""),
  policyVersion: text(64),
  /** Office host and platform, e.g. "OutlookWebApp" or "PC". */
  client: text(64),
  /** Highest Mailbox requirement set the client supports, e.g. "1.14". */
  requirementSet: z.string().check(z.regex(REQUIREMENT_SET, "a requirement set such as 1.14")),
  itemKind: z.enum(ITEM_KINDS),
  rule: z.string().check(z.regex(RULE_ID, "a rule id such as mail/subject-present")),
  severity: z.enum(EVENT_SEVERITIES),
  action: z.enum(EVENT_ACTIONS),
  /** The user's reason (sent-despite) or comment (reported-wrong): stored and shown as text. */
  reason: z._default(text(MAX_REASON_CHARS), ""),
  fixId: z.optional(text(64)),
  /** The on-send check's id (the x-comm-policy stamp's `id`), to tie events of one send together. */
  checkId: z.optional(z.string().check(z.regex(EVENT_ID))),
});

export type ComplianceEvent = z.output<typeof complianceEventSchema>;
export type ComplianceEventInput = z.input<typeof complianceEventSchema>;

function idsAreUnique(events: readonly { id: string }[]): boolean {
  return new Set(events.map((e) => e.id)).size === events.length;
}

export const eventBatchSchema = z.strictObject({
  events: z.array(complianceEventSchema).check(z.minLength(1), z.maxLength(MAX_BATCH_EVENTS), z.refine(idsAreUnique, "event ids must be unique within a batch")),
  /** Events this device's queue dropped (full) since its last acknowledged batch. */
  dropped: z._default(z.int().check(z.minimum(0), z.maximum(1_000_000)), 0),
});

export type EventBatch = z.output<typeof eventBatchSchema>;

/** What the service answers to an accepted batch. */
export interface BatchReceipt {
  /** Events stored now. */
  stored: number;
  /** Events already stored by an earlier try of the same batch. */
  duplicates: number;
}
