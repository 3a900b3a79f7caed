import rule from "../../../../src/policy/rules/mail/language-typo";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const replace = (find: string, replaceWith: string) => [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find, replace: replaceWith } }];

runRuleTable(rule, {
  valid: [
    { name: "zh-TW: 在此之前, 在此之後 and 再次 (again) are right", draft: mail({ body: "志明您好：\n\n系統將於週五升級，在此之前請先存檔；在此之後如再次出現錯誤，請回報服務台。\n\n謝謝\n怡君" }) },
    { name: "zh-CN: 再次确认之前 keeps 再次 as 'again'", draft: mail({ body: "各位好，\n\n上线前请再次确认之前提交的配置。\n\n谢谢\n李明" }) },
    { name: "做完再下班, 周五再上班, 我们再会 (再 as 'then' or 'again')", draft: mail({ body: "王经理：\n\n今天做完再下班，周五再上班也可以。项目结束了，我们再会！\n\n谢谢\n李娜" }) },
    { name: "zh-TW: 明天再進辦公室, 再會議一次 is not 再會議室", draft: mail({ body: "小林您好：\n\n我明天再進辦公室，到時候再會同財務討論。\n\n謝謝\n陳志明" }) },
    { name: "在下班前, 在会议室 are right", draft: mail({ body: "各位：\n\n请在下班前提交周报，下午三点在会议室开会。\n\n谢谢\n李娜" }) },
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
    { name: "反应 as a reaction: 化学反应, 反应很快, 没有反应, 过敏反应, 反应速度", draft: mail({ subject: "样品测试结果", body: "王经理：\n\n新配方的化学反应很快，样品放置三天没有反应，测试中未见过敏反应，反应速度比上一版提高了 20%。\n\n谢谢\n李娜" }) },
    { name: "跟 / 给 + someone + 反应 as a reaction: 一样快, 的时间", draft: mail({ body: "小王：\n\n新同事跟你反应一样快，培训时多给他反应的时间就好。\n\n谢谢\n李娜" }) },
    { name: "zh-TW: 客戶的反應, 系統反應速度", draft: mail({ subject: "新版介面回饋", body: "陳經理您好，\n\n客戶對新版介面的反應很好，系統反應速度也明顯提升。\n\n謝謝\n志明" }) },
    { name: "在次日, 在次月, 在次年, 在次要", draft: mail({ subject: "报销时间", body: "各位：\n\n报销单请在次日上午提交，月报在次月 5 日前发出，年度预算在次年一月定稿，其余事项放在次要位置。\n\n谢谢\n王伟" }) },
    { name: "zh-TW 請在次日, 在次月", draft: mail({ subject: "費用結算", body: "各位同事好：\n\n請在次日中午前回覆，差旅費用在次月結算。\n\n謝謝\n陳志明" }) },
    { name: "必需品, 生活必需, 必需要素", draft: mail({ subject: "出差准备", body: "各位：\n\n出差必需品清单见下文，生活必需的用品由公司统一采购，护照是必需要素之一。\n\n谢谢\n李娜" }) },
    { name: "实在麻烦您了, 现在麻烦的是", draft: mail({ body: "王经理：\n\n这次实在麻烦您了。现在麻烦的是发票还没有寄到。\n\n谢谢\n李娜" }) },
    {
      name: "zh-CN reply: homophone slips only below the 原始邮件 header",
      draft: mail({
        subject: "回复：投影仪报修",
        body: "梁秀英：\n\n收到，物业已安排明天上午维修。\n\n谢谢\n李娜\n\n------------------ 原始邮件 ------------------\n发件人: 梁秀英\n发送时间: 2026年11月23日 9:12\n收件人: 李娜\n主题: 投影仪报修\n\n访客向前台反应投影仪黑屏，今天在次出现，在麻烦您联系物业。",
      }),
    },
    {
      name: "zh-TW reply: slips only below the 寄件者 header",
      draft: mail({
        subject: "RE: 合約條款",
        body: "志明您好，\n\n條款已確認，謝謝。\n\n陳經理\n\n寄件者: 志明\n寄件日期: 2026年11月23日 上午 9:12\n收件者: 陳經理\n主旨: 合約條款\n\n請在次確認合約條款，我以經寄出了，在麻煩您。",
      }),
    },
    { name: "在麻烦 as 'in trouble' at a clause start", draft: mail({ subject: "值班安排", body: "各位：\n\n在麻烦面前大家都很冷静，在麻烦的时候也能互相补位，谢谢大家。\n\n王伟" }) },
    { name: "在见客户, 正在见", draft: mail({ body: "小王：\n\n张总下午在见客户，王总也在见供应商，请四点以后再来。\n\n谢谢\n李娜" }) },
    { name: "以经验, 以经营, 以经理: 以 + a word", draft: mail({ subject: "评估办法", body: "各位：\n\n本次评估以经验为主，以经营数据为辅，最终以经理意见为准。\n\n谢谢\n王伟" }) },
    { name: "表现再好, 发现再次", draft: mail({ body: "小王：\n\n他的表现再好也要走审批流程，发现再次出错请立即上报。\n\n谢谢\n李娜" }) },
    {
      name: "homophone typos only in the quoted history",
      draft: mail({
        subject: "RE: 系统问题",
        body: "Hi Lisa,\n\nConfirmed, the fix is deployed.\n\nThanks,\nTom\n\nFrom: 王伟\nSent: Monday, November 23, 2026 9:12 AM\nTo: Tom Chen\nSubject: 系统问题\n\n现再系统以经恢复，我想跟您反应一下，请在次确认。在麻烦您回复。",
      }),
    },
    // 的 that ends a noun phrase, not a degree complement.
    { name: "的/得: 做的很多工作, 你做的很好吃, 我买的太贵了", draft: mail({ body: "王经理：\n\n这个季度团队做的很多工作都没有记录下来。您上次做的很好吃，我买的太贵了。\n\n谢谢\n李娜" }) },
    { name: "的/得: 原来的很好用, 理想的很好, 你说的很对 (not listed)", draft: mail({ body: "张工：\n\n原来的很好用，理想的很好，你说的很对，我们先保留旧版本。\n\n谢谢\n李娜" }) },
    { name: "的/得: 骨干的很好, 长跑的很快 (another word ends in the verb)", draft: mail({ body: "各位：\n\n几位骨干的很好建议已经采纳，长跑的很快乐也写进了周报。\n\n谢谢\n李娜" }) },
    { name: "的/得: 你做的好事, 做的好处 (no exclamation)", draft: mail({ body: "小王：\n\n这是你做的好事吗？自动化做的好处是省时间。\n\n李娜" }) },
    { name: "的/得: 得 written right (处理得很及时, 做得非常好)", draft: mail({ body: "各位好，\n\n这次故障处理得很及时，大家做得非常好，文档也写得很清楚。\n\n谢谢！\n李明" }) },
    { name: "zh-TW 的/得: 處理得很快, 寫的很多文件", draft: mail({ body: "各位同仁好：\n\n這次問題處理得很快，小林寫的很多文件也很有用。\n\n謝謝\n陳志明" }) },
  ],
  invalid: [
    { name: "zh-TW: 再次之前 for 在此之前", draft: mail({ body: "志明您好：\n\n教育訓練已排定在下週三，再次之前請先完成線上預習。\n\n謝謝\n怡君" }), errors: [{ messageId: "typo", excerpt: "再次之前", suggestions: replace("再次之前", "在此之前") }] },
    { name: "zh-CN: 再此之前 for 在此之前", draft: mail({ body: "各位好，\n\n新系统周五上线，再此之前请备份数据。\n\n谢谢\n李明" }), errors: [{ messageId: "typo", excerpt: "再此之前", suggestions: replace("再此之前", "在此之前") }] },
    { name: "zh-TW: 在次之前 for 在此之前", draft: mail({ body: "各位同仁好：\n\n機房將於12月5日停電，在次之前請關閉個人伺服器。\n\n謝謝\n資訊部" }), errors: [{ messageId: "typo", excerpt: "在次之前", suggestions: replace("在次之前", "在此之前") }] },
    { name: "zh-TW: 再此之後 for 在此之後", draft: mail({ body: "各位同仁好：\n\n舊信箱將於月底停用，再此之後請改用新信箱。\n\n謝謝\n資訊部" }), errors: [{ messageId: "typo", excerpt: "再此之後", suggestions: replace("再此之後", "在此之後") }] },
    { name: "的/得: 处理的很及时 for 处理得很及时", draft: mail({ body: "各位好，\n\n昨晚的故障处理的很及时，谢谢大家。\n\n李明" }), errors: [{ messageId: "typo", excerpt: "处理的很", suggestions: replace("处理的很", "处理得很") }] },
    { name: "的/得: 做的非常好 for 做得非常好", draft: mail({ body: "小王：\n\n这次迁移你们做的非常好，客户很满意。\n\n李娜" }), errors: [{ messageId: "typo", excerpt: "做的非常", suggestions: replace("做的非常", "做得非常") }] },
    { name: "的/得: 解释的不够清楚 for 解释得不够清楚", draft: mail({ body: "张工：\n\n文档里对回滚步骤解释的不够清楚，麻烦补充一下。\n\n谢谢\n李娜" }), errors: [{ messageId: "typo", excerpt: "解释的不够", suggestions: replace("解释的不够", "解释得不够") }] },
    { name: "mixed 的/得: 测试组测的很仔细", draft: mail({ body: "Hi Lisa,\n\nUAT 本周完成了 80%，测试组测的很仔细，发现 12 个问题。\n\nThanks,\n王伟" }), errors: [{ messageId: "typo", excerpt: "测的很", suggestions: replace("测的很", "测得很") }] },
    { name: "的/得: 干的漂亮 for 干得漂亮", draft: mail({ body: "各位：\n\n上线一次成功，干的漂亮！\n\n李娜" }), errors: [{ messageId: "typo", excerpt: "干的漂亮", suggestions: replace("干的漂亮", "干得漂亮") }] },
    { name: "的/得: 做的好！ at a clause's end", draft: mail({ body: "小王：\n\n报表提前一天交付，做的好！\n\n李娜" }), errors: [{ messageId: "typo", excerpt: "做的好", suggestions: replace("做的好", "做得好") }] },
    { name: "zh-TW 的/得: 準備的很充分 for 準備得很充分", draft: mail({ body: "各位同仁好：\n\n這次演練大家準備的很充分，謝謝。\n\n陳志明" }), errors: [{ messageId: "typo", excerpt: "準備的很", suggestions: replace("準備的很", "準備得很") }] },
    { name: "mixed 的/得: the release 推进的越来越顺利", draft: mail({ body: "Hi Lisa,\n\nERP 二期的 release 推进的越来越顺利，下周可以 UAT。\n\nThanks,\nTom" }), errors: [{ messageId: "typo", excerpt: "推进的越来越", suggestions: replace("推进的越来越", "推进得越来越") }] },
    { name: "再下班前 for 在下班前", draft: mail({ body: "各位：\n\n请大家再下班前提交周报。\n\n谢谢\n李娜" }), errors: [{ messageId: "typo", excerpt: "再下班前", suggestions: replace("再下班前", "在下班前") }] },
    { name: "再会议室 for 在会议室", draft: mail({ body: "各位：\n\n下午三点再会议室开会，请准时参加。\n\n谢谢\n李娜" }), errors: [{ messageId: "typo", excerpt: "再会议室", suggestions: replace("再会议室", "在会议室") }] },
    { name: "zh-TW: 再辦公室 for 在辦公室", draft: mail({ body: "各位同仁好：\n\n新印表機已經放再辦公室門口，請自行取用。\n\n謝謝\n陳志明" }), errors: [{ messageId: "typo", excerpt: "再辦公室", suggestions: replace("再辦公室", "在辦公室") }] },
    { name: "zh-TW: 再上班前 for 在上班前", draft: mail({ body: "各位同仁好：\n\n請大家明天再上班前先連上 VPN 更新憑證。\n\n謝謝\n陳志明" }), errors: [{ messageId: "typo", excerpt: "再上班前", suggestions: replace("再上班前", "在上班前") }] },
    {
      name: "反映 to someone: 跟您反应, 向领导反应 (one finding per misspelling)",
      draft: mail({ subject: "新系统问题", body: "王经理：\n\n您好！我想跟您反应一下新系统的问题，用户也向领导反应过多次。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "typo", excerpt: "反应", data: { wrong: "反应", right: "反映" }, suggestions: replace("反应", "反映") }],
    },
    {
      name: "zh-TW 反映: 向主管反應",
      draft: mail({ subject: "報銷流程", body: "陳經理您好，\n\n關於報銷流程，我已經向主管反應，請您留意。\n\n謝謝\n志明" }),
      errors: [{ messageId: "typo", excerpt: "反應", suggestions: replace("反應", "反映") }],
    },
    {
      name: "zh-TW 反映: 給財務反應 after a correct 反應: the fix names the second one",
      draft: mail({ subject: "系統回饋", body: "各位好：\n\n使用者對新系統的反應不一，我會給財務反應這個情況。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "typo", excerpt: "反應", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "反應", replace: "反映", occurrence: 1 } }] }],
    },
    {
      name: "在次 after a correct 在次日: the fix names the second one",
      draft: mail({ subject: "报价确认", body: "王经理：\n\n报价单会在次日发出，届时需要在次确认第三项。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "typo", excerpt: "在次", suggestions: [{ messageId: "replace", fix: { kind: "replaceText", field: "body", find: "在次", replace: "再次", occurrence: 1 } }] }],
    },
    {
      name: "反映 to a desk: 向前台反应, in a mail that also has a correct 反应 later",
      draft: mail({ subject: "会议室设备", body: "行政部各位：\n\n今天有两位访客向前台反应投影仪无法连接，客户对此反应很大。\n\n谢谢\n梁秀英" }),
      errors: [{ messageId: "typo", excerpt: "反应", suggestions: replace("反应", "反映") }],
    },
    {
      name: "如实反应, 及时反应问题",
      draft: mail({ subject: "项目周报要求", body: "各位：\n\n请大家在周报中如实反应项目进度，遇到阻碍及时反应问题。\n\n谢谢\n王伟" }),
      errors: [
        { messageId: "typo", excerpt: "如实反应", suggestions: replace("如实反应", "如实反映") },
        { messageId: "typo", excerpt: "及时反应问题", suggestions: replace("及时反应问题", "及时反映问题") },
      ],
    },
    {
      name: "在次 for 再次, twice in one mail: one finding",
      draft: mail({ subject: "报价确认", body: "王经理：\n\n在次感谢您的支持！需要在次确认的是报价单第三项。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "typo", excerpt: "在次", suggestions: replace("在次", "再次") }],
    },
    {
      name: "zh-TW 請在次, 我在次",
      draft: mail({ subject: "合約條款", body: "陳經理您好，\n\n請在次確認合約條款，我在次提醒一下週五截止。\n\n謝謝\n志明" }),
      errors: [
        { messageId: "typo", excerpt: "請在次", suggestions: replace("請在次", "請再次") },
        { messageId: "typo", excerpt: "我在次", suggestions: replace("我在次", "我再次") },
      ],
    },
    {
      name: "现再, 以经",
      draft: mail({ subject: "系统恢复", body: "小王：\n\n现再系统以经恢复了，请通知大家。\n\n李娜" }),
      errors: [
        { messageId: "typo", excerpt: "现再", suggestions: replace("现再", "现在") },
        { messageId: "typo", excerpt: "以经", suggestions: replace("以经", "已经") },
      ],
    },
    {
      name: "zh-TW 以經, 現再",
      draft: mail({ subject: "報告寄出", body: "志明：\n\n報告我以經寄出了，我們現再等客戶回覆。\n\nTom" }),
      errors: [
        { messageId: "typo", excerpt: "以經", suggestions: replace("以經", "已經") },
        { messageId: "typo", excerpt: "現再", suggestions: replace("現再", "現在") },
      ],
    },
    {
      name: "在麻烦 opening a request",
      draft: mail({ subject: "附表核对", body: "王经理：\n\n在麻烦您帮忙核对一下下面的数字。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "typo", excerpt: "在麻烦", suggestions: replace("在麻烦", "再麻烦") }],
    },
    {
      name: "zh-TW 在麻煩 after a comma",
      draft: mail({ subject: "回覆時間", body: "陳經理您好，\n\n收到，謝謝，在麻煩您週五前回覆。\n\n志明" }),
      errors: [{ messageId: "typo", excerpt: "在麻煩", suggestions: replace("在麻煩", "再麻煩") }],
    },
    {
      name: "在见 as a farewell",
      draft: mail({ subject: "会议安排", body: "各位：\n\n今天的会就到这里，明天在见！\n\n王伟" }),
      errors: [{ messageId: "typo", excerpt: "在见", suggestions: replace("在见", "再见") }],
    },
    {
      name: "zh-TW 在見 at the end of a sentence",
      draft: mail({ subject: "週五聚餐", body: "各位同事好：\n\n聚餐地點已訂好，我們週五在見。\n\n陳志明" }),
      errors: [{ messageId: "typo", excerpt: "在見", suggestions: replace("在見", "再見") }],
    },
    {
      name: "必需在, 必需要 for 必须",
      draft: mail({ subject: "周报提交", body: "各位：\n\n所有人必需在周五前提交周报，新员工必需要先完成安全培训。\n\n谢谢\n王伟" }),
      errors: [
        { messageId: "typo", excerpt: "必需在", suggestions: replace("必需在", "必须在") },
        { messageId: "typo", excerpt: "必需要", suggestions: replace("必需要", "必须要") },
      ],
    },
    {
      name: "zh-TW 必需由, 必需於",
      draft: mail({ subject: "報銷規定", body: "各位同事好：\n\n報銷單必需由主管簽核，並必需於月底前送出。\n\n謝謝\n陳志明" }),
      errors: [
        { messageId: "typo", excerpt: "必需由", suggestions: replace("必需由", "必須由") },
        { messageId: "typo", excerpt: "必需於", suggestions: replace("必需於", "必須於") },
      ],
    },
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
