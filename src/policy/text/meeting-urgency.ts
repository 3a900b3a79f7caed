import type { UrgencyLine } from "./meeting-body";
import { isPlaceholder, type BodyLine } from "./meeting-lines";

// The reason an urgent meeting is booked at short notice.

const URGENCY_LABEL = /^[-•*\s]*(?:紧急原因|加急原因|紧急事由|reason for urgency|urgency reason|reason for the urgency|urgent because|urgency)\s*[:：]\s*/;

export function scanUrgency(lines: BodyLine[]): UrgencyLine | undefined {
  for (const line of lines) {
    const trimmedNorm = line.norm.trimStart();
    const lead = line.norm.length - trimmedNorm.length;
    const m = URGENCY_LABEL.exec(trimmedNorm);
    if (!m) continue;
    const reason = line.text.slice(lead + m[0].length).trim();
    if (reason === "" || isPlaceholder(reason)) continue;
    return { reason, excerpt: line.text.trim(), start: line.start + lead, end: line.start + line.text.trimEnd().length };
  }
  return undefined;
}
