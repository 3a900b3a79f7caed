import { parseDraftText } from "../policy/draft-schema";
import type { Draft } from "../policy/types";
import { decodeText } from "./bytes";
import { InputError } from "./input-error";

/** A `.json` file with one draft or an array of drafts in the documented format. */
export function jsonToDrafts(bytes: Uint8Array): Draft[] {
  const result = parseDraftText(decodeText(bytes));
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : "";
    throw new InputError(`not a valid draft: ${result.errors[0]}${more}`);
  }
  return result.drafts;
}
