import { renderJson, renderText, type ItemResult } from "../../src/cli/report";
import { describeFix } from "../../src/cli/strings";
import type { Finding } from "../../src/policy/types";

const sendTime: Finding = {
  rule: "mail/send-time",
  severity: "warning",
  messageId: "offHours",
  data: {},
  message: "Sent outside working hours.",
  clause: "§2.2.4",
  fix: { kind: "scheduleSend", at: "2026-11-30T01:00:00.000Z" },
};
const typo: Finding = {
  rule: "mail/language-typo",
  severity: "warning",
  messageId: "typo",
  data: { word: "按装", correction: "安装" },
  message: "“按装” is a typo.",
  clause: "§2.2.3",
  location: { field: "body", excerpt: "请按装\n新版客户端", start: 10, end: 12 },
  suggestions: [{ messageId: "replace", label: "Replace with 安装", fix: { kind: "replaceText", field: "body", find: "按装", replace: "安装" } }],
};

const item = (findings: Finding[], extra: Partial<ItemResult> = {}): ItemResult => ({ file: "a.eml", kind: "mail", subject: "VPN 客户端升级", findings, notices: [], ...extra });
const OPTIONS = { lang: "en" as const, color: false, unusable: 0, timeZone: "Asia/Shanghai" };

describe("readable report", () => {
  it("shows a fix with its moment on the policy's clock, a suggestion and the excerpt on one line", () => {
    const text = renderText([item([sendTime, typo])], OPTIONS);
    expect(text.split("\n")).toEqual([
      "a.eml (mail) “VPN 客户端升级”",
      "  warning mail/send-time  §2.2.4 Sending mail  Sent outside working hours.",
      "          → fix: schedule sending for 2026-11-30 09:00",
      "  warning mail/language-typo  §2.2.3 Body  “按装” is a typo.",
      "          “请按装 新版客户端”",
      "          → suggestion: Replace with 安装",
      "",
      "Checked 1 item: 0 errors, 2 warnings, 0 info findings.",
      "",
    ]);
  });

  it("uses the language's punctuation and labels", () => {
    const tw = renderText([item([sendTime], { subject: "" })], { ...OPTIONS, lang: "zh-TW" });
    expect(tw).toContain("a.eml (郵件) （無主旨）");
    expect(tw).toContain("→ 修正：定時於 2026-11-30 09:00 傳送");
    expect(tw).toContain("§2.2.4 郵件發送");
  });

  it("numbers items and shortens a very long excerpt", () => {
    const long: Finding = { ...typo, location: { field: "body", excerpt: "长".repeat(300) } };
    const text = renderText([item([long], { item: 2 })], OPTIONS);
    expect(text).toContain("a.eml #2 (mail)");
    expect(text).toMatch(/“长{99}…”/);
  });
});

describe("JSON report", () => {
  it("is one array of the items as they are, findings unchanged", () => {
    const results = [item([typo]), item([], { file: "b.ics", kind: "meeting", item: 1 })];
    expect(JSON.parse(renderJson(results))).toEqual(results);
  });
});

describe("counts and durations in the readable report", () => {
  it.each([
    ["en", 1, "set the reminder to 1 minute before"],
    ["en", 15, "set the reminder to 15 minutes before"],
    ["zh-CN", 1, "将提醒设为提前 1 分钟"],
    ["zh-TW", 15, "將提醒設為提前 15 分鐘"],
  ] as const)("%s: a reminder of %d minutes", (lang, minutes, expected) => {
    expect(describeFix({ kind: "setReminder", minutes }, lang, "Asia/Shanghai")).toBe(expected);
  });

  it.each([
    [0, 1, "Checked 0 items: 0 errors, 0 warnings, 0 info findings. 1 file or item could not be checked (see above)."],
    [1, 2, "Checked 1 item: 0 errors, 2 warnings, 0 info findings. 2 files or items could not be checked (see above)."],
  ])("the summary of %d items agrees in number", (items, unusable, expected) => {
    const results = items === 0 ? [] : [item([sendTime, typo])];
    const lines = renderText(results, { ...OPTIONS, unusable }).trim().split("\n");
    expect(lines[lines.length - 1]).toBe(expected);
  });
});
