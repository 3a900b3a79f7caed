import type { Report } from "./rule";
import { LANGS, type FixAction, type Lang, type LocalizedText } from "./types";

// A rule that wants parts a text lacks (the fields of an IT report, the parts of minutes)
// reports them one way: their ids, their count, their names listed in every language, and
// the template that has them all as the suggestion.

type TemplateId = Extract<FixAction, { kind: "insertTemplate" }>["template"];

/** Names as a list in one language: "讨论内容、决定事项", "the discussion, the consensus and the decisions". */
export function listNames(names: readonly string[], lang: Lang): string {
  if (lang !== "en") return names.join("、");
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The listed names of `parts` in every language. */
export function partNames<P extends string>(parts: readonly P[], names: Readonly<Record<P, LocalizedText>>): LocalizedText {
  const out = {} as LocalizedText;
  for (const lang of LANGS) out[lang] = listNames(parts.map((p) => names[p][lang]), lang);
  return out;
}

/** The one finding of a body that lacks `missing`, with the template as its suggestion. */
export function missingPartsReport<P extends string>(messageId: string, missing: readonly P[], names: Readonly<Record<P, LocalizedText>>, template: TemplateId): Report {
  return {
    messageId,
    data: { missing: missing.join(","), count: missing.length, missingText: partNames(missing, names) },
    location: { field: "body" },
    suggestions: [{ messageId: "insertTemplate", fix: { kind: "insertTemplate", template } }],
  };
}
