import { textOf } from "../../lexicon/match";
import { addressKey } from "../../people";
import { defineRule } from "../../rule";
import type { Person } from "../../types";

/** §2.2.4: show who is outside the company before the mail leaves it (as MailTips do). */
export default defineRule({
  id: "mail/recipients-external",
  appliesTo: "mail",
  defaultSeverity: "info",
  needsCompanyDomains: true,
  clause: "§2.2.4",
  description: {
    en: "Recipients outside the company are pointed out.",
    "zh-CN": "提示公司外部的收件人。",
    "zh-TW": "提示公司外部的收件者。",
  },
  messages: {
    external: {
      en: "{count, plural, one {# recipient} other {# recipients}} outside the company: {{addresses}}.",
      "zh-CN": "有 {count, plural, other {# 位收件人}}在公司外部：{{addresses}}。",
      "zh-TW": "有 {count, plural, other {# 位收件者}}在公司外部：{{addresses}}。",
    },
  },
  check({ recipients, isInternal }) {
    const external = uniqueAddresses(recipients.filter((p) => textOf(p.address).trim() !== "" && !isInternal(textOf(p.address))));
    if (external.length === 0) return [];
    return [{ messageId: "external", data: { count: external.length, addresses: external.join(", ") }, location: { field: "to" } }];
  },
});

function uniqueAddresses(people: Person[]): string[] {
  const seen = new Map<string, string>();
  for (const p of people) {
    const address = textOf(p.address).trim();
    const key = addressKey(address);
    if (!seen.has(key)) seen.set(key, address);
  }
  return Array.from(seen.values());
}
