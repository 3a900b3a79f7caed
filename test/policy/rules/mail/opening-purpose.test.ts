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
    // Taiwan letter forms and Hong Kong reports state their purpose in their own words.
    { name: "zh-TW: 謹訂於 … 召開 announces the meeting", draft: mail({ subject: "2027年度資安稽核啟動會議", body: "敬啟者：\n\n謹訂於12月8日（週二）下午2:00於總部12樓第一會議室召開2027年度資訊安全稽核啟動會議，說明稽核範圍與時程。\n\n會議將說明各部門應備文件，並安排問與答。稽核顧問也會到場說明去年缺失的改善情形。\n\n敬請 撥冗出席，並請於12月4日前回覆是否出席。\n\n順頌 商祺\n資訊部" }) },
    { name: "zh-TW: 茲訂於 … 舉行 a drill notice", draft: mail({ subject: "12月10日消防與斷電演練", body: "各位同仁 您好：\n\n茲訂於12月10日（週四）上午10:00舉行全棟消防與斷電演練，屆時電梯與部分插座將暫停供電約30分鐘。\n\n演練期間請勿使用電梯，桌機請先存檔並關機。機房設備已安排由不斷電系統供電。\n\n如有特殊需求，請於12月8日前回覆。\n\n總務部" }) },
    { name: "zh-TW: 王經理 鈞鑒 then 承蒙 … 茲回覆如下", draft: mail({ subject: "函覆：系統整合時程", body: "王經理 鈞鑒：\n\n承蒙 貴公司11月25日來函詢問雙方訂單系統整合時程，茲回覆如下：\n\n一、API規格文件預計於12月10日提供。\n二、雙方測試環境對接預計於12月下旬進行。\n三、正式上線時間暫定2027年1月18日。\n\n敬請 貴公司於12月8日前提供測試環境連線資訊。\n\n耑此 敬頌\n商祺" }) },
    { name: "zh-HK: 由今朝開始 … 連唔到 VPN reports the problem", draft: mail({ subject: "VPN 連唔到", body: "IT Helpdesk 你好，\n\n由今朝大約9點開始，我哋 Sales team 喺屋企用 VPN 都連唔到，Cisco AnyConnect 顯示「Login failed」。\n\n受影響嘅有成個 Sales team，大約12個同事，今日下晝有客戶 demo 要用內部系統。我哋已經試過重新開機同重裝 client。\n\n麻煩你哋幫手睇下，唔該晒。\n\nTommy" }) },
    { name: "zh-HK: 部 printer 印唔到 and Outlook 登入唔到", draft: mail({ subject: "15樓打印機同 Outlook", body: "Kelvin,\n\n15樓嘅 printer 由琴日下晝開始印唔到嘢，份 job 一直卡喺 queue 度。另外我部電腦嘅 Outlook 都登入唔到，成日彈出要輸入密碼。\n\n財務部今個星期要做月結，好多報表要印。我已經試過熄機再開。\n\n麻煩你今日得閒過嚟睇下，唔該。\n\nAmy" }) },
    { name: "zh-TW: the helpdesk template's 問題描述： opens the report", draft: mail({ subject: "【故障申告】ERP系統登入逾時", body: "您好：\n\n問題描述：ERP系統登入後畫面停在「載入中」，約一分鐘後出現「連線逾時」錯誤。\n發生時間：2026年12月1日 上午9:40起，至今持續中。\n影響範圍：業務部全體（約30人）無法建立訂單，今日有兩筆急單需出貨。\n\n請協助優先處理，並告知預計修復時間，謝謝。\n\n業務部 陳志明" }) },
    { name: "zh-CN: 故障现象： as the first field of a report", draft: mail({ subject: "3楼打印机故障", body: "IT服务台：\n\n故障现象：3楼共享打印机送出的任务全部卡在队列里，面板显示脱机。\n发生时间：今天上午9点左右。\n影响范围：财务部约15人无法打印月结报表，下午需要送件。\n\n请尽快派人处理，谢谢。\n\n王淑芬" }) },
    { name: "mixed: '这是 Project Phoenix 第47周的周报' says what the mail is", draft: mail({ subject: "Project Phoenix 周报 W47", body: "Hi team,\n\n这是 Project Phoenix 第47周的周报。\n\n1. Backend：订单服务已经迁到 Kubernetes，压测 QPS 达到 3,200，超过目标 20%。\n2. Frontend：新版结算页完成 UAT，发现 5 个 bug，其中 4 个已修复。\n3. Data：数据仓库的夜间 ETL 平均耗时从 4 小时降到 2.5 小时。\n\nRisk：支付网关的证书 12 月 10 日到期，续期流程还在法务那边。\n\nThanks,\nTom" }) },
    { name: "zh-TW: '這是資安組十一月份的巡檢報告' says what the mail is", draft: mail({ subject: "資安組十一月巡檢", body: "各位主管好：\n\n這是資安組十一月份的機房巡檢報告。\n\n本月共巡檢機房 3 間、機櫃 48 座，發現 2 座機櫃溫度偏高，已調整冷氣出風口。UPS 電池健康度均在 90% 以上。\n\n消防設備已於 11 月 20 日完成年度檢測，下次檢測為明年 5 月。\n\n敬請參閱。\n\n陳志明" }) },
    { name: "zh-CN: '这是本月机房巡检的总结' says what the mail is", draft: mail({ subject: "11月机房巡检", body: "各位领导：\n\n这是本月机房巡检的总结。\n\n本月共巡检机房 3 间、机柜 48 个，发现 2 个机柜温度偏高，已调整空调出风口。UPS 电池健康度都在 90% 以上。\n\n消防设备已在 11 月 20 日完成年度检测，下次检测在明年 5 月。\n\n李涛" }) },
    { name: "zh-CN announcement: 机房将于<date, times>停电维护 names the date first", draft: mail({ subject: "关于11月28日机房停电维护的通知", body: "各位同事：\n\n因大楼配电系统年度检修，公司机房将于2026年11月28日（周六）08:00至18:00停电维护。\n\n维护期间，内部邮件、OA 审批系统和文件服务器将暂停服务。外网邮件收发不受影响。\n\n请大家在周五下班前保存好工作文件，关闭个人电脑。\n\n特此通知。\n\nIT部" }) },
    { name: "zh-TW announcement: 大樓將於12月12日（週六）…進行年度電力檢修", draft: mail({ subject: "12月12日大樓停電通知", body: "各位同仁：\n\n大樓將於12月12日（週六）上午8點至下午5點進行年度電力檢修，屆時公司機房及辦公室全面停電。\n\n請大家在週五下班前將電腦關機，並把重要檔案存到雲端硬碟。週六需要進公司的同仁，請先向總務處登記。\n\n總務處" }) },
    { name: "zh-CN announcement: 定于下周三下午在三楼大会议室召开", draft: mail({ subject: "2027年度预算启动会", body: "各位部门负责人：\n\n公司定于12月2日（周三）下午两点在三楼大会议室召开2027年度预算启动会。\n\n会上财务部会说明预算编制的时间表和模板，各部门需要在会后两周内提交初稿。\n\n请各部门负责人准时参加。\n\n财务部" }) },
    { name: "zh-TW: a recommendation after an evaluation is the purpose (評估後建議…)", draft: mail({ subject: "明年度備份系統汰換方案", body: "王經理您好：\n\n目前使用的備份系統（Veritas 8.1）將於明年六月停止原廠支援，資訊部評估後建議在明年第一季完成汰換。\n\n我們比較了三家廠商的方案：A 廠商價格最低但不支援磁帶；B 廠商功能最完整，授權費較高；C 廠商為雲端方案，需另外評估資料落地的法規問題。\n\n想請您在12月10日前告訴我們是否同意以 B 方案進入採購程序。\n\n李濤" }) },
    { name: "en: 'After testing three products, we recommend…' is the purpose", draft: mail({ subject: "Backup system replacement next year", body: "Hi Lisa,\n\nAfter testing three products over the last month, we recommend replacing the Veritas backup system with Rubrik in Q1.\n\nVeritas 8.1 goes out of support in June. Rubrik passed all our restore tests, and the three-year cost is 12% lower than renewing. The comparison sheet is on the team site.\n\nCould you tell me by 10 December whether we can start the purchase?\n\nThanks,\nTom" }) },
    { name: "zh-CN: 经过两周测试，我们建议… is the purpose", draft: mail({ subject: "终端安全软件选型", body: "张总：\n\n经过两周的试用测试，我们建议把终端安全软件统一更换为 B 厂商的产品。\n\nA 厂商的产品在老旧电脑上占用内存过高，C 厂商不支持我们的 Mac 电脑。B 厂商的三年总费用比续约现有产品低 8%。\n\n详细的测试记录放在共享盘的 IT 采购文件夹里。\n\n请您在下周五前批复。\n\n李涛" }) },
    { name: "en IT report: 'Since this morning Outlook crashes every time I open…' is the purpose", draft: mail({ subject: "Outlook crashes when opening shared calendar", body: "Hello IT,\n\nSince this morning (around 08:30) Outlook crashes every time I open the shared calendar \"Meeting Rooms 5F\". Other calendars open fine. It's only my laptop as far as I know: my colleagues on the same team can open it.\n\nError in the event log: Faulting application OUTLOOK.EXE, module mso20win32client.dll.\n\nCould you take a look when you have a moment?\n\nTom" }) },
    { name: "zh-TW IT report: 從今天下午開始無法撥出外線 is the purpose", draft: mail({ subject: "報修：12樓會議室電話無法撥出", body: "資訊部您好，\n\n12樓大會議室（1201）的 Polycom 會議電話從今天下午開始無法撥出外線，撥號後直接出現忙音，內線可以正常撥打。\n\n下午三點有客戶電話會議，整個業務部都要用這間會議室，麻煩盡快協助處理。\n\n林雅婷\n業務部 分機 1203" }) },
    { name: "zh-CN IT report: 从昨天下午开始一直收不到… is the purpose", draft: mail({ subject: "邮箱收不到外部邮件", body: "IT 服务台：\n\n我的邮箱从昨天下午4点左右开始一直收不到外部客户的邮件，内部邮件正常，客户那边也没有收到退信。\n\n我和同组的王丽都有这个问题，我们这周在跟进两个投标项目。\n\n请协助排查，谢谢。\n\n陈静" }) },
    { name: "en: 'I'd like your approval to…' states the purpose", draft: mail({ subject: "Proposal: moving the nightly ETL to Azure Data Factory", body: "Hi Lisa and Jack,\n\nI'd like your approval to move the nightly ETL from SQL Agent to Azure Data Factory in Q1.\n\nBackground\nThe 14 SQL Agent jobs on SQL02 load the data warehouse every night. Three times this quarter a job overran into business hours, and every failure needs someone to log on to SQL02 to restart it.\n\nPlan\nJanuary: build and run in parallel. February: switch over. March: remove the old jobs.\n\nCould you both reply by 4 December whether we can go ahead?\n\nThanks,\nTom" }) },
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
      name: "zh-HK: background about last month's move, in Cantonese, still has no purpose",
      draft: mail({ subject: "15樓網絡", body: "Kelvin,\n\n上個月我哋部門搬咗去15樓，當時 IT 同事幫手裝咗新嘅 switch 同 Wi-Fi。搬咗之後頭兩個星期都冇乜問題，大家都用得幾順。\n\n之後供應商嚟過一次做檢查，話所有嘢都正常。上星期 Marketing 部又多咗六個新同事坐喺隔離。\n\n我哋部門下個月仲會再請三個人。\n\n麻煩你星期五前安排人上嚟睇下，唔該。\n\nAmy" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本郵件的目的是：") }] }],
    },
    {
      name: "zh-TW: 問題描述 inside a background sentence is no report field",
      draft: mail({ subject: "報修格式", body: "志明 您好：\n\n上週會議上大家對報修單的問題描述格式有不同意見，有人希望用條列，有人希望自由填寫。後來決議先試行兩週再檢討。\n\n試行期間共收到四十多張報修單，大部分都有填寫發生時間。財務部的報修單普遍比較完整。\n\n系統組認為欄位太多會降低填寫意願。\n\n請於週五前提供您的意見。\n\n怡君" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本郵件的目的是：") }] }],
    },
    {
      name: "zh-CN: '这是我们第三次遇到存储告警' is background, not what the mail is",
      draft: mail({ subject: "存储", body: "王经理：\n\n这是我们今年第三次遇到存储控制器告警。前两次厂商都是远程重启控制器后恢复的，没有找到根本原因。\n\n上周厂商来现场换了风扇模块，当时说问题应该解决了。昨天夜里告警又出现了一次，持续了大约十分钟。\n\n维保合同到明年一月到期，厂商的驻场工程师下周休假。\n\n请在周五前联系厂商安排检查。\n\n李涛" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-TW: '這是上個月客戶反映的情況' is background",
      draft: mail({ subject: "客戶反映", body: "王經理您好：\n\n這是上個月幾位客戶反映的情況，他們說下單頁面在晚上八點到十點之間常常很慢，有時要等二十秒以上。\n\n我們查過主機的負載，尖峰時段 CPU 都在 90% 以上。資料庫的慢查詢也在同一時段變多，其中大部分是報表查詢。\n\n報表查詢是財務部在月底前跑的。\n\n請在週五前安排人看一下。\n\n李濤" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本郵件的目的是：") }] }],
    },
    {
      name: "en: 'This is the third time…' is background, not what the mail is",
      draft: mail({ subject: "Storage alarms", body: "Hi Jack,\n\nThis is the third time this year that the storage controller has raised an alarm. Both earlier times the vendor restarted the controller remotely and it recovered, but they never found the cause.\n\nLast week the vendor replaced the fan module on site and said that should fix it. Last night the alarm came back for about ten minutes.\n\nThe support contract ends in January.\n\nPlease ask the vendor for an inspection by Friday.\n\nTom" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
    {
      name: "en background: a crash last year is history, not the problem reported",
      draft: mail({ subject: "Storage review", body: "Hi Jack,\n\nLast year the storage array in Building B crashed twice during the quarterly patching. The vendor replaced a controller in March and the firmware was upgraded in June.\n\nIn September we moved the backup window to 01:00. Since then the nightly jobs have finished on time, and the array has stayed below 80%.\n\nThe vendor visited again in October and found nothing new. The support contract runs to January.\n\nPlease send me the vendor's visit report by Friday.\n\nTom" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
    {
      name: "zh-CN background: 去年…坏过两次 and what the vendor did, no purpose",
      draft: mail({ subject: "机房情况", body: "王经理：\n\n去年B栋机房空调坏过两次，三月份厂商换过一次压缩机，六月份又做了一次全面保养。\n\n九月份我们把备份时间调到凌晨一点，之后夜间作业都能按时完成，机房温度也一直在正常范围内。\n\n十月份厂商又来巡检了一次，没有发现新问题。维保合同到明年一月到期。\n\n请在周五前把厂商的巡检报告发给我。\n\n李涛" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本邮件的目的是：") }] }],
    },
    {
      name: "zh-TW background: 廠商建議過 is someone else's past advice, not this mail's",
      draft: mail({ subject: "伺服器機房", body: "王經理您好：\n\n去年廠商建議我們更換機房的不斷電系統，當時因為預算不足延到今年。\n\n今年三月更換了電池模組，六月又做了一次全面保養，之後都沒有再出現告警。\n\n十月份廠商來巡檢時也沒有發現新的問題，維護合約到明年一月到期。\n\n請在週五前把巡檢報告寄給我。\n\n李濤" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("本郵件的目的是：") }] }],
    },
    {
      name: "en background: the vendor suggested it last year, that is no recommendation of this mail",
      draft: mail({ subject: "UPS in the server room", body: "Hi Lisa,\n\nLast year the vendor suggested we replace the UPS batteries in the server room, but the budget was not there at the time.\n\nIn March the battery modules were replaced, and in June the whole unit was serviced. There have been no alarms since.\n\nThe vendor found nothing new in October. The maintenance contract ends in January.\n\nPlease send me the inspection report by Friday.\n\nTom" }),
      errors: [{ messageId: "noPurpose", suggestions: [{ messageId: "insertPurpose", fix: insert("I am writing to ") }] }],
    },
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
