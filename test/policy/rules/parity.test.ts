import * as fs from "fs";
import * as path from "path";
import { CLAUSE_TITLES } from "../../../src/policy/clauses";
import { ALL_RULES, RULE_FILES } from "../../../src/policy/rules/index.generated";
import { LANGS } from "../../../src/policy/types";

// Every rule has its file named after its id, its table test, a clause with a title, and
// its texts in every language: what ESLint's checkRuleFiles does for its rules.
describe("rule registry", () => {
  test.each(ALL_RULES.map((r, i) => [r.id, RULE_FILES[i]] as const))("%s", (id, file) => {
    const rule = ALL_RULES.find((r) => r.id === id);
    expect(file).toBe(id);
    expect(rule?.appliesTo).toBe(id.split("/")[0]);
    expect(fs.existsSync(path.join(__dirname, `${id}.test.ts`))).toBe(true);
    expect(CLAUSE_TITLES[rule?.clause ?? ""]).toBeDefined();
    for (const lang of LANGS) expect(rule?.description[lang]).toBeTruthy();
  });

  test("ids are unique", () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });
});
