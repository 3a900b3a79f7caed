import { didYouMean } from "./did-you-mean";
import { PROBLEM_TEXT, SCHEMA_MESSAGES, TYPE_NAMES, type ProblemTextId } from "./config-error-strings";
import { displayText } from "./display-text";
import { interpolate } from "./interpolate";
import type { Lang } from "./types";

// What is wrong with a policy file (or a .json draft), as data: every problem at once, each
// with its key path, in our own words rendered per language, with a "did you mean" for an
// unknown key or rule id. Written against the validator's issue objects (code, path, keys,
// expected, minimum, …), which zod and zod/mini share; the validator's own messages are never
// shown (a schema's custom message is only a key into SCHEMA_MESSAGES).

export type ProblemPath = ReadonlyArray<string | number>;

export interface PolicyProblem {
  path: ProblemPath;
  /** An id of PROBLEM_TEXT, or "schema": the schema's message `data.message`, said in our words. */
  code: ProblemTextId | "schema";
  data: Readonly<Record<string, string | number>>;
  /** The allowed values, for "oneOf". */
  values?: readonly string[];
}

/** A validator issue as zod (classic or mini) reports it; only what the translation reads. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly errors?: ReadonlyArray<readonly IssueLike[]>;
}

/** More than this many problems are summed up in one line: a broken file is not a flood. */
export const MAX_PROBLEMS = 50;

interface Context {
  input: unknown;
  schema: unknown;
}

function toPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Whether the input has a value (even null) at the path. */
function hasValueAt(input: unknown, path: ProblemPath): boolean {
  let node = input;
  for (const key of path) {
    if (!isRecord(node) || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = node[key];
  }
  return true;
}

/** The schema nodes a value at the path is checked by (several under a union). */
function schemaNodesAt(schema: unknown, path: ProblemPath): unknown[] {
  let nodes = unwrap(schema);
  for (const key of path) nodes = nodes.flatMap((node) => unwrap(childOf(node, key)));
  return nodes;
}

function defOf(node: unknown): Record<string, unknown> | undefined {
  const zod = isRecord(node) ? node._zod : undefined;
  return isRecord(zod) && isRecord(zod.def) ? zod.def : undefined;
}

const WRAPPERS = new Set(["default", "prefault", "optional", "nullable", "readonly", "catch", "nonoptional", "success"]);

/** The object, array or record schemas behind defaults, optionals, pipes and unions. */
function unwrap(node: unknown, depth = 0): unknown[] {
  const def = defOf(node);
  if (!def || depth > 20) return [];
  if (WRAPPERS.has(String(def.type))) return unwrap(def.innerType, depth + 1);
  if (def.type === "pipe") return unwrap(defOf(def.in)?.type === "transform" ? def.out : def.in, depth + 1);
  if (def.type === "union" && Array.isArray(def.options)) return def.options.flatMap((o: unknown) => unwrap(o, depth + 1));
  return [node];
}

function childOf(node: unknown, key: string | number): unknown {
  const def = defOf(node);
  if (def?.type === "object" && isRecord(def.shape)) return def.shape[key];
  if (def?.type === "array") return def.element;
  if (def?.type === "record") return def.valueType;
  return undefined;
}

/** The keys an object at the path may have, for a "did you mean". */
export function knownKeysAt(schema: unknown, path: ProblemPath): string[] {
  const keys = new Set<string>();
  for (const node of schemaNodesAt(schema, path)) {
    const def = defOf(node);
    if (def?.type === "object" && isRecord(def.shape)) Object.keys(def.shape).forEach((k) => keys.add(k));
  }
  return [...keys];
}

function withSuggestion(data: Record<string, string | number>, word: string, known: readonly string[]): Record<string, string | number> {
  const suggestion = didYouMean(word, known);
  return suggestion === undefined ? data : { ...data, suggestion };
}

function sizeProblem(issue: IssueLike, path: ProblemPath): PolicyProblem {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const data = { limit };
  if (issue.origin === "array" || issue.origin === "set") return { path, code: small ? (limit <= 1 ? "listEmpty" : "listMin") : "listMax", data };
  if (issue.origin === "string") return { path, code: small ? (limit <= 1 ? "textEmpty" : "textMin") : "textMax", data };
  if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
    const inclusive = issue.inclusive !== false;
    return { path, code: small ? (inclusive ? "numberMin" : "numberAbove") : inclusive ? "numberMax" : "numberBelow", data };
  }
  return { path, code: "invalid", data: {} };
}

function typeName(expected: string | undefined): string {
  return expected !== undefined && expected in TYPE_NAMES ? expected : "other";
}

