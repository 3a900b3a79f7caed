import type { LocalizedText } from "./types";

// The words of policy-file (and draft-file) problems in the three languages: our own, never the
// validator's. The schemas' own messages ("a time as HH:MM (24-hour clock)") are the keys of
// SCHEMA_MESSAGES, so the schema stays readable and each is said in every language.

export const PROBLEM_TEXT = {
  jsonSyntax: {
    en: "the file is not valid JSON: the error is at line {{line}}, column {{column}}",
    "zh-CN": "文件不是有效的 JSON：错误位于第 {{line}} 行第 {{column}} 列",
    "zh-TW": "檔案不是有效的 JSON：錯誤位於第 {{line}} 行第 {{column}} 欄",
  },
  notObject: {
    en: "the file must hold a JSON object: { … }",
    "zh-CN": "文件内容必须是一个 JSON 对象：{ … }",
    "zh-TW": "檔案內容必須是一個 JSON 物件：{ … }",
  },
  unknownKey: { en: "unknown key {{key}}", "zh-CN": "未知的设置项{{key}}", "zh-TW": "未知的設定項{{key}}" },
  unknownRule: { en: "unknown rule id {{id}}", "zh-CN": "未知的规则 ID{{id}}", "zh-TW": "未知的規則 ID{{id}}" },
  didYouMean: { en: " (did you mean {{suggestion}}?)", "zh-CN": "（是否应为{{suggestion}}？）", "zh-TW": "（是否應為{{suggestion}}？）" },
  missing: { en: "is missing", "zh-CN": "缺少此项", "zh-TW": "缺少此項" },
  expectedType: { en: "must be {{expected}}", "zh-CN": "应为{{expected}}", "zh-TW": "應為{{expected}}" },
  oneOf: { en: "must be one of {{allowed}}", "zh-CN": "应为以下之一：{{allowed}}", "zh-TW": "應為以下之一：{{allowed}}" },
  numberMin: { en: "must be at least {{limit}}", "zh-CN": "不能小于 {{limit}}", "zh-TW": "不能小於 {{limit}}" },
  numberAbove: { en: "must be more than {{limit}}", "zh-CN": "必须大于 {{limit}}", "zh-TW": "必須大於 {{limit}}" },
  numberMax: { en: "must be at most {{limit}}", "zh-CN": "不能大于 {{limit}}", "zh-TW": "不能大於 {{limit}}" },
  numberBelow: { en: "must be less than {{limit}}", "zh-CN": "必须小于 {{limit}}", "zh-TW": "必須小於 {{limit}}" },
  listEmpty: { en: "must not be empty", "zh-CN": "不能为空", "zh-TW": "不能為空" },
  listMin: { en: "needs at least {{limit}} entries", "zh-CN": "至少需要 {{limit}} 项", "zh-TW": "至少需要 {{limit}} 項" },
  listMax: { en: "has too many entries (at most {{limit}})", "zh-CN": "项目过多（最多 {{limit}} 项）", "zh-TW": "項目過多（最多 {{limit}} 項）" },
  textEmpty: { en: "must not be empty", "zh-CN": "不能为空", "zh-TW": "不能為空" },
  textMin: { en: "is too short (at least {{limit}} characters)", "zh-CN": "过短（至少 {{limit}} 个字符）", "zh-TW": "過短（至少 {{limit}} 個字元）" },
  textMax: { en: "is too long (at most {{limit}} characters)", "zh-CN": "过长（最多 {{limit}} 个字符）", "zh-TW": "過長（最多 {{limit}} 個字元）" },
  invalid: { en: "is not a valid value here", "zh-CN": "此处的值无效", "zh-TW": "此處的值無效" },
  more: { en: "… and {{count}} more problems like these", "zh-CN": "……另有 {{count}} 个类似问题", "zh-TW": "……另有 {{count}} 個類似問題" },
} satisfies Record<string, LocalizedText>;

export type ProblemTextId = keyof typeof PROBLEM_TEXT;

