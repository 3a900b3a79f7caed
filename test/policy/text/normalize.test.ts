import { normalize } from "../../../src/policy/text/normalize";

describe("normalize", () => {
  test.each([
    ["會議紀要：請查收", "会议纪要:请查收"],
    ["ＵＲＧＥＮＴ！", "urgent!"],
    ["Hello　World。", "hello world."],
    ["附件：《Q3預算》", "附件:《q3预算》"],
    ["İstanbul", "istanbul"],
    ["🙂 emoji", "🙂 emoji"],
    // 么 stays 么 (OpenCC's Taiwan table would make it 幺), so 什么 and 什麼 fold together.
    ["你们是怎么做事的", "你们是怎么做事的"],
    ["你們是怎麼做事的", "你们是怎么做事的"],
    ["什么 什麼 那么", "什么 什么 那么"],
  ])("%s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
    expect(normalize(input)).toHaveLength(input.length);
  });

  test("folds ASCII text (read whole) as it folds each unit alone", () => {
    let ascii = "";
    for (let c = 1; c < 0x80; c++) ascii += String.fromCharCode(c);
    const unitByUnit = Array.from(ascii, (ch) => normalize(`${ch}\u00e9`)[0]).join("");
    expect(normalize(ascii)).toBe(unitByUnit);
    expect(normalize("Mixed CASE, URL https://Example.COM/A?B=1")).toBe("mixed case, url https://example.com/a?b=1");
    expect(normalize("ASCII then 中文 UPPER")).toBe("ascii then 中文 upper");
  });

  test("keeps length on every BMP unit", () => {
    let all = "";
    for (let c = 0; c < 0x10000; c += 7) all += String.fromCharCode(c);
    expect(normalize(all)).toHaveLength(all.length);
  });
});
