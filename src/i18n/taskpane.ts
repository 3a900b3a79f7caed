import { interpolate } from "../policy/interpolate";
import type { Lang, LocalizedText } from "../policy/types";
import { resolveLang } from "./lang";

// The message pane's words. Templates are ids plus {{data}}, filled by the engine's own
// interpolate(). The pseudo-locale (qps-ploc, as Windows names it) renders every string
// accented and bracketed, so a hard-coded English word or a label cut short stands out in
// a screenshot and in the tests (script-lab's fake.strings does the same).

export const TASKPANE_TEXT = {
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
    en: "{{errors}} to fix · {{warnings}} to review · {{infos}} notes",
    "zh-CN": "{{errors}} 项须修正 · {{warnings}} 项请确认 · {{infos}} 项提示",
    "zh-TW": "{{errors}} 項須修正 · {{warnings}} 項請確認 · {{infos}} 項提示",
  },
  groupError: { en: "Fix before sending", "zh-CN": "发送前须修正", "zh-TW": "傳送前須修正" },
  groupWarning: { en: "Please review", "zh-CN": "请确认", "zh-TW": "請確認" },
  groupInfo: { en: "Good to know", "zh-CN": "供参考", "zh-TW": "供參考" },
  severityError: { en: "Must fix", "zh-CN": "须修正", "zh-TW": "須修正" },
  severityWarning: { en: "Review", "zh-CN": "请确认", "zh-TW": "請確認" },
  severityInfo: { en: "Note", "zh-CN": "提示", "zh-TW": "提示" },
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
  inYourMail: { en: "In your mail", "zh-CN": "原文", "zh-TW": "原文" },
  clause: { en: "Policy {{clause}}", "zh-CN": "依据 {{clause}}", "zh-TW": "依據 {{clause}}" },
  fixesFor: { en: "Fixes for: {{message}}", "zh-CN": "修正：{{message}}", "zh-TW": "修正：{{message}}" },
  atCursor: { en: "At cursor", "zh-CN": "插入到光标处", "zh-TW": "插入到游標處" },
  atCursorLabel: {
    en: "At cursor: {{label}}",
    "zh-CN": "插入到光标处：{{label}}",
    "zh-TW": "插入到游標處：{{label}}",
  },
  fixInsert: { en: "Insert “{{text}}”", "zh-CN": "插入“{{text}}”", "zh-TW": "插入「{{text}}」" },
  fixReplace: { en: "Replace with “{{replace}}”", "zh-CN": "替换为“{{replace}}”", "zh-TW": "替換為「{{replace}}」" },
  fixSubject: { en: "Change the subject to “{{subject}}”", "zh-CN": "将主题改为“{{subject}}”", "zh-TW": "將主旨改為「{{subject}}」" },
  fixSchedule: { en: "Send at {{time}}", "zh-CN": "定时于 {{time}} 发送", "zh-TW": "排定於 {{time}} 傳送" },
  fixAddRecipient: { en: "Add {{name}} to {{field}}", "zh-CN": "将 {{name}} 添加到{{field}}", "zh-TW": "將 {{name}} 新增至{{field}}" },
  fixTemplate: { en: "Insert the {{template}} template", "zh-CN": "插入“{{template}}”模板", "zh-TW": "插入「{{template}}」範本" },
  fixAttachmentList: { en: "Insert an attachment list", "zh-CN": "插入附件清单", "zh-TW": "插入附件清單" },
  fieldTo: { en: "To", "zh-CN": "收件人", "zh-TW": "收件者" },
  fieldCc: { en: "Cc", "zh-CN": "抄送", "zh-TW": "副本" },
  addressLabel: { en: "E-mail address of {{name}}", "zh-CN": "{{name}} 的邮箱地址", "zh-TW": "{{name}} 的電子郵件地址" },
  addressInvalid: { en: "Enter an address such as name@contoso.com.", "zh-CN": "请输入邮箱地址，例如 name@contoso.com。", "zh-TW": "請輸入電子郵件地址，例如 name@contoso.com。" },
  add: { en: "Add", "zh-CN": "添加", "zh-TW": "新增" },
  applying: { en: "Changing your mail…", "zh-CN": "正在修改邮件…", "zh-TW": "正在修改郵件…" },
  applied: { en: "Done: {{label}}", "zh-CN": "已完成：{{label}}", "zh-TW": "已完成：{{label}}" },
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
  manualInsert: {
    en: "This Outlook cannot insert text for the add-in. Add it yourself: “{{text}}”",
    "zh-CN": "此版本 Outlook 不支持由加载项插入文字，请手动添加：“{{text}}”",
    "zh-TW": "此版本 Outlook 不支援由增益集插入文字，請手動新增：「{{text}}」",
  },
  manualReplace: {
    en: "This Outlook cannot change the text for the add-in. Replace “{{find}}” with “{{replace}}” yourself.",
    "zh-CN": "此版本 Outlook 不支持由加载项修改文字，请手动将“{{find}}”改为“{{replace}}”。",
    "zh-TW": "此版本 Outlook 不支援由增益集修改文字，請手動將「{{find}}」改為「{{replace}}」。",
  },
  manualSchedule: {
    en: "This Outlook cannot schedule the mail for the add-in. Use Send › Schedule send and choose {{time}}.",
    "zh-CN": "此版本 Outlook 不支持由加载项定时发送，请在“发送”旁选择“计划发送”，时间选 {{time}}。",
    "zh-TW": "此版本 Outlook 不支援由增益集排定傳送，請在「傳送」旁選擇「排定傳送」，時間選 {{time}}。",
  },
  manualRecipient: {
    en: "This Outlook cannot add recipients for the add-in. Add {{name}} to {{field}} yourself.",
    "zh-CN": "此版本 Outlook 不支持由加载项添加收件人，请手动将 {{name}} 添加到{{field}}。",
    "zh-TW": "此版本 Outlook 不支援由增益集新增收件者，請手動將 {{name}} 新增至{{field}}。",
  },
  manualOther: {
    en: "Make this change in the mail yourself.",
    "zh-CN": "请在邮件中手动完成此修改。",
    "zh-TW": "請在郵件中手動完成此修改。",
  },
  scheduled: {
    en: "Scheduled: this mail will be delivered at {{time}}.",
    "zh-CN": "已定时：这封邮件将于 {{time}} 送达。",
    "zh-TW": "已排定：這封郵件將於 {{time}} 送達。",
  },
  cancelSchedule: { en: "Cancel the schedule", "zh-CN": "取消定时发送", "zh-TW": "取消排定傳送" },
  scheduleCancelled: { en: "The mail will go out as soon as you press Send.", "zh-CN": "点击“发送”后邮件将立即发出。", "zh-TW": "按「傳送」後郵件將立即送出。" },
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