/** What a value of each JSON type is called, after "must be". */
export const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { en: "text in quotes", "zh-CN": "带引号的文本", "zh-TW": "帶引號的文字" },
  number: { en: "a number", "zh-CN": "数字", "zh-TW": "數字" },
  int: { en: "a whole number", "zh-CN": "整数", "zh-TW": "整數" },
  boolean: { en: "true or false", "zh-CN": "true 或 false", "zh-TW": "true 或 false" },
  array: { en: "a list [ … ]", "zh-CN": "列表 [ … ]", "zh-TW": "清單 [ … ]" },
  object: { en: "an object { … }", "zh-CN": "对象 { … }", "zh-TW": "物件 { … }" },
  record: { en: "an object { … }", "zh-CN": "对象 { … }", "zh-TW": "物件 { … }" },
  other: { en: "a value of another type", "zh-CN": "其他类型的值", "zh-TW": "其他類型的值" },
};

/** The schemas' own messages, as whole predicates in each language. */
export const SCHEMA_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  "a time as HH:MM (24-hour clock)": {
    en: "must be a time as HH:MM (24-hour clock)",
    "zh-CN": "应为 HH:MM 格式的时间（24 小时制）",
    "zh-TW": "應為 HH:MM 格式的時間（24 小時制）",
  },
  "a date as YYYY-MM-DD": { en: "must be a date as YYYY-MM-DD", "zh-CN": "应为 YYYY-MM-DD 格式的日期", "zh-TW": "應為 YYYY-MM-DD 格式的日期" },
  "a mail domain such as contoso.com": { en: "must be a mail domain such as contoso.com", "zh-CN": "应为邮件域名，例如 contoso.com", "zh-TW": "應為郵件網域，例如 contoso.com" },
  "an e-mail address": { en: "must be an e-mail address", "zh-CN": "应为电子邮件地址", "zh-TW": "應為電子郵件地址" },
  "an IANA time zone such as Asia/Shanghai": { en: "must be an IANA time zone such as Asia/Shanghai", "zh-CN": "应为 IANA 时区，例如 Asia/Shanghai", "zh-TW": "應為 IANA 時區，例如 Asia/Shanghai" },
  "a two-letter country code such as CN": { en: "must be a two-letter country code such as CN", "zh-CN": "应为两个字母的国家或地区代码，例如 CN", "zh-TW": "應為兩個字母的國家或地區代碼，例如 CN" },
  "start must be before end": { en: "must be later than start", "zh-CN": "必须晚于 start", "zh-TW": "必須晚於 start" },
  "an https URL such as https://compliance.contoso.com (http only for localhost)": {
    en: "must be an https URL such as https://compliance.contoso.com (http only for localhost)",
    "zh-CN": "应为 https 网址，例如 https://compliance.contoso.com（仅 localhost 可用 http）",
    "zh-TW": "應為 https 網址，例如 https://compliance.contoso.com（僅 localhost 可用 http）",
  },
  "at least 32 random characters": { en: "must be at least 32 random characters", "zh-CN": "应为至少 32 个随机字符", "zh-TW": "應為至少 32 個隨機字元" },
  "a rule id such as mail/politeness": { en: "must be a rule id such as mail/politeness", "zh-CN": "应为规则 ID，例如 mail/politeness", "zh-TW": "應為規則 ID，例如 mail/politeness" },
  "an ISO-8601 date-time such as 2026-11-24T10:00:00+08:00": {
    en: "must be an ISO-8601 date-time such as 2026-11-24T10:00:00+08:00",
    "zh-CN": "应为 ISO-8601 日期时间，例如 2026-11-24T10:00:00+08:00",
    "zh-TW": "應為 ISO-8601 日期時間，例如 2026-11-24T10:00:00+08:00",
  },
  "an empty array: no draft to check": { en: "is an empty list: there is no draft to check", "zh-CN": "是空列表：没有可检查的草稿", "zh-TW": "是空清單：沒有可檢查的草稿" },
};
