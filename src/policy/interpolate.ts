import { remembered } from "./remembered";
import type { Lang } from "./types";

// One message format for the engine's messages and the panes' strings: `{{name}}` fills in a
// value, and an ICU plural `{count, plural, =0 {…} one {# note} other {# notes}}` picks the
// branch Intl.PluralRules gives for the language (English has "one" and "other"; Chinese only
// "other"), with `#` standing for the number. Branches may hold `{{name}}` placeholders.
// Parsing is one pass over the template (no backtracking pattern).

export type MessagePart =
  | { kind: "text"; text: string }
  | { kind: "value"; name: string }
  | { kind: "plural"; name: string; branches: ReadonlyArray<{ key: string; parts: MessagePart[] }> };

const NAME_CHAR = /[A-Za-z0-9_]/;
const PLURAL_HEAD = /^\{\s*([A-Za-z0-9_]+)\s*,\s*plural\s*,/;

/** Reads `{{ name }}` at `at`; undefined when the characters there are no placeholder. */
function readValue(template: string, at: number): { name: string; end: number } | undefined {
  let i = at + 2;
  while (template[i] === " ") i++;
  const start = i;
  while (i < template.length && NAME_CHAR.test(template[i])) i++;
  const name = template.slice(start, i);
  while (template[i] === " ") i++;
  return name !== "" && template.startsWith("}}", i) ? { name, end: i + 2 } : undefined;
}

/** The end (index after the closing brace) of the brace group opened at `at`, or -1. */
function groupEnd(template: string, at: number): number {
  let depth = 0;
  for (let i = at; i < template.length; i++) {
    if (template[i] === "{") depth++;
    else if (template[i] === "}" && --depth === 0) return i + 1;
  }
  return -1;
}

function readPlural(template: string, at: number): { part: MessagePart; end: number } | undefined {
  const head = PLURAL_HEAD.exec(template.slice(at, at + 64));
  if (!head) return undefined;
  const close = groupEnd(template, at);
  if (close < 0) return undefined;
  const branches: Array<{ key: string; parts: MessagePart[] }> = [];
  let i = at + head[0].length;
  while (i < close - 1) {
    while (template[i] === " ") i++;
    const keyStart = i;
    while (i < close - 1 && template[i] !== " " && template[i] !== "{") i++;
    const key = template.slice(keyStart, i);
    while (template[i] === " ") i++;
    if (key === "" || template[i] !== "{") break;
    const end = groupEnd(template, i);
    if (end < 0 || end > close) return undefined;
    branches.push({ key, parts: parseMessage(template.slice(i + 1, end - 1)) });
    i = end;
  }
  return branches.some((b) => b.key === "other") ? { part: { kind: "plural", name: head[1], branches }, end: close } : undefined;
}

export function parseMessage(template: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") parts.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < template.length) {
    if (template[i] === "{") {
      const value = template[i + 1] === "{" ? readValue(template, i) : undefined;
      const plural = value ? undefined : readPlural(template, i);
      if (value || plural) {
        flush();
        parts.push(value ? { kind: "value", name: value.name } : (plural as { part: MessagePart }).part);
        i = value ? value.end : (plural as { end: number }).end;
        continue;
      }
    }
    text += template[i];
    i++;
  }
  flush();
  return parts;
}

const PLURAL_LOCALE: Record<Lang, string> = { en: "en", "zh-CN": "zh", "zh-TW": "zh" };
const pluralRules = new Map<Lang, Intl.PluralRules>();

// Every finding's message is filled in, thousands of times in a report: the few templates and
// counts are parsed and looked up once each (both caches bounded: a tenant's policy can add
// templates of its own).
const CACHE_MAX = 1024;
const categories = new Map<string, string>();
const parsedTemplates = new Map<string, readonly MessagePart[]>();

function pluralCategory(value: number, lang: Lang): string {
  return remembered(categories, CACHE_MAX, `${lang}|${value}`, () => {
    let rules = pluralRules.get(lang);
    if (!rules) {
      rules = new Intl.PluralRules(PLURAL_LOCALE[lang]);
      pluralRules.set(lang, rules);
    }
    return rules.select(value);
  });
}

type Data = Readonly<Record<string, string | number>>;

function renderParts(parts: readonly MessagePart[], data: Data, lang: Lang, count?: number): string {
  let out = "";
  for (const part of parts) {
    if (part.kind === "text") out += count === undefined ? part.text : part.text.split("#").join(String(count));
    else if (part.kind === "value") out += Object.prototype.hasOwnProperty.call(data, part.name) ? String(data[part.name]) : `{{${part.name}}}`;
    else out += renderPlural(part, data, lang);
  }
  return out;
}

function renderPlural(part: Extract<MessagePart, { kind: "plural" }>, data: Data, lang: Lang): string {
  const raw = data[part.name];
  const value = typeof raw === "number" ? raw : Number(raw);
  // An unknown count stays visible, as an unknown placeholder does.
  if (raw === undefined || Number.isNaN(value)) return `{{${part.name}}}`;
  const exact = part.branches.find((b) => b.key === `=${value}`);
  const category = pluralCategory(value, lang);
  const branch = exact ?? part.branches.find((b) => b.key === category) ?? part.branches.find((b) => b.key === "other");
  return branch ? renderParts(branch.parts, data, lang, value) : "";
}

/** Fills `{{name}}` placeholders and ICU plurals; an unknown name stays visible so tests can catch it. */
export function interpolate(template: string, data: Data, lang: Lang = "en"): string {
  if (!template.includes("{")) return template;
  return renderParts(remembered(parsedTemplates, CACHE_MAX, template, () => parseMessage(template)), data, lang);
}

/** The names a message reads: its placeholders and its plural arguments. */
export function messageNames(template: string): string[] {
  const names = new Set<string>();
  const visit = (parts: readonly MessagePart[]): void => {
    for (const p of parts) {
      if (p.kind === "value") names.add(p.name);
      else if (p.kind === "plural") {
        names.add(p.name);
        p.branches.forEach((b) => visit(b.parts));
      }
    }
  };
  visit(parseMessage(template));
  return Array.from(names).sort();
}
