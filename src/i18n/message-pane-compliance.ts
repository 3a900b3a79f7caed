import type { LocalizedText } from "../policy/types";
import type { Translator } from "./strings";

// The panes' words for §5 supervision: the one-time notice of what is recorded and reporting
// a wrong finding (both panes: RECORDING_TEXT), and sending anyway with a reason (the message
// pane: COMPLIANCE_PANE_TEXT). Each pane's one string table spreads them in (message-pane.ts,
// meeting-pane.ts). RECORDING_NOTICE is also quoted in the README, and a test holds the two equal.

export const RECORDING_NOTICE: LocalizedText = {
  en: "To supervise how the communication policy is followed (§5), this add-in records which rules it pointed out, what you did about them (fixed, sent anyway, reported as wrong), the reason or comment you give, and your department, under a pseudonymous key. It never records your mail's text, subject or recipients. Your company's IT department can turn recording off.",
  "zh-CN": "为监督沟通规范的执行（第五章），本加载项以假名化标识记录：提示了哪些规则、您如何处理（已修正、仍然发送、报告有误）、您填写的理由或意见，以及您所在的部门。本加载项绝不记录邮件的正文、主题或收件人。公司 IT 部门可以关闭此记录功能。",
  "zh-TW": "為監督溝通規範的執行（第五章），本增益集以假名化識別碼記錄：提示了哪些規則、您如何處理（已修正、仍然傳送、回報有誤）、您填寫的理由或意見，以及您所屬的部門。本增益集絕不記錄郵件的正文、主旨或收件者。公司 IT 部門可以關閉此記錄功能。",
};

/** What both panes say about recording: the notice, "this finding is wrong", a comment's limit. */
export const RECORDING_TEXT = {
  noticeTitle: { en: "What this add-in records", "zh-CN": "本加载项记录的内容", "zh-TW": "本增益集記錄的內容" },
  noticeBody: RECORDING_NOTICE,
  noticeRetention: {
    en: "Records are kept for {days, plural, one {# day} other {# days}}.",
    "zh-CN": "记录保留 {days, plural, other {# 天}}。",
    "zh-TW": "記錄保留 {days, plural, other {# 天}}。",
  },
  noticePolicyLink: { en: "Read §5 Supervision of the policy", "zh-CN": "查看规范第五章“沟通监督与考核”", "zh-TW": "查看規範第五章「溝通監督與考核」" },
  noticePolicyText: {
    en: "§5.1 Supervision: the administration department supervises IT communication day to day and checks regularly that the tools are used as the policy says and that information is accurate and timely; a feedback mailbox takes reports of violations. §5.2 Appraisal: IT communication is part of the performance appraisal (timeliness, accuracy, effectiveness, politeness).",
    "zh-CN": "第五章 沟通监督与考核：（一）行政部门负责对公司内部 IT 沟通情况进行日常监督，定期检查 IT 沟通工具使用的规范性、信息发布的准确性和及时性；设立意见反馈邮箱受理违规举报。（二）将 IT 沟通管理纳入员工绩效考核体系，考核沟通的及时性、准确性、有效性、礼貌性等方面。",
    "zh-TW": "第五章 溝通監督與考核：（一）行政部門負責對公司內部 IT 溝通情況進行日常監督，定期檢查 IT 溝通工具使用的規範性、資訊發布的準確性和及時性；設立意見回饋信箱受理違規舉報。（二）將 IT 溝通管理納入員工績效考核體系，考核溝通的及時性、準確性、有效性、禮貌性等方面。",
  },
  noticeDismiss: { en: "Got it", "zh-CN": "知道了", "zh-TW": "知道了" },
  reasonTooLong: {
    en: "Keep it to {max, plural, one {# character} other {# characters}} or fewer.",
    "zh-CN": "请不超过 {max, plural, other {# 个字符}}。",
    "zh-TW": "請不超過 {max, plural, other {# 個字元}}。",
  },
  reportWrong: { en: "This finding is wrong", "zh-CN": "此提示有误", "zh-TW": "此提示有誤" },
  reportWrongFor: { en: "This finding is wrong: {{message}}", "zh-CN": "此提示有误：{{message}}", "zh-TW": "此提示有誤：{{message}}" },
  commentLabel: { en: "What is wrong with it? (optional)", "zh-CN": "哪里有误？（选填）", "zh-TW": "哪裡有誤？（選填）" },
  reportSubmit: { en: "Report", "zh-CN": "提交", "zh-TW": "提交" },
  cancel: { en: "Cancel", "zh-CN": "取消", "zh-TW": "取消" },
  reported: {
    en: "Thank you: reported to the policy's administrators.",
    "zh-CN": "谢谢，已反馈给规范管理员。",
    "zh-TW": "謝謝，已回饋給規範管理員。",
  },
} satisfies Record<string, LocalizedText>;

export const COMPLIANCE_PANE_TEXT = {
  ...RECORDING_TEXT,
  sendAnyway: { en: "Send anyway", "zh-CN": "仍然发送", "zh-TW": "仍然傳送" },
  sendAnywayRegion: { en: "Send the mail as it is", "zh-CN": "按原样发送邮件", "zh-TW": "按原樣傳送郵件" },
  reasonLabelRequired: { en: "Why send it as it is? (required)", "zh-CN": "仍然发送的理由（必填）", "zh-TW": "仍然傳送的理由（必填）" },
  reasonLabelOptional: { en: "Why send it as it is? (optional)", "zh-CN": "仍然发送的理由（选填）", "zh-TW": "仍然傳送的理由（選填）" },
  reasonRequired: {
    en: "An error held this mail back: say in one line why it goes as it is.",
    "zh-CN": "这封邮件因错误被暂缓发送：请用一句话说明仍然发送的理由。",
    "zh-TW": "這封郵件因錯誤被暫緩傳送：請用一句話說明仍然傳送的理由。",
  },
  sendingAnyway: { en: "Sending your mail…", "zh-CN": "正在发送邮件…", "zh-TW": "正在傳送郵件…" },
  sentAnyway: { en: "Outlook is sending your mail as it is.", "zh-CN": "Outlook 正在按原样发送邮件。", "zh-TW": "Outlook 正在按原樣傳送郵件。" },
  pressSendAgain: {
    en: "Your reason is recorded. This Outlook cannot send for the add-in: press Send again to send the mail as it is.",
    "zh-CN": "已记录您的理由。此版本 Outlook 不支持由加载项发送邮件：请再次点击“发送”按原样发送。",
    "zh-TW": "已記錄您的理由。此版本 Outlook 不支援由增益集傳送郵件：請再次按「傳送」按原樣傳送。",
  },
  sendFailed: {
    en: "Outlook could not send the mail ({{reason}}). Nothing in it was changed: press Send to send it.",
    "zh-CN": "Outlook 未能发送邮件（{{reason}}）。邮件内容未被更改：请点击“发送”。",
    "zh-TW": "Outlook 未能傳送郵件（{{reason}}）。郵件內容未被變更：請按「傳送」。",
  },
} satisfies Record<string, LocalizedText>;

/** The words the shared recording components need; both panes' translators fit it. */
export type RecordingT = Translator<keyof typeof RECORDING_TEXT>;
