import type { LocalizedText } from "../policy/types";
import { RECORDING_TEXT } from "./message-pane-compliance";
import { tableText, translator, type Translator, type UiLang } from "./strings";

// The meeting pane's words, in the one string-table format of both panes (src/i18n/strings.ts):
// {{name}} values and {count, plural, …} forms, the pseudo-locale included.

export const MEETING_PANE_TEXT = {
  title: { en: "Meeting policy", "zh-CN": "会议规范", "zh-TW": "會議規範" },
  checkAgain: { en: "Check again", "zh-CN": "重新检查", "zh-TW": "重新檢查" },
  checking: { en: "Checking…", "zh-CN": "正在检查…", "zh-TW": "正在檢查…" },
  rulesHeading: { en: "Policy checks", "zh-CN": "规范检查", "zh-TW": "規範檢查" },
  rulePass: { en: "OK", "zh-CN": "通过", "zh-TW": "通過" },
  ruleSkipped: { en: "Not checked", "zh-CN": "未检查", "zh-TW": "未檢查" },
  allPass: { en: "This meeting follows every meeting rule.", "zh-CN": "本次会议符合全部会议规范。", "zh-TW": "本次會議符合全部會議規範。" },
  bookingHeading: { en: "Advance booking", "zh-CN": "提前预约", "zh-TW": "提前預約" },
  bookedAhead: { en: "Starts in {hours, plural, one {# hour} other {# hours}}; book at least {min, plural, one {# hour} other {# hours}} ahead.", "zh-CN": "距开始还有 {hours, plural, other {# 小时}}；须至少提前 {min, plural, other {# 小时}}预约。", "zh-TW": "距開始還有 {hours, plural, other {# 小時}}；須至少提前 {min, plural, other {# 小時}}預約。" },
  bookedPast: { en: "The start time is in the past.", "zh-CN": "开始时间已过。", "zh-TW": "開始時間已過。" },
  tooSoon: { en: "This is shorter notice than the policy asks for.", "zh-CN": "预约时间短于规范要求。", "zh-TW": "預約時間短於規範要求。" },
  urgentSwitch: { en: "Urgent meeting", "zh-CN": "紧急会议", "zh-TW": "緊急會議" },
  urgentReason: { en: "Reason for urgency", "zh-CN": "紧急原因", "zh-TW": "緊急原因" },
  urgentReasonHint: { en: "Told to the attendees in the invitation.", "zh-CN": "将写入会议邀请，告知参会人。", "zh-TW": "將寫入會議邀請，告知與會者。" },
  writeReason: { en: "Write reason into invitation", "zh-CN": "将原因写入邀请", "zh-TW": "將原因寫入邀請" },
  agendaHeading: { en: "Agenda", "zh-CN": "议程", "zh-TW": "議程" },
  agendaItem: { en: "Item {{n}}", "zh-CN": "第 {{n}} 项", "zh-TW": "第 {{n}} 項" },
  agendaTitle: { en: "Topic", "zh-CN": "议题", "zh-TW": "議題" },
  agendaMinutes: { en: "Minutes", "zh-CN": "分钟", "zh-TW": "分鐘" },
  agendaOwner: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" },
  addItem: { en: "Add item", "zh-CN": "添加议题", "zh-TW": "新增議題" },
  removeItem: { en: "Remove item {{n}}", "zh-CN": "删除第 {{n}} 项", "zh-TW": "刪除第 {{n}} 項" },
  writeAgenda: { en: "Write agenda into invitation", "zh-CN": "将议程写入邀请", "zh-TW": "將議程寫入邀請" },
  agendaRead: { en: "Read from the invitation.", "zh-CN": "已从邀请中读取。", "zh-TW": "已從邀請中讀取。" },
  minuteTakerHeading: { en: "Minute-taker", "zh-CN": "会议记录人", "zh-TW": "會議記錄人" },
  minuteTakerPick: { en: "Who takes the minutes", "zh-CN": "由谁记录会议纪要", "zh-TW": "由誰記錄會議紀要" },
  minuteTakerNone: { en: "Choose a person", "zh-CN": "请选择", "zh-TW": "請選擇" },
  materialsHeading: { en: "Materials", "zh-CN": "会议材料", "zh-TW": "會議資料" },
  noAttachments: { en: "Nothing attached.", "zh-CN": "没有附件。", "zh-TW": "沒有附件。" },
  departmentsHeading: { en: "Departments", "zh-CN": "部门", "zh-TW": "部門" },
  needGraphList: { en: "Needs Microsoft Graph: departments and heads, the reminder and meeting data saved on the event, the To Do task, and the linked minutes draft. Every other check works without it.", "zh-CN": "需要 Microsoft Graph：部门及负责人、保存到会议的提醒和会议信息、待办任务、关联会议的纪要草稿。其他检查无需登录。", "zh-TW": "需要 Microsoft Graph：部門及主管、儲存到會議的提醒和會議資訊、待辦工作、連結會議的紀要草稿。其他檢查無需登入。" },
  signIn: { en: "Sign in", "zh-CN": "登录", "zh-TW": "登入" },
  signingIn: { en: "Signing in…", "zh-CN": "正在登录…", "zh-TW": "正在登入…" },
  notConfigured: { en: "Microsoft Graph is not set up for this add-in (no app registration in config.json).", "zh-CN": "此加载项尚未配置 Microsoft Graph（config.json 中没有应用注册）。", "zh-TW": "此增益集尚未設定 Microsoft Graph（config.json 中沒有應用程式註冊）。" },
  graphError: { en: "Microsoft Graph could not answer: {{message}}", "zh-CN": "Microsoft Graph 无法响应：{{message}}", "zh-TW": "Microsoft Graph 無法回應：{{message}}" },
  crossDepartment: { en: "Cross-department meeting (§4.1): {count, plural, one {# department} other {# departments}}.", "zh-CN": "跨部门会议（§4.1）：涉及 {count, plural, other {# 个部门}}。", "zh-TW": "跨部門會議（§4.1）：涉及 {count, plural, other {# 個部門}}。" },
  singleDepartment: { en: "All known attendees are in one department.", "zh-CN": "已知参会人均属同一部门。", "zh-TW": "已知與會者均屬同一部門。" },
  headsLabel: { en: "Heads: {{heads}}", "zh-CN": "负责人：{{heads}}", "zh-TW": "主管：{{heads}}" },
  headsFromPolicy: { en: "Heads: {{heads}} (from the policy file)", "zh-CN": "负责人：{{heads}}（来自规范配置）", "zh-TW": "主管：{{heads}}（來自規範設定）" },
  headsNone: { en: "No head known", "zh-CN": "负责人未知", "zh-TW": "主管未知" },
  unknownDepartment: { en: "Department unknown: {{names}}", "zh-CN": "部门未知：{{names}}", "zh-TW": "部門未知：{{names}}" },
  minutesHeading: { en: "Minutes", "zh-CN": "会议纪要", "zh-TW": "會議紀要" },
  minutesDue: { en: "Minutes due by {{date}} ({days, plural, one {# working day} other {# working days}} after the meeting), to the attendees and department heads.", "zh-CN": "纪要须于 {{date}} 前（会后 {days, plural, other {# 个工作日}}内）发送给参会人及部门负责人。", "zh-TW": "紀要須於 {{date}} 前（會後 {days, plural, other {# 個工作日}}內）傳送給與會者及部門主管。" },
  minutesRecipients: { en: "Recipients: {count, plural, one {# attendee} other {# attendees}}, {heads, plural, one {# department head} other {# department heads}}.", "zh-CN": "收件人：{count, plural, other {# 位参会人}}，{heads, plural, other {# 位部门负责人}}。", "zh-TW": "收件者：{count, plural, other {# 位與會者}}，{heads, plural, other {# 位部門主管}}。" },
  writeMinutes: { en: "Write minutes", "zh-CN": "撰写纪要", "zh-TW": "撰寫紀要" },
  minutesOpened: { en: "Minutes draft opened.", "zh-CN": "已打开纪要草稿。", "zh-TW": "已開啟紀要草稿。" },
  minutesOpenedNoLink: { en: "Minutes opened. Without Microsoft Graph the link to this meeting travels in the body.", "zh-CN": "已打开纪要。未登录 Microsoft Graph 时，与本会议的关联写在正文中。", "zh-TW": "已開啟紀要。未登入 Microsoft Graph 時，與本會議的連結寫在內文中。" },
  saveHeading: { en: "Save to the meeting", "zh-CN": "保存到会议", "zh-TW": "儲存到會議" },
  saveExplain: { en: "Saves the meeting, sets the reminder to at least {minutes, plural, one {# minute} other {# minutes}}, stores the agenda, minute-taker, urgency reason and department heads on the event, and adds a To Do task for the minutes.", "zh-CN": "保存会议，将提醒设为至少提前 {minutes, plural, other {# 分钟}}，把议程、记录人、紧急原因和部门负责人保存到会议中，并为纪要创建待办任务。", "zh-TW": "儲存會議，將提醒設為至少提前 {minutes, plural, other {# 分鐘}}，把議程、記錄人、緊急原因和部門主管儲存到會議中，並為紀要建立待辦工作。" },
  saveButton: { en: "Save and apply", "zh-CN": "保存并应用", "zh-TW": "儲存並套用" },
  saving: { en: "Saving…", "zh-CN": "正在保存…", "zh-TW": "正在儲存…" },
  savedItem: { en: "Meeting saved; agenda and minute-taker stored with it.", "zh-CN": "会议已保存，议程和记录人已随会议保存。", "zh-TW": "會議已儲存，議程和記錄人已隨會議儲存。" },
  savedReminder: { en: "Reminder set to {minutes, plural, one {# minute} other {# minutes}} before the start.", "zh-CN": "提醒已设为开始前 {minutes, plural, other {# 分钟}}。", "zh-TW": "提醒已設為開始前 {minutes, plural, other {# 分鐘}}。" },
  savedTask: { en: "To Do task created, due {{date}}.", "zh-CN": "已创建待办任务，截止 {{date}}。", "zh-TW": "已建立待辦工作，截止 {{date}}。" },
  savedNeedsGraph: { en: "Sign in to set the reminder and create the To Do task.", "zh-CN": "登录后可设置提醒并创建待办任务。", "zh-TW": "登入後可設定提醒並建立待辦工作。" },
  saveFailed: { en: "Could not save: {{message}}", "zh-CN": "无法保存：{{message}}", "zh-TW": "無法儲存：{{message}}" },
  taskTitle: { en: "Minutes of {{subject}}: send to attendees and department heads", "zh-CN": "{{subject}} 会议纪要：发送给参会人及部门负责人", "zh-TW": "{{subject}} 會議紀要：傳送給與會者及部門主管" },
  minutesSubject: { en: "Minutes: {{subject}}", "zh-CN": "会议纪要：{{subject}}", "zh-TW": "會議紀要：{{subject}}" },
  bodyWriteFailed: { en: "Could not write into the invitation: {{message}}", "zh-CN": "无法写入邀请：{{message}}", "zh-TW": "無法寫入邀請：{{message}}" },
  readFailed: { en: "Outlook did not give the add-in: {{fields}}.", "zh-CN": "Outlook 未向加载项提供：{{fields}}。", "zh-TW": "Outlook 未向增益集提供：{{fields}}。" },
  written: { en: "Written into the invitation.", "zh-CN": "已写入邀请。", "zh-TW": "已寫入邀請。" },
  organizerSuffix: { en: "(organizer)", "zh-CN": "（组织者）", "zh-TW": "（召集人）" },
  policyDefaults: { en: "The policy file could not be loaded; built-in defaults are in force.", "zh-CN": "无法加载规范配置文件，正在使用内置默认值。", "zh-TW": "無法載入規範設定檔，正在使用內建預設值。" },
  departmentMembers: { en: "{{department}}: {{members}}", "zh-CN": "{{department}}：{{members}}", "zh-TW": "{{department}}：{{members}}" },
  ruleError: { en: "Must fix", "zh-CN": "须修正", "zh-TW": "須修正" },
  ruleWarning: { en: "Review", "zh-CN": "请确认", "zh-TW": "請確認" },
  ruleInfo: { en: "Note", "zh-CN": "提示", "zh-TW": "提示" },
  ruleFailed: { en: "Could not be checked", "zh-CN": "无法检查", "zh-TW": "無法檢查" },
  consentRefused: { en: "Microsoft Graph was not allowed: consent for this add-in was refused. Your tenant's administrator must grant it: in the Microsoft Entra admin center, open Enterprise applications › Communication Policy Assistant › Permissions and select “Grant admin consent”. Every other check works without it.", "zh-CN": "未能使用 Microsoft Graph：本加载项的权限同意被拒绝。须由贵公司租户的管理员授予同意：在 Microsoft Entra 管理中心打开“企业应用程序 › Communication Policy Assistant › 权限”，选择“代表组织授予管理员同意”。其他检查不受影响。", "zh-TW": "無法使用 Microsoft Graph：此增益集的權限同意遭拒。須由貴公司租用戶的系統管理員授與同意：在 Microsoft Entra 系統管理中心開啟「企業應用程式 › Communication Policy Assistant › 權限」，選取「代表組織授與管理員同意」。其他檢查不受影響。" },
  lookupConsent: { en: "Could not look up: {{names}}. Microsoft Graph refused to read the directory (403): an administrator has not granted consent for this add-in's directory permission (User.Read.All), so their departments and heads are unknown.", "zh-CN": "无法查询：{{names}}。Microsoft Graph 拒绝读取目录（403）：管理员尚未为本加载项授予目录权限（User.Read.All）的同意，因此其部门和负责人未知。", "zh-TW": "無法查詢：{{names}}。Microsoft Graph 拒絕讀取目錄（403）：系統管理員尚未為此增益集授予目錄權限（User.Read.All）的同意，因此其部門和主管未知。" },
  lookupBusy: { en: "Could not look up: {{names}}. Microsoft Graph is busy (throttled or unavailable) and still did not answer after retrying; use “Check again” later.", "zh-CN": "无法查询：{{names}}。Microsoft Graph 繁忙（限流或暂不可用），重试后仍未响应，请稍后点击“重新检查”。", "zh-TW": "無法查詢：{{names}}。Microsoft Graph 忙碌中（節流或暫時無法使用），重試後仍未回應，請稍後按「重新檢查」。" },
  lookupUnreadable: { en: "Could not look up: {{names}}. Microsoft Graph's answer could not be read (malformed response).", "zh-CN": "无法查询：{{names}}。无法读取 Microsoft Graph 的响应（格式错误）。", "zh-TW": "無法查詢：{{names}}。無法讀取 Microsoft Graph 的回應（格式錯誤）。" },
  lookupUnreachable: { en: "Could not look up: {{names}}. Microsoft Graph could not be reached (network).", "zh-CN": "无法查询：{{names}}。无法连接 Microsoft Graph（网络问题）。", "zh-TW": "無法查詢：{{names}}。無法連線至 Microsoft Graph（網路問題）。" },
  lookupOther: { en: "Could not look up: {{names}} ({{reason}})", "zh-CN": "无法查询：{{names}}（{{reason}}）", "zh-TW": "無法查詢：{{names}}（{{reason}}）" },
  ...RECORDING_TEXT,
} satisfies Record<string, LocalizedText>;

export type MeetingPaneTextId = keyof typeof MEETING_PANE_TEXT;

export type MeetingT = Translator<MeetingPaneTextId>;

export function meetingText(lang: UiLang, id: MeetingPaneTextId, data: Record<string, string | number> = {}): string {
  return tableText(MEETING_PANE_TEXT, lang, id, data);
}

export function meetingTranslator(lang: UiLang): MeetingT {
  return translator(MEETING_PANE_TEXT, lang);
}
