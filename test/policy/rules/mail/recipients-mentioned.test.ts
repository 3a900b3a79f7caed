import rule from "../../../../src/policy/rules/mail/recipients-mentioned";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const add = (name: string, address = "") => [{ messageId: "addTo", fix: { kind: "addRecipient", field: "to", person: { name, address } } }];
const wangEnglish = { name: "Wei Wang", address: "wang.wei@contoso.com" };
const smith = { name: "Smith, John", address: "john.smith@fabrikam.com" };

runRuleTable(rule, {
  valid: [
    {
      name: "zh-CN realistic: a greeting to a role group (各部门助理：)",
      draft: mail({ body: "各部门助理：\n\n从12月1日起，新员工电脑领取改为在 IT 服务门户在线申请。\n\n如有疑问请回复本邮件。\n\n谢谢！\n\nIT服务台" }),
    },
    {
      name: "zh-TW realistic: 各位主管好 and 敬啟者 greet no one in particular",
      draft: mail({ body: "各位主管好：\n\n11 月份資安稽核已完成，請各部門於 12 月 1 日前回覆改善計畫。\n\n謝謝！\n陳志明" }),
    },
    {
      name: "zh-TW realistic: a formal letter opening with 敬啟者",
      draft: mail({ body: "敬啟者：\n\n本公司與 貴公司簽訂之維護合約將於年底到期，擬就續約事宜與 貴公司洽談。\n\n順頌商祺\n\n陳志明" }),
    },
    { name: "greets the recipient by given name", draft: mail() },
    { name: "greets a group", draft: mail({ body: "Hi all,\n\nThe server migration is on Saturday.\n\nThanks,\nTom", to: [people.lisa, people.wang] }) },
    { name: "大家好 and 各位同事", draft: mail({ subject: "系统升级", body: "各位同事，大家好！\n\n本周六系统升级，请提前保存工作。\n\n谢谢\nIT 服务台", to: [people.wang] }) },
    { name: "Chinese full name in To", draft: mail({ subject: "预算", body: "王伟：\n\n请审批 Q3 预算。\n\n谢谢\n李娜", to: [people.wang] }) },
    { name: "surname and title match a Chinese name", draft: mail({ subject: "预算", body: "王经理，您好！\n\n请审批 Q3 预算。\n\n谢谢\n李娜", to: [people.wang] }) },
    { name: "surname and title match a Latin name", draft: mail({ subject: "预算", body: "王总：\n\n请审批 Q3 预算。\n\n谢谢\n李娜", to: [wangEnglish] }) },
    { name: "Traditional surname with title", draft: mail({ subject: "報價", body: "陳先生您好：\n\n報價單已更新，請參考。\n\n謝謝\n李娜", to: [people.chen] }) },
    { name: "Dear Mr. with a 'Last, First' display name", draft: mail({ body: "Dear Mr. Smith,\n\nPlease find our offer below.\n\nYours sincerely,\nTom Chen", to: [smith] }) },
    { name: "greeting matched through the address only", draft: mail({ body: "Hi Wei,\n\nCan you check the firewall rules today?\n\nThanks,\nTom", to: [{ name: "", address: "wang.wei@contoso.com" }] }) },
    { name: "person in Cc is a recipient", draft: mail({ body: "Hi Lisa and 王伟,\n\nPlease align on the Q3 numbers.\n\nThanks,\nTom", to: [people.lisa], cc: [people.wang] }) },
    { name: "@-mention of a recipient", draft: mail({ subject: "上线安排", body: "各位好：\n\n@李娜 请确认上线时间，@王伟 负责回滚方案。\n\n谢谢\nTom", to: [people.li, people.wang] }) },
    { name: "e-mail address is not a mention", draft: mail({ body: "Hi Lisa,\n\nPlease write to helpdesk@contoso.com for the VPN token.\n\nThanks,\nTom" }) },
    { name: "names in the quoted history", draft: mail({ subject: "RE: budget", body: "Hi Lisa,\n\nApproved.\n\nTom\n\nFrom: Anna Schmidt\nSent: Monday, November 23, 2026 9:12 AM\nTo: Lisa Wang\nSubject: budget\n\nHi Lisa, @Bob please check." }) },
    { name: "a department greeted", draft: mail({ subject: "报销", body: "财务部：\n\n附上 11 月报销单，请审核。\n\n谢谢\n李娜", to: [{ name: "财务部 Finance", address: "finance@contoso.com" }] }) },
    { name: "an opening line that is not a greeting", draft: mail({ body: "Hi Lisa, hope you are well.\n\nMorning meeting is moved to 3 pm.\n\nThanks,\nTom" }) },
    { name: "a quote header is no greeting", draft: mail({ body: "Ryan, Shane wrote:\n> is the build green?\n\nYes, since this morning.\n\nTom" }) },
    { name: "code and addresses with @ are no mentions", draft: mail({ body: "Hi Lisa,\n\nRun it with (@ARGV) and whitelist *@yahoo.com as before.\n\nThanks,\nTom" }) },
    { name: "no recipients at all is another rule's business", draft: mail({ to: [], body: "Hi Lisa,\n\nSee below.\n\nTom" }) },
    { name: "婷婷 calls 周婷 by her doubled given name", draft: mail({ subject: "展会照片", body: "婷婷：\n\n展会照片已放到共享盘，请挑选可用的。\n\n谢谢\n王伟", to: [{ name: "周婷", address: "zhou.ting@contoso.com" }] }) },
    { name: "芳芳 calls 李芳", draft: mail({ subject: "报销", body: "芳芳：\n\n11月差旅报销单请于周五前提交。\n\n谢谢\n王伟", to: [{ name: "李芳", address: "li.fang@contoso.com" }] }) },
    { name: "阿婷 calls 周婷", draft: mail({ subject: "展会照片", body: "阿婷：\n\n展会照片已放到共享盘，请挑选可用的。\n\n谢谢\n王伟", to: [{ name: "周婷", address: "zhou.ting@contoso.com" }] }) },
    // A desk or a team among the recipients: whoever answers it may be the one greeted.
    { name: "Hi Ivy in a reply to the IT Service Desk", draft: mail({ subject: "RE: Git push fails", body: "Hi Ivy,\n\nIt started this morning around 09:30; pushes on Friday evening still worked.\n\nAhmed", to: [{ name: "IT Service Desk", address: "it-support@contoso.com" }] }) },
    { name: "王工 in a mail to IT服务台", draft: mail({ subject: "打印机", body: "王工，你好！\n\n三楼打印机又卡纸了，麻烦有空来看一下。\n\n李娜", to: [{ name: "IT服务台", address: "servicedesk@contoso.com" }] }) },
    { name: "Lisa in a mail to helpdesk@", draft: mail({ subject: "VPN", body: "Hi Lisa,\n\nThe VPN client still asks for my password every few minutes.\n\nTom", to: [{ name: "", address: "helpdesk@contoso.com" }] }) },
    { name: "Dear Mark in a mail to the finance department", draft: mail({ subject: "Invoice 4471", body: "Dear Mark,\n\nCould you check invoice 4471 again?\n\nAmy", to: [{ name: "Finance Department", address: "finance@contoso.com" }] }) },
    { name: "雪姐 calls 冯雪 by her given name", draft: mail({ subject: "推文排期", body: "雪姐：\n\n下周三篇推文的排期定了，请12月11日前给我前两张头图。\n\n谢谢！\n曹磊", to: [{ name: "冯雪", address: "feng.xue@contoso.com" }] }) },
    { name: "磊哥 and 雪姐 in one greeting", draft: mail({ subject: "推文排期", body: "磊哥、雪姐：\n\n排期已定，请查看附件中的日历。\n\n周婷", to: [{ name: "冯雪", address: "feng.xue@contoso.com" }, { name: "曹磊", address: "cao.lei@contoso.com" }] }) },
    { name: "王姐 still calls 王芳 by her surname", draft: mail({ subject: "报销", body: "王姐：\n\n这个月的报销单已经放在您桌上，请审批。\n\n李娜", to: [{ name: "王芳", address: "wang.fang@contoso.com" }] }) },
    { name: "婷姐姐 calls 周婷", draft: mail({ subject: "展会照片", body: "婷姐姐：\n\n展会照片已放到共享盘，请挑选可用的。\n\n王伟", to: [{ name: "周婷", address: "zhou.ting@contoso.com" }] }) },
    // A Chinese name against a recipient known only in Latin letters, or the other way round.
    { name: "志豪你好 to Zhihao Lin (Pinyin)", draft: mail({ subject: "VPN 证书已更新", body: "志豪你好，\n\n已经帮你更新 VPN 证书，请重启电脑后再连一次。\n\n谢谢\n美玲", to: [{ name: "Zhihao Lin", address: "zhihao.lin@contoso.com" }] }) },
    { name: "志明您好 to Chih-ming Chen (Wade–Giles, address without the name)", draft: mail({ subject: "VPN 證書", body: "志明您好，\n\n您的 VPN 證書已更新，請重新開機後再連線。\n\n謝謝\n安娜", to: [{ name: "Chih-ming Chen", address: "cmchen@contoso.com" }] }) },
    { name: "美玲： to 'Lin, Mei-ling'", draft: mail({ subject: "教育訓練名單", body: "美玲：\n\n下週的教育訓練名單已整理好，共 12 人，請週三前確認會議室。\n\nKevin", to: [{ name: "Lin, Mei-ling", address: "meiling.lin@contoso.com" }] }) },
    { name: "文杰： to Wenjie Zhang (文 is also a surname: its spelling checks the first syllable)", draft: mail({ subject: "账号", body: "文杰：\n\n你的账号已解锁，请用原密码登录。\n\n刘洋", to: [{ name: "Wenjie Zhang", address: "wenjie.zhang@contoso.com" }] }) },
    { name: "家豪 to Ka Ho Chan (Hong Kong: a Cantonese surname, syllables Mandarin has too)", draft: mail({ subject: "VPN", body: "家豪你好，\n\nVPN 帳號已重設，請用新密碼登入。\n\n謝謝\nAnna", to: [{ name: "Ka Ho Chan", address: "kaho.chan@contoso.com.hk" }] }) },
    { name: "家明 to Ka Ming Cheung (Hong Kong: Cantonese syllables as words of their own)", draft: mail({ subject: "打印機", body: "家明你好，\n\n五樓打印機已修好，可以正常使用。\n\n謝謝\nAnna", to: [{ name: "Ka Ming Cheung", address: "km.cheung@contoso.com" }] }) },
    { name: "Chih Hao Lin: Wade–Giles syllables as words beside the surname", draft: mail({ subject: "帳號", body: "志豪您好：\n\n您的帳號已解鎖，請用原密碼登入。\n\n美玲", to: [{ name: "Chih Hao Lin", address: "chlin@contoso.com" }] }) },
    { name: "Jhih-hao (Tongyong) greeted with 志豪", draft: mail({ subject: "帳號", body: "志豪您好：\n\n您的帳號已解鎖。\n\n美玲", to: [{ name: "Jhih-hao Wu", address: "jhwu@contoso.com" }] }) },
    { name: "Hi Zhihao to 林志豪 whose address has no name", draft: mail({ subject: "VPN cert renewed", body: "Hi Zhihao,\n\nYour VPN certificate has been renewed. Please restart your laptop.\n\nThanks,\nAnna", to: [{ name: "林志豪", address: "lzh@contoso.com" }] }) },
    { name: "Dear Mr. Lin to 林志豪", draft: mail({ subject: "VPN cert renewed", body: "Dear Mr. Lin,\n\nYour VPN certificate has been renewed.\n\nBest regards,\nAnna", to: [{ name: "林志豪", address: "lzh@contoso.com" }] }) },
    { name: "Hi Chih-hao to 林志豪 <chihhao.lin@…>", draft: mail({ subject: "VPN cert renewed", body: "Hi Chih-hao,\n\nYour VPN certificate has been renewed.\n\nThanks,\nAnna", to: [{ name: "林志豪", address: "chihhao.lin@contoso.com" }] }) },
  ],
  invalid: [
    {
      name: "志豪 to Wei Wang: a one-syllable given name cannot be 志豪",
      draft: mail({ subject: "VPN 证书", body: "志豪你好，\n\n已经帮你更新 VPN 证书。\n\n谢谢\n美玲", to: [{ name: "Wei Wang", address: "wei.wang@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "志豪" }, suggestions: add("志豪") }],
    },
    {
      name: "志豪 to Anna Li: an English name is no spelling of it",
      draft: mail({ subject: "VPN 证书", body: "志豪你好，\n\n已经帮你更新 VPN 证书。\n\n谢谢\n美玲", to: [{ name: "Anna Li", address: "anna.li@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "志豪" }, suggestions: add("志豪") }],
    },
    {
      name: "王伟 to Zhihao Lin: the surname's spelling does not fit",
      draft: mail({ subject: "预算", body: "王伟：\n\n请审批 Q3 预算。\n\n谢谢\n李娜", to: [{ name: "Zhihao Lin", address: "zhihao.lin@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "王伟" }, suggestions: add("王伟") }],
    },
    {
      name: "美玲 to Chih-hao Lin: Wade–Giles that spells another given name",
      draft: mail({ subject: "教育訓練", body: "美玲：\n\n下週的教育訓練名單已整理好，請週三前確認會議室。\n\nKevin", to: [{ name: "Chih-hao Lin", address: "chihhao.lin@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "美玲" }, suggestions: add("美玲") }],
    },
    {
      name: "Hi Mei-ling to 林志豪 <chihhao.lin@…>",
      draft: mail({ subject: "Training list", body: "Hi Mei-ling,\n\nThe training list is ready; please confirm the room by Wednesday.\n\nKevin", to: [{ name: "林志豪", address: "chihhao.lin@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Mei-ling" }, suggestions: add("Mei-ling") }],
    },
    {
      name: "Hi Anna to 林志豪 <lzh@…>",
      draft: mail({ subject: "VPN cert renewed", body: "Hi Anna,\n\nYour VPN certificate has been renewed.\n\nThanks,\nTom", to: [{ name: "林志豪", address: "lzh@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Anna" }, suggestions: add("Anna") }],
    },
    {
      name: "Dear Mr. Chen to 林志豪 <lzh@…>",
      draft: mail({ subject: "VPN cert renewed", body: "Dear Mr. Chen,\n\nYour VPN certificate has been renewed.\n\nBest regards,\nTom", to: [{ name: "林志豪", address: "lzh@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Mr. Chen" }, suggestions: add("Mr. Chen") }],
    },
    {
      name: "Hi Chih-ming to 林志豪 <lzh@…>: 林 is not ming",
      draft: mail({ subject: "VPN cert renewed", body: "Hi Chih-ming,\n\nYour VPN certificate has been renewed.\n\nThanks,\nTom", to: [{ name: "林志豪", address: "lzh@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Chih-ming" }, suggestions: add("Chih-ming") }],
    },
    {
      name: "Hi Ivy to two people, neither of them Ivy nor a desk (desk and support inside words)",
      draft: mail({ subject: "RE: Git push fails", body: "Hi Ivy,\n\nIt started this morning around 09:30.\n\nAhmed", to: [{ name: "Tom Chen", address: "tom.chen@contoso.com" }, { name: "Ivan Deskov", address: "support.lee@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Ivy" }, suggestions: add("Ivy") }],
    },
    {
      name: "@张伟 in a mail to a team: a mention still asks for him",
      draft: mail({ subject: "防火墙规则", body: "网络组各位好：\n\n请在周五前开通 CRM 到 SFTP 的访问，@张伟 负责验证。\n\n王磊", to: [{ name: "网络组 Network Team", address: "netops@contoso.com" }] }),
      errors: [{ messageId: "mentionedNotRecipient", data: { name: "张伟" }, suggestions: add("张伟") }],
    },
    {
      name: "雪姐 when no recipient is called 雪",
      draft: mail({ subject: "推文排期", body: "雪姐：\n\n下周三篇推文的排期定了，请12月11日前给我前两张头图。\n\n谢谢！\n曹磊", to: [{ name: "周婷", address: "zhou.ting@contoso.com" }] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "雪姐" }, suggestions: add("雪姐") }],
    },
    {
      name: "婷婷 when nobody called 婷 is a recipient",
      draft: mail({ subject: "展会照片", body: "婷婷：\n\n展会照片已放到共享盘，请挑选可用的。\n\n谢谢\n王伟", to: [people.li] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "婷婷" }, suggestions: add("婷婷") }],
    },
    {
      name: "芳芳 when only 王伟 receives the mail",
      draft: mail({ subject: "报销", body: "芳芳：\n\n11月差旅报销单请于周五前提交。\n\n谢谢\n李娜", to: [people.wang] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "芳芳" }, suggestions: add("芳芳") }],
    },
    {
      name: "阿明 when 李娜 receives the mail",
      draft: mail({ subject: "报销", body: "阿明：\n\n11月差旅报销单请于周五前提交。\n\n谢谢\n王伟", to: [people.li] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "阿明" }, suggestions: add("阿明") }],
    },
    {
      name: "greets someone who is not a recipient",
      draft: mail({ body: "Hi Anna,\n\nCould you send the signed order by Friday?\n\nThanks,\nTom", to: [people.lisa] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Anna" }, excerpt: "Anna", suggestions: add("Anna") }],
    },
    {
      name: "greeting followed by small talk on the same line",
      draft: mail({ body: "Hi Anna, hope you had a good weekend.\n\nCould you send the signed order by Friday?\n\nThanks,\nTom", to: [people.lisa] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Anna" }, suggestions: add("Anna") }],
    },
    {
      name: "Chinese greeting by full name",
      draft: mail({ subject: "预算", body: "李娜：\n\n请审批 Q3 预算。\n\n谢谢\n王伟", to: [people.lisa] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "李娜" }, suggestions: add("李娜") }],
    },
    {
      name: "surname and title with no such recipient",
      draft: mail({ subject: "预算", body: "张经理，您好！\n\n请审批 Q3 预算。\n\n谢谢\n李娜", to: [people.wang, people.chen] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "张经理" }, suggestions: add("张经理") }],
    },
    {
      name: "two people greeted, one missing",
      draft: mail({ subject: "上线安排", body: "李总、王经理：\n\n上线时间定在周六晚上。\n\n谢谢\n陳志明", to: [people.wang] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "李总" }, suggestions: add("李总") }],
    },
    {
      name: "Dear Mr. someone else",
      draft: mail({ body: "Dear Mr. Miller,\n\nPlease find our offer below.\n\nYours sincerely,\nTom Chen", to: [smith] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Mr. Miller" }, suggestions: add("Mr. Miller") }],
    },
    {
      name: "@-mention in plain text",
      draft: mail({ subject: "上线安排", body: "各位好：\n\n@陈志明 请准备回滚方案，@李娜 确认时间。\n\n谢谢\nTom", to: [people.li] }),
      errors: [{ messageId: "mentionedNotRecipient", data: { name: "陈志明" }, excerpt: "@陈志明", suggestions: add("陈志明") }],
    },
    {
      name: "@-mention running into the sentence",
      draft: mail({ subject: "上线安排", body: "各位好：\n\n@张伟请准备回滚方案。\n\n谢谢\nTom", to: [people.li] }),
      errors: [{ messageId: "mentionedNotRecipient", data: { name: "张伟" }, suggestions: add("张伟") }],
    },
    {
      name: "Outlook mention markup carries the address",
      draft: mail({
        body: '<html><body><p class="MsoNormal">Hi Lisa,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><a href="mailto:anna@fabrikam.com" id="OWAAM123">@Anna Schmidt</a> can you confirm the delivery date?</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p><p class="MsoNormal">Tom</p></body></html>',
      }),
      errors: [{ messageId: "mentionedNotRecipient", data: { name: "Anna Schmidt" }, suggestions: add("Anna Schmidt", "anna@fabrikam.com") }],
    },
    {
      name: "@Name followed by a request word",
      draft: mail({ body: "Hi Lisa,\n\n@Bob Please review the firewall change.\n\nThanks,\nTom" }),
      errors: [{ messageId: "mentionedNotRecipient", data: { name: "Bob" }, suggestions: add("Bob") }],
    },
    {
      name: "mixed greeting, Chinese name missing",
      draft: mail({ body: "Hi Lisa and 王伟,\n\nPlease align on the Q3 numbers.\n\nThanks,\nTom", to: [people.lisa] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "王伟" }, suggestions: add("王伟") }],
    },
    {
      name: "Traditional greeting missing",
      draft: mail({ subject: "報價", body: "林小姐您好：\n\n報價單已更新，請參考。\n\n謝謝\n陳志明", to: [people.chen] }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "林小姐" }, suggestions: add("林小姐") }],
    },
    {
      name: "greeting and mention of the same missing person reported once",
      draft: mail({ body: "Hi Anna,\n\n@Anna the contract is ready.\n\nThanks,\nTom" }),
      errors: [{ messageId: "greetedNotRecipient", data: { name: "Anna" }, suggestions: add("Anna") }],
    },
  ],
});
