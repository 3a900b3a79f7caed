import { renderMinutesTemplate } from "../policy/text/minutes";
import type { FixAction, Lang } from "../policy/types";

// The skeletons the pane inserts. Their headings are words the rules recognise, so a filled-in
// template passes the check it was offered for: the purpose opening and closing action
// (§1.3.1, §2.2.3), the IT problem report (§4.2.1), the minutes (§2.3.4, from the minutes
// recogniser itself) and a meeting agenda (§2.3.1).

export type TemplateId = Extract<FixAction, { kind: "insertTemplate" }>["template"];

export const TEMPLATE_IDS: readonly TemplateId[] = ["structuredMail", "itReport", "minutes", "agenda"];

const STRUCTURED: Record<Lang, string> = {
  "zh-CN": ["本邮件的目的是：", "", "详细情况：", "1. ", "2. ", "", "需要您做的：请于    前回复 / 确认。"].join("\n"),
  "zh-TW": ["本郵件的目的是：", "", "詳細情況：", "1. ", "2. ", "", "需要您做的：請於    前回覆 / 確認。"].join("\n"),
  en: ["I am writing to ", "", "Details:", "1. ", "2. ", "", "What I need from you: could you please reply / confirm by ?"].join("\n"),
};

const IT_REPORT: Record<Lang, string> = {
  "zh-CN": ["问题描述：", "发生时间：", "影响范围：", "已尝试的处理：", "联系方式："].join("\n"),
  "zh-TW": ["問題描述：", "發生時間：", "影響範圍：", "已嘗試的處理：", "聯絡方式："].join("\n"),
  en: ["Problem description: ", "When it happened: ", "Scope of impact: ", "What I have tried: ", "How to reach me: "].join("\n"),
};

const AGENDA: Record<Lang, string> = {
  "zh-CN": ["议程：", "1. ", "2. ", "", "会议材料：", "会议记录人："].join("\n"),
  "zh-TW": ["議程：", "1. ", "2. ", "", "會議材料：", "會議記錄人："].join("\n"),
  en: ["Agenda:", "1. ", "2. ", "", "Materials: ", "Minute-taker: "].join("\n"),
};

export function templateText(template: TemplateId, lang: Lang): string {
  switch (template) {
    case "structuredMail":
      return STRUCTURED[lang];
    case "itReport":
      return IT_REPORT[lang];
    case "minutes":
      return renderMinutesTemplate(lang);
    case "agenda":
      return AGENDA[lang];
  }
}
