import type { LocalizedText } from "../policy/types";
import { resolveUiLang, translator, type Translator, type UiLang } from "./strings";

// The playground's own controls (the simulated Outlook around the real panes), in the one
// string-table format: they follow the display language chosen in the playground.

const text = (en: string, zhCN: string, zhTW: string): LocalizedText => ({ en, "zh-CN": zhCN, "zh-TW": zhTW });

export const PLAYGROUND_TEXT = {
  composeTitle: text("Playground: simulated Outlook compose window", "演练场：模拟的 Outlook 撰写窗口", "演練場：模擬的 Outlook 撰寫視窗"),
  composeHint: text(
    "Office.js is simulated in this page (asynchronous callbacks, documented result shapes). The pane beside it is the add-in's real message pane; Send runs the real on-send check.",
    "本页模拟 Office.js（异步回调、文档规定的结果格式）。旁边的窗格就是加载项真实的邮件窗格；“发送”会运行真实的发送前检查。",
    "本頁模擬 Office.js（非同步回呼、文件規定的結果格式）。旁邊的窗格就是增益集真實的郵件窗格；「傳送」會執行真實的傳送前檢查。",
  ),
  settings: text("Playground settings", "演练场设置", "演練場設定"),
  send: text("Send", "发送", "傳送"),
  sending: text("Sending…", "正在发送…", "正在傳送…"),
  sample: text("Sample draft", "示例草稿", "範例草稿"),
  displayLanguage: text("Outlook display language", "Outlook 显示语言", "Outlook 顯示語言"),
  langFallback: text("Français (fr-FR, falls back to English)", "Français（fr-FR，回退为英语）", "Français（fr-FR，改用英文）"),
  langPseudo: text("Pseudo-locale (qps-ploc)", "伪本地化（qps-ploc）", "虛擬地區設定（qps-ploc）"),
  theme: text("Office theme", "Office 主题", "Office 佈景主題"),
  themeLight: text("Light", "浅色", "淺色"),
  themeDark: text("Dark", "深色", "深色"),
  clock: text("Time now (your time zone)", "当前时间（您的时区）", "目前時間（您的時區）"),
  mailbox: text("Client supports Mailbox", "客户端支持的 Mailbox 版本", "用戶端支援的 Mailbox 版本"),
  policy: text("Tenant policy", "租户规范", "租用戶規範"),
  policyServer: text("policy.json from the add-in's server", "加载项服务器上的 policy.json", "增益集伺服器上的 policy.json"),
  policyUnreachable: text("Unreachable (built-in defaults)", "无法访问（内置默认值）", "無法存取（內建預設值）"),
  reopen: text("Reopen the pane", "重新打开窗格", "重新開啟窗格"),
  sent: text("Sent (simulated): the on-send check let this mail go.", "已发送（模拟）：发送前检查放行了这封邮件。", "已傳送（模擬）：傳送前檢查放行了這封郵件。"),
  sentScheduled: text("Sent (simulated): the server delivers it at {{time}}.", "已发送（模拟）：服务器将于 {{time}} 投递。", "已傳送（模擬）：伺服器將於 {{time}} 投遞。"),
  header: text("Message header", "邮件头", "郵件標頭"),
  from: text("From", "发件人", "寄件者"),
  to: text("To", "收件人", "收件者"),
  cc: text("Cc", "抄送", "副本"),
  bcc: text("Bcc", "密送", "密件副本"),
  importance: text("Importance", "重要性", "重要性"),
  importanceHint: text("Office.js gives add-ins no importance in compose; kept for the picture.", "Office.js 在撰写时不向加载项提供重要性；此处仅作示意。", "Office.js 在撰寫時不向增益集提供重要性；此處僅作示意。"),
  importanceLow: text("Low", "低", "低"),
  importanceNormal: text("Normal", "普通", "一般"),
  importanceHigh: text("High", "高", "高"),
  delivery: text("Scheduled delivery (delayDeliveryTime)", "定时投递（delayDeliveryTime）", "排定投遞（delayDeliveryTime）"),
  sendNow: text("Send now", "立即发送", "立即傳送"),
  subject: text("Subject", "主题", "主旨"),
  attachments: text("Attachments ({{count}})", "附件（{{count}}）", "附件（{{count}}）"),
  remove: text("Remove", "删除", "移除"),
  removeNamed: text("Remove {{name}}", "删除 {{name}}", "移除 {{name}}"),
  fileName: text("File name", "文件名", "檔案名稱"),
  sizeKb: text("Size (KB)", "大小（KB）", "大小（KB）"),
  inline: text("Inline image", "内嵌图片", "內嵌圖片"),
  cloud: text("Cloud link", "云端链接", "雲端連結"),
  inlineTag: text("inline", "内嵌", "內嵌"),
  cloudTag: text("cloud", "云端", "雲端"),
  attach: text("Attach", "添加附件", "附加"),
  message: text("Message", "正文", "內文"),
  messageBody: text("Message body", "邮件正文", "郵件內文"),
  pane: text("Add-in pane: Communication policy", "加载项窗格：沟通规范", "增益集窗格：溝通規範"),
  dialogTitle: text("Communication Policy Assistant", "沟通规范助手", "溝通規範助手"),
  sendAnyway: text("Send Anyway", "仍然发送", "仍要傳送"),
  dontSend: text("Don't Send", "不发送", "不要傳送"),
  meetingTitle: text("Simulated Outlook meeting", "模拟的 Outlook 会议", "模擬的 Outlook 會議"),
  darkTheme: text("Dark theme", "深色主题", "深色佈景主題"),
  start: text("Start", "开始时间", "開始時間"),
  duration: text("Duration (minutes)", "时长（分钟）", "時長（分鐘）"),
  attendees: text("Required attendees", "必需参会人", "必要與會者"),
  unknownDepartment: text("?", "？", "？"),
  invitation: text("Invitation", "会议邀请正文", "會議邀請內文"),
  invitationBody: text("Invitation body", "会议邀请正文", "會議邀請內文"),
  attachSlides: text("Attach slides", "添加幻灯片", "附加簡報"),
  detach: text("Remove attachment", "删除附件", "移除附件"),
  savedAs: text("Saved as: {{id}} · custom properties: {{names}}", "已保存为：{{id}} · 自定义属性：{{names}}", "已儲存為：{{id}} · 自訂屬性：{{names}}"),
  notSaved: text("not saved", "未保存", "未儲存"),
  none: text("none", "无", "無"),
  forms: text("Messages the add-in opened", "加载项打开的邮件", "增益集開啟的郵件"),
  formTo: text("To: {{list}}", "收件人：{{list}}", "收件者：{{list}}"),
  formCc: text("Cc: {{list}}", "抄送：{{list}}", "副本：{{list}}"),
  graph: text("Simulated Microsoft Graph (in this page)", "模拟的 Microsoft Graph（在本页中）", "模擬的 Microsoft Graph（在本頁中）"),
  requests: text("{count, plural, one {# request so far} other {# requests so far}}", "{count, plural, other {已发出 # 个请求}}", "{count, plural, other {已發出 # 個請求}}"),
  eventReminder: text("Event reminder: {{reminder}} · stored data: {{stored}}", "会议提醒：{{reminder}} · 已保存数据：{{stored}}", "會議提醒：{{reminder}} · 已儲存資料：{{stored}}"),
  reminderMinutes: text("{minutes, plural, one {# minute} other {# minutes}}", "{minutes, plural, other {# 分钟}}", "{minutes, plural, other {# 分鐘}}"),
  off: text("off", "关闭", "關閉"),
  yes: text("yes", "是", "是"),
  no: text("no", "否", "否"),
  todo: text("To Do: {{title}} (due {{date}})", "待办：{{title}}（截止 {{date}}）", "待辦：{{title}}（截止 {{date}}）"),
  meetingPane: text("Add-in pane: meeting policy", "加载项窗格：会议规范", "增益集窗格：會議規範"),
} satisfies Record<string, LocalizedText>;

export type PlaygroundT = Translator<keyof typeof PLAYGROUND_TEXT>;

/** The playground's words in the language of the display language it simulates. */
export function playgroundTranslator(displayLanguage: string): PlaygroundT {
  return translator(PLAYGROUND_TEXT, resolveUiLang(displayLanguage));
}

export type { UiLang };
