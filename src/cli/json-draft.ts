import { parseDraftText } from "../policy/draft-schema";
import type { Draft } from "../policy/types";
import { decodeText } from "./bytes";
import { InputError } from "./input-error";

/** A `.json` file with one draft or an array of drafts in the documented format. */
export function jsonToDrafts(bytes: Uint8Array): Draft[] {
  const result = parseDraftText(decodeText(bytes));
  if (!result.ok) {
    const shown = result.errors.slice(0, 3).join("; ");
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : "";
    throw new InputError(`not a valid draft: ${shown}${more}`);
  }
  return result.drafts;
}
