import { isolate, oneLineText } from "../policy/display-text";
import { interpolate } from "../policy/interpolate";
import type { Lang, LocalizedText } from "../policy/types";

// What the CLI itself says on stderr (usage errors, refused inputs of `report`, notices), in
// the three languages. A message is data (a code and its values) until it is printed, so the
// command line can be read before the language is known. Quoted values come from the user:
// they are shown display-safe (one line, no control characters, isolated).

const TEXT = {
  unknownOption: { en: "unknown option {{option}}", "zh-CN": "未知的选项{{option}}", "zh-TW": "未知的選項{{option}}" },
  didYouMean: { en: " (did you mean {{suggestion}}?)", "zh-CN": "（是否应为{{suggestion}}？）", "zh-TW": "（是否應為{{suggestion}}？）" },
  missingValue: { en: "{{option}} needs a value, e.g. {{option}} {{example}}", "zh-CN": "{{option}}需要一个值，例如 {{option}} {{example}}", "zh-TW": "{{option}}需要一個值，例如 {{option}} {{example}}" },
  noValue: { en: "{{option}} takes no value", "zh-CN": "{{option}}不接受值", "zh-TW": "{{option}}不接受值" },
  noCommand: { en: "no command given", "zh-CN": "未指定命令", "zh-TW": "未指定命令" },
  unknownCommand: { en: "unknown command {{name}}", "zh-CN": "未知的命令{{name}}", "zh-TW": "未知的命令{{name}}" },
  noFiles: { en: "no files to check", "zh-CN": "没有要检查的文件", "zh-TW": "沒有要檢查的檔案" },
  schemaNoFiles: { en: "schema takes no files", "zh-CN": "schema 命令不接受文件", "zh-TW": "schema 命令不接受檔案" },
  badNow: {
    en: "--now: {{value}} is not an ISO-8601 date-time such as 2026-11-24T10:00:00+08:00",
    "zh-CN": "--now：{{value}}不是 ISO-8601 日期时间，例如 2026-11-24T10:00:00+08:00",
    "zh-TW": "--now：{{value}}不是 ISO-8601 日期時間，例如 2026-11-24T10:00:00+08:00",
  },
  badLang: { en: "--lang: {{value}} is not one of en, zh-CN, zh-TW", "zh-CN": "--lang：{{value}}不是 en、zh-CN、zh-TW 之一", "zh-TW": "--lang：{{value}}不是 en、zh-CN、zh-TW 之一" },
  noPaths: { en: "no files or folders to report on", "zh-CN": "没有要生成报告的文件或文件夹", "zh-TW": "沒有要產生報告的檔案或資料夾" },
  noReports: { en: "no reports to merge", "zh-CN": "没有要合并的报告", "zh-TW": "沒有要合併的報告" },
  badDate: { en: "{{option}}: {{value}} is not a date such as 2026-11-01", "zh-CN": "{{option}}：{{value}}不是日期，例如 2026-11-01", "zh-TW": "{{option}}：{{value}}不是日期，例如 2026-11-01" },
  fromAfterTo: { en: "--from is after --to", "zh-CN": "--from 晚于 --to", "zh-TW": "--from 晚於 --to" },
  badNumber: {
    en: "{{option}}: {{value}} is not a whole number from 1 to {{max}}",
    "zh-CN": "{{option}}：{{value}}不是 1 到 {{max}} 之间的整数",
    "zh-TW": "{{option}}：{{value}}不是 1 到 {{max}} 之間的整數",
  },
  internalError: { en: "internal error: {{detail}}", "zh-CN": "内部错误：{{detail}}", "zh-TW": "內部錯誤：{{detail}}" },
  policyProblem: { en: "policy {{file}}: {{problem}}", "zh-CN": "制度文件 {{file}}：{{problem}}", "zh-TW": "制度檔案 {{file}}：{{problem}}" },
  builtinPolicy: { en: "(built-in)", "zh-CN": "（内置）", "zh-TW": "（內建）" },
  directoryProblem: { en: "directory {{file}}: {{problem}}", "zh-CN": "通讯录 {{file}}：{{problem}}", "zh-TW": "通訊錄 {{file}}：{{problem}}" },
  notAnAddress: { en: "line {{line}}: {{address}} is not an e-mail address", "zh-CN": "第 {{line}} 行：{{address}}不是电子邮件地址", "zh-TW": "第 {{line}} 行：{{address}}不是電子郵件地址" },
  notReportPart: {
    en: "not the --json output of comm-policy report ({{problem}})",
    "zh-CN": "不是 comm-policy report 的 --json 输出（{{problem}}）",
    "zh-TW": "不是 comm-policy report 的 --json 輸出（{{problem}}）",
  },
  otherPolicy: { en: "checked with policy {{other}}, not {{first}}", "zh-CN": "按制度{{other}}检查，而不是{{first}}", "zh-TW": "按制度{{other}}檢查，而不是{{first}}" },
  otherCompare: { en: "compared with another policy (--compare)", "zh-CN": "与另一份拟议制度比较（--compare）", "zh-TW": "與另一份擬議制度比較（--compare）" },
  otherNames: {
    en: "names shown in one part and hidden in the other (--show-names)",
    "zh-CN": "一部分显示姓名，另一部分隐藏姓名（--show-names）",
    "zh-TW": "一部分顯示姓名，另一部分隱藏姓名（--show-names）",
  },
  otherSecrets: {
    en: "the parts were made with different pseudonym secrets (--secret-file): one person may appear under several pseudonyms",
    "zh-CN": "各部分使用了不同的化名密钥（--secret-file）：同一人可能以多个化名出现",
    "zh-TW": "各部分使用了不同的化名金鑰（--secret-file）：同一人可能以多個化名出現",
  },
  writeFailed: { en: "could not write {{file}}: {{reason}}", "zh-CN": "无法写入 {{file}}：{{reason}}", "zh-TW": "無法寫入 {{file}}：{{reason}}" },
  seeHelp: { en: "Run “comm-policy --help” for the commands and options.", "zh-CN": "运行“comm-policy --help”查看命令和选项。", "zh-TW": "執行「comm-policy --help」查看命令和選項。" },
} satisfies Record<string, LocalizedText>;

