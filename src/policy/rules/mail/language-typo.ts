import { findLexiconHits, inWritersForm, needsWordBoundary, proseLang, type TermOptions } from "../../lexicon/match";
import { EN_TYPOS, ZH_TYPOS } from "../../lexicon/typos";
import { ZH_IME_TYPOS } from "../../lexicon/typos-ime";
import { ZH_CONTEXT_TYPOS } from "../../lexicon/typos-context";
import { ZH_DE_TYPOS } from "../../lexicon/typos-de";
import { defineRule, type Report } from "../../rule";
import { normalizeTerm } from "../../text/normalize";
import { perPolicy } from "../../lexicon/per-policy";

/** §2.2.3: no typos. Only curated misspellings that are wrong wherever they appear. */
export default defineRule({
  id: "mail/language-typo",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.3",
  description: {
    en: "The mail has no common misspellings.",
    "zh-CN": "邮件中没有常见错别字。",
    "zh-TW": "郵件中沒有常見錯別字。",
  },
  messages: {
    typo: {
      en: "\"{{wrong}}\" looks misspelt; did you mean \"{{right}}\"?",
      "zh-CN": "“{{wrong}}”疑似错别字，应为“{{right}}”。",
      "zh-TW": "「{{wrong}}」疑似錯別字，應為「{{right}}」。",
    },
    replace: {
      en: "Replace with \"{{right}}\"",
      "zh-CN": "替换为“{{right}}”",
      "zh-TW": "替換為「{{right}}」",
    },
  },
  check({ body, policy, subject, checkpoint }) {
    const hits = findLexiconHits(body, preparedTypos(policy), (typo) => typo.wrong, checkpoint);
    const lang = proseLang(body, subject.stripped);
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const hit of hits) {
      const wrong = body.ownText.slice(hit.start, hit.end);
      if (seen.has(wrong)) continue;
      seen.add(wrong);
      const right = inWritersForm(wrong, hit.entry.right, lang);
      const occurrence = occurrencesBefore(body.ownText, wrong, hit.start);
      reports.push({
        messageId: "typo",
        data: { wrong, right },
        location: { field: "body", excerpt: wrong, start: hit.start, end: hit.end },
        suggestions: [{ messageId: "replace", data: { right }, fix: { kind: "replaceText", field: "body", find: wrong, replace: right, ...(occurrence > 0 ? { occurrence } : {}) } }],
      });
    }
    return reports;
  },
});

/**
 * How many times `wrong` appears before the finding: a context entry's first appearance may be
 * right (在次日 before 在次确认), and the fix has to change the one that was found.
 */
function occurrencesBefore(text: string, wrong: string, before: number): number {
  let count = 0;
  for (let at = text.indexOf(wrong); at !== -1 && at < before; at = text.indexOf(wrong, at + wrong.length)) count++;
  return count;
}

interface NormalizedTypo extends TermOptions {
  wrong: string;
  right: string;
}

const preparedTypos = perPolicy((policy) => typoEntries(policy.lexicon.typos));

function typoEntries(tenant: Readonly<Record<string, string>>): NormalizedTypo[] {
  const all: NormalizedTypo[] = [
    ...ZH_TYPOS,
    ...ZH_IME_TYPOS,
    ...ZH_CONTEXT_TYPOS,
    ...ZH_DE_TYPOS,
    ...Object.entries(EN_TYPOS).map(([wrong, right]) => ({ wrong, right })),
    ...Object.entries(tenant).map(([wrong, right]) => ({ wrong, right })),
  ];
  return all.map((e) => {
    const wrong = normalizeTerm(e.wrong);
    return { ...e, wrong, notAfter: e.notAfter?.map(normalizeTerm), notBefore: e.notBefore?.map(normalizeTerm), onlyAfter: e.onlyAfter?.map(normalizeTerm), onlyBefore: e.onlyBefore?.map(normalizeTerm), asWord: needsWordBoundary(wrong) };
  });
}
