import { loadCorpus, runCorpus } from "../support/corpus";

// Every message of the SpamAssassin public corpus goes through the CLI's path without an
// exception and without a rule failing. Speed on the corpus is measured in `npm run bench`.
describe("SpamAssassin public corpus", () => {
  test("every message parsed and checked", async () => {
    const messages = loadCorpus();
    expect(messages.length).toBeGreaterThan(6000);
    const report = await runCorpus(messages);
    expect(report.crashes).toEqual([]);
    expect(report.ruleFailures).toBe(0);
    expect(report.messages).toBe(messages.length);
    // The engine really read them: spam breaks the policy (vague subjects, shouting, slang).
    expect(report.findings).toBeGreaterThan(messages.length);
    expect(report.unusable).toBeLessThan(messages.length / 100);
  }, 600_000);
});
