import { defineRule } from "../../rule";
import { judgeSubject } from "../../text/subject-quality";

/**
 * §2.2.2: the subject sums up the content; no vague, generic wording. There is no honest
 * automatic fix (only the sender knows the topic), so the message says what a good subject
 * looks like instead.
 */
export default defineRule({
  id: "mail/subject-specific",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§2.2.2",
  description: {
    en: "The subject says what the mail is about, not just \"Question\" or \"Update\".",
    "zh-CN": "主题须概括邮件内容，不能只写“问题”“通知”之类的笼统词。",
    "zh-TW": "主旨須概括郵件內容，不能只寫「問題」「通知」之類的籠統詞。",
  },
  messages: {
    vague: {
      en: "The subject \"{{subject}}\" is too generic to tell what the mail is about. Name the topic and what you need, e.g. \"Q3 budget: approval needed by Friday\".",
      "zh-CN": "主题“{{subject}}”过于笼统，看不出邮件讲什么。请写明事项和诉求，例如“Q3 预算：请于周五前审批”。",
      "zh-TW": "主旨「{{subject}}」過於籠統，看不出郵件講什麼。請寫明事項和訴求，例如「Q3 預算：請於週五前審批」。",
    },
    tooShort: {
      en: "The subject \"{{subject}}\" is too short to say what the mail is about. Name the topic, e.g. \"VPN certificate expires on 1 Dec\".",
      "zh-CN": "主题“{{subject}}”太短，不足以说明邮件内容。请写明具体事项，例如“VPN 证书 12 月 1 日到期”。",
      "zh-TW": "主旨「{{subject}}」太短，不足以說明郵件內容。請寫明具體事項，例如「VPN 憑證 12 月 1 日到期」。",
    },
    shouting: {
      en: "The subject is written in capitals (\"{{words}}\"), which reads as shouting. Write it in normal case and name the topic.",
      "zh-CN": "主题使用了全大写英文（“{{words}}”），读起来像在喊叫。请改用正常大小写，并写明具体事项。",
      "zh-TW": "主旨使用了全大寫英文（「{{words}}」），讀起來像在喊叫。請改用正常大小寫，並寫明具體事項。",
    },
    shoutingMarks: {
      en: "The subject has a run of exclamation or question marks (\"{{marks}}\"), which reads as shouting. Keep one mark at most and let the topic say what is wrong, e.g. \"Payroll server down since 9:00\".",
      "zh-CN": "主题使用了连串的感叹号或问号（“{{marks}}”），读起来像在喊叫。请最多保留一个，平实地写明具体事项，例如“工资服务器 9:00 起宕机”。",
      "zh-TW": "主旨使用了連串的驚嘆號或問號（「{{marks}}」），讀起來像在喊叫。請最多保留一個，平實地寫明具體事項，例如「薪資伺服器 9:00 起當機」。",
    },
  },
  requires: ["subject"],
  check({ subject, policy }) {
    const problem = judgeSubject(subject, policy);
    if (!problem) return [];
    return [{ messageId: problem.kind, data: problem.data, location: { field: "subject", excerpt: subject.stripped } }];
  },
});
