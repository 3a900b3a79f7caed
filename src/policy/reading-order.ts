import type { TextLocation } from "./types";

// Where a finding sits in the item as a person reads it: the subject, the recipients, the
// time and place, the attachments, then the body from top to bottom. Findings are listed in
// this order within each severity, on every face (pane, Send dialog, CLI report).

const FIELD_RANK: Record<TextLocation["field"], number> = {
  subject: 0,
  to: 1,
  cc: 2,
  bcc: 3,
  attendees: 4,
  time: 5,
  location: 6,
  attachments: 7,
  body: 8,
};

const BODY_BASE = 100;

/** A sort key: smaller reads first; a finding without a place comes last. */
export function readingOrder(location: TextLocation | undefined): number {
  if (!location) return Number.MAX_SAFE_INTEGER;
  const rank = FIELD_RANK[location.field];
  return rank === FIELD_RANK.body ? BODY_BASE + (location.start ?? 0) : rank;
}
