import { isolateBidi } from "./bidi";
import { interpolate } from "./interpolate";
import { momentForReader } from "./moment-text";
import { readingOrder } from "./reading-order";
import type { AnyRule, DataValue, Report } from "./rule";
import type { Finding, Lang, Notice, Severity } from "./types";

// From a rule's reports to the findings and notices a person reads, in one language: values
// and plurals filled in, moments in the reader's time zone, the draft's own words isolated.

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const NOTICE_TEXT = {
  fieldUnavailable: {
    en: "Not checked: Outlook did not give the add-in {{fields}}.",
    "zh-CN": "未检查：Outlook 未向加载项提供{{fields}}。",
    "zh-TW": "未檢查：Outlook 未向增益集提供{{fields}}。",
  },
  holidayDataMissing: {
    en: "The official holiday schedule for {{years}} is not published yet: statutory holidays are placed by their dates, make-up working days are not known.",
    "zh-CN": "{{years}} 年的放假安排尚未公布：法定节假日按日期估算，调休上班日暂不可知。",
    "zh-TW": "{{years}} 年的放假安排尚未公布：法定假日按日期估算，補班日暫不可知。",
  },
  ruleFailed: {
    en: "The check {{rule}} could not run on this item.",
    "zh-CN": "检查项 {{rule}} 无法在此邮件上运行。",
    "zh-TW": "檢查項 {{rule}} 無法在此郵件上執行。",
  },
  deadlineReached: {
    en: "Not checked in the time available: {{rules}}.",
    "zh-CN": "在可用时间内未能完成的检查：{{rules}}。",
    "zh-TW": "在可用時間內未能完成的檢查：{{rules}}。",
  },
} as const;

export function notice(code: keyof typeof NOTICE_TEXT, lang: Lang, data: Record<string, string>): Notice {
  return { code, message: interpolate(NOTICE_TEXT[code][lang], data, lang), data };
}

/** How a finding is written for its reader: the language, and the zones moments are shown in. */
export interface Reader {
  lang: Lang;
  policyZone: string;
  /** The reader's IANA zone; the policy's when undefined. */
  timeZone?: string;
}

/** The data of one finding in the language it is rendered in. */
function localizeData(data: Readonly<Record<string, DataValue>> | undefined, reader: Reader): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    if (typeof value !== "object") out[key] = value;
    else if ("at" in value) out[key] = momentForReader(value.at, reader.lang, reader.policyZone, reader.timeZone);
    else out[key] = value[reader.lang];
  }
  return out;
}

/** A message with its values filled in; text from the draft is isolated so it cannot reorder the sentence. */
function fill(template: string, data: Record<string, string | number>, lang: Lang): string {
  const isolated: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) isolated[key] = typeof value === "string" ? isolateBidi(value) : value;
  return interpolate(template, isolated, lang);
}

export function render(rule: AnyRule, report: Report, severity: Severity, reader: Reader): Finding {
  const { lang } = reader;
  const data = localizeData(report.data, reader);
  const template = rule.messages[report.messageId];
  const finding: Finding = {
    rule: rule.id,
    severity,
    messageId: report.messageId,
    data,
    message: template ? fill(template[lang], data, lang) : report.messageId,
    clause: rule.clause,
  };
  if (report.location) finding.location = report.location;
  if (report.fix) finding.fix = report.fix;
  const fixLabel = report.fixMessageId ? rule.messages[report.fixMessageId] : undefined;
  if (report.fix && report.fixMessageId && fixLabel) {
    finding.fixMessageId = report.fixMessageId;
    finding.fixLabel = fill(fixLabel[lang], data, lang);
  }
  if (report.suggestions && report.suggestions.length > 0) {
    finding.suggestions = report.suggestions.map((s) => {
      const label = rule.messages[s.messageId];
      return { messageId: s.messageId, label: label ? fill(label[lang], localizeData(s.data, reader), lang) : s.messageId, fix: s.fix };
    });
  }
  return finding;
}

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.messageId}|${JSON.stringify(f.data)}|${f.location?.start ?? ""}`;
}

/** Errors first; within a severity, in reading order (subject, recipients, body top to bottom). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index, at: readingOrder(f.location) }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.at - b.at || a.index - b.index)
    .map(({ f }) => f);
}
