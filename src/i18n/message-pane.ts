import type { LocalizedText } from "../policy/types";
import { engineLang, htmlLang, pseudoLocalize, resolveUiLang, tableText, translator, type Translator, type UiLang } from "./strings";

// The message pane's words, in the one string-table format (src/i18n/strings.ts). The wording
// of a fix is not here: it comes from the rule that offers it.

export { engineLang, htmlLang, pseudoLocalize, resolveUiLang, type UiLang };

export const MESSAGE_PANE_TEXT = {
  title: { en: "Communication policy", "zh-CN": "沟通规范", "zh-TW": "溝通規範" },
  checking: { en: "Checking your mail…", "zh-CN": "正在检查邮件…", "zh-TW": "正在檢查郵件…" },
  checkAgain: { en: "Check again", "zh-CN": "重新检查", "zh-TW": "重新檢查" },
  checkedAt: { en: "Checked at {{time}}", "zh-CN": "检查于 {{time}}", "zh-TW": "檢查於 {{time}}" },
  allClear: {
    en: "All clear: this mail follows the communication policy.",
    "zh-CN": "全部通过：这封邮件符合沟通规范。",
    "zh-TW": "全部通過：這封郵件符合溝通規範。",
  },
  summary: {
    en: "{errors, plural, other {# to fix}} · {warnings, plural, other {# to review}} · {infos, plural, one {# note} other {# notes}}",
    "zh-CN": "{errors, plural, other {# 项须修正}} · {warnings, plural, other {# 项请确认}} · {infos, plural, other {# 项提示}}",
    "zh-TW": "{errors, plural, other {# 項須修正}} · {warnings, plural, other {# 項請確認}} · {infos, plural, other {# 項提示}}",
  },
  groupError: { en: "Fix before sending ({{count}})", "zh-CN": "发送前须修正（{{count}}）", "zh-TW": "傳送前須修正（{{count}}）" },
  groupWarning: { en: "Please review ({{count}})", "zh-CN": "请确认（{{count}}）", "zh-TW": "請確認（{{count}}）" },
  groupInfo: { en: "Good to know ({{count}})", "zh-CN": "供参考（{{count}}）", "zh-TW": "供參考（{{count}}）" },
  heldBlocked: {
    en: "Your mail was not sent. Outlook held it back because of the points below; fix them and press Send again.",
    "zh-CN": "邮件未发送。由于以下问题，Outlook 暂未发送这封邮件；修正后请再次点击“发送”。",
    "zh-TW": "郵件未傳送。由於以下問題，Outlook 暫未傳送這封郵件；修正後請再次按「傳送」。",
  },
  heldWarned: {
    en: "Your mail was held back once so that you can review the points below. Press Send again to send it as it is.",
    "zh-CN": "邮件已暂缓发送，请先确认以下事项。如确认无误，再次点击“发送”即可按原样发送。",
    "zh-TW": "郵件已暫緩傳送，請先確認以下事項。如確認無誤，再次按「傳送」即可按原樣傳送。",
  },
  heldResolved: {
    en: "Everything that held your mail back is fixed. Press Send again.",
    "zh-CN": "导致邮件暂缓发送的问题已全部修正，请再次点击“发送”。",
    "zh-TW": "導致郵件暫緩傳送的問題已全部修正，請再次按「傳送」。",
  },
  dismiss: { en: "Dismiss", "zh-CN": "关闭", "zh-TW": "關閉" },
  inYourMail: { en: "In your mail:", "zh-CN": "原文：", "zh-TW": "原文：" },
  clause: { en: "Policy {{clause}}", "zh-CN": "依据 {{clause}}", "zh-TW": "依據 {{clause}}" },
  fixesFor: { en: "Fixes for: {{message}}", "zh-CN": "修正：{{message}}", "zh-TW": "修正：{{message}}" },
  atCursor: { en: "At cursor", "zh-CN": "插入到光标处", "zh-TW": "插入到游標處" },
  atCursorLabel: {
    en: "At cursor: {{label}}",
    "zh-CN": "插入到光标处：{{label}}",
    "zh-TW": "插入到游標處：{{label}}",
  },
  fieldTo: { en: "To", "zh-CN": "收件人", "zh-TW": "收件者" },
  fieldCc: { en: "Cc", "zh-CN": "抄送", "zh-TW": "副本" },
  addressLabel: { en: "E-mail address of {{name}}", "zh-CN": "{{name}} 的邮箱地址", "zh-TW": "{{name}} 的電子郵件地址" },
  addressInvalid: { en: "Enter an address such as name@contoso.com.", "zh-CN": "请输入邮箱地址，例如 name@contoso.com。", "zh-TW": "請輸入電子郵件地址，例如 name@contoso.com。" },
  applying: { en: "Changing your mail…", "zh-CN": "正在修改邮件…", "zh-TW": "正在修改郵件…" },
  doneInsert: { en: "Inserted into your mail.", "zh-CN": "已插入邮件。", "zh-TW": "已插入郵件。" },
  doneReplace: { en: "Replaced “{{find}}” with “{{replace}}”.", "zh-CN": "已将“{{find}}”改为“{{replace}}”。", "zh-TW": "已將「{{find}}」改為「{{replace}}」。" },
  doneSubject: { en: "The subject is now “{{subject}}”.", "zh-CN": "主题已改为“{{subject}}”。", "zh-TW": "主旨已改為「{{subject}}」。" },
  doneSchedule: { en: "The mail will be delivered at {{time}}.", "zh-CN": "邮件将于 {{time}} 送达。", "zh-TW": "郵件將於 {{time}} 送達。" },
  doneRecipient: { en: "Added {{name}} to {{field}}.", "zh-CN": "已将 {{name}} 添加到{{field}}。", "zh-TW": "已將 {{name}} 新增至{{field}}。" },
  doneAttachmentList: {
    en: "The attachment list is in your mail: after each dash, say in a few words what the file is.",
    "zh-CN": "附件清单已插入邮件：请在每个破折号后简要说明该附件的内容。",
    "zh-TW": "附件清單已插入郵件：請在每個破折號後簡要說明該附件的內容。",
  },
  manualChange: {
    en: "This Outlook cannot make this change for the add-in; please make it yourself: {{label}}.",
    "zh-CN": "此版本 Outlook 不支持由加载项完成此修改，请手动完成：{{label}}。",
    "zh-TW": "此版本 Outlook 不支援由增益集完成此修改，請手動完成：{{label}}。",
  },
  doneTemplate: { en: "Inserted the {{template}} template.", "zh-CN": "已插入“{{template}}”模板。", "zh-TW": "已插入「{{template}}」範本。" },
  doneCancelSchedule: { en: "The schedule is cancelled: the mail goes out when you press Send.", "zh-CN": "已取消定时：点击“发送”后邮件将立即发出。", "zh-TW": "已取消排定：按「傳送」後郵件將立即送出。" },
  fixFailed: {
    en: "Outlook could not make this change ({{reason}}). Your mail was not changed.",
    "zh-CN": "Outlook 未能完成此修改（{{reason}}）。邮件未被更改。",
    "zh-TW": "Outlook 未能完成此修改（{{reason}}）。郵件未被變更。",
  },
  fixChanged: {
    en: "Your mail changed while the fix was being applied, so nothing was changed. Try again.",
    "zh-CN": "修改过程中邮件内容有变化，因此未做任何更改。请重试。",
    "zh-TW": "修改過程中郵件內容有變化，因此未做任何變更。請重試。",
  },
  fixNotFound: {
    en: "The words this fix is about are no longer in your mail.",
    "zh-CN": "邮件中已找不到此修正对应的文字。",
    "zh-TW": "郵件中已找不到此修正對應的文字。",
  },
  scheduled: {
    en: "Scheduled: this mail will be delivered at {{time}}.",
    "zh-CN": "已定时：这封邮件将于 {{time}} 送达。",
    "zh-TW": "已排定：這封郵件將於 {{time}} 送達。",
  },
  cancelSchedule: { en: "Cancel the schedule", "zh-CN": "取消定时发送", "zh-TW": "取消排定傳送" },
  templates: { en: "Templates", "zh-CN": "模板", "zh-TW": "範本" },
  templatesHint: {
    en: "Insert a skeleton at the cursor, ready to fill in.",
    "zh-CN": "在光标处插入一个待填写的框架。",
    "zh-TW": "在游標處插入一個待填寫的框架。",
  },
  insertTemplate: { en: "Insert", "zh-CN": "插入", "zh-TW": "插入" },
  templateStructuredMail: { en: "Structured mail (purpose, details, action)", "zh-CN": "结构化邮件（目的、详情、行动）", "zh-TW": "結構化郵件（目的、詳情、行動）" },
  templateItReport: { en: "IT problem report", "zh-CN": "IT 问题报告", "zh-TW": "IT 問題報告" },
  templateMinutes: { en: "Meeting minutes", "zh-CN": "会议纪要", "zh-TW": "會議紀要" },
  templateAgenda: { en: "Meeting agenda", "zh-CN": "会议议程", "zh-TW": "會議議程" },
  feedback: {
    en: "Questions or a problem with the policy? Write to {{mailbox}}",
    "zh-CN": "对规范有疑问或发现问题？请发送邮件至 {{mailbox}}",
    "zh-TW": "對規範有疑問或發現問題？請寄信至 {{mailbox}}",
  },
  feedbackLinkLabel: { en: "Write to the policy feedback mailbox", "zh-CN": "写信给规范反馈邮箱", "zh-TW": "寫信給規範回饋信箱" },
  defaultsInForce: {
    en: "Your company's policy file could not be loaded, so the built-in defaults are in force.",
    "zh-CN": "未能加载公司的规范配置文件，当前使用内置默认规则。",
    "zh-TW": "未能載入公司的規範設定檔，目前使用內建預設規則。",
  },
  policyVersion: { en: "Policy version {{version}}", "zh-CN": "规范版本 {{version}}", "zh-TW": "規範版本 {{version}}" },
  readFailed: {
    en: "Outlook did not give the add-in the mail, so it could not be checked. Check again in a moment.",
    "zh-CN": "Outlook 未向加载项提供邮件内容，暂时无法检查，请稍后重新检查。",
    "zh-TW": "Outlook 未向增益集提供郵件內容，暫時無法檢查，請稍後重新檢查。",
  },
  notAMessage: {
    en: "Open this pane while writing a mail.",
    "zh-CN": "请在撰写邮件时打开此窗格。",
    "zh-TW": "請在撰寫郵件時開啟此窗格。",
  },
  findingsRegion: { en: "Findings", "zh-CN": "检查结果", "zh-TW": "檢查結果" },
} satisfies Record<string, LocalizedText>;

export type MessagePaneTextId = keyof typeof MESSAGE_PANE_TEXT;

export type PaneT = Translator<MessagePaneTextId>;

/** The pane's text for one id in one language, with its {{data}} filled. */
export function paneText(lang: UiLang, id: MessagePaneTextId, data: Record<string, string | number> = {}): string {
  return tableText(MESSAGE_PANE_TEXT, lang, id, data);
}

export function paneTranslator(lang: UiLang): PaneT {
  return translator(MESSAGE_PANE_TEXT, lang);
}
