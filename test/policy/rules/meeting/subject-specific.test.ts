import rule from "../../../../src/policy/rules/meeting/subject-specific";
import { meeting } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

runRuleTable(rule, {
  valid: [
    { name: "bilingual budget review", draft: meeting() },
    { name: "English go/no-go", draft: meeting({ subject: "Release 4.2 go/no-go decision" }) },
    { name: "zh-CN review", draft: meeting({ subject: "数据中心迁移割接方案评审" }) },
    { name: "zh-TW weekly with project", draft: meeting({ subject: "ERP 專案週會" }) },
    { name: "sync with a topic", draft: meeting({ subject: "Sync: SSO rollout for APAC" }) },
    { name: "讨论 with a topic", draft: meeting({ subject: "讨论一下 Q4 招聘计划" }) },
    { name: "urgent with the incident", draft: meeting({ subject: "【紧急】支付接口故障复盘" }) },
    { name: "forwarded invitation keeps its topic", draft: meeting({ subject: "FW: 供應商季度檢討會議" }) },
    { name: "one capitalised word for emphasis", draft: meeting({ subject: "URGENT: VPN certificate expiry bridge" }) },
    { name: "acronyms are not shouting", draft: meeting({ subject: "OKR KPI review for Q4" }) },
    { name: "1:1 with a name and topic", draft: meeting({ subject: "1:1 Tom / Lisa – 绩效面谈" }) },
    { name: "subject unknown is not judged", draft: meeting({ subject: undefined }) },
  ],
  invalid: [
    { name: "empty subject", draft: meeting({ subject: "" }), errors: [{ messageId: "missing" }] },
    { name: "only FW:", draft: meeting({ subject: "FW: " }), errors: [{ messageId: "missing", excerpt: "FW:" }] },
    { name: "Meeting", draft: meeting({ subject: "Meeting" }), errors: [{ messageId: "vague", data: { subject: "Meeting" }, excerpt: "Meeting" }] },
    { name: "会议", draft: meeting({ subject: "会议" }), errors: [{ messageId: "vague" }] },
    { name: "Traditional 會議通知", draft: meeting({ subject: "會議通知" }), errors: [{ messageId: "vague" }] },
    { name: "Quick sync", draft: meeting({ subject: "Quick sync" }), errors: [{ messageId: "vague", data: { subject: "Quick sync" } }] },
    { name: "Catch up", draft: meeting({ subject: "Catch up" }), errors: [{ messageId: "vague" }] },
    { name: "讨论一下", draft: meeting({ subject: "讨论一下" }), errors: [{ messageId: "vague" }] },
    { name: "紧急会议", draft: meeting({ subject: "紧急会议" }), errors: [{ messageId: "vague" }] },
    { name: "開會", draft: meeting({ subject: "開會" }), errors: [{ messageId: "vague" }] },
    { name: "placeholder hold", draft: meeting({ subject: "Hold" }), errors: [{ messageId: "vague" }] },
    { name: "too short", draft: meeting({ subject: "DR" }), errors: [{ messageId: "tooShort", data: { subject: "DR", length: 2, min: 4 } }] },
    { name: "shouting", draft: meeting({ subject: "MANDATORY MEETING FOR ALL STAFF" }), errors: [{ messageId: "shouting" }] },
    {
      name: "tenant's own vague word",
      draft: meeting({ subject: "例会" }),
      policy: { lexicon: { vagueSubjects: ["例会"] } },
      errors: [{ messageId: "vague", data: { subject: "例会" } }],
    },
  ],
});
