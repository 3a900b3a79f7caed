import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_POLICY } from "../../src/policy/config";
import type { Finding } from "../../src/policy/types";
import { compareToBaseline, baselineOf, describeBroken } from "./harness/baseline";
import type { ItemResult, Label } from "./harness/corpus";
import { readParagraphs, runProse } from "./harness/prose";
import { allChecks, pooled, scoreRules } from "./harness/score";

// The scorer's arithmetic and the gate's rules on hand-made results (the corpus itself is
// scored by npm run eval and guarded by regression.test.ts).

function label(over: Partial<Label>): Label {
  return { file: "mail/x.eml", kind: "mail", lang: "zh-TW", split: "dev", clean: false, must: [], mustNot: [], note: "", ...over };
}

function finding(rule: string, message = "m"): Finding {
  return { rule, severity: "warning", messageId: "x", data: {}, message, clause: "§0", location: { field: "body", excerpt: "e" } };
}

const result = (id: string, l: Partial<Label>, rules: string[]): ItemResult => ({ id, label: label(l), findings: rules.map((r) => finding(r)) });

describe("scoring", () => {
  const results = [
    result("a", { must: ["mail/politeness"], mustNot: ["mail/language-slang"] }, ["mail/politeness"]),
    result("b", { must: ["mail/politeness"] }, []),
    result("c", { mustNot: ["mail/politeness"], must: ["mail/send-time"] }, ["mail/politeness", "mail/send-time"]),
    result("d", { clean: true, mustNot: [] }, ["mail/politeness", "mail/closing-action"]),
    // Not labelled for politeness and not clean: its firing counts nowhere.
    result("e", { must: ["mail/send-time"] }, ["mail/send-time", "mail/politeness"]),
  ];

  it("counts a rule's correct and false firings only where it is labelled or the item is clean", () => {
    const politeness = scoreRules(results).find((s) => s.rule === "mail/politeness");
    expect(politeness).toMatchObject({ tp: 1, fp: 2, fn: 1, musts: 2, precision: 1 / 3, recall: 1 / 2 });
  });

  it("pools all rules for the per-language figure", () => {
    expect(pooled(scoreRules(results))).toMatchObject({ tp: 3, fp: 3, fn: 1, musts: 4 });
  });

  it("turns every other rule of a clean item into a check that it stays silent", () => {
    const checks = allChecks([results[3]]);
    expect(checks.filter((c) => c.expect === "clean").length).toBeGreaterThan(10);
    expect(checks.filter((c) => !c.pass).map((c) => c.rule).sort()).toEqual(["mail/closing-action", "mail/politeness"]);
  });

  it("fails every check of an item that could not be read", () => {
    const unreadable: ItemResult = { id: "u", label: label({ mustNot: ["mail/politeness"] }), findings: [], unreadable: "not a MIME message" };
    expect(allChecks([unreadable]).every((c) => !c.pass)).toBe(true);
  });
});

describe("regression gate", () => {
  const before = [result("a", { must: ["mail/politeness"], mustNot: ["mail/language-slang"] }, ["mail/politeness"])];
  const baseline = baselineOf(allChecks(before));

  it("records only the checks that pass", () => {
    expect(baseline.checks).toEqual({ a: ["mail/language-slang mustNot", "mail/politeness must"] });
  });

  it("does not fail when items and checks are added", () => {
    const after = [...before, result("new", { must: ["mail/send-time"] }, [])];
    expect(compareToBaseline(baseline, allChecks(after)).broken).toEqual([]);
  });

  it("names each check that passed and fails now", () => {
    const after = [result("a", { must: ["mail/politeness"], mustNot: ["mail/language-slang"] }, ["mail/language-slang"])];
    expect(compareToBaseline(baseline, allChecks(after)).broken.map(describeBroken)).toEqual([
      'a: mail/language-slang must not fire and does: "m" at "e"',
      "a: mail/politeness must fire and no longer does",
    ]);
  });

  it("reports a check whose item or label is gone as vanished, not broken", () => {
    const regression = compareToBaseline(baseline, []);
    expect(regression.broken).toEqual([]);
    expect(regression.vanished).toHaveLength(2);
  });
});

describe("published prose run", () => {
  it("splits files into paragraphs at blank lines and keeps where each starts", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prose-"));
    fs.mkdirSync(path.join(dir, "en"));
    fs.writeFileSync(path.join(dir, "en", "sample.txt"), "First paragraph,\nstill the first.\n\n\nSecond one.\n");
    expect(readParagraphs(dir).map((p) => [p.file, p.index, p.line, p.text])).toEqual([
      ["en/sample.txt", 1, 1, "First paragraph,\nstill the first."],
      ["en/sample.txt", 2, 5, "Second one."],
    ]);
  });

  it("checks each paragraph to an internal and an external recipient with the content rules only", () => {
    const paragraphs = [{ lang: "en" as const, file: "en/t.txt", index: 1, line: 1, text: "This document is confidential and for internal use only. Please see the attached report." }];
    const report = runProse(DEFAULT_POLICY, paragraphs);
    expect(report.paragraphs).toEqual({ en: 1 });
    expect(report.alarms.map((a) => `${a.recipient} ${a.rule}`).sort()).toEqual(["external mail/attachment-missing", "external mail/confidential-external", "internal mail/attachment-missing"]);
    expect(report.alarms[0].source).toBe("en/t.txt ¶1 (line 1)");
  });
});
