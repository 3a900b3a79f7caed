import type { LocalizedText } from "./types";

/** Short titles of the policy clauses the rules cite, for "§2.2.3 正文"-style labels. */
export const CLAUSE_TITLES: Readonly<Record<string, LocalizedText>> = {
  "§1.3.1": { en: "Accuracy", "zh-CN": "准确性原则", "zh-TW": "準確性原則" },
  "§1.3.3": { en: "Politeness", "zh-CN": "礼貌性原则", "zh-TW": "禮貌性原則" },
  "§1.3.4": { en: "Confidentiality", "zh-CN": "保密性原则", "zh-TW": "保密性原則" },
  "§2.1.4": { en: "Sending messages", "zh-CN": "消息发送", "zh-TW": "消息發送" },
  "§2.2.2": { en: "Subject", "zh-CN": "邮件主题", "zh-TW": "郵件主題" },
  "§2.2.3": { en: "Body", "zh-CN": "邮件正文", "zh-TW": "郵件正文" },
  "§2.2.4": { en: "Sending mail", "zh-CN": "邮件发送", "zh-TW": "郵件發送" },
  "§2.3.1": { en: "Booking meetings", "zh-CN": "会议预约", "zh-TW": "會議預約" },
  "§2.3.2": { en: "Meeting preparation", "zh-CN": "会议准备", "zh-TW": "會議準備" },
  "§2.3.3": { en: "Attendance", "zh-CN": "参会要求", "zh-TW": "參會要求" },
  "§2.3.4": { en: "Meeting minutes", "zh-CN": "会议记录", "zh-TW": "會議記錄" },
  "§4.1.4": { en: "Minutes and follow-up", "zh-CN": "沟通记录与跟进", "zh-TW": "溝通記錄與跟進" },
  "§4.2.1": { en: "Reporting IT problems", "zh-CN": "问题发现与反馈", "zh-TW": "問題發現與反饋" },
};

export function clauseLabel(clause: string, lang: keyof LocalizedText): string {
  const title = CLAUSE_TITLES[clause];
  return title ? `${clause} ${title[lang]}` : clause;
}
