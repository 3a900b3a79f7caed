import type { LocalizedText } from "../policy/types";

// What a user reads in the Smart Alerts dialog when they press Send. Short: the dialog shows
// at most 500 characters, and people read the first line only.

export const ONSEND_TEXT = {
  mailErrors: {
    en: "This mail does not follow the communication policy yet:",
    "zh-CN": "这封邮件还不符合沟通规范：",
    "zh-TW": "這封郵件還不符合溝通規範：",
  },
  meetingErrors: {
    en: "This meeting invitation does not follow the communication policy yet:",
    "zh-CN": "这个会议邀请还不符合沟通规范：",
    "zh-TW": "這個會議邀請還不符合溝通規範：",
  },
  mailWarnings: {
    en: "Before this mail goes out, please check:",
    "zh-CN": "发送这封邮件前，请确认：",
    "zh-TW": "傳送這封郵件前，請確認：",
  },
  meetingWarnings: {
    en: "Before this invitation goes out, please check:",
    "zh-CN": "发送这个会议邀请前，请确认：",
    "zh-TW": "傳送這個會議邀請前，請確認：",
  },
  more: {
    en: "…and {{n}} more.",
    "zh-CN": "……还有 {{n}} 项。",
    "zh-TW": "……還有 {{n}} 項。",
  },
  fixHint: {
    en: "Select {{fix}} to see every point and correct it.",
    "zh-CN": "选择“{{fix}}”查看全部问题并修正。",
    "zh-TW": "選擇「{{fix}}」查看全部問題並修正。",
  },
  paneHint: {
    en: "Open Check policy on the ribbon to see every point.",
    "zh-CN": "请在功能区打开“检查规范”查看全部问题。",
    "zh-TW": "請在功能區開啟「檢查規範」查看全部問題。",
  },
  warningHint: {
    en: "If it is as you intend, you can send it anyway.",
    "zh-CN": "如确认无误，仍可直接发送。",
    "zh-TW": "如確認無誤，仍可直接傳送。",
  },
  fixLabel: {
    en: "Fix",
    "zh-CN": "修正",
    "zh-TW": "修正",
  },
  failureBlocked: {
    en: "The communication policy check could not run, and your organization holds mail until it can. Try again in a moment; if this keeps happening, contact the IT helpdesk.",
    "zh-CN": "沟通规范检查未能运行，按公司设置，检查完成前邮件暂不发送。请稍后重试；如持续出现，请联系 IT 服务台。",
    "zh-TW": "溝通規範檢查未能執行，依公司設定，檢查完成前郵件暫不傳送。請稍後重試；如持續出現，請聯絡 IT 服務台。",
  },
} satisfies Record<string, LocalizedText>;

export type OnSendTextId = keyof typeof ONSEND_TEXT;
