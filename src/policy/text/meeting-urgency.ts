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

// The reason in the organizer's own words, with no label: a sentence that says what is going
// wrong now or what cannot wait ("今天上午 9:40 起报销审批全部卡在财务复核节点，今天是月结最后一天",
// "The payment gateway has been down since 08:00 and the sale starts at noon"). Both a cause and
// a why-now must be in the sentence; it is read only for a meeting that is marked urgent.
const CAUSE = /故障|中断|宕机|卡在|卡住|无法|报错|失败|停机|瘫痪|事故|告警|被攻击|泄露|投诉|\b(?:outage|down|incident|failed|failing|broken|breach|blocked|stuck|attack|escalat\w*)\b/;
const WHY_NOW = /马上|立即|立刻|尽快|临时|今天必须|今晚必须|(?:今天|今晚|明早|明天上午)(?:之前|前)?(?:必须|要|得)|最后一天|截止|\b(?:asap|immediately|right away|urgently|today is the last day|before (?:the )?end of (?:the )?day|by (?:noon|tonight|end of day)|cannot wait|can't wait)\b/;

export function scanUrgencyInProse(lines: BodyLine[]): UrgencyLine | undefined {
  for (const line of lines) {
    if (line.kind !== "paragraph") continue;
    const norm = line.norm.trim();
    if (norm === "" || !CAUSE.test(norm) || !WHY_NOW.test(norm)) continue;
    const lead = line.norm.length - line.norm.trimStart().length;
    const text = line.text.trim();
    return { reason: text, excerpt: text, start: line.start + lead, end: line.start + line.text.trimEnd().length };
  }
  return undefined;
}
