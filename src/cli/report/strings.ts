import type { Dimension } from "../../policy/config-report";
import { displayText } from "../../policy/display-text";
import { interpolate } from "../../policy/interpolate";
import type { StampDecision } from "../../policy/stamp";
import type { Lang, LocalizedText } from "../../policy/types";
import type { LeadBucket, Outcome } from "./types";

// Every word of the compliance report in the three languages (the findings bring theirs).

const TEXT = {
  title: { en: "Communication policy compliance report", "zh-CN": "沟通规范合规报告", "zh-TW": "溝通規範合規報告" },
  intro: {
    en: "§5.1.1: the administration department checks compliance with the IT communication policy. Figures from {{items}} items sent or booked {{period}}, checked with policy “{{version}}”.",
    "zh-CN": "§5.1.1：行政部门定期检查 IT 沟通管理制度的执行情况。以下数据来自 {{period}} 发送或预约的 {{items}} 项，按制度版本“{{version}}”检查。",
    "zh-TW": "§5.1.1：行政部門定期檢查 IT 溝通管理制度的執行情況。以下數據來自 {{period}} 寄出或預約的 {{items}} 項，按制度版本「{{version}}」檢查。",
  },
  periodRange: { en: "from {{first}} to {{last}}", "zh-CN": "{{first}} 至 {{last}} 期间", "zh-TW": "{{first}} 至 {{last}} 期間" },
  periodNone: { en: "at unknown dates", "zh-CN": "日期不明", "zh-TW": "日期不明" },
  namesShown: {
    en: "Names are shown in this report (--show-names). Share it only with those allowed to see them.",
    "zh-CN": "本报告显示了人员姓名（--show-names），请仅与有权查看者共享。",
    "zh-TW": "本報告顯示了人員姓名（--show-names），請僅與有權查看者分享。",
  },
  namesHidden: {
    en: "People are shown as pseudonyms (P-…) that are stable within this report; files as item codes (M-…).",
    "zh-CN": "人员以化名（P-…）显示，同一人在本报告中化名不变；文件以项目代码（M-…）显示。",
    "zh-TW": "人員以化名（P-…）顯示，同一人在本報告中化名不變；檔案以項目代碼（M-…）顯示。",
  },
  quotesDropped: { en: "Words quoted from the mail are left out (--no-quotes).", "zh-CN": "已省略引自邮件的词句（--no-quotes）。", "zh-TW": "已省略引自郵件的詞句（--no-quotes）。" },
  simulation: {
    en: "Simulation: every figure is shown for the current policy “{{base}}” and the proposed policy “{{compare}}”.",
    "zh-CN": "模拟：每项数据同时列出现行制度“{{base}}”与拟议制度“{{compare}}”的结果。",
    "zh-TW": "模擬：每項數據同時列出現行制度「{{base}}」與擬議制度「{{compare}}」的結果。",
  },
  measure: { en: "Measure", "zh-CN": "指标", "zh-TW": "指標" },
  severity: { en: "Severity", "zh-CN": "严重程度", "zh-TW": "嚴重程度" },
  kind: { en: "Kind", "zh-CN": "类型", "zh-TW": "類型" },
  totals: { en: "Totals", "zh-CN": "总体情况", "zh-TW": "總體情況" },
  items: { en: "Items", "zh-CN": "项目数", "zh-TW": "項目數" },
  mails: { en: "Mails", "zh-CN": "邮件", "zh-TW": "郵件" },
  meetings: { en: "Meetings", "zh-CN": "会议", "zh-TW": "會議" },
  hold: { en: "Held at Send (error)", "zh-CN": "发送时拦截（错误）", "zh-TW": "傳送時攔截（錯誤）" },
  warn: { en: "Warned at Send", "zh-CN": "发送时警告", "zh-TW": "傳送時警告" },
  pass: { en: "Passed", "zh-CN": "通过", "zh-TW": "通過" },
  error: { en: "Errors", "zh-CN": "错误", "zh-TW": "錯誤" },
  warning: { en: "Warnings", "zh-CN": "警告", "zh-TW": "警告" },
  info: { en: "Info", "zh-CN": "提示", "zh-TW": "提示" },
  policy: { en: "Policy", "zh-CN": "制度", "zh-TW": "制度" },
  current: { en: "current", "zh-CN": "现行", "zh-TW": "現行" },
  proposed: { en: "proposed", "zh-CN": "拟议", "zh-TW": "擬議" },
  byRule: { en: "Findings per rule and severity", "zh-CN": "按规则和严重程度统计的问题", "zh-TW": "按規則和嚴重程度統計的問題" },
  rule: { en: "Rule", "zh-CN": "规则", "zh-TW": "規則" },
  clause: { en: "Clause", "zh-CN": "条款", "zh-TW": "條款" },
  itemsAffected: { en: "Items affected", "zh-CN": "涉及项目", "zh-TW": "涉及項目" },
  byDepartment: { en: "Per department", "zh-CN": "按部门", "zh-TW": "按部門" },
  byDomain: { en: "Per sender domain (no directory given)", "zh-CN": "按发件域（未提供通讯录）", "zh-TW": "按寄件網域（未提供通訊錄）" },
  department: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  byWeek: { en: "Per week", "zh-CN": "按周", "zh-TW": "按週" },
  week: { en: "Week", "zh-CN": "周", "zh-TW": "週" },
  trendTitle: { en: "Items held and warned at Send, per week", "zh-CN": "每周发送时被拦截和警告的项目", "zh-TW": "每週傳送時被攔截和警告的項目" },
  dimensions: { en: "§5.2 appraisal dimensions", "zh-CN": "§5.2 考核维度", "zh-TW": "§5.2 考核維度" },
  dimensionsIntro: {
    en: "Which rules feed each dimension is set in the policy file (report.dimensions). “Clean” is the share of items with no finding in the dimension.",
    "zh-CN": "各维度包含哪些规则在制度文件中设定（report.dimensions）。“合格率”为该维度下没有问题的项目所占比例。",
    "zh-TW": "各維度包含哪些規則在制度檔案中設定（report.dimensions）。「合格率」為該維度下沒有問題的項目所佔比例。",
  },
  dimension: { en: "Dimension", "zh-CN": "维度", "zh-TW": "維度" },
  findings: { en: "Findings", "zh-CN": "问题数", "zh-TW": "問題數" },
  clean: { en: "Clean", "zh-CN": "合格率", "zh-TW": "合格率" },
  rules: { en: "Rules", "zh-CN": "规则", "zh-TW": "規則" },
  topTexts: { en: "The 20 most frequent findings", "zh-CN": "最常见的 20 条问题", "zh-TW": "最常見的 20 條問題" },
  text: { en: "Finding", "zh-CN": "问题", "zh-TW": "問題" },
  count: { en: "Count", "zh-CN": "次数", "zh-TW": "次數" },
  meetingSection: { en: "Meetings: booking lead time and minutes", "zh-CN": "会议：提前预约与会议纪要", "zh-TW": "會議：提前預約與會議紀要" },
  leadTitle: { en: "How far ahead meetings were booked", "zh-CN": "会议提前预约的时间", "zh-TW": "會議提前預約的時間" },
  bookedInTime: {
    en: "{{n}} of {{total}} meetings with a known booking time were booked at least {{hours}} hours ahead (§2.3.1).",
    "zh-CN": "在已知预约时间的 {{total}} 个会议中，{{n}} 个至少提前 {{hours}} 小时预约（§2.3.1）。",
    "zh-TW": "在已知預約時間的 {{total}} 個會議中，{{n}} 個至少提前 {{hours}} 小時預約（§2.3.1）。",
  },
  minutesLine: {
    en: "Minutes (§2.3.4): {{mails}} minutes mails, {{matched}} matched to a meeting in the export; {{onTime}} meetings got them on time, {{late}} late; {{without}} of {{ended}} ended meetings have none in the export.",
    "zh-CN": "会议纪要（§2.3.4）：共 {{mails}} 封纪要邮件，其中 {{matched}} 封与导出中的会议对应；{{onTime}} 个会议按时收到纪要，{{late}} 个逾期；已结束的 {{ended}} 个会议中有 {{without}} 个在导出中没有纪要。",
    "zh-TW": "會議紀要（§2.3.4）：共 {{mails}} 封紀要郵件，其中 {{matched}} 封與匯出中的會議對應；{{onTime}} 個會議按時收到紀要，{{late}} 個逾期；已結束的 {{ended}} 個會議中有 {{without}} 個在匯出中沒有紀要。",
  },
  meetingCount: { en: "Meetings", "zh-CN": "会议数", "zh-TW": "會議數" },
  leadTime: { en: "Booked ahead", "zh-CN": "提前时间", "zh-TW": "提前時間" },
  changes: { en: "What the proposed policy would change at Send", "zh-CN": "拟议制度在发送时会带来的变化", "zh-TW": "擬議制度在傳送時會帶來的變化" },
  newlyHeld: { en: "Newly held (error)", "zh-CN": "新增拦截（错误）", "zh-TW": "新增攔截（錯誤）" },
  newlyWarned: { en: "Newly warned", "zh-CN": "新增警告", "zh-TW": "新增警告" },
  released: { en: "Released", "zh-CN": "不再拦截或警告", "zh-TW": "不再攔截或警告" },
  person: { en: "Person", "zh-CN": "人员", "zh-TW": "人員" },
  item: { en: "Item", "zh-CN": "项目", "zh-TW": "項目" },
  date: { en: "Date", "zh-CN": "日期", "zh-TW": "日期" },
  before: { en: "Current", "zh-CN": "现行", "zh-TW": "現行" },
  after: { en: "Proposed", "zh-CN": "拟议", "zh-TW": "擬議" },
  showingFirst: { en: "Showing the first {{n}} of {{total}}.", "zh-CN": "显示前 {{n}} 项，共 {{total}} 项。", "zh-TW": "顯示前 {{n}} 項，共 {{total}} 項。" },
  stamps: { en: "At Send and now", "zh-CN": "发送时与现在", "zh-TW": "傳送時與現在" },
  stampsIntro: {
    en: "{{stamped}} of {{items}} items carry the on-send check's record (x-comm-policy): what the user saw at Send, beside what the policy says now. {{wentOn}} were sent although findings were shown.",
    "zh-CN": "{{items}} 项中有 {{stamped}} 项带有发送检查记录（x-comm-policy）：用户发送时看到的结果与现行制度的判断对照。其中 {{wentOn}} 项在显示问题后仍然发送。",
    "zh-TW": "{{items}} 項中有 {{stamped}} 項帶有傳送檢查記錄（x-comm-policy）：使用者傳送時看到的結果與現行制度的判斷對照。其中 {{wentOn}} 項在顯示問題後仍然傳送。",
  },
  atSend: { en: "At Send", "zh-CN": "发送时", "zh-TW": "傳送時" },
  now: { en: "Now", "zh-CN": "现在", "zh-TW": "現在" },
  people: { en: "People with the most items held or warned", "zh-CN": "被拦截或警告最多的人员", "zh-TW": "被攔截或警告最多的人員" },
  input: { en: "Input", "zh-CN": "输入", "zh-TW": "輸入" },
  inputLine: {
    en: "{{files}} files read; {{items}} items in the period, {{outside}} outside it; {{refused}} files or items could not be checked ({{timedOut}} over the time limit); {{notes}} lines set aside.",
    "zh-CN": "读取 {{files}} 个文件；期间内 {{items}} 项，期间外 {{outside}} 项；{{refused}} 个文件或项目无法检查（其中 {{timedOut}} 个超时）；{{notes}} 行被略过。",
    "zh-TW": "讀取 {{files}} 個檔案；期間內 {{items}} 項，期間外 {{outside}} 項；{{refused}} 個檔案或項目無法檢查（其中 {{timedOut}} 個逾時）；{{notes}} 行被略過。",
  },
  skipped: { en: "Not mail or calendar files, skipped: {{list}}.", "zh-CN": "已跳过非邮件或日历文件：{{list}}。", "zh-TW": "已略過非郵件或行事曆檔案：{{list}}。" },
  problems: { en: "Files and items not checked, and lines set aside", "zh-CN": "未检查的文件和项目，以及略过的行", "zh-TW": "未檢查的檔案和項目，以及略過的行" },
  reason: { en: "Reason", "zh-CN": "原因", "zh-TW": "原因" },
  runLine: {
    en: "Checked with {{jobs}} worker thread(s) in {{seconds}} s ({{rate}} items/s); generated {{generatedAt}}.",
    "zh-CN": "使用 {{jobs}} 个工作线程，用时 {{seconds}} 秒（每秒 {{rate}} 项）；生成于 {{generatedAt}}。",
    "zh-TW": "使用 {{jobs}} 個工作執行緒，用時 {{seconds}} 秒（每秒 {{rate}} 項）；產生於 {{generatedAt}}。",
  },
  chartData: { en: "The figures of this chart are in the table below.", "zh-CN": "本图数据见下表。", "zh-TW": "本圖數據見下表。" },
  noData: { en: "Nothing to show.", "zh-CN": "暂无数据。", "zh-TW": "暫無資料。" },
  summaryOut: {
    en: "Report written to {{out}}: {{items}} items, {{hold}} held and {{warn}} warned at Send; {{refused}} not checked.",
    "zh-CN": "报告已写入 {{out}}：共 {{items}} 项，发送时拦截 {{hold}} 项、警告 {{warn}} 项；{{refused}} 项无法检查。",
    "zh-TW": "報告已寫入 {{out}}：共 {{items}} 項，傳送時攔截 {{hold}} 項、警告 {{warn}} 項；{{refused}} 項無法檢查。",
  },
} satisfies Record<string, LocalizedText>;

