import rule from "../../../../src/policy/rules/mail/subject-present";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

runRuleTable(rule, {
  valid: [
    { name: "English subject", draft: mail({ subject: "Q3 budget approval needed by Friday" }) },
    { name: "Simplified Chinese subject", draft: mail({ subject: "关于下周系统升级的通知" }) },
    { name: "Traditional reply keeps its topic", draft: mail({ subject: "回覆：下週系統升級安排" }) },
    { name: "stacked prefixes with a topic", draft: mail({ subject: "RE: FW: 回复：Server migration plan" }) },
    { name: "gateway tag before a reply with a topic", draft: mail({ subject: "[EXTERNAL] RE: INC0012345 - VPN down" }) },
    { name: "gateway tag inside a Chinese reply chain", draft: mail({ subject: "回复：[外部邮件] 合同续签" }) },
    { name: "Traditional gateway tag in corner brackets", draft: mail({ subject: "【外部郵件】轉寄：機房搬遷時程" }) },
    { name: "External as the first word of a topic", draft: mail({ subject: "External audit: VPN logs" }) },
  ],
  invalid: [
    { name: "empty subject", draft: mail({ subject: "" }), errors: [{ messageId: "missing" }] },
    { name: "blank subject", draft: mail({ subject: "   " }), errors: [{ messageId: "missing" }] },
    { name: "only RE:", draft: mail({ subject: "RE:" }), errors: [{ messageId: "onlyPrefix", data: { prefix: "RE:" }, excerpt: "RE:" }] },
    { name: "only full-width 回复：", draft: mail({ subject: "回复：" }), errors: [{ messageId: "onlyPrefix", data: { prefix: "回复：" } }] },
    { name: "Traditional 轉寄: and FW", draft: mail({ subject: "轉寄: FW: " }), errors: [{ messageId: "onlyPrefix", data: { prefix: "轉寄: FW:" } }] },
    { name: "gateway tag and RE: only", draft: mail({ subject: "[EXTERNAL] RE:" }), errors: [{ messageId: "onlyPrefix", data: { prefix: "[EXTERNAL] RE:" } }] },
    { name: "Chinese gateway tag and 回复：only", draft: mail({ subject: "[外部邮件] 回复：" }), errors: [{ messageId: "onlyPrefix", data: { prefix: "[外部邮件] 回复：" } }] },
    { name: "Traditional gateway tag only", draft: mail({ subject: "【外部郵件】" }), errors: [{ messageId: "onlyPrefix" }] },
    { name: "starred tag and FW:", draft: mail({ subject: "*EXTERNAL* FW: " }), errors: [{ messageId: "onlyPrefix", data: { prefix: "*EXTERNAL* FW:" } }] },
  ],
});