export type MessageCode = keyof typeof TEXT;

export interface CliMessage {
  code: MessageCode;
  /** Values: `quoted` ones are the user's words, shown in quotes; the rest as they are. */
  data: Readonly<Record<string, string | number>>;
  quoted?: readonly string[];
  /** A known word near the one given. */
  suggestion?: string;
}

export function message(code: MessageCode, data: Record<string, string | number> = {}, quoted: readonly string[] = [], suggestion?: string): CliMessage {
  return suggestion === undefined ? { code, data, quoted } : { code, data, quoted, suggestion };
}

function quote(text: string, lang: Lang): string {
  const shown = isolate(oneLineText(text));
  return lang === "zh-TW" ? `「${shown}」` : `“${shown}”`;
}

/** A message in the user's language; values are display-safe, quoted ones in the language's quotes. */
export function messageText(msg: CliMessage, lang: Lang): string {
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(msg.data)) {
    data[key] = typeof value === "number" ? value : msg.quoted?.includes(key) ? quote(value, lang) : isolate(oneLineText(value));
  }
  const text = interpolate(TEXT[msg.code][lang], data);
  return msg.suggestion === undefined ? text : text + interpolate(TEXT.didYouMean[lang], { suggestion: quote(msg.suggestion, lang) });
}

/** A sentence of this table with values already in the user's language (e.g. a problem's text). */
export function say(code: MessageCode, lang: Lang, data: Record<string, string | number> = {}): string {
  return messageText({ code, data }, lang);
}
