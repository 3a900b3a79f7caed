import { displayText } from "../policy/display-text";
import type { FixAction, Lang, LocalizedText, Severity } from "../policy/types";
import { interpolate } from "../policy/interpolate";
import { formatMoment } from "./zoned-time";

// The readable report's own words (the findings bring theirs from the rules). Every value put
// into them is display-safe (display-text.ts): a subject or a name from the mail cannot carry
// a terminal escape into the output or reorder the sentence around it.

const TEXT = {
  mail: { en: "mail", "zh-CN": "邮件", "zh-TW": "郵件" },
  meeting: { en: "meeting", "zh-CN": "会议", "zh-TW": "會議" },
  error: { en: "error", "zh-CN": "错误", "zh-TW": "錯誤" },
  warning: { en: "warning", "zh-CN": "警告", "zh-TW": "警告" },
  info: { en: "info", "zh-CN": "提示", "zh-TW": "提示" },
  noFindings: { en: "no findings", "zh-CN": "未发现问题", "zh-TW": "未發現問題" },
  note: { en: "note: ", "zh-CN": "注意：", "zh-TW": "注意：" },
  fix: { en: "fix: ", "zh-CN": "修正：", "zh-TW": "修正：" },
  suggestion: { en: "suggestion: ", "zh-CN": "建议：", "zh-TW": "建議：" },
  noSubject: { en: "(no subject)", "zh-CN": "（无主题）", "zh-TW": "（無主旨）" },
  summary: {
    en: "Checked {items, plural, one {# item} other {# items}}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info finding} other {# info findings}}.",
    "zh-CN": "已检查 {{items}} 项：{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示。",
    "zh-TW": "已檢查 {{items}} 項：{{errors}} 個錯誤，{{warnings}} 個警告，{{infos}} 條提示。",
  },
  unusable: {
    en: " {bad, plural, one {# file or item} other {# files or items}} could not be checked (see above).",
    "zh-CN": "另有 {{bad}} 个文件或项目无法检查（见上文）。",
    "zh-TW": "另有 {{bad}} 個檔案或項目無法檢查（見上文）。",
  },
  fieldUnavailable: {
    en: "Not checked: the file does not give {{fields}}.",
    "zh-CN": "未检查：文件中没有{{fields}}。",
    "zh-TW": "未檢查：檔案中沒有{{fields}}。",
  },
  fieldTo: { en: "To", "zh-CN": "收件人", "zh-TW": "收件者" },
  fieldCc: { en: "Cc", "zh-CN": "抄送", "zh-TW": "副本" },
  insertText: { en: "insert “{{text}}”", "zh-CN": "插入“{{text}}”", "zh-TW": "插入「{{text}}」" },
  replaceText: { en: "replace “{{find}}” with “{{replace}}”", "zh-CN": "将“{{find}}”改为“{{replace}}”", "zh-TW": "將「{{find}}」改為「{{replace}}」" },
  setSubject: { en: "set the subject to “{{subject}}”", "zh-CN": "将主题改为“{{subject}}”", "zh-TW": "將主旨改為「{{subject}}」" },
  scheduleSend: { en: "schedule sending for {{at}}", "zh-CN": "定时于 {{at}} 发送", "zh-TW": "定時於 {{at}} 傳送" },
  addRecipient: { en: "add {{person}} to {{field}}", "zh-CN": "将 {{person}} 添加到{{field}}", "zh-TW": "將 {{person}} 新增至{{field}}" },
  setReminder: {
    en: "set the reminder to {minutes, plural, one {# minute} other {# minutes}} before",
    "zh-CN": "将提醒设为提前 {{minutes}} 分钟",
    "zh-TW": "將提醒設為提前 {{minutes}} 分鐘",
  },
  insertTemplate: { en: "insert the “{{template}}” template", "zh-CN": "插入“{{template}}”模板", "zh-TW": "插入「{{template}}」範本" },
} satisfies Record<string, LocalizedText>;

export type StringId = keyof typeof TEXT;

/** Text values are shown display-safe; numbers as they are. */
export function t(id: StringId, lang: Lang, data: Record<string, string | number> = {}): string {
  const safe: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) safe[key] = typeof value === "string" ? displayText(value) : value;
  return interpolate(TEXT[id][lang], safe, lang);
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return t(severity, lang);
}

/** A fix in words; moments are shown on the clock of `timeZone` (the policy's). */
export function describeFix(fix: FixAction, lang: Lang, timeZone: string): string {
  switch (fix.kind) {
    case "insertText":
      return t("insertText", lang, { text: fix.text });
    case "replaceText":
      return t("replaceText", lang, { find: fix.find, replace: fix.replace });
    case "setSubject":
      return t("setSubject", lang, { subject: fix.subject });
    case "scheduleSend":
      return t("scheduleSend", lang, { at: formatMoment(fix.at, timeZone) });
    case "addRecipient":
      // The name isolated on its own, so that it cannot reorder the address after it.
      return t("addRecipient", lang, { person: fix.person.name ? `${displayText(fix.person.name)} <${fix.person.address}>` : fix.person.address, field: t(fix.field === "to" ? "fieldTo" : "fieldCc", lang) });
    case "setReminder":
      return t("setReminder", lang, { minutes: fix.minutes });
    case "insertTemplate":
      return t("insertTemplate", lang, { template: fix.template });
  }
}
