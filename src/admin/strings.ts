import type { Lang } from "../policy/types";

// The dashboard's text in the three languages the product speaks. Rule ids are shown as they
// are (administrators tune the policy file by id).

export interface AdminStrings {
  title: string;
  signIn: string;
  signInDev: string;
  signedOut: string;
  loading: string;
  forbidden: string;
  unreachable: string;
  notConfigured: string;
  from: string;
  to: string;
  refresh: string;
  exportCsv: string;
  exportFailed: string;
  totals: string;
  byRule: string;
  byDepartment: string;
  trend: string;
  trendByRule: string;
  reasons: string;
  scorecard: string;
  people: string;
  rule: string;
  department: string;
  person: string;
  putBefore: string;
  fixed: string;
  sentDespite: string;
  reportedWrong: string;
  blocked: string;
  shown: string;
  time: string;
  action: string;
  reason: string;
  noData: string;
  noDepartment: string;
  dropped: (n: number) => string;
  retention: (days: number) => string;
  dimensions: { timeliness: string; accuracy: string; effectiveness: string; politeness: string };
  tuningHint: string;
  showNames: string;
  namesLoading: string;
  namesFound: (named: number, rows: number) => string;
  namesFailed: string;
}

const en: AdminStrings = {
  title: "Communication policy: compliance",
  signIn: "Sign in",
  signInDev: "Sign in (development key)",
  signedOut: "Sign in with an account that holds the compliance administrator role.",
  loading: "Loading…",
  forbidden: "This account does not hold the compliance administrator role.",
  unreachable: "The compliance service could not be reached. Try again later.",
  notConfigured: "No compliance service is configured (policy.json: compliance.serviceUrl).",
  from: "From",
  to: "To",
  refresh: "Show",
  exportCsv: "Export CSV",
  exportFailed: "The export could not be downloaded.",
  totals: "Totals",
  byRule: "Findings per rule",
  byDepartment: "Findings per department",
  trend: "Findings per week and department",
  trendByRule: "What users did, per rule",
  reasons: "Reasons and comments given",
  scorecard: "§5.2 scorecard per department",
  people: "Per person",
  rule: "Rule",
  department: "Department",
  person: "Person",
  putBefore: "Shown",
  fixed: "Fixed",
  sentDespite: "Sent despite",
  reportedWrong: "Reported wrong",
  blocked: "Held at Send",
  shown: "Shown",
  time: "Time",
  action: "What happened",
  reason: "Reason or comment",
  noData: "No events in this period.",
  noDepartment: "(no department)",
  dropped: (n) => `${n} events were dropped on devices whose queue was full.`,
  retention: (days) => `Events are kept for ${days} days.`,
  dimensions: { timeliness: "Timeliness", accuracy: "Accuracy", effectiveness: "Effectiveness", politeness: "Politeness" },
  tuningHint: "A rule reported wrong often is a rule to fix in the policy file.",
  showNames: "Show names from the directory",
  namesLoading: "Looking the names up in the directory…",
  namesFound: (named, rows) => `Names found for ${named} of ${rows} ${rows === 1 ? "person" : "people"}; the others show their pseudonymous key.`,
  namesFailed: "The directory could not be read (it needs the User.ReadBasic.All permission): the pseudonymous keys are shown.",
};

const zhCN: AdminStrings = {
  title: "沟通规范：合规情况",
  signIn: "登录",
  signInDev: "登录（开发密钥）",
  signedOut: "请使用具有合规管理员角色的账户登录。",
  loading: "正在加载…",
  forbidden: "此账户没有合规管理员角色。",
  unreachable: "无法连接合规服务，请稍后重试。",
  notConfigured: "未配置合规服务（policy.json：compliance.serviceUrl）。",
  from: "开始日期",
  to: "结束日期",
  refresh: "显示",
  exportCsv: "导出 CSV",
  exportFailed: "导出文件未能下载。",
  totals: "合计",
  byRule: "各规则的提示",
  byDepartment: "各部门的提示",
  trend: "每周各部门的提示",
  trendByRule: "用户对各规则的处理",
  reasons: "填写的原因和意见",
  scorecard: "§5.2 各部门考核",
  people: "按人员",
  rule: "规则",
  department: "部门",
  person: "人员",
  putBefore: "显示次数",
  fixed: "已修正",
  sentDespite: "仍然发送",
  reportedWrong: "报告误报",
  blocked: "发送时拦截",
  shown: "显示",
  time: "时间",
  action: "处理方式",
  reason: "原因或意见",
  noData: "此期间没有记录。",
  noDepartment: "（无部门）",
  dropped: (n) => `有 ${n} 条记录因设备队列已满而丢弃。`,
  retention: (days) => `记录保留 ${days} 天。`,
  dimensions: { timeliness: "及时性", accuracy: "准确性", effectiveness: "有效性", politeness: "礼貌性" },
  tuningHint: "经常被报告误报的规则，应在策略文件中调整。",
  showNames: "从目录显示姓名",
  namesLoading: "正在从目录查询姓名…",
  namesFound: (named, rows) => `已找到 ${rows} 人中 ${named} 人的姓名；其余显示假名化标识。`,
  namesFailed: "无法读取目录（需要 User.ReadBasic.All 权限）：显示假名化标识。",
};

const zhTW: AdminStrings = {
  title: "溝通規範：合規情況",
  signIn: "登入",
  signInDev: "登入（開發金鑰）",
  signedOut: "請使用具有合規管理員角色的帳戶登入。",
  loading: "正在載入…",
  forbidden: "此帳戶沒有合規管理員角色。",
  unreachable: "無法連線合規服務，請稍後再試。",
  notConfigured: "未設定合規服務（policy.json：compliance.serviceUrl）。",
  from: "開始日期",
  to: "結束日期",
  refresh: "顯示",
  exportCsv: "匯出 CSV",
  exportFailed: "匯出檔案未能下載。",
  totals: "合計",
  byRule: "各規則的提示",
  byDepartment: "各部門的提示",
  trend: "每週各部門的提示",
  trendByRule: "使用者對各規則的處理",
  reasons: "填寫的原因和意見",
  scorecard: "§5.2 各部門考核",
  people: "按人員",
  rule: "規則",
  department: "部門",
  person: "人員",
  putBefore: "顯示次數",
  fixed: "已修正",
  sentDespite: "仍然傳送",
  reportedWrong: "回報誤報",
  blocked: "傳送時攔截",
  shown: "顯示",
  time: "時間",
  action: "處理方式",
  reason: "原因或意見",
  noData: "此期間沒有記錄。",
  noDepartment: "（無部門）",
  dropped: (n) => `有 ${n} 筆記錄因裝置佇列已滿而捨棄。`,
  retention: (days) => `記錄保留 ${days} 天。`,
  dimensions: { timeliness: "及時性", accuracy: "準確性", effectiveness: "有效性", politeness: "禮貌性" },
  tuningHint: "經常被回報誤報的規則，應在原則檔中調整。",
  showNames: "從目錄顯示姓名",
  namesLoading: "正在從目錄查詢姓名…",
  namesFound: (named, rows) => `已找到 ${rows} 人中 ${named} 人的姓名；其餘顯示假名化識別碼。`,
  namesFailed: "無法讀取目錄（需要 User.ReadBasic.All 權限）：顯示假名化識別碼。",
};

export const ADMIN_STRINGS: Record<Lang, AdminStrings> = { en, "zh-CN": zhCN, "zh-TW": zhTW };
