import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft, RULE_IDS } from "../../src/policy/engine";
import type { MailDraft } from "../../src/policy/types";
import { ADVERSARIAL_CASES } from "../bench/adversarial";

// The adversarial set of `npm run bench` at moderate sizes: every check answers, every mail
// rule has an outcome and none failed, and the answer stays small: findings never repeat a
// long list each (10,000 attachments once gave 175 MB). Speed is the bench's business
// (engine.adversarialWorstRatio); nothing is timed here.

const MAIL_RULES = RULE_IDS.filter((id) => id.startsWith("mail/"));

function sizeOf(draft: MailDraft): number {
  return (draft.body?.content.length ?? 0) + (draft.subject?.length ?? 0) + JSON.stringify([draft.to, draft.cc, draft.attachments]).length;
}

describe("the engine on adversarial mail", () => {
  test.each(ADVERSARIAL_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    for (const size of c.unit === "chars" ? [3_000, 24_000] : [40, 320]) {
      const draft = c.build(size);
      const result = checkDraft(draft, DEFAULT_POLICY, { lang: "zh-CN" });
      expect(result.notices.filter((n) => n.code === "ruleFailed")).toEqual([]);
      expect(Object.keys(result.outcomes).sort()).toEqual([...MAIL_RULES].sort());
      expect(Object.values(result.outcomes)).not.toContain("failed");
      // The answer grows at most linearly with the mail, with room for one list of its items.
      expect(JSON.stringify(result).length).toBeLessThan(2 * sizeOf(draft) + 20_000);
    }
  });

  test("any case, size and language: same answer twice, excerpts are the writer's words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADVERSARIAL_CASES),
        fc.integer({ min: 1, max: 4_000 }),
        fc.constantFrom("en" as const, "zh-CN" as const, "zh-TW" as const),
        (c, size, lang) => {
          const draft = c.build(c.unit === "chars" ? size : Math.ceil(size / 40));
          const first = checkDraft(draft, DEFAULT_POLICY, { lang });
          expect(checkDraft(draft, DEFAULT_POLICY, { lang })).toEqual(first);
          const body = draft.body?.content ?? "";
          for (const f of first.findings) {
            // An excerpt may be shortened with "…" and its lines joined: its first word is the writer's.
            if (f.location?.field === "body" && f.location.excerpt && draft.body?.contentType === "text") expect(body).toContain(f.location.excerpt.replace(/…$/, "").split(/\s/)[0]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
