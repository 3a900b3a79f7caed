import rule from "../../../../src/policy/rules/mail/body-paragraphs";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

// Realistic prose, long enough to matter, in each language.
const EN_WALL =
  "I'm writing about the file server migration that was planned for this weekend. The vendor told us on Friday that the replacement storage controller will not arrive before Wednesday, so we cannot move the finance and HR shares as planned. " +
  "We looked at moving only the engineering shares first, but they depend on the same controller, and splitting the move would mean two outages instead of one. " +
  "The current server is stable and its support contract runs until the end of December, so there is no risk in waiting one more week. " +
  "My proposal is to move everything on Saturday 5 December from 20:00, with the same rollback plan as before. Could you confirm by Wednesday whether that date works for your teams?";

const ZH_WALL =
  "关于本周末的文件服务器迁移，供应商周五通知我们，新的存储控制器最早要到下周三才能到货，所以原定本周六迁移财务和人事共享盘的计划无法执行。我们评估过先迁移研发部门的共享盘，但研发共享盘同样依赖这台控制器，分开迁移意味着要停机两次，对业务的影响反而更大。" +
  "目前的旧服务器运行稳定，维保合同到十二月底才到期，推迟一周不会带来额外风险。我们建议把迁移改到十二月五日（周六）晚上八点开始，回退方案保持不变，迁移期间财务系统和人事系统的共享盘会暂停访问约四个小时。" +
  "迁移完成后，各部门的映射盘符保持不变，用户无需做任何设置，但快捷方式如果指向旧服务器名称需要重新创建，我们会在周一早上安排同事到各楼层协助处理。另外，本次迁移还会同步启用新的权限审批流程，各部门负责人需要在系统里重新确认一次本部门共享盘的访问名单，" +
  "未确认的账号将在迁移后暂时保留只读权限，直到负责人确认为止。请各位在周三下班前回复是否同意新的时间安排，如有冲突请尽早告诉我。";

const ZH_TW_WALL =
  "關於本週末的檔案伺服器遷移，供應商週五通知我們，新的儲存控制器最快要到下週三才能到貨，所以原定本週六遷移財務和人事共用資料夾的計畫無法執行。我們評估過先遷移研發部門的資料夾，但研發資料夾同樣依賴這台控制器，分開遷移意味著要停機兩次，對業務的影響反而更大。" +
  "目前的舊伺服器運作穩定，維護合約到十二月底才到期，延後一週不會帶來額外風險。我們建議把遷移改到十二月五日（週六）晚上八點開始，回復方案維持不變，遷移期間財務系統和人事系統的共用資料夾會暫停存取約四個小時。" +
  "遷移完成後，各部門的網路磁碟機代號維持不變，使用者無需做任何設定，但捷徑如果指向舊伺服器名稱需要重新建立，我們會在週一早上安排同仁到各樓層協助處理。另外，本次遷移也會同步啟用新的權限審核流程，各部門主管需要在系統裡重新確認一次本部門資料夾的存取名單，未確認的帳號在遷移後暫時只保留唯讀權限。請各位在週三下班前回覆是否同意新的時間安排，如有衝突請盡早告訴我。";

const EN_PARAGRAPHS =
  "I'm writing about the file server migration that was planned for this weekend.\n\n" +
  "The vendor told us on Friday that the replacement storage controller will not arrive before Wednesday, so we cannot move the finance and HR shares as planned. We looked at moving only the engineering shares first, but they depend on the same controller.\n\n" +
  "The current server is stable and its support contract runs until the end of December, so there is no risk in waiting one more week.\n\n" +
  "Could you confirm by Wednesday whether Saturday 5 December works for your teams?";

const LONG_QUOTE = `${EN_WALL} ${EN_WALL} ${EN_WALL}`;

const OUTLOOK_HEADER =
  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday, November 23, 2026 10:00 AM<br><b>To:</b> Tom Chen<br><b>Subject:</b> File server</p></div>";

const DISCLAIMER =
  "This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you are not the intended recipient, please notify the sender immediately and delete this email. Any unauthorised use, disclosure or copying is strictly prohibited and may be unlawful. Contoso Ltd accepts no liability for any damage caused by viruses transmitted by this email.";