export type ReportStringId = keyof typeof TEXT;

/** Text values (a policy's version, a path, a list) are shown display-safe; numbers as they are. */
export function rt(id: ReportStringId, lang: Lang, data: Record<string, string | number> = {}): string {
  const safe: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) safe[key] = typeof value === "string" ? displayText(value) : value;
  return interpolate(TEXT[id][lang], safe);
}

export const DIMENSION_NAMES: Record<Dimension, LocalizedText> = {
  timeliness: { en: "Timeliness", "zh-CN": "及时性", "zh-TW": "及時性" },
  accuracy: { en: "Accuracy", "zh-CN": "准确性", "zh-TW": "準確性" },
  effectiveness: { en: "Effectiveness", "zh-CN": "有效性", "zh-TW": "有效性" },
  politeness: { en: "Politeness", "zh-CN": "礼貌性", "zh-TW": "禮貌性" },
};

export const OUTCOME_NAMES: Record<Outcome, LocalizedText> = {
  hold: { en: "held", "zh-CN": "拦截", "zh-TW": "攔截" },
  warn: { en: "warned", "zh-CN": "警告", "zh-TW": "警告" },
  pass: { en: "passed", "zh-CN": "通过", "zh-TW": "通過" },
};

export const DECISION_NAMES: Record<StampDecision, LocalizedText> = {
  allow: { en: "sent, nothing shown", "zh-CN": "直接发送", "zh-TW": "直接傳送" },
  prompt: { en: "warnings shown", "zh-CN": "显示警告", "zh-TW": "顯示警告" },
  block: { en: "held (errors)", "zh-CN": "拦截（错误）", "zh-TW": "攔截（錯誤）" },
  override: { en: "sent with a reason", "zh-CN": "说明理由后发送", "zh-TW": "說明理由後傳送" },
  "fail-allow": { en: "check failed, sent", "zh-CN": "检查失败，已发送", "zh-TW": "檢查失敗，已傳送" },
  "fail-block": { en: "check failed, held", "zh-CN": "检查失败，已拦截", "zh-TW": "檢查失敗，已攔截" },
};

export const LEAD_NAMES: Record<LeadBucket, LocalizedText> = {
  after: { en: "after the start", "zh-CN": "开始后", "zh-TW": "開始後" },
  lt4h: { en: "< 4 h", "zh-CN": "不足 4 小时", "zh-TW": "不足 4 小時" },
  lt24h: { en: "4–24 h", "zh-CN": "4–24 小时", "zh-TW": "4–24 小時" },
  lt3d: { en: "1–3 days", "zh-CN": "1–3 天", "zh-TW": "1–3 天" },
  lt7d: { en: "3–7 days", "zh-CN": "3–7 天", "zh-TW": "3–7 天" },
  ge7d: { en: "≥ 7 days", "zh-CN": "7 天以上", "zh-TW": "7 天以上" },
};