export type TaskpaneTextId = keyof typeof TASKPANE_TEXT;

/** A language of the pane's own words: the product's three, plus the pseudo-locale. */
export type UiLang = Lang | "qps-ploc";

export function resolveUiLang(displayLanguage: string | undefined | null): UiLang {
  return /^qps-ploc/i.test((displayLanguage ?? "").trim()) ? "qps-ploc" : resolveLang(displayLanguage);
}

/** The engine speaks the three product languages; the pseudo-locale reads English findings. */
export function engineLang(lang: UiLang): Lang {
  return lang === "qps-ploc" ? "en" : lang;
}

/** BCP-47 tag for <html lang>, Intl and screen readers. */
export function htmlLang(lang: UiLang): string {
  return lang === "zh-CN" ? "zh-Hans-CN" : lang === "zh-TW" ? "zh-Hant-TW" : lang === "qps-ploc" ? "en-XA" : "en";
}

const ACCENTED: Record<string, string> = {
  a: "à", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "À", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** "[Ĉĥéçķ àĝàîñ ~~~]": accented, about 40% longer, placeholders untouched. */
export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\{\s*\w+\s*\}\})/);
  const body = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch))).join("");
  const pad = "~".repeat(Math.max(2, Math.ceil(text.length * 0.4)));
  return `[${body} ${pad}]`;
}

/** The pane's text for one id in one language, with its {{data}} filled. */
export function paneText(lang: UiLang, id: TaskpaneTextId, data: Record<string, string | number> = {}): string {
  const entry: LocalizedText = TASKPANE_TEXT[id];
  const template = lang === "qps-ploc" ? pseudoLocalize(entry.en) : entry[lang];
  return interpolate(template, data);
}

export type PaneT = (id: TaskpaneTextId, data?: Record<string, string | number>) => string;

export function paneTranslator(lang: UiLang): PaneT {
  return (id, data) => paneText(lang, id, data);
}
