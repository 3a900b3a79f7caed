import { readFileSync } from "fs";
import path from "path";
import { paneText } from "../../src/i18n/message-pane";
import { RECORDING_NOTICE } from "../../src/i18n/message-pane-compliance";

// The privacy notice the pane shows is the one the README publishes, word for word, in each
// language; and it says what the issue requires it to say.

const readme = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

test.each([
  ["en", "en"],
  ["zh-CN", "zh-CN"],
  ["zh-TW", "zh-TW"],
] as const)("the README quotes the pane's notice in %s", (label, lang) => {
  expect(readme).toContain(`- **${label}:** "${RECORDING_NOTICE[lang]}"`);
  expect(paneText(lang, "noticeBody")).toBe(RECORDING_NOTICE[lang]);
});

test.each([
  ["en", ["rule", "reason", "department", "never records", "text, subject or recipients", "turn recording off"]],
  ["zh-CN", ["规则", "理由", "部门", "绝不记录", "正文、主题或收件人", "关闭"]],
  ["zh-TW", ["規則", "理由", "部門", "絕不記錄", "正文、主旨或收件者", "關閉"]],
] as const)("the %s notice names what is recorded, what never is, and that the tenant can turn it off", (lang, words) => {
  for (const word of words) expect(RECORDING_NOTICE[lang]).toContain(word);
});

test("the retention line counts days in each language", () => {
  expect(paneText("en", "noticeRetention", { days: 1 })).toBe("Records are kept for 1 day.");
  expect(paneText("en", "noticeRetention", { days: 400 })).toBe("Records are kept for 400 days.");
  expect(paneText("zh-CN", "noticeRetention", { days: 400 })).toBe("记录保留 400 天。");
  expect(paneText("zh-TW", "noticeRetention", { days: 30 })).toBe("記錄保留 30 天。");
});
