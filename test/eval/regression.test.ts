import { checkCorpus, readLabels, readPolicy } from "./harness/corpus";
import { compareToBaseline, describeBroken, readBaseline } from "./harness/baseline";
import { allChecks } from "./harness/score";

// The regression gate of the evaluation corpus: every (item, rule, expectation) check that
// passed when test/eval/baseline.json was written must still pass. New items and checks never
// fail it, and the overall figures are a report (npm run eval), not a test. A missing corpus or
// baseline fails the test rather than skipping it.

jest.setTimeout(180_000);

describe("evaluation corpus regression gate", () => {
  it("has a rendered corpus and a baseline to compare against", () => {
    expect(Object.keys(readLabels()).length).toBeGreaterThan(0);
    expect(compareToBaseline(readBaseline(), []).baselineSize).toBeGreaterThan(0);
  });

  it("still passes every check that passed in test/eval/baseline.json", async () => {
    const baseline = readBaseline();
    const results = await checkCorpus(readPolicy());
    const { broken } = compareToBaseline(baseline, allChecks(results));
    expect(broken.map(describeBroken)).toEqual([]);
  });
});
