import type { GraphFailure } from "../graph/client";
import type { Lang } from "../policy/types";

// Why Microsoft Graph could not say who is in which department, in words an organizer can act
// on: a 403 is missing admin consent (not a bug to report), 429/503 is a busy service that was
// already retried, an unreadable answer is a proxy or service fault. The pane lists the people
// that each reason left unknown, instead of one bare "could not look up" for every fault.

export type LookupProblem = "consent" | "busy" | "unreadable" | "unreachable" | "other";

const STRINGS: Record<Lang, Record<LookupProblem, string>> = {
  en: {
    consent:
      "Could not look up: {{names}}. Microsoft Graph refused to read the directory (403): an administrator has not granted consent for this add-in's directory permission (User.Read.All), so their departments and heads are unknown.",
    busy: "Could not look up: {{names}}. Microsoft Graph is busy (throttled or unavailable) and still did not answer after retrying; use \"Check again\" later.",
    unreadable: "Could not look up: {{names}}. Microsoft Graph's answer could not be read (malformed response).",
    unreachable: "Could not look up: {{names}}. Microsoft Graph could not be reached (network).",
    other: "Could not look up: {{names}} ({{reason}})",
  },
  "zh-CN": {
    consent: "无法查询：{{names}}。Microsoft Graph 拒绝读取目录（403）：管理员尚未为本加载项授予目录权限（User.Read.All）的同意，因此其部门和负责人未知。",
    busy: "无法查询：{{names}}。Microsoft Graph 繁忙（限流或暂不可用），重试后仍未响应，请稍后点击“重新检查”。",
    unreadable: "无法查询：{{names}}。无法读取 Microsoft Graph 的响应（格式错误）。",
    unreachable: "无法查询：{{names}}。无法连接 Microsoft Graph（网络问题）。",
    other: "无法查询：{{names}}（{{reason}}）",
  },
  "zh-TW": {
    consent: "無法查詢：{{names}}。Microsoft Graph 拒絕讀取目錄（403）：系統管理員尚未為此增益集授予目錄權限（User.Read.All）的同意，因此其部門和主管未知。",
    busy: "無法查詢：{{names}}。Microsoft Graph 忙碌中（節流或暫時無法使用），重試後仍未回應，請稍後按「重新檢查」。",
    unreadable: "無法查詢：{{names}}。無法讀取 Microsoft Graph 的回應（格式錯誤）。",
    unreachable: "無法查詢：{{names}}。無法連線至 Microsoft Graph（網路問題）。",
    other: "無法查詢：{{names}}（{{reason}}）",
  },
};

const DENIED_CODES = /^(Authorization_RequestDenied|ErrorAccessDenied|AccessDenied|Forbidden|http403)$/i;
const UNREADABLE = /malformed|json|unexpected (?:token|end)|invalid (?:character|response)/i;

export function lookupProblemOf(failure: GraphFailure): LookupProblem {
  if (failure.status === 403 || DENIED_CODES.test(failure.code)) return "consent";
  if ([429, 503, 504].includes(failure.status)) return "busy";
  if (failure.code === "malformedResponse" || UNREADABLE.test(failure.message)) return "unreadable";
  if (failure.status === 0 && failure.code === "networkError") return "unreachable";
  return "other";
}

/** One sentence per reason, naming the people it left unknown (by name when the draft has one). */
export function describeLookupFailures(failed: ReadonlyMap<string, GraphFailure>, nameOf: (address: string) => string, lang: Lang): string[] {
  const groups = new Map<string, { problem: LookupProblem; reason: string; names: string[] }>();
  for (const [address, failure] of failed) {
    const problem = lookupProblemOf(failure);
    const reason = problem === "other" ? (failure.status > 0 ? `HTTP ${failure.status}` : failure.code) : "";
    const key = `${problem}|${reason}`;
    const group = groups.get(key) ?? { problem, reason, names: [] };
    group.names.push(nameOf(address));
    groups.set(key, group);
  }
  return Array.from(groups.values(), (g) => STRINGS[lang][g.problem].replace("{{names}}", g.names.join(", ")).replace("{{reason}}", g.reason));
}