const msoParagraphs = (paragraphs: string[]) =>
  `<html><body><div class=WordSection1>${paragraphs.map((p) => `<p class=MsoNormal>${p}<o:p></o:p></p>`).join("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")}</div></body></html>`;

runRuleTable(rule, {
  valid: [
    { name: "default short draft", draft: mail() },
    { name: "en: long mail in paragraphs", draft: mail({ body: `Hi Lisa,\n\n${EN_PARAGRAPHS}\n\nThanks,\nTom` }) },
    { name: "zh-CN: short one-paragraph mail", draft: mail({ body: "王经理：\n您好！\n\n本周六的文件服务器迁移推迟到下周六，请知悉。\n\n李娜" }) },
    {
      name: "short reply above a long quoted history",
      draft: mail({ body: `Hi Lisa,\n\nSaturday 5 December works for us.\n\nTom\n\nFrom: Lisa Wang <lisa.wang@contoso.com>\nSent: Monday, November 23, 2026 10:00 AM\nTo: Tom Chen\nSubject: File server\n\n${LONG_QUOTE}` }),
    },
    {
      name: "Outlook desktop: quoted wall after the reply header is not judged",
      draft: mail({ body: msoParagraphs(["Hi Lisa,", "Agreed, let's move on 5 December.", "Tom"]).replace("</div></body>", `${OUTLOOK_HEADER}<p class=MsoNormal>${LONG_QUOTE}</p></div></body>`) }),
    },
    { name: "long disclaimer is not prose", draft: mail({ body: `Hi Lisa,\n\nThe signed contract is in the Legal folder on SharePoint.\n\nBest regards,\nTom Chen\nContoso Ltd\n\n${DISCLAIMER}` }) },
    {
      name: "one paragraph written line by line (Outlook desktop, no blank lines)",
      draft: mail({
        body: `<html><body><div class=WordSection1><p class=MsoNormal>Hi all,</p><p class=MsoNormal>&nbsp;</p>${EN_WALL.split(/(?<=\.) /).map((s) => `<p class=MsoNormal>${s}</p>`).join("")}<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Thanks,</p><p class=MsoNormal>Tom</p></div></body></html>`,
      }),
    },
    {
      name: "Outlook web: long mail in <div> paragraphs",
      draft: mail({ body: `<div>Hi Lisa,</div><div><br></div>${EN_PARAGRAPHS.split("\n\n").map((p) => `<div>${p}</div>`).join("<div><br></div>")}<div><br></div><div>Tom</div>` }),
    },
    {
      name: "zh-CN: long mail in paragraphs",
      draft: mail({ body: `各位好，\n\n${ZH_WALL.replace(/(?<=。)(?=目前|迁移完成后|未确认|请各位)/g, "\n\n")}\n\n谢谢\n李娜` }),
    },
    { name: "mixed: Hi 王经理 and a short body", draft: mail({ body: "Hi 王经理，\n\n附件是 Q3 sales report，请查收。华东区增长 12%，华南区低于预期，原因见第 4 页。\n\nBest,\nTom" }) },
    {
      name: "zh-CN realistic: one ordinary paragraph of about 150 汉字 between greeting and sign-off",
      draft: mail({
        body: "王总您好：\n\n现提交信息技术部2027年度IT预算申请，总额 386 万元，较2026年增加 8%，主要用于服务器更新和信息安全项目。其中服务器更新 210 万元，用于替换已使用超过六年的 24 台物理服务器；信息安全项目 120 万元，包括零信任网络和终端检测响应；其余 56 万元为软件许可续费。附件《2027年度IT预算申请表.xlsx》列出了各项目的明细和测算依据，请您在12月4日前审批。\n\n谢谢！\n\n张伟",
      }),
    },
    { name: "a higher tenant limit", draft: mail({ body: `Hi Lisa,\n\n${EN_WALL}\n\nTom` }), policy: { mail: { singleBlockMaxChars: 1000 } } },
    {
      name: "signature block is not prose",
      draft: mail({ body: `Hi Lisa,\n\nPlease see the updated rota attached.\n\nBest regards,\nTom Chen\nSenior Engineer, IT Infrastructure | Contoso Ltd | 88 Century Avenue, Pudong, Shanghai | Tel +86 21 5555 0101 | Mobile +86 138 0000 0000 | tom.chen@contoso.com | Our values: customer first, ownership, integrity, teamwork, continuous improvement, respect for every colleague, and doing the right thing even when nobody is watching.` }),
    },
  ],
  invalid: [
    {
      name: "en: one block of prose",
      draft: mail({ body: `Hi Lisa,\n\n${EN_WALL}\n\nThanks,\nTom` }),
      errors: [{ messageId: "singleBlock", data: { max: 400 }, excerpt: "I'm writing about the file server migration that was planned for this weekend.…" }],
    },
    {
      name: "zh-CN realistic: 300 汉字 written in one breath, greeting and name inline",
      draft: mail({ body: "各位同事：下周我们将把 OA 系统从旧服务器迁移到新的云平台上，迁移时间定在12月5日周六晚上 20:00 到次日早上 08:00，迁移期间 OA 系统将无法访问，审批流程会暂停，请各部门提前处理好紧急的审批事项，迁移完成后所有用户需要重新登录，原有的密码保持不变，但是需要重新绑定手机验证码，如果绑定过程中遇到问题可以联系 IT 服务台，另外迁移后旧的 OA 地址将在一个月后停用，请大家及时更新浏览器收藏夹中的地址，新的地址会在迁移完成后另行通知，各部门的系统管理员需要在迁移后第二天上午检查本部门的流程配置是否正确，如果发现问题请在12月7日中午前反馈给我们，我们会统一处理，谢谢大家的配合。张伟" }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "zh-CN: one block",
      draft: mail({ body: `各位好，\n\n${ZH_WALL}\n\n谢谢\n李娜` }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "zh-TW: one block in Outlook web",
      draft: mail({ body: `<div>各位同仁好，</div><div><br></div><div>${ZH_TW_WALL}</div><div><br></div><div>謝謝</div><div>志明</div>` }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "Outlook desktop: one <p class=MsoNormal> wall",
      draft: mail({ body: msoParagraphs(["Hi Lisa,", EN_WALL, "Best regards,"]) }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "mixed greeting, Chinese wall, quoted history ignored",
      draft: mail({ body: `Hi 王经理，\n\n${ZH_WALL}\n\nTom\n\n-----Original Message-----\nFrom: 王伟\n\n${LONG_QUOTE}` }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "plain text wrapped at 72 columns is still one block",
      draft: mail({ body: `Hi Lisa,\n\n${EN_WALL.replace(/(.{1,72})(\s+|$)/g, "$1\n").trim()}\n\nThanks,\nTom` }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "no greeting, just a wall",
      draft: mail({ body: EN_WALL }),
      errors: [{ messageId: "singleBlock" }],
    },
    {
      name: "one paragraph far too long among others",
      draft: mail({ body: `Hi all,\n\n${EN_PARAGRAPHS}\n\n${EN_WALL} ${EN_WALL}\n\nThe rollback plan is unchanged and is attached again for reference.\n\nThanks,\nTom` }),
      errors: [{ messageId: "paragraphTooLong", data: { max: 1200 } }],
    },
    {
      name: "zh-CN: two over-long paragraphs under a tenant limit",
      draft: mail({ body: `各位好，\n\n${ZH_WALL}\n\n${ZH_WALL}\n\n谢谢` }),
      policy: { mail: { paragraphMaxChars: 300 } },
      errors: [{ messageId: "paragraphTooLong", data: { max: 300 } }, { messageId: "paragraphTooLong", data: { max: 300 } }],
    },
    {
      name: "a lower tenant block limit",
      draft: mail({ body: "Hi Lisa,\n\nThe vendor told us on Friday that the replacement storage controller will not arrive before Wednesday, so we cannot move the finance and HR shares this weekend. Could you confirm whether 5 December works?\n\nTom" }),
      policy: { mail: { singleBlockMaxChars: 150 } },
      errors: [{ messageId: "singleBlock", data: { max: 150 } }],
    },
  ],
});
