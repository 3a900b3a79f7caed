import rule from "../../../../src/policy/rules/mail/subject-present";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

runRuleTable(rule, {
  valid: [
    { name: "English subject", draft: mail({ subject: "Q3 budget approval needed by Friday" }) },
    { name: "Simplified Chinese subject", draft: mail({ subject: "关于下周系统升级的通知" }) },
    { name: "Traditional reply keeps its topic", draft: mail({ subject: "回覆：下週系統升級安排" }) },
    { name: "stacked prefixes with a topic", draft: mail({ subject: "RE: FW: 回复：Server migration plan" }) },
  ],
  invalid: [
    { name: "empty subject", draft: mail({ subject: "" }), errors: [{ messageId: "missing" }] },
    { name: "blank subject", draft: mail({ subject: "   " }), errors: [{ messageId: "missing" }] },
    { name: "only RE:", draft: mail({ subject: "RE:" }), errors: [{ messageId: "onlyPrefix", data: { prefix: "RE:" }, excerpt: "RE:" }] },
    { name: "only full-width 回复：", draft: mail({ subject: "回复：" }), errors: [{ messageId: "onlyPrefix", data: { prefix: "回复：" } }] },
    { name: "Traditional 轉寄: and FW", draft: mail({ subject: "轉寄: FW: " }), errors: [{ messageId: "onlyPrefix", data: { prefix: "轉寄: FW:" } }] },
  ],
});
