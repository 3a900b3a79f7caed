import { isRequest, saysNoActionNeeded } from "./intent";
import type { ParsedBody, Segment } from "./segment";
import { sentencesOf } from "./sentences";

// Where the end of a mail begins: the closing ask ("Could you reply by Friday?"), the sign-off
// ("Thanks,") and a bare name left under the prose ("Tom"). Text that belongs to the details
// (an attachment list, a template) goes in front of it, so the mail still ends with its ask
// and its signature.

/** A bare name or team left under the prose when no sign-off was recognised ("李娜", "IT Service Desk"). */
export function isNameLine(segment: Segment): boolean {
  const text = segment.text.trim();
  if (text.includes("\n") || text.length > 24 || /[。.!?！？,，:：;；]/.test(text)) return false;
  return text.split(/\s+/).length <= 3;
}

function asks(segment: Segment, norm: string): boolean {
  return sentencesOf(segment).some((s) => {
    const folded = norm.slice(s.start, s.end);
    return isRequest(folded) || saysNoActionNeeded(folded);
  });
}

/**
 * Offset in ParsedBody.text where the closing begins (the ask, the sign-off or the trailing
 * name, whichever comes first), or undefined when the mail has none: its end is its last line.
 */
export function closingStart(body: ParsedBody): number | undefined {
  const paragraphs = [...body.paragraphs];
  let start = body.signoff?.start;
  while (paragraphs.length > 1 && isNameLine(paragraphs[paragraphs.length - 1])) start = (paragraphs.pop() as Segment).start;
  const last = paragraphs[paragraphs.length - 1];
  // The only paragraph is the whole message: what it asks is the mail's substance, not its closing.
  if (last && paragraphs.length > 1 && asks(last, body.ownNorm)) start = last.start;
  return start;
}
