import { findLexiconHits, inWritersForm, needsWordBoundary, proseLang } from "../../lexicon/match";
import { SLANG, type SlangEntry } from "../../lexicon/slang";
import { defineRule } from "../../rule";
import { normalizeTerm } from "../../text/normalize";
import type { Report } from "../../rule";
import { perPolicy } from "../../lexicon/per-policy";

/** The built-in slang and the tenant's, each with its normalised form (and its match options, for findLexiconHits). */
const preparedSlang = perPolicy((policy) =>
  [...SLANG, ...policy.lexicon.slang.map((term): SlangEntry => ({ term }))].map((entry) => {
    const norm = normalizeTerm(entry.term);
    const options: SlangEntry = needsWordBoundary(norm) ? { ...entry, asWord: true } : entry;
    return { ...options, entry: options, norm };
  }),
);

/** §2.2.3: standard written language, no internet slang. */
export default defineRule({
  id: "mail/language-slang",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "The mail is written in standard language, without internet slang.",
    "zh-CN": "邮件使用规范书面语，不用网络用语。",
    "zh-TW": "郵件使用規範書面語，不用網路用語。",
  },
  messages: {
    slang: {
      en: "\"{{term}}\" is internet slang. Use standard written language in work mail.",
      "zh-CN": "“{{term}}”是网络用语。工作邮件请使用规范书面语。",
      "zh-TW": "「{{term}}」是網路用語。工作郵件請使用規範書面語。",
    },
    replace: {
      en: "Replace with \"{{replacement}}\"",
      "zh-CN": "替换为“{{replacement}}”",
      "zh-TW": "替換為「{{replacement}}」",
    },
  },
  check({ body, policy, subject, checkpoint }) {
    const hits = findLexiconHits(body, preparedSlang(policy), (prepared) => prepared.norm, checkpoint);
    const lang = proseLang(body, subject.stripped);
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const { start, end, entry: prepared } of hits) {
      const hit = { start, end, entry: prepared.entry };
      const key = prepared.norm;
      if (seen.has(key)) continue;
      seen.add(key);
      const excerpt = body.ownText.slice(hit.start, hit.end);
      const report: Report = { messageId: "slang", data: { term: excerpt }, location: { field: "body", excerpt, start: hit.start, end: hit.end } };
      const standard = replacementFor(hit.entry, body.norm, hit.end);
      if (standard) {
        const replacement = inWritersForm(excerpt, standard, lang, true);
        report.suggestions = [{ messageId: "replace", data: { replacement }, fix: { kind: "replaceText", field: "body", find: excerpt, replace: replacement } }];
      }
      reports.push(report);
    }
    return reports;
  },
});

/** The standard word for a slang term where it stands: its contextual form, else its own. */
function replacementFor(entry: SlangEntry, norm: string, end: number): string | undefined {
  for (const [next, replacement] of Object.entries(entry.replacementBefore ?? {})) if (norm.startsWith(next, end)) return replacement;
  return entry.replacement;
}
