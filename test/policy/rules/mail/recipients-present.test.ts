import rule from "../../../../src/policy/rules/mail/recipients-present";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

runRuleTable(rule, {
  valid: [
    { name: "one person in To", draft: mail() },
    { name: "To and Cc", draft: mail({ to: [people.lisa], cc: [people.wang, people.li] }) },
    { name: "To with an external partner", draft: mail({ to: [people.partner], cc: [people.tom] }) },
    { name: "unresolved name typed in To", draft: mail({ to: [{ name: "王伟", address: "" }] }) },
    { name: "distribution list in To, people in Bcc", draft: mail({ to: [{ name: "IT 全体 / IT All", address: "it-all@contoso.com" }], bcc: [people.chen] }) },
    {
      name: "Chinese mail to several people",
      draft: mail({ subject: "关于下周机房断电的通知", body: "各位好，\n\n下周六 9:00-12:00 机房断电维护，请提前保存工作。\n\n谢谢！\n李娜", to: [people.wang, people.chen] }),
    },
  ],
  invalid: [
    { name: "nobody at all", draft: mail({ to: [], cc: [], bcc: [] }), errors: [{ messageId: "none", severity: "error" }] },
    { name: "only Cc", draft: mail({ to: [], cc: [people.lisa] }), errors: [{ messageId: "noTo", severity: "warning" }] },
    { name: "only Bcc (a mass mail without To)", draft: mail({ to: [], bcc: [people.wang, people.li, people.chen] }), errors: [{ messageId: "noTo", severity: "warning" }] },
    { name: "To holds only an empty entry", draft: mail({ to: [{ name: "", address: " " }], cc: [], bcc: [] }), errors: [{ messageId: "none" }] },
    {
      name: "Traditional mail with recipients only in Cc",
      draft: mail({ subject: "下週系統升級安排", body: "各位同事好：\n\n下週三晚上系統升級，請留意。\n\n謝謝\n陳志明", to: [], cc: [people.chen, people.li] }),
      errors: [{ messageId: "noTo" }],
    },
    {
      name: "Chinese reply with everyone removed",
      draft: mail({ subject: "回复：Q3 预算", body: "好的，收到。\n\n-----原始邮件-----\n发件人: 王伟\n发送时间: 2026年11月23日\n收件人: 李娜\n主题: Q3 预算\n\n请看一下预算。", to: [], cc: [], bcc: [] }),
      errors: [{ messageId: "none" }],
    },
  ],
});
