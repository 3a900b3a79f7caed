import * as OpenCC from "opencc-js";
import { tableTraditional, toTraditional } from "../../../src/policy/text/script";
import { PREFERRED_TRADITIONAL } from "../../../src/policy/text/traditional-preferred";
import { hanCodePoints, openccTraditional, preferredPairs } from "./traditional-reference";

// Corrections in a Traditional mail are written with toTraditional: a wrong character there is
// a wrong character in the user's mail after a one-click fix.

const convert = OpenCC.Converter({ from: "cn", to: "tw" });

describe("toTraditional", () => {
  test("the committed table is what scripts/gen-traditional-preferred.js writes from opencc-js", () => {
    expect(PREFERRED_TRADITIONAL).toBe(preferredPairs(OpenCC, tableTraditional).flat().join(""));
  });

  test("every character the table changes is written as OpenCC's Taiwan conversion writes it alone", () => {
    const differ: string[] = [];
    for (const cp of hanCodePoints()) {
      const ch = String.fromCodePoint(cp);
      if (tableTraditional(ch) !== ch && toTraditional(ch) !== openccTraditional(convert, ch)) differ.push(ch);
    }
    expect(differ).toEqual([]);
  });

  test.each([
    ["见面", "見面"],
    ["只有", "只有"],
    ["登录系统", "登錄系統"],
    ["无法登录", "無法登錄"],
    ["既然", "既然"],
    ["即使", "即使"],
    ["面对", "面對"],
    ["出现", "出現"],
    ["同学们", "同學們"],
    ["一如既往", "一如既往"],
    ["这样子", "這樣子"],
    ["已经", "已經"],
  ])("%s → %s", (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  test("the writer's own character wins where a Simplified one stands for several (髮 / 發, 乾 / 幹)", () => {
    expect(toTraditional("头发", "頭髮")).toBe("頭髮");
    expect(toTraditional("干净", "乾淨")).toBe("乾淨");
  });
});
