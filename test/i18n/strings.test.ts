import { MEETING_PANE_TEXT } from "../../src/i18n/meeting-pane";
import { MESSAGE_PANE_TEXT } from "../../src/i18n/message-pane";
import { pseudoLocalize, tableText } from "../../src/i18n/strings";
import { interpolate, messageNames, parseMessage, type MessagePart } from "../../src/policy/interpolate";
import { ALL_RULES } from "../../src/policy/rules/index.generated";
import { LANGS, type Lang, type LocalizedText } from "../../src/policy/types";

// Every string the panes show and every message of the rules, in the one message format: the
// same values and plural arguments in the three languages, English counts in plural form,
// Chinese punctuation full-width, and the pseudo-locale keeping the syntax intact.

const TABLES: Array<[string, Record<string, LocalizedText>]> = [
  ["message pane", MESSAGE_PANE_TEXT],
  ["meeting pane", MEETING_PANE_TEXT],
  ...ALL_RULES.map((rule): [string, Record<string, LocalizedText>] => [rule.id, { ...rule.messages }]),
];
const ENTRIES = TABLES.flatMap(([table, entries]) => Object.entries(entries).map(([id, text]) => ({ where: `${table} ${id}`, text })));

function pluralNames(parts: readonly MessagePart[]): string[] {
  return parts.flatMap((p) => (p.kind === "plural" ? [p.name, ...p.branches.flatMap((b) => pluralNames(b.parts))] : [])).sort();
}

function sample(template: string, count: number): Record<string, string | number> {
  return Object.fromEntries(messageNames(template).map((n) => [n, count]));
}

describe("the one message format", () => {
  test.each(["en", "zh-CN", "zh-TW"] as const)("ICU plurals pick the form of the language (%s)", (lang: Lang) => {
    const template = "{n, plural, =0 {no notes} one {# note} other {# notes}} for {{who}}";
    expect(interpolate(template, { n: 0, who: "Lisa" }, lang)).toBe("no notes for Lisa");
    expect(interpolate(template, { n: 1, who: "Lisa" }, lang)).toBe(lang === "en" ? "1 note for Lisa" : "1 notes for Lisa");
    expect(interpolate(template, { n: 3, who: "Lisa" }, lang)).toBe("3 notes for Lisa");
  });

  test("an unknown value stays visible; a value holding # or braces is left as it is", () => {
    expect(interpolate("{n, plural, other {# items}} of {{x}}", {}, "en")).toBe("{{n}} of {{x}}");
    expect(interpolate("{n, plural, one {# file: {{name}}} other {# files}}", { n: 1, name: "#1 {draft}" }, "en")).toBe("1 file: #1 {draft}");
  });

  test("every string has a text in each language, reads the same plural arguments, and renders without syntax left over", () => {
    for (const { where, text } of ENTRIES) {
      for (const lang of LANGS) expect({ where, lang, empty: text[lang].trim() === "" }).toEqual({ where, lang, empty: false });
      const plurals = pluralNames(parseMessage(text.en));
      for (const lang of LANGS) {
        expect({ where, lang, plurals: pluralNames(parseMessage(text[lang])) }).toEqual({ where, lang, plurals });
        for (const count of [1, 2]) {
          const out = interpolate(text[lang], sample(text[lang], count), lang);
          expect({ where, lang, out, left: /\{\{|, plural,|\{#|#\}/.test(out) }).toEqual({ where, lang, out, left: false });
        }
      }
    }
  });

  test("English counts are plural forms, never '1 notes' or 'item(s)'", () => {
    const bare = /\{\{\w+\}\} (?:[a-z]+ )?(?:minutes|hours|days|notes|items|recipients|attendees|attachments|characters|departments|heads|files|errors|warnings|findings)\b|\(s\)/;
    const offenders = ENTRIES.filter(({ text }) => bare.test(text.en)).map((e) => `${e.where}: ${e.text.en}`);
    expect(offenders).toEqual([]);
    expect(tableText(MESSAGE_PANE_TEXT, "en", "summary", { errors: 0, warnings: 1, infos: 1 })).toBe("0 to fix · 1 to review · 1 note");
    expect(tableText(MEETING_PANE_TEXT, "en", "savedReminder", { minutes: 1 })).toBe("Reminder set to 1 minute before the start.");
  });

  test("Chinese strings use full-width punctuation next to Chinese text", () => {
    const halfWidth = /\p{Script=Han}[,:;!?()]|[,:;!?()]\s*\p{Script=Han}/u;
    const offenders = ENTRIES.flatMap(({ where, text }) =>
      (["zh-CN", "zh-TW"] as const).map((lang) => ({ where, lang, out: interpolate(text[lang], sample(text[lang], 2), lang) })).filter((e) => halfWidth.test(e.out)),
    );
    expect(offenders).toEqual([]);
  });

  test("the pseudo-locale accents the words and keeps values and plural syntax working", () => {
    const out = pseudoLocalize("{n, plural, one {# note} other {# notes}} for {{who}}");
    expect(interpolate(out, { n: 1, who: "Lisa" }, "en")).toMatch(/^\[1 ñöţé ƒöŕ Lisa ~+\]$/);
    expect(tableText(MESSAGE_PANE_TEXT, "qps-ploc", "summary", { errors: 2, warnings: 0, infos: 1 })).toMatch(/^\[2 ţö ƒîẋ · 0 ţö ŕéṽîéŵ · 1 ñöţé ~+\]$/);
  });
});
