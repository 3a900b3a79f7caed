import { detectDraftLang } from "../../../src/policy/text/lang-detect";

describe("detectDraftLang", () => {
  test.each([
    ["Hi Lisa,\n\nCould you send me the Q3 forecast by Friday?\n\nThanks,\nTom", "en"],
    ["Hi Lisa, see the note from 王伟 about the renewal.", "en"],
    ["Dear Anna, the PO-2231 invoice is attached. https://contoso.sharepoint.com/sites/finance", "en"],
    ["", "en"],
    ["王经理：\n您好！\n为确认下周上线计划，特此来信。请于周五前回复。", "zh-CN"],
    ["Hi 王经理，附件是 Q3 sales report，请查收。", "zh-CN"],
    ["各位好，VPN 证书将于 12 月 1 日过期，请提前更新。", "zh-CN"],
    ["王經理您好，請於週五前回覆是否同意上線。", "zh-TW"],
    ["Hi 陳經理，附件是 Q3 報告，請查收並於週五前回覆。", "zh-TW"],
    ["收到，谢谢", "zh-CN"],
    ["收到，謝謝", "zh-TW"],
  ])("%s → %s", (text, lang) => {
    expect(detectDraftLang(text)).toBe(lang);
  });
});
