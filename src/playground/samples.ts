import { sampleMessage, type SimAttachment, type SimMessageState, type SimRecipient } from "../office-sim/office-sim";
import type { LocalizedText } from "../policy/types";

// Drafts a person can load in the playground: what real colleagues write, in each language,
// with and without problems, and one full of hostile content.

const person = (displayName: string, emailAddress: string): SimRecipient => ({ displayName, emailAddress, recipientType: "user" });
const file = (id: string, name: string, size: number, extra: Partial<SimAttachment> = {}): SimAttachment => ({
  id,
  name,
  size,
  attachmentType: "file",
  isInline: false,
  ...extra,
});

export const PEOPLE = {
  tom: person("Tom Chen", "tom.chen@contoso.com"),
  lisa: person("Lisa Wang", "lisa.wang@contoso.com"),
  wang: person("王伟", "wang.wei@contoso.com"),
  li: person("李娜", "li.na@contoso.com"),
  chen: person("陳志明", "chen.zm@contoso.com"),
  partner: person("Anna Schmidt", "anna@fabrikam.com"),
  helpdesk: person("IT Support", "it-support@contoso.com"),
};

export interface Sample {
  id: string;
  label: LocalizedText;
  item: () => SimMessageState;
}

const div = (lines: string[]): string => lines.map((l) => (l === "" ? "<div><br></div>" : `<div>${l}</div>`)).join("");

export const SAMPLES: readonly Sample[] = [
  {
    id: "en-issues",
    label: { en: "English: slang, a typo, an undescribed attachment", "zh-CN": "英文：网络用语、错字、未说明的附件", "zh-TW": "英文：網路用語、錯字、未說明的附件" },
    item: () =>
      sampleMessage({
        subject: "Q3 budget review",
        to: [PEOPLE.lisa],
        body: {
          type: "html",
          content: div([
            "Hi Lisa,",
            "",
            "The Q3 numbers are in and the infrastructure line is 12% over plan, mostly because of the extra VPN licences we bought in August.",
            "I went through the invoices with finance and we can recieve a partial credit from the vendor if we renew before December, so the overrun should shrink to about 5%.",
            "",
            "Pls let me know what you think, thx!",
            "",
            "Thanks,",
            "Tom",
          ]),
        },
        attachments: [file("att-1", "Q3-budget-v2.xlsx", 48_213)],
      }),
  },
  {
    id: "zh-issues",
    label: { en: "Simplified Chinese: typos, slang, an undescribed attachment", "zh-CN": "简体中文：错别字、网络用语、未说明的附件", "zh-TW": "簡體中文：錯別字、網路用語、未說明的附件" },
    item: () =>
      sampleMessage({
        subject: "通知",
        to: [PEOPLE.wang],
        cc: [PEOPLE.li],
        body: {
          type: "html",
          content: div([
            "王经理：",
            "",
            "本周五晚上 22:00 开始对办公网进行升级，届时需要重新按装 VPN 客户端，升级大约持续两个小时。",
            "这次升级之后外网速度会提升不少，yyds！",
            "",
            "谢谢",
            "李娜",
          ]),
        },
        attachments: [file("att-1", "VPN安装说明.pdf", 312_554)],
      }),
  },
  {
    id: "zh-tw",
    label: { en: "Traditional Chinese: a typo and an attachment", "zh-CN": "繁体中文：错字与附件", "zh-TW": "繁體中文：錯字與附件" },
    item: () =>
      sampleMessage({
        subject: "系統維護",
        to: [PEOPLE.chen],
        body: {
          type: "html",
          content: div(["志明您好，", "", "下週一上午 9:00 至 11:00 郵件系統維護，期間無法收發郵件，請同仁提前按裝新版客戶端。", "", "謝謝", "Tom"]),
        },
        attachments: [file("att-1", "維護公告.docx", 20_480)],
      }),
  },
  {
    id: "good",
    label: { en: "A mail that follows the policy", "zh-CN": "一封符合规范的邮件", "zh-TW": "一封符合規範的郵件" },
    item: () =>
      sampleMessage({
        subject: "Q3 预算审批 / Q3 budget approval",
        to: [PEOPLE.lisa],
        body: {
          type: "html",
          content: div(["Hi Lisa,", "", "I'm writing to ask for your approval of the Q3 infrastructure budget.", "", "Could you reply by Friday?", "", "Thanks,", "Tom"]),
        },
      }),
  },
  {
    id: "mentioned",
    label: { en: "Someone asked in the mail is not a recipient", "zh-CN": "邮件中请托的人不在收件人中", "zh-TW": "郵件中請託的人不在收件者中" },
    item: () =>
      sampleMessage({
        subject: "Q4 网络改造方案评审 / Q4 network plan review",
        to: [PEOPLE.lisa],
        body: {
          type: "html",
          content: div([
            "Hi Lisa,",
            "",
            "I'm writing to ask you and @王伟 to review the Q4 network plan before the change board meets.",
            "",
            "Could you both reply by Thursday?",
            "",
            "Thanks,",
            "Tom",
          ]),
        },
      }),
  },
  {
    id: "it-report",
    label: { en: "To the IT helpdesk (§4.2.1)", "zh-CN": "发给 IT 服务台（§4.2.1）", "zh-TW": "寄給 IT 服務台（§4.2.1）" },
    item: () =>
      sampleMessage({
        subject: "Outlook keeps crashing",
        to: [PEOPLE.helpdesk],
        body: { type: "html", content: div(["Hi team,", "", "My Outlook keeps crashing when I open the shared calendar. Can you help?", "", "Thanks,", "Tom"]) },
      }),
  },
  {
    id: "hostile",
    label: { en: "Hostile content (script, RTL override, zero-width)", "zh-CN": "恶意内容（脚本、从右到左覆盖、零宽字符）", "zh-TW": "惡意內容（指令碼、由右至左覆寫、零寬字元）" },
    item: () =>
      sampleMessage({
        subject: `<script>alert("subject")</script> Budget <img src=x onerror=alert(1)>`,
        to: [person(`<img src=x onerror=alert("name")>Lisa\u200b Wang`, "lisa.wang@contoso.com"), person("Ma\u202Eliced", "ma@fabrikam.com")],
        body: {
          type: "html",
          content: div(["Hi Lisa,", "", "&lt;script&gt;alert('body')&lt;/script&gt; pls check the file \u202Efdp.exe before Friday.", "", "Thanks,", "Tom"]),
        },
        attachments: [file("att-1", `<img src=x onerror=alert("att")>report\u202Efdp.exe`, 1_024), file("att-2", "zero\u200bwidth\u200d.pdf", 2_048)],
      }),
  },
];

export function sampleById(id: string | null): Sample {
  return SAMPLES.find((s) => s.id === id) ?? SAMPLES[0];
}
