import { policySchema, type PolicyInput } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";
import type { AnyRule, Report, RuleContext } from "../../src/policy/rule";
import { LANGS, type Draft, type Finding, type FixAction, type Severity } from "../../src/policy/types";

// A strict table tester in the manner of ESLint's RuleTester: valid drafts may not report,
// invalid drafts must report exactly the findings listed, every message id must exist and
// be used, no placeholder may stay unfilled in any language, a finding that carries a fix
// must say which, a suggestion the rule offers must be declared, an invalid case that reports
// nothing fails, duplicate cases fail, and the draft, the policy and the readings all rules
// share (parsed body, subject, recipients) are frozen so that a rule cannot change them.

export interface ValidCase {
  name: string;
  draft: Draft;
  policy?: PolicyInput;
  now?: string;
}

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  data?: Record<string, unknown>;
  /** The quoted words of the draft, when the finding points at some. */
  excerpt?: string;
  fix?: FixAction | null;
  /** The message id that labels the fix (every fix a person can press carries a label). */
  fixLabel?: string;
  suggestions?: Array<{ messageId: string; fix?: unknown }>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The rule sees the readings every rule of a check shares (the parsed body, the subject, the
 * recipients) frozen: a rule that changed them would change what the next rule reads.
 */
export function withFrozenReadings(rule: AnyRule): AnyRule {
  const check = rule.check.bind(rule) as (context: RuleContext<Draft>) => Report[];
  const frozenCheck = (context: RuleContext<Draft>): Report[] => {
    deepFreeze(context.body);
    deepFreeze(context.subject);
    deepFreeze(context.recipients);
    return check(context);
  };
  return { ...rule, check: frozenCheck } as AnyRule;
}

function run(rule: AnyRule, c: ValidCase, lang: (typeof LANGS)[number] = "en"): Finding[] {
  const policy = deepFreeze(policySchema.parse(c.policy ?? {}));
  const draft = deepFreeze(structuredClone(c.draft));
  const result = checkDraft(draft, policy, { lang, rules: [withFrozenReadings(rule)], now: c.now ? new Date(c.now) : undefined });
  const failed = result.notices.filter((n) => n.code === "ruleFailed");
  if (failed.length > 0) throw new Error(`${rule.id} threw on "${c.name}"`);
  return result.findings;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  ${f.severity} ${f.messageId} ${JSON.stringify(f.data)} "${f.location?.excerpt ?? ""}"`).join("\n") || "  (none)";
}

export function runRuleTable(rule: AnyRule, table: RuleTable): void {
  describe(rule.id, () => {
    test("table is well-formed", () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
      const keys = new Set<string>();
      const names = new Set<string>();
      for (const c of [...table.valid, ...table.invalid]) {
        const key = JSON.stringify([c.draft, c.policy ?? null, c.now ?? null]);
        if (keys.has(key)) throw new Error(`duplicate case: "${c.name}"`);
        if (names.has(c.name)) throw new Error(`duplicate case name: "${c.name}"`);
        keys.add(key);
        names.add(c.name);
      }
      for (const [id, text] of Object.entries(rule.messages)) {
        for (const lang of LANGS) {
          if (!text[lang] || text[lang].trim() === "") throw new Error(`message ${id} has no ${lang} text`);
        }
      }
      const used = new Set(table.invalid.flatMap((c) => c.errors.flatMap((e) => [e.messageId, ...(e.fixLabel ? [e.fixLabel] : []), ...(e.suggestions ?? []).map((s) => s.messageId)])));
      const unused = Object.keys(rule.messages).filter((id) => !used.has(id));
      if (unused.length > 0) throw new Error(`message ids never expected by the table: ${unused.join(", ")}`);
    });

    describe("valid", () => {
      for (const c of table.valid) {
        test(c.name, () => {
          const findings = run(rule, c);
          if (findings.length > 0) throw new Error(`expected no findings, got:\n${describeFindings(findings)}`);
        });
      }
    });

    describe("invalid", () => {
      for (const c of table.invalid) {
        test(c.name, () => {
          const findings = run(rule, c);
          if (findings.length !== c.errors.length) {
            throw new Error(`expected ${c.errors.length} finding(s), got ${findings.length}:\n${describeFindings(findings)}`);
          }
          c.errors.forEach((expected, i) => checkFinding(rule, findings[i], expected));
          for (const lang of LANGS) {
            const rendered = run(rule, c, lang);
            c.errors.forEach((expected, i) => checkLocalizedData(rendered[i], expected, lang));
            for (const f of rendered) {
              const texts = [f.message, ...(f.fixLabel !== undefined ? [f.fixLabel] : []), ...(f.suggestions ?? []).map((s) => s.label)];
              for (const t of texts) if (/\{\{/.test(t)) throw new Error(`unfilled placeholder in ${lang}: ${t}`);
            }
          }
        });
      }
    });
  });
}

function isLocalized(value: unknown): value is Partial<Record<(typeof LANGS)[number], unknown>> {
  return typeof value === "object" && value !== null && Object.keys(value).length > 0 && Object.keys(value).every((k) => (LANGS as readonly string[]).includes(k));
}

/** Expected data without the values given per language (checked in their own language). */
function plainData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => !isLocalized(v)));
}

/** A value expected as `{ "zh-CN": "…" }` must be what the finding shows in that language. */
function checkLocalizedData(actual: Finding | undefined, expected: ExpectedFinding, lang: (typeof LANGS)[number]): void {
  for (const [key, value] of Object.entries(expected.data ?? {})) {
    if (isLocalized(value) && value[lang] !== undefined) expect({ [key]: actual?.data[key], lang }).toEqual({ [key]: value[lang], lang });
  }
}

function checkFinding(rule: AnyRule, actual: Finding, expected: ExpectedFinding): void {
  if (!(expected.messageId in rule.messages)) throw new Error(`unknown message id "${expected.messageId}"`);
  expect(actual.messageId).toBe(expected.messageId);
  if (expected.severity) expect(actual.severity).toBe(expected.severity);
  if (expected.data) expect(actual.data).toEqual(expect.objectContaining(plainData(expected.data)));
  if (expected.excerpt !== undefined) expect(actual.location?.excerpt).toBe(expected.excerpt);
  if (actual.fix !== undefined && expected.fix === undefined) {
    throw new Error(`finding ${actual.messageId} carries a fix; the case must declare it: ${JSON.stringify(actual.fix)}`);
  }
  if (expected.fix !== undefined) expect(actual.fix ?? null).toEqual(expected.fix);
  if (actual.fix !== undefined) expect({ fixMessageId: actual.fixMessageId }).toEqual({ fixMessageId: expected.fixLabel });
  if (actual.suggestions && !expected.suggestions) {
    throw new Error(`finding ${actual.messageId} carries suggestions; the case must declare them`);
  }
  if (expected.suggestions) {
    expect((actual.suggestions ?? []).map((s) => s.messageId)).toEqual(expected.suggestions.map((s) => s.messageId));
    expected.suggestions.forEach((s, i) => {
      if (s.fix !== undefined) expect(actual.suggestions?.[i].fix).toEqual(s.fix);
    });
  }
}
