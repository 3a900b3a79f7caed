import { defineRule } from "../../rule";

/** §2.2.2: a mail needs a subject; "RE:" alone says nothing. */
export default defineRule({
  id: "mail/subject-present",
  appliesTo: "mail",
  defaultSeverity: "error",
  clause: "§2.2.2",
  description: {
    en: "The mail has a subject.",
    "zh-CN": "邮件须有主题。",
    "zh-TW": "郵件須有主旨。",
  },
  messages: {
    missing: {
      en: "The subject is empty. Write a subject that sums up the mail.",
      "zh-CN": "邮件主题为空。请填写能概括邮件内容的主题。",
      "zh-TW": "郵件主旨為空。請填寫能概括郵件內容的主旨。",
    },
    onlyPrefix: {
      en: "The subject is only \"{{prefix}}\". Add what the mail is about.",
      "zh-CN": "主题只有“{{prefix}}”。请补充邮件的具体内容。",
      "zh-TW": "主旨只有「{{prefix}}」。請補充郵件的具體內容。",
    },
  },
  requires: ["subject"],
  check({ subject }) {
    if (subject.stripped !== "") return [];
    // "[EXTERNAL] RE:" is as empty as "RE:": the gateway's tag names no topic either.
    if (subject.prefixes.length > 0 || subject.tags.length > 0) {
      return [{ messageId: "onlyPrefix", data: { prefix: subject.raw.trim() }, location: { field: "subject", excerpt: subject.raw.trim() } }];
    }
    return [{ messageId: "missing", location: { field: "subject" } }];
  },
});
