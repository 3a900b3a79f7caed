import rule from "../../../../src/policy/rules/mail/recipients-external";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const fabrikamBob = { name: "Bob Lee", address: "bob.lee@fabrikam.com" };

runRuleTable(rule, {
  valid: [
    { name: "everyone internal", draft: mail({ to: [people.lisa], cc: [people.wang, people.li] }) },
    { name: "a subdomain of the sender's domain", draft: mail({ to: [{ name: "HK office", address: "hk.admin@asia.contoso.com" }] }) },
    { name: "unresolved name without address", draft: mail({ to: [{ name: "张三", address: "" }] }) },
    {
      name: "tenant lists a second internal domain",
      draft: mail({ to: [{ name: "林美玲", address: "meiling.lin@contoso.com.tw" }] }),
      policy: { internalDomains: ["contoso.com", "contoso.com.tw"] },
    },
    { name: "upper-case internal address", draft: mail({ to: [{ name: "Lisa Wang", address: "Lisa.Wang@CONTOSO.COM" }] }) },
    {
      name: "Chinese mail to colleagues only",
      draft: mail({ subject: "年会筹备分工", body: "各位好：\n\n年会筹备分工见下表，请确认。\n\n谢谢\n汤姆", to: [people.wang, people.li], cc: [people.chen] }),
    },
  ],
  invalid: [
    {
      name: "one partner in To",
      draft: mail({ to: [people.partner] }),
      errors: [{ messageId: "external", severity: "info", data: { count: 1, addresses: "anna@fabrikam.com" } }],
    },
    {
      name: "partner in Cc among colleagues",
      draft: mail({ to: [people.lisa], cc: [people.partner, people.wang] }),
      errors: [{ messageId: "external", data: { count: 1, addresses: "anna@fabrikam.com" } }],
    },
    {
      name: "two external in To and Bcc, listed once each",
      draft: mail({ to: [people.partner, fabrikamBob], bcc: [{ name: "Anna", address: "anna@fabrikam.com" }] }),
      errors: [{ messageId: "external", data: { count: 2, addresses: "anna@fabrikam.com, bob.lee@fabrikam.com" } }],
    },
    {
      name: "a personal mailbox",
      draft: mail({ to: [people.lisa, { name: "王伟", address: "wangwei1988@qq.com" }] }),
      errors: [{ messageId: "external", data: { count: 1, addresses: "wangwei1988@qq.com" } }],
    },
    {
      name: "look-alike domain is external",
      draft: mail({ to: [{ name: "Lisa Wang", address: "lisa.wang@contoso-mail.com" }] }),
      errors: [{ messageId: "external", data: { count: 1 } }],
    },
    {
      name: "tenant domains set: the sender's other domain is external",
      draft: mail({ to: [{ name: "陳志明", address: "chen.zm@contoso.cn" }] }),
      policy: { internalDomains: ["contoso.com"] },
      errors: [{ messageId: "external", data: { addresses: "chen.zm@contoso.cn" } }],
    },
  ],
});
