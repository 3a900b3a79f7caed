import rule from "../../../../src/policy/rules/mail/opening-purpose";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const insert = (text: string) => ({ kind: "insertText", place: "afterGreeting", text });

const ENGLISH_BACKGROUND =
  "Last month we moved the shared drives to Azure Files. Since then several people in the Shanghai office have said that large Excel workbooks take more than a minute to open. " +
  "The network team ran traces last week and saw that the traffic goes through the Hong Kong hub instead of the local breakout.";

const OUTLOOK_REPLY_HEADER =
  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday, November 23, 2026 10:00 AM<br><b>To:</b> Tom Chen<br><b>Subject:</b> Shared drives</p></div>";

const ZH_BACKGROUND =
  "上个月我们把共享盘迁到了云上，之后上海办公室有不少同事反映打开大的表格要一分多钟。网络组上周抓包分析，发现流量都绕道香港节点，没有走本地出口。厂商说调整路由需要两周。";
const ZH_TW_BACKGROUND =
  "上個月人資部搬到七樓之後，大家都很喜歡新的辦公環境。搬家時網路組也順便換了交換機，整層樓改用新的無線網路。之前的舊設備已經送回總務處報廢。";

runRuleTable(rule, {
  valid: [
    {
      name: "en realistic: 'The move is confirmed for…; this mail gives the final schedule'",
      draft: mail({ subject: "Data centre move: final schedule and what your team needs to do", body: "Dear colleagues,\n\nThe data centre move is confirmed for the weekend of December 12–13. This mail gives the final schedule and the two things each team needs to do.\n\nSchedule:\n- Sat 08:00: shutdown of non-critical systems\n- Sat 12:00: transport of racks\n- Sun 18:00: all systems back online\n\nWhat your team needs to do:\n1. Confirm by December 4 which of your systems may be shut down on Saturday morning.\n2. Name one person who can test your systems on Sunday evening.\n\nPlease reply to this mail with both answers.\n\nKind regards,\nTom Chen\nSenior IT Manager\nContoso Ltd. | 88 Century Avenue, Pudong, Shanghai 200120\nT +86 21 5858 4321\nPlease consider the environment before printing this e-mail." }),
    },
    {
      name: "en realistic: a reply answers the thread (I checked SQL02 this morning…)",
      draft: mail({ subject: "RE: Backup job failed on SQL02", body: "Hi Lisa,\n\nI checked SQL02 this morning. The backup job failed because the backup disk was full: the retention job had been disabled since the October patch. I re-enabled it, freed 200 GB, and re-ran the backup, which completed at 09:40. I also added a disk-space alert at 85% so we hear about it before the next failure.\n\nThe root cause is that the October patch reset the SQL Agent job schedules. I'll check the other SQL servers today.\n\nLet me know if you have any questions.\n\nBest,\nTom\n\nFrom: Lisa Wang <lisa.wang@contoso.com>\nSent: Monday, November 23, 2026 4:12 PM\nTo: Tom Chen <tom.chen@contoso.com>\nSubject: Backup job failed on SQL02\n\nTom, the backup job on SQL02 failed last night. Can you check?\n\nLisa" }),
    },
    {
      name: "zh-TW realistic: a weekly report opening 本週…工作摘要如下：",
      draft: mail({ subject: "週報：資安組第 47 週工作摘要", body: "各位主管好：\n\n本週資安組工作摘要如下：\n\n1. 完成 11 月份弱點掃描，高風險弱點 3 項已全數修補；\n2. 釣魚演練點擊率 4.2%，較上月下降 1.5%；\n3. 新增 EDR 部署 120 台，覆蓋率達 96%。\n\n下週將進行防火牆規則年度檢視。\n\n以上報告，敬請參閱。\n\n陳志明" }),
    },
    {
      name: "en realistic: This is the incident summary for…",
      draft: mail({ subject: "Outage report: e-mail delivery delays on Nov 23", body: "Hi all,\n\nThis is the incident summary for yesterday's e-mail delivery delays.\n\nWhat happened: between 14:05 and 15:20, inbound mail from outside was delayed by up to 70 minutes.\n\nCause: an expired TLS certificate on the mail gateway.\n\nFix: the certificate was renewed at 15:15; all queued mail was delivered by 15:20.\n\nPrevention: certificate expiry is now monitored with a 30-day warning.\n\nNo action is needed from you.\n\nRegards,\nTom" }),
    },
    {
      name: "zh-CN realistic: an IT problem report opens with the problem",
      draft: mail({
        body: "IT服务台你好：\n\n财务部三楼的打印机 FIN-PRN-03 从今天上午 9:15 开始无法打印，打印任务一直卡在队列中，重启打印机后问题仍然存在。\n\n影响范围：财务部约 20 位同事无法打印报销单据，月底结账会受影响。\n\n请尽快安排工程师到现场处理，谢谢！\n\n张伟\n财务部 | 分机 3021",
      }),
    },
    {
      name: "en realistic: an IT problem report opens with the symptom",
      draft: mail({
        body: "Hi IT Support,\n\nSince about 8:30 this morning, Outlook on my laptop (CN-LT-0452) keeps asking for my password every few minutes, even after I enter it correctly. Teams and the browser work fine.\n\nImpact: only me, but I can't send or receive mail in Outlook, and I have a customer deadline today.\n\nCould someone call me at ext. 3021 to help?\n\nThanks,\nAmy Liu\nFinance",
      }),
    },
    {
      name: "zh-TW realistic: formal letter whose first paragraph proposes (擬就…洽談)",
      draft: mail({
        body: "敬啟者：\n\n本公司與 貴公司簽訂之資訊設備維護合約將於 2026 年 12 月 31 日到期，擬就續約事宜與 貴公司洽談。\n\n本次續約希望將伺服器到場維修時間由 8 小時縮短為 4 小時，並將備品庫存移至台北辦公室。相關需求詳如附件《維護合約續約需求說明.docx》。\n\n敬請於 12 月 4 日前回覆報價，以利內部簽核作業。\n\n順頌商祺\n\n陳志明",
      }),
    },
    { name: "default draft: I'm writing to ask", draft: mail() },
    {
      name: "en: following up, then details and a request",
      draft: mail({
        body: `Hi Lisa,\n\nFollowing up on yesterday's call about the slow shared drives.\n\n${ENGLISH_BACKGROUND}\n\nCould you approve the ExpressRoute budget by Friday?\n\nThanks,\nTom`,
      }),
    },
    {
      name: "en: short mail that states the topic and asks",
      draft: mail({ body: "Hi Tom,\n\nThe printer on 3F is out of toner again. It has been like this since Monday.\n\nCan you order a new cartridge?\n\nThanks,\nLisa" }),
    },
    {
      name: "en: pleasantry and purpose in one paragraph",
      draft: mail({
        body: `Hi Lisa,\n\nHope you had a good weekend. I wanted to check whether the SAP licence renewal is on track.\n\n${ENGLISH_BACKGROUND}\n\nBest regards,\nTom`,
      }),
    },
    {
      name: "en: a pleasantry line, then the purpose",
      draft: mail({
        body: `Dear Anna,\n\nI hope this email finds you well.\n\nPlease find attached the signed NDA for the Fabrikam integration project. ${ENGLISH_BACKGROUND}\n\nKind regards,\nTom Chen`,
      }),
    },
    {
      name: "en: the mail opens with a question",
      draft: mail({
        body: `Hi team,\n\nDo we still need the old file server in Building B? ${ENGLISH_BACKGROUND}\n\nIf nobody objects I will switch it off on 1 December.\n\nCheers,\nTom`,
      }),
    },
    {
      name: "en: an announcement",
      draft: mail({
        body: `Hi all,\n\nThe VPN gateway will be down on Saturday from 22:00 to 24:00 for a firmware upgrade. ${ENGLISH_BACKGROUND}\n\nIT Service Desk`,
      }),
    },
    {
      name: "en: the deck is ready for review",
      draft: mail({
        body: `Lisa,\n\nThe Q3 business review deck is ready for your review. ${ENGLISH_BACKGROUND}\n\nThe numbers on slide 7 are still preliminary.\n\nTom`,
      }),
    },
    {
      name: "zh-CN: 现将…发送给您",
      draft: mail({
        body: "王经理：\n您好！\n\n现将11月份IT运维报告发送给您，请查收。本月共处理工单三百二十张，其中网络类问题占四成，主要集中在上海办公室的无线网络。\n\n上海办公室的无线控制器已经运行六年，厂商明年停止维保，建议在一季度更换。更换期间需要分楼层停网，每层约两小时。\n\n如有问题请随时联系我。\n\n此致\n敬礼\n李娜",
      }),
    },
    {
      name: "zh-CN: 关于… 的安排如下",
      draft: mail({
        body: "各位同事：\n\n关于本周六机房断电维护，具体安排如下：\n1. 时间：11月28日 22:00—次日 02:00\n2. 影响范围：邮件、OA、VPN 将暂停服务\n3. 联系人：值班工程师王伟\n\n维护期间如遇紧急情况，请拨打值班电话。\n\nIT部",
      }),
    },
    {
      name: "zh-TW: 想請教",
      draft: mail({
        body: "陳經理您好，\n\n想請教一下新版請假流程上線後，舊系統中尚未審批的假單要如何處理。目前人資部還有四十多張假單停在主管審批這一步，其中有幾張已經超過兩週。\n\n舊系統預計月底下線，如果這些假單無法轉移，同仁的假期紀錄會出現缺漏。\n\n謝謝\n志明",
      }),
    },
    {
      name: "mixed: Hi 王经理 + 附上",
      draft: mail({
        body: "Hi 王经理，\n\n附上 Q3 sales report，请查收。这个季度华东区的 revenue 比去年同期增长了百分之十二，主要来自新签的三个制造业客户。\n\n华南区因为两个大项目延期，收入比预期低了不少，详细原因在报告第四页。\n\nBest,\nTom",
      }),
    },
    {
      name: "zh-CN: a short thank-you reply",
      draft: mail({ subject: "RE: 11月差旅报销单", body: "收到，谢谢！\n\n李娜" }),
    },
    {
      name: "en: one-line social mail is not judged",
      draft: mail({ subject: "Coffee in the pantry", body: "Happy Monday! Coffee and donuts in the 5F pantry.\n\nTom" }),
    },
    {
      name: "quoted history is not the opening",
      draft: mail({
        subject: "RE: Shared drives",
        body: `<html><body><div class=WordSection1><p class=MsoNormal>Hi Lisa,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Agreed, let's go with option B.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Tom</p><p class=MsoNormal>&nbsp;</p>${OUTLOOK_REPLY_HEADER}<p class=MsoNormal>Hope you had a great weekend!</p><p class=MsoNormal>${ENGLISH_BACKGROUND}</p><p class=MsoNormal>What do you think?</p></div></body></html>`,
      }),
    },
    {
      name: "Outlook web: as discussed",
      draft: mail({
        body: `<div style="font-family: Aptos, sans-serif;">Hi Lisa,</div><div><br></div><div>As discussed in this morning's stand-up, here is the plan for the shared drives.</div><div><br></div><div>${ENGLISH_BACKGROUND}</div><div><br></div><div>Thanks,</div><div>Tom</div>`,
      }),
    },
    {
      name: "zh-CN: 为了…特此",
      draft: mail({
        body: "各位好，\n\n为确保年底结账期间财务系统稳定运行，特此通知以下变更冻结安排。十二月十五日至一月五日期间，财务系统及其上下游接口不做任何版本发布。\n\n确有紧急修复需求的，须经财务总监和IT总监共同书面批准。\n\nIT部",
      }),
    },
    {
      name: "a banner above the greeting",
      draft: mail({ body: `INTERNAL USE ONLY\n\nHi Lisa,\n\nPlease review the attached reorganisation plan for the service desk before Friday. ${ENGLISH_BACKGROUND}\n\nThanks,\nTom` }),
    },
    // A problem report opens with the symptom that is happening now.
    { name: "zh-TW: 無法連線 opens a problem report", draft: mail({ body: `資訊部您好：\n\n法務室的 MacBook 從昨天下午三點左右開始無法連線到共用印表機 5F-PRN-01，列印時顯示「印表機離線」。${ZH_TW_BACKGROUND}\n\n請協助在中午前派人檢查。\n\n周美玲` }) },
    { name: "zh-TW: 頻繁斷線 opens a problem report", draft: mail({ body: `資訊部您好：\n\n研發部 5F 的無線網路從昨天下午 4 點開始頻繁斷線，大約每 10 分鐘斷一次。${ZH_TW_BACKGROUND}\n\n請協助查看。\n\n陳志明` }) },
    { name: "zh-CN: 中文变成乱码 opens a problem report", draft: mail({ body: `IT服务台：\n\n人力资源部的共享打印机打印中文PDF时，中文全部变成方块和乱码，英文和数字正常。${ZH_BACKGROUND}\n\n请尽快安排处理。\n\n李娜` }) },
    { name: "en: none of us can open the drive any more", draft: mail({ body: `Hi IT,\n\nNone of us in Finance can open the shared drive \\\\fs02\\finance any more. ${ENGLISH_BACKGROUND}\n\nCould you look at it today?\n\nTom` }) },
    // Presenting what the mail carries.
    { name: "en: Forwarding … opens the mail", draft: mail({ body: `Hi Priya,\n\nForwarding Acme's security questionnaire for the 2027 contract renewal. ${ENGLISH_BACKGROUND}\n\nCould you fill in tab 3 by Wednesday?\n\nAlan` }) },
    { name: "en: …, so here it is", draft: mail({ body: `Hi Brian,\n\nYou asked for a comparison of the two laptop quotes, so here it is. ${ENGLISH_BACKGROUND}\n\nWhich one do you prefer?\n\nKelly` }) },
    { name: "en: Plan for the … rollout", draft: mail({ body: `Hi all,\n\nPlan for the nginx 1.26.2 rollout on the web tier. ${ENGLISH_BACKGROUND}\n\nShout if Tuesday does not work.\n\nTom` }) },
    { name: "en: I found why …", draft: mail({ body: `Hi Lisa,\n\nI found why the payment provider rejects the redirect from the dealer portal. ${ENGLISH_BACKGROUND}\n\nTom` }) },
    { name: "zh-CN: 这里说明一下", draft: mail({ body: `各位：\n\n周四晚上的数据库迁移由值班同事执行，这里说明一下脚本的用法。${ZH_BACKGROUND}\n\n王伟` }) },
    { name: "zh-CN: 把情况补充一下", draft: mail({ body: `高总、马工：\n\n刚才已经电话跟两位沟通过，这里把情况和方案补充一下：${ZH_BACKGROUND}\n\n孙浩` }) },
    { name: "zh-CN: 这次补上", draft: mail({ body: `各位：\n\n昨天的分工邮件漏了李娜，这次补上。${ZH_BACKGROUND}\n\n王伟` }) },
    { name: "zh-CN: 几点意见：", draft: mail({ body: `李娜：\n\n辛苦了，情况很清楚。几点意见：\n\n${ZH_BACKGROUND}\n\n王伟` }) },
    { name: "zh-CN: 计划已经排好，定在…", draft: mail({ body: `各位：\n\nMES二期一车间的切换计划已经初步排好，定在11月10日分三批切换。${ZH_BACKGROUND}\n\n王伟` }) },
    { name: "zh-CN: 原定…发货 announces a change", draft: mail({ body: `陈经理：\n\n常州项目第三批水表原定11月20日发货，目前最早只能11月24日装车。${ZH_BACKGROUND}\n\n罗斌` }) },
    // Lines that say nothing yet stand above the opening.
    { name: "a classification banner above the greeting", draft: mail({ body: `Internal only\n\nHi everyone,\n\nThis mail explains what will happen to your network access when we move office. ${ENGLISH_BACKGROUND}\n\nAmy` }) },
    { name: "WeCom: @所有人 above the opening", draft: mail({ body: `@所有人\n\n本周五下午大厦物业组织消防疏散演练，现将注意事项说明如下：${ZH_BACKGROUND}\n\n李娜` }) },
    { name: "a letter addressed to a company's department", draft: mail({ body: `常州华信水务有限公司财务部：\n\n为核实双方往来款项，现随函附上我司盖章版对账单一份，请贵司核对。${ZH_BACKGROUND}\n\n此致\n敬礼！` }) },
    {
      name: "a short holiday request: the name under it is no sentence of the mail",
      draft: mail({ body: "各位：\n\n假期里打扰一下。5月6日上午10点的迭代启动会要用到大家的任务估时，但看板上还有11个任务没有填。\n\n不着急，节后上班再填就行，请大家5月6日上午9点半前在看板上补齐。\n\n杨帆" }),
    },
    // A team named in Latin letters before the Chinese greeting, and 你们好 / 您們好: the greeting line, not the first paragraph.
    { name: "zh-CN: IT 同事你好， greets", draft: mail({ body: `IT 同事你好，\n\n想请教一下 VPN 客户端的安装问题：公司笔记本装完以后一直提示证书无效。\n\n${ZH_BACKGROUND}\n\n李娜` }) },
    { name: "zh-CN: IT同事你们好： greets", draft: mail({ body: `IT同事你们好：\n\n${ZH_BACKGROUND}\n\n请帮忙看一下，谢谢！\n\n张伟` }) },
    { name: "zh-CN: HR 同事们好！ greets", draft: mail({ body: `HR 同事们好！\n\n${ZH_BACKGROUND}\n\n王强` }) },
    { name: "zh-TW: IT 同仁您們好： greets", draft: mail({ body: `IT 同仁您們好：\n\n${ZH_TW_BACKGROUND}\n\n陳志明` }) },
    // A request of the readers inside the first paragraph is its purpose.
    { name: "zh-CN: a background clause, then 需要大家配合", draft: mail({ body: `各位同事：\n\n按公司安排，本周六机房断电检修，需要大家配合在周五下班前关闭电脑。\n\n${ZH_BACKGROUND}\n\n行政部` }) },
    { name: "zh-TW: 因應稽核…需要各部門協助", draft: mail({ body: `各位主管好：\n\n因應年度稽核，本週五前需要各部門協助盤點個人電腦。\n\n${ZH_TW_BACKGROUND}\n\n資訊部` }) },
    { name: "zh-CN: 需要您的确认", draft: mail({ body: `王经理，您好！\n\n新服务器的采购清单已经和厂商核对过一遍，下单前需要您的确认。\n\n${ZH_BACKGROUND}\n\n李娜` }) },
    { name: "en: we need two things from your side", draft: mail({ body: `Hi Stella,\n\nTo get the review started on 7 December, we need two things from your side first.\n\n${ENGLISH_BACKGROUND}\n\nThanks,\nTom` }) },
    { name: "en: I will need a few details from you", draft: mail({ body: `Hi Amy,\n\nBefore the audit next week, I'll need a few details from you about the finance laptops.\n\n${ENGLISH_BACKGROUND}\n\nThanks,\nTom` }) },
    { name: "en: we would require a sign-off from your team", draft: mail({ body: `Hello Mark,\n\nFor the firewall change on Saturday we would require a written sign-off from your team.\n\n${ENGLISH_BACKGROUND}\n\nRegards,\nLisa` }) },
    // Handing something over is the purpose: 把…发给两位 / 转给大家.
    { name: "zh-CN: 按约定，把要点发给两位", draft: mail({ body: `张总、李总：\n\n按上周会上的约定，把我们 2027 年产品路线图的要点发给两位，方便贵司提前规划选型：\n\n${ZH_BACKGROUND}\n\n周婷` }) },
    { name: "zh-TW: 把會議紀要轉給大家", draft: mail({ body: `各位好：\n\n依照昨天的討論，把會議紀要轉給大家參考。\n\n${ZH_TW_BACKGROUND}\n\n陳志明` }) },
    { name: "zh-CN: 把报价单寄给贵司", draft: mail({ body: `常州华信水务有限公司采购部：\n\n按合同约定，把更新后的报价单寄给贵司，有效期至 12 月 31 日。\n\n${ZH_BACKGROUND}\n\n此致\n敬礼！` }) },
    // A welcome mail opens with the welcome.
    { name: "mixed: 欢迎加入 Contoso！", draft: mail({ body: `各位新同事：\n\n欢迎加入 Contoso！\n\n${ZH_BACKGROUND}\n\n周婷` }) },
    { name: "zh-TW: 歡迎加入資訊部！", draft: mail({ body: `Amy 你好：\n\n歡迎加入資訊部！\n\n${ZH_TW_BACKGROUND}\n\n陳志明` }) },
    { name: "en: Welcome to the team!", draft: mail({ body: `Hi Priya,\n\nWelcome to the team!\n\n${ENGLISH_BACKGROUND}\n\nTom` }) },
    // A problem reported now is the purpose: 报告一个…问题 / 收不到新邮件.
    { name: "zh-CN: 报告一个打印机的问题：", draft: mail({ body: `IT 同事你好，\n\n报告一个打印机的问题：\n\n${ZH_BACKGROUND}\n\n李娜` }) },
    { name: "zh-TW: 反映一下網路的情況", draft: mail({ body: `資訊部同仁好：\n\n想跟大家反映一下七樓無線網路的情況。\n\n${ZH_TW_BACKGROUND}\n\n陳志明` }) },
    { name: "zh-CN: 手机邮箱收不到新邮件", draft: mail({ body: `IT同事你们好：\n\n销售部外勤同事手机上的邮箱 App 收不到新邮件，下拉刷新一直转圈。\n\n${ZH_BACKGROUND}\n\n王强` }) },
    { name: "zh-CN: 打印机打印不了", draft: mail({ body: `王工，你好！\n\n三楼的打印机今天早上开始打印不了，一直显示脱机。\n\n${ZH_BACKGROUND}\n\n李娜` }) },
  ],
  invalid: [
    {
      name: "zh-CN: a problem reported last week is background",
      draft: mail({ body: `王经理，您好！\n\n上周报告的问题已经由厂商处理，他们说是固件的原因。\n\n${ZH_BACKGROUND}\n\n李娜` }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-CN: 需要 without the reader is still background",
      draft: mail({ body: `IT 同事你好，\n\n上个月机房搬迁后，服务器需要重新配置，网络组花了两周时间。\n\n${ZH_BACKGROUND}\n\n李娜` }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "en: need … from, asking nothing of the reader",
      draft: mail({ body: `Hi Lisa,\n\nLast year the migration took three months from start to finish. We need two weeks from the vendor just for the licences.\n\n${ENGLISH_BACKGROUND}\n\nThanks,\nTom` }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
    {
      name: "zh-CN: 把… that hands nothing to the reader",
      draft: mail({ body: `王经理，您好！\n\n上周我们把服务器迁到了云上，之后有几位同事反映打开表格变慢。\n\n${ZH_BACKGROUND}\n\n李娜` }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-CN: 欢迎词 is no welcome",
      draft: mail({ body: `各位同事：\n\n欢迎词去年由行政部准备，年会的节目单也是他们排的。\n\n${ZH_BACKGROUND}\n\n王强` }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "en: a pleasantry, then only background",
      draft: mail({
        body: `Hi Lisa,\n\nHope you had a great weekend!\n\n${ENGLISH_BACKGROUND}\n\nCould you approve the ExpressRoute budget by Friday?\n\nThanks,\nTom`,
      }),
      errors: [
        {
          messageId: "pleasantryOnly",
          excerpt: "Hope you had a great weekend!",
          data: { excerpt: "Hope you had a great weekend!" },
          suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }],
        },
      ],
    },
    {
      name: "en: background first in a long mail",
      draft: mail({
        body: `Hi Lisa,\n\n${ENGLISH_BACKGROUND}\n\nI have asked two vendors for quotes and attached both.\n\nThanks,\nTom`,
      }),
      errors: [
        {
          messageId: "noPurpose",
          excerpt: "Last month we moved the shared drives to Azure Files.",
          suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }],
        },
      ],
    },
    {
      name: "zh-CN: 好久不见，最近怎么样？ then background",
      draft: mail({
        body: "李经理：\n您好！\n\n好久不见，最近怎么样？\n\n上个月我们把共享盘迁到了云上，之后上海办公室有不少同事反映打开大的表格要一分多钟。网络组上周抓包分析，发现流量都绕道香港节点。\n\n麻烦您周五前批一下专线的预算。\n\n谢谢！\n王伟",
      }),
      errors: [
        {
          messageId: "pleasantryOnly",
          excerpt: "好久不见，最近怎么样？",
          suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }],
        },
      ],
    },
    {
      name: "zh-TW: only background in the first paragraph",
      draft: mail({
        body: "各位同仁好，\n\n上週五晚間機房的 UPS 發生故障，導致兩台核心交換機斷電約二十分鐘。當時值班同事立即切換到備用線路，大部分系統在半小時內恢復。事後檢查發現 UPS 電池已使用超過五年，容量只剩下原來的一半。廠商表示類似型號的電池在高溫環境下老化得更快。\n\n請於本週五前回覆是否同意更換電池。\n\n謝謝\n陳志明",
      }),
      errors: [
        {
          messageId: "noPurpose",
          excerpt: "上週五晚間機房的 UPS 發生故障，導致兩台核心交換機斷電約二十分鐘。",
          suggestions: [{ messageId: "insertPurpose", fix: insert("本郵件的目的是：") }],
        },
      ],
    },
    {
      name: "mixed: Hi 王经理 then Chinese background",
      draft: mail({
        body: "Hi 王经理，\n\n上个月新上线的报销系统在移动端经常超时，财务部的同事说月底高峰期每天有二三十张单据提交失败。我们查了日志，发现是移动网关的连接池配置太小，高峰期排队时间超过三十秒。\n\n调整配置需要重启网关，大约影响十分钟。运维组建议放在周六晚上做，那时几乎没有人提交单据。\n\nThanks,\nTom",
      }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "Outlook desktop HTML: Happy Monday, then background",
      draft: mail({
        body: `<html><body><div class=WordSection1><p class=MsoNormal>Hi team,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Happy Monday!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>${ENGLISH_BACKGROUND}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Best regards,<o:p></o:p></p><p class=MsoNormal>Tom Chen<o:p></o:p></p></div></body></html>`,
      }),
      errors: [{ messageId: "pleasantryOnly", excerpt: "Happy Monday!", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
    {
      name: "Outlook web HTML: zh-CN 最近好吗 then background",
      draft: mail({
        body: `<div>张工，</div><div>你好！</div><div><br></div><div>最近好吗？</div><div><br></div><div>我们部门的打印机从上周开始经常卡纸，行政找人修过两次，每次用一两天又坏了。维修师傅说是进纸轮老化，原厂配件要等三周才能到货。现在大家打印合同只能跑到楼下去，很不方便。</div><div><br></div><div>李娜</div>`,
      }),
      errors: [{ messageId: "pleasantryOnly", excerpt: "最近好吗？", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-CN: weather and health small talk, a paragraph of background, the purpose in the third",
      draft: mail({ body: `刘总您好！\n\n好久不见。最近天气转凉，您和团队都还好吧？\n\n${ZH_BACKGROUND}\n\n这次写信，是想跟您约个时间沟通续签的事。\n\n黄志强` }),
      errors: [{ messageId: "pleasantryOnly", excerpt: "好久不见。最近天气转凉，您和团队都还好吧？", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-TW: a pleasantry and background in one paragraph, the request in the third",
      draft: mail({ body: `志明您好：\n\n最近天氣轉涼，請多保重身體。${ZH_TW_BACKGROUND}\n\n不過靠窗那一排座位的無線網路訊號一直很弱。\n\n想請您安排時間到七樓做一次訊號量測。\n\n黃淑芬` }),
      errors: [{ messageId: "pleasantryOnly", suggestions: [{ messageId: "insertPurpose", fix: insert("本郵件的目的是：") }] }],
    },
    {
      name: "en: a pleasantry and background in one paragraph",
      draft: mail({ body: `Hi Lisa,\n\nHope all is well. ${ENGLISH_BACKGROUND}\n\nCould you approve the ExpressRoute budget by Friday?\n\nTom` }),
      errors: [{ messageId: "pleasantryOnly", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
    {
      name: "zh-CN: 国庆假期打扰了, then only background before the request",
      draft: mail({ body: `周婷：\n\n国庆假期打扰了。${ZH_BACKGROUND}\n\n麻烦10月9日前告诉我能否赶得上。\n\n黄志强` }),
      errors: [{ messageId: "pleasantryOnly", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-CN: 大家辛苦了 then background, the request at the end",
      draft: mail({ body: `各位：\n\n大家辛苦了！\n\n${ZH_BACKGROUND}\n\n请大家本周五前把费用单据交给我。\n\n周婷` }),
      errors: [{ messageId: "pleasantryOnly", excerpt: "大家辛苦了！", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "a banner, then a greeting, then background only",
      draft: mail({ body: `Internal only\n\nHi everyone,\n\n${ENGLISH_BACKGROUND} The vendor has sent a quote for a direct line.\n\nCould you approve it by Friday?\n\nAmy` }),
      errors: [{ messageId: "noPurpose", excerpt: "Last month we moved the shared drives to Azure Files.", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
  ],
});