/** A union: the discriminator's values, the one type every branch wanted, or the nearest branch's problems. */
function unionProblems(issue: IssueLike, path: ProblemPath, context: Context): PolicyProblem[] {
  const options = (issue as { options?: unknown }).options;
  if (Array.isArray(options)) return [{ path, code: "oneOf", data: {}, values: options.map(String) }];
  const branches = issue.errors ?? [];
  const shallow = (i: IssueLike) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value");
  const nearest = branches.find((branch) => branch.length > 0 && !branch.every(shallow));
  if (nearest) return nearest.flatMap((inner) => problemsOf({ ...inner, path: [...path, ...inner.path] }, context));
  const typed = branches.flat().find((i) => i.code === "invalid_type");
  return [typed ? { path, code: "expectedType", data: { expected: typeName(typed.expected) } } : { path, code: "invalid", data: {} }];
}

function problemsOf(issue: IssueLike, context: Context): PolicyProblem[] {
  const path = toPath(issue.path);
  if (Object.prototype.hasOwnProperty.call(SCHEMA_MESSAGES, issue.message)) return [{ path, code: "schema", data: { message: issue.message } }];
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(context.schema, path);
      return (issue.keys ?? []).map((key) => ({ path, code: "unknownKey", data: withSuggestion({ key }, key, known) }));
    }
    case "invalid_type":
      if (path.length === 0 && issue.expected === "object") return [{ path, code: "notObject", data: {} }];
      if (!hasValueAt(context.input, path)) return [{ path, code: "missing", data: {} }];
      return [{ path, code: "expectedType", data: { expected: typeName(issue.expected) } }];
    case "invalid_value":
      return [{ path, code: "oneOf", data: {}, values: (issue.values ?? []).map(String) }];
    case "too_small":
    case "too_big":
      return [sizeProblem(issue, path)];
    case "invalid_union":
      return unionProblems(issue, path, context);
    default:
      return [{ path, code: "invalid", data: {} }];
  }
}

function capped(problems: PolicyProblem[]): PolicyProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { path: [], code: "more", data: { count: problems.length - MAX_PROBLEMS } }];
}

/** The validator's issues about `input` (checked by `schema`) as problems, at most MAX_PROBLEMS and a summary. */
export function problemsFromIssues(issues: readonly IssueLike[], input: unknown, schema: unknown, extra: readonly PolicyProblem[] = []): PolicyProblem[] {
  return capped([...issues.flatMap((issue) => problemsOf(issue, { input, schema })), ...extra]);
}

/** Rule ids that are not in the registry, each with the nearest known one. */
export function unknownRuleProblems(ids: readonly string[], path: ProblemPath, knownRules: readonly string[]): PolicyProblem[] {
  return ids.filter((id) => !knownRules.includes(id)).map((id) => ({ path, code: "unknownRule", data: withSuggestion({ id }, id, knownRules) }));
}

/** The place of a JSON.parse error (V8 names the offset; without one, the end of the text). */
export function jsonSyntaxProblem(error: unknown, text: string): PolicyProblem {
  const found = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
  const offset = Math.min(found ? Number(found[1]) : text.length, text.length);
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { path: [], code: "jsonSyntax", data: { line, column } };
}

/** A file's text as JSON (a leading BOM, as Notepad writes it, is skipped). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: PolicyProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, problem: jsonSyntaxProblem(e, body) };
  }
}

const MAX_SHOWN = 80;

function quoted(value: string, lang: Lang): string {
  const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
  const shown = displayText(short);
  return lang === "zh-TW" ? `「${shown}」` : `“${shown}”`;
}

/** `workingHours.start`, `helpdeskAddresses[0]`, `departmentHeads["IT Dept."]`. */
export function pathText(path: ProblemPath): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$/-]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(displayText(key.slice(0, MAX_SHOWN)))}]`;
  }
  return text;
}

function problemMessage(problem: PolicyProblem, lang: Lang): string {
  if (problem.code === "schema") return SCHEMA_MESSAGES[String(problem.data.message)]?.[lang] ?? PROBLEM_TEXT.invalid[lang];
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem.data)) data[key] = typeof value === "number" ? value : quoted(value, lang);
  if (typeof problem.data.expected === "string") data.expected = (TYPE_NAMES[problem.data.expected] ?? TYPE_NAMES.other)[lang];
  if (problem.values) data.allowed = problem.values.map((v) => quoted(v, lang)).join(lang === "en" ? ", " : "、");
  const text = interpolate(PROBLEM_TEXT[problem.code][lang], data);
  return problem.data.suggestion === undefined ? text : text + interpolate(PROBLEM_TEXT.didYouMean[lang], data);
}

/** One problem in the user's language: the key path, then what is wrong there. */
export function problemText(problem: PolicyProblem, lang: Lang): string {
  const where = pathText(problem.path);
  const message = problemMessage(problem, lang);
  return where ? `${where}${lang === "en" ? ": " : "："}${message}` : message;
}
