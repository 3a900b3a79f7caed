import { listNames, missingPartsReport, partNames } from "../../src/policy/missing-parts";

// The one way a rule lists the parts a text lacks (it-report-fields, minutes-content).

const NAMES = {
  time: { en: "when it happened", "zh-CN": "发生时间", "zh-TW": "發生時間" },
  scope: { en: "the scope of impact", "zh-CN": "影响范围", "zh-TW": "影響範圍" },
  owner: { en: "the owner", "zh-CN": "负责人", "zh-TW": "負責人" },
};

test.each([
  [[], "en", ""],
  [["the owner"], "en", "the owner"],
  [["the time", "the owner"], "en", "the time and the owner"],
  [["a", "b", "c"], "en", "a, b and c"],
  [["发生时间", "影响范围"], "zh-CN", "发生时间、影响范围"],
  [["發生時間"], "zh-TW", "發生時間"],
] as const)("listNames(%p, %s) is %p", (names, lang, text) => {
  expect(listNames(names, lang)).toBe(text);
});

test("partNames lists the parts in every language, in the order given", () => {
  expect(partNames(["scope", "time"], NAMES)).toEqual({ en: "the scope of impact and when it happened", "zh-CN": "影响范围、发生时间", "zh-TW": "影響範圍、發生時間" });
});

test("missingPartsReport: ids, count, names in every language, the template as the suggestion", () => {
  expect(missingPartsReport("missingFields", ["time", "owner"], NAMES, "itReport")).toEqual({
    messageId: "missingFields",
    data: { missing: "time,owner", count: 2, missingText: { en: "when it happened and the owner", "zh-CN": "发生时间、负责人", "zh-TW": "發生時間、負責人" } },
    location: { field: "body" },
    suggestions: [{ messageId: "insertTemplate", fix: { kind: "insertTemplate", template: "itReport" } }],
  });
});
