import { loadCorpus, runCorpus } from "../support/corpus";

// Every message of the SpamAssassin public corpus goes through the CLI's path without an
// exception, without a rule failing, and none takes unreasonably long.
describe("SpamAssassin public corpus", () => {
  test("every message parsed and checked", async () => {
    const messages = loadCorpus();
    expect(messages.length).toBeGreaterThan(6000);
    const report = await runCorpus(messages);
    expect(report.crashes).toEqual([]);
    expect(report.ruleFailures).toBe(0);
    expect(report.messages).toBe(messages.length);
    // A bound, not a speed test: a pathological regular expression takes minutes, not seconds.
    expect({ slowest: report.slowest, maxMs: Math.round(report.maxMs) }).toEqual({ slowest: report.slowest, maxMs: expect.any(Number) });
    expect(report.maxMs).toBeLessThan(5000);
  }, 600_000);
});
