import { parseDraftText } from "../policy/draft-schema";
import type { Draft } from "../policy/types";
import { decodeText } from "./bytes";
import { InputError } from "./input-error";

/**
 * Someone writing a draft by hand leaves out the lists that are empty: no Bcc, no
 * attachments. In a file, absent means none (in Outlook, absent means "could not be read").
 */
function withEmptyLists(draft: Draft): Draft {
  if (draft.kind === "mail") {
    return { ...draft, to: draft.to ?? [], cc: draft.cc ?? [], bcc: draft.bcc ?? [], attachments: draft.attachments ?? [] };
  }
  return { ...draft, requiredAttendees: draft.requiredAttendees ?? [], optionalAttendees: draft.optionalAttendees ?? [], attachments: draft.attachments ?? [] };
}

/** A `.json` file with one draft or an array of drafts in the documented format. */
export function jsonToDrafts(bytes: Uint8Array): Draft[] {
  const result = parseDraftText(decodeText(bytes));
  if (!result.ok) throw new InputError("badDraft", {}, result.problems);
  return result.drafts.map(withEmptyLists);
}
