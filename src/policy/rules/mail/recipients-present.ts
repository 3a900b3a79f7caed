import { isSomeone } from "../../people";
import { defineRule } from "../../rule";

/** §2.2.4: a mail goes to someone, and to someone in To. */
export default defineRule({
  id: "mail/recipients-present",
  appliesTo: "mail",
  defaultSeverity: "error",
  clause: "§2.2.4",
  description: {
    en: "The mail has recipients, with at least one in To.",
    "zh-CN": "邮件须有收件人，且“收件人”栏至少一人。",
    "zh-TW": "郵件須有收件者，且「收件者」欄至少一人。",
  },
  messages: {
    none: {
      en: "The mail has no recipients. Add who it is for in To.",
      "zh-CN": "邮件没有收件人。请在“收件人”栏填写收件人。",
      "zh-TW": "郵件沒有收件者。請在「收件者」欄填寫收件者。",
    },
    noTo: {
      en: "The mail is only Cc'd or Bcc'd. Put the people who must act in To.",
      "zh-CN": "邮件只有抄送或密送。请把需要处理的人放在“收件人”栏。",
      "zh-TW": "郵件只有副本或密件副本。請把需要處理的人放在「收件者」欄。",
    },
  },
  requires: ["to", "cc", "bcc"],
  check({ draft }) {
    const present = (list: typeof draft.to): boolean => (list ?? []).some(isSomeone);
    if (present(draft.to)) return [];
    if (present(draft.cc) || present(draft.bcc)) return [{ messageId: "noTo", severity: "warning", location: { field: "to" } }];
    return [{ messageId: "none", location: { field: "to" } }];
  },
});
