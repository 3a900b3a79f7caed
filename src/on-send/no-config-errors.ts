import type { IssueLike, PolicyProblem, ProblemPath } from "../policy/config-errors";

// Stands in for src/policy/config-errors.ts in the on-send bundle (scripts/onsend/build.js).
// The on-send run only needs to know whether a policy file is valid (an invalid one means the
// cached or built-in policy, as everywhere); it never shows why, so the problem texts in three
// languages and the "did you mean" search stay out. What a refused file says here is its key
// paths in English, for logs. test/on-send/no-config-errors.test.ts runs the policy loader
// over both modules.

export type { IssueLike, PolicyProblem, ProblemPath };

const MAX_PROBLEMS = 50;

function toPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** One problem per validator issue (never none for a refused file), at most MAX_PROBLEMS. */
export function problemsFromIssues(issues: readonly IssueLike[], _input: unknown, _schema: unknown, extra: readonly PolicyProblem[] = []): PolicyProblem[] {
  const problems: PolicyProblem[] = issues.map((issue) => ({ path: toPath(issue.path), code: "invalid", data: {} }));
  return [...problems, ...extra].slice(0, MAX_PROBLEMS);
}

/** Rule ids that are not in the registry. */
export function unknownRuleProblems(ids: readonly string[], path: ProblemPath, knownRules: readonly string[]): PolicyProblem[] {
  return ids.filter((id) => !knownRules.includes(id)).map((id) => ({ path, code: "unknownRule", data: { id } }));
}

/** A file's text as JSON (a leading BOM, as Notepad writes it, is skipped). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: PolicyProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, problem: { path: [], code: "jsonSyntax", data: {} } };
  }
}

/** The key path and the problem's id, e.g. `failureMode: invalid`, `rules: unknownRule mail/nope`. */
export function problemText(problem: PolicyProblem): string {
  const where = problem.path.join(".");
  const id = problem.data.id === undefined ? "" : ` ${String(problem.data.id)}`;
  return `${where ? `${where}: ` : ""}${problem.code}${id}`;
}
