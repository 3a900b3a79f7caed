import rule from "../../../../src/policy/rules/mail/language-typo";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const replace = (find: string, replaceWith: string) => [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find, replace: replaceWith } }];

runRuleTable(rule, {
  valid: [
    { name: "clean English mail", draft: mail() },
    {
      name: "clean Chinese notice",
      draft: mail({ subject: "软件安装通知", body: "各位好：\n\n请于本周五前完成新版 VPN 客户端的安装，即使已安装旧版也需要升级。\n\n谢谢\nIT 服务台" }),
    },
    {
      name: "登陆 as landing and 既使用 are right",
      draft: mail({ subject: "台风预警", body: "各位同事：\n\n台风预计明天下午登陆，我们既使用了备用电源，也准备了值班表。\n\n谢谢\n王伟" }),
    },
    {
      name: "帐号 is an accepted variant",
      draft: mail({ subject: "帳號開通", body: "陳先生您好：\n\n您的郵件帳號已開通，請於首次登入後修改密碼。\n\n謝謝\nIT 服務台" }),
    },
    {
      name: "typo only in the quoted history",
      draft: mail({
        subject: "RE: Server migration",
        body: "Hi Lisa,\n\nConfirmed, the migration window works for us.\n\nThanks,\nTom\n\nFrom: Lisa Wang\nSent: Monday, November 23, 2026 9:12 AM\nTo: Tom Chen\nSubject: Server migration\n\nPlease let me know untill Friday if you recieve the new adress list.",
      }),
    },
    {
      name: "typo-like words inside longer words",
      draft: mail({ body: "Hi Lisa,\n\nThe teahouse booking and the Tehran office sandwich order are confirmed.\n\nThanks,\nTom" }),
    },
    {
      name: "signature line is not judged",
      draft: mail({ body: "Hi Lisa,\n\nThe report is ready for your review.\n\nBest regards,\nTom Chen\nGoverment Affairs Liason\nTel: +86 21 5555 0101" }),
    },
    { name: "IME pairs only as words: 今年经济, 自我门户, 晾干快递", draft: mail({ body: "王经理：\n\n今年经济形势不好，自我门户网站的访问量下降，晾干快递的包装也要重新评估。\n\n谢谢\n李娜" }) },
    { name: "应为 is 'should be', not a typo of 因为", draft: mail({ body: "王经理：\n\n发票金额应为 12,800 元，其中服务费占 20%。\n\n谢谢\n李娜" }) },
    { name: "在说 and 一经 in their own sense", draft: mail({ body: "各位：\n\n客户在说明会上提到，一经发现违规安装的软件，系统会自动卸载。\n\n谢谢\n李娜" }) },
  ],
  invalid: [
    {
      name: "zh-CN IME typos: 因该, 我门",
      draft: mail({ body: "王经理：\n\n我门因该在周五前完成迁移。\n\n谢谢\n李娜" }),
      errors: [
        { messageId: "typo", excerpt: "我门", suggestions: replace("我门", "我们") },
        { messageId: "typo", excerpt: "因该", suggestions: replace("因该", "应该") },
      ],
    },
    {
      name: "zh-TW zhuyin typos: 因該, 幹快",
      draft: mail({ body: "陳經理您好，\n\n這個問題因該今天處理，請幹快安排工程師。\n\n謝謝\n志明" }),
      errors: [
        { messageId: "typo", excerpt: "因該", suggestions: replace("因該", "應該") },
        { messageId: "typo", excerpt: "幹快", suggestions: replace("幹快", "趕快") },
      ],
    },
    {
      name: "zh-CN: 辛亏 and 总于",
      draft: mail({ body: "各位：\n\n辛亏备份还在，系统总于恢复了。\n\n谢谢\n王伟" }),
      errors: [
        { messageId: "typo", excerpt: "辛亏", suggestions: replace("辛亏", "幸亏") },
        { messageId: "typo", excerpt: "总于", suggestions: replace("总于", "终于") },
      ],
    },
    {
      name: "English misspellings with capitals kept",
      draft: mail({ body: "Hi Lisa,\n\nDid you recieve my mail? Definately send the numbers untill Friday.\n\nThanks,\nTom" }),
      errors: [
        { messageId: "typo", data: { wrong: "recieve", right: "receive" }, excerpt: "recieve", suggestions: replace("recieve", "receive") },
        { messageId: "typo", data: { wrong: "Definately", right: "Definitely" }, suggestions: replace("Definately", "Definitely") },
        { messageId: "typo", excerpt: "untill", suggestions: replace("untill", "until") },
      ],
    },
    {
      name: "all-caps misspelling",
      draft: mail({ body: "Hi all,\n\nIMPORTANT: the NECCESSARY forms are due tomorrow.\n\nThanks,\nTom" }),
      errors: [{ messageId: "typo", excerpt: "NECCESSARY", suggestions: replace("NECCESSARY", "NECESSARY") }],
    },
    {
      name: "same misspelling twice gives one finding",
      draft: mail({ body: "Hi Lisa,\n\nThe seperate budget and the seperate plan are attached below as text.\n\nThanks,\nTom" }),
      errors: [{ messageId: "typo", excerpt: "seperate", suggestions: replace("seperate", "separate") }],
    },
    {
      name: "Simplified Chinese confusions",
      draft: mail({ subject: "软件按装", body: "王伟：\n\n请在周五前按装补丁，出现问题在所难免，大家再接再励。\n\n谢谢\n李娜" }),
      errors: [
        { messageId: "typo", excerpt: "按装", suggestions: replace("按装", "安装") },
        { messageId: "typo", excerpt: "再接再励", suggestions: replace("再接再励", "再接再厉") },
      ],
    },
    {
      name: "Traditional confusion gets a Traditional correction",
      draft: mail({ subject: "軟體更新", body: "各位同事好：\n\n請於週五前按裝更新，大家迫不急待想試用新功能。\n\n謝謝\n陳志明" }),
      errors: [
        { messageId: "typo", excerpt: "按裝", suggestions: replace("按裝", "安裝") },
        { messageId: "typo", excerpt: "迫不急待", suggestions: replace("迫不急待", "迫不及待") },
      ],
    },
    {
      name: "script-neutral typo in a Traditional mail",
      draft: mail({ subject: "系統維護", body: "各位同事好：\n\n既使週末也會進行維護，請見諒。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "typo", excerpt: "既使", suggestions: replace("既使", "即使") }],
    },
    {
      name: "登陆 as login",
      draft: mail({ subject: "无法登陆系统", body: "IT 服务台：\n\n您好！我今天早上无法登陆系统，提示密码错误。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "typo", excerpt: "无法登陆", suggestions: replace("无法登陆", "无法登录") }],
    },
    {
      name: "mixed-language mail",
      draft: mail({ body: "Hi 王伟,\n\nThe new enviroment is ready; 我们一鼓作气 finish the goverment project by tommorow.\n\nThanks,\nLisa" }),
      errors: [
        { messageId: "typo", excerpt: "enviroment", suggestions: replace("enviroment", "environment") },
        { messageId: "typo", excerpt: "goverment", suggestions: replace("goverment", "government") },
        { messageId: "typo", excerpt: "tommorow", suggestions: replace("tommorow", "tomorrow") },
      ],
    },
    {
      name: "typo in an Outlook web HTML reply",
      draft: mail({
        subject: "RE: 预算",
        body: '<div dir="ltr"><div>王伟：</div><div><br></div><div>预算表已更新，优惠卷的费用单独列出。</div><div><br></div><div>谢谢</div><div>李娜</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>发件人:</b> 王伟<br><b>主题:</b> 预算</div><div>请按装新版本。</div></div>',
      }),
      errors: [{ messageId: "typo", excerpt: "优惠卷", suggestions: replace("优惠卷", "优惠券") }],
    },
    {
      name: "tenant adds a typo pair",
      draft: mail({ body: "Hi Lisa,\n\nThe Sharepoint site is ready for the team.\n\nThanks,\nTom" }),
      policy: { lexicon: { typos: { sharepoint: "SharePoint" } } },
      errors: [{ messageId: "typo", excerpt: "Sharepoint", suggestions: replace("Sharepoint", "SharePoint") }],
    },
  ],
});
