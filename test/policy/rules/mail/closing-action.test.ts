import rule from "../../../../src/policy/rules/mail/closing-action";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const replyBy = (text: string) => ({ messageId: "insertReplyBy", fix: { kind: "insertText", place: "beforeSignoff", text } });
const noAction = (text: string) => ({ messageId: "insertNoAction", fix: { kind: "insertText", place: "beforeSignoff", text } });
const EN = [replyBy("Please reply by __."), noAction("FYI only, no reply needed.")];
const ZH_CN = [replyBy("请于__前回复。"), noAction("仅供参考，无需回复。")];
const ZH_TW = [replyBy("請於__前回覆。"), noAction("僅供參考，無需回覆。")];

const MIGRATION_DONE =
  "The file server migration finished at 23:40 last night. All shares are available again under the same drive letters.\n\n" +
  "Two users in Finance reported broken shortcuts this morning; we fixed them remotely.";

const OUTLOOK_HEADER =
  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday, November 23, 2026 10:00 AM<br><b>To:</b> Tom Chen<br><b>Subject:</b> File server</p></div>";

const mso = (lines: string[]) =>
  `<html><body><div class=WordSection1>${lines.map((l) => (l === "" ? "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" : `<p class=MsoNormal>${l}<o:p></o:p></p>`)).join("")}</div></body></html>`;

runRuleTable(rule, {
  valid: [
    { name: "en: a deadline beside a ruled-out date is still the ask ('…cannot be finalised before we have your numbers: send them by Friday')", draft: mail({ subject: "", body: "Hi Jack,\n\nThe Q1 licence forecast is almost complete. Only the Sales numbers are missing.\n\nThe quote cannot be finalised before we have your numbers: send them by Friday.\n\nTom" }) },
    { name: "en: 'by Friday, not by Monday' keeps the deadline", draft: mail({ subject: "", body: "Hi all,\n\nThe access review for the finance systems is open in the portal. Each manager has between 5 and 40 accounts to confirm.\n\nComplete your review by Friday, not by Monday as the portal says.\n\nTom" }) },
    { name: "en: 'Don't wait: reply by Thursday' is the ask", draft: mail({ subject: "", body: "Hi team,\n\nThe CAB moved to Thursday morning this week. Changes that are not approved by then wait two weeks.\n\nDon't wait: reply by Thursday 10:00 with your change numbers.\n\nTom" }) },
    { name: "zh-CN: a subject 【报修】 is the request, the fields end the body", draft: mail({ subject: "【报修】会议室投影仪", body: "IT 同事：\n\n问题描述：5楼大会议室投影仪开机后无信号，换了 HDMI 线也不行\n发生时间：今天 14:00\n影响范围：下午两场客户会议\n\n谢谢\n\n从我的华为手机发送" }) },
    { name: "zh-TW: a subject 報修： is the request", draft: mail({ subject: "報修：印表機卡紙", body: "資訊部您好：\n\n業務部的印表機從今天早上開始一直卡紙，每印三四張就卡一次。\n\n整個業務部 20 位同仁都用這台印表機。\n\n林雅婷" }) },
    { name: "en: a subject 'Repair request:' is the request", draft: mail({ subject: "Repair request: meeting room 5.12 screen", body: "Hi IT,\n\nThe screen in meeting room 5.12 shows no signal since this morning, with both the HDMI and the USB-C cable.\n\nThree client meetings are booked in that room today.\n\nAmy" }) },
    { name: "zh-TW: 本週不需要各位做任何處理 says no action is needed", draft: mail({ subject: "", body: "各位好，\n\n以下是 ERP 上線的最新進度。\n\n採購與庫存模組已於上週五完成使用者驗收測試，共發現 14 個問題，其中 12 個已修正。財務模組的資料轉換預計 12 月 8 日完成。\n\n上線日期維持 2027 年 1 月 4 日不變。本週不需要各位做任何處理，下週一會再寄一次進度。\n\n李濤" }) },
    { name: "zh-CN: 大家不用另外设置 says no action is needed", draft: mail({ subject: "", body: "各位同事：\n\n下周一起，公司邮箱容量将统一从50GB升级到100GB，升级在夜间自动完成，不影响白天收发邮件。\n\n手机上的邮件客户端也会自动同步新容量。\n\n大家不用另外设置。\n\nIT部" }) },
    { name: "en: 'You don't need to do anything before then' says no action is needed", draft: mail({ subject: "", body: "Hi all,\n\nThe Sales team laptops will be replaced next Tuesday and Wednesday. Each of you will get a 30-minute slot by calendar invitation.\n\nYour files are in OneDrive already, so they move by themselves.\n\nYou don't need to do anything before then.\n\nTom" }) },
    { name: "en: a thank-you mail asks nothing ('Thank you for covering…', 'Enjoy the long weekend!')", draft: mail({ subject: "Thanks for covering on Saturday", body: "Hi Kevin,\n\nThank you for covering the on-call shift on Saturday at such short notice. I heard the storage alert at 3 a.m. was handled quickly and nobody noticed anything on Monday.\n\nI owe you one. Enjoy the long weekend!\n\nTom" }) },
    { name: "zh-CN: a congratulations mail asks nothing (恭喜你们团队…)", draft: mail({ subject: "恭喜项目顺利上线", body: "陈静，\n\n恭喜你们团队的新版报销系统顺利上线！上线第一天就处理了八百多张单据，财务部的同事都说比旧系统好用多了。\n\n这几个月大家辛苦了。\n\n李涛" }) },
    { name: "zh-TW: a thank-you mail asks nothing (非常感謝大家…)", draft: mail({ subject: "謝謝大家週末的支援", body: "各位同仁：\n\n非常感謝大家上週末加班完成機房搬遷，週一早上所有系統都準時恢復，沒有任何使用者受到影響。\n\n特別謝謝網路組的阿明，凌晨兩點還在現場處理交換機的問題。\n\n李濤" }) },
    { name: "en: 'We'd like your feedback…' at the end is the ask", draft: mail({ subject: "", body: "Hi Jack,\n\nThe draft of the new password policy is on the team site. It drops the 90-day expiry and requires MFA for all remote access.\n\nWe'd like your feedback on the MFA exceptions before the CAB on Thursday.\n\nTom" }) },
    {
      name: "en realistic: a one-paragraph reply that reports the job done",
      draft: mail({ subject: "RE: Backup job failed on SQL02", body: "Done. The job failed because the disk was full; I freed 200 GB and re-ran it, and it completed at 09:40.\n\nTom\n\nFrom: Lisa Wang <lisa.wang@contoso.com>\nSent: Monday, November 23, 2026 4:12 PM\nTo: Tom Chen <tom.chen@contoso.com>\nSubject: Backup job failed on SQL02\n\nTom, the backup job on SQL02 failed last night. Can you check?\n\nLisa" }),
    },
    { name: "default draft asks for a reply by Friday", draft: mail() },
    { name: "en: let me know", draft: mail({ body: `Hi Lisa,\n\n${MIGRATION_DONE}\n\nLet me know if anyone on your team still has problems.\n\nThanks,\nTom` }) },
    { name: "en: says no action is needed", draft: mail({ body: `Hi all,\n\n${MIGRATION_DONE}\n\nNo action is needed on your side.\n\nBest regards,\nTom` }) },
    { name: "en: FYI at the end", draft: mail({ body: `Hi Lisa,\n\n${MIGRATION_DONE}\n\nJust keeping you in the loop.\n\nTom` }) },
    { name: "en: a question at the end", draft: mail({ body: `Hi Lisa,\n\n${MIGRATION_DONE}\n\nShall we switch off the old server next Monday?\n\nTom` }) },
    { name: "en: a deadline", draft: mail({ body: `Hi team,\n\nWe are collecting the licence counts for 2027. Every department lead has received the spreadsheet.\n\nWe need the completed sheet by 4 December.\n\nTom` }) },
    { name: "zh-CN: 请于…前回复", draft: mail({ body: "王经理：\n您好！\n\n现将下周机房断电维护的安排发给您。维护从周六晚十点开始，预计四小时。\n\n请于周四前回复是否同意。\n\n此致\n敬礼\n李娜" }) },
    { name: "zh-CN: 如有问题请联系", draft: mail({ body: "各位同事：\n\n新版报销系统已于今天上线，旧系统同时停用。登录地址和账号不变。\n\n如有问题请联系IT服务台（分机 8000）。\n\nIT部" }) },
    { name: "zh-CN: 特此通知 with the team name under it", draft: mail({ body: "各位同事：\n\n本周六22:00至次日02:00机房断电维护，届时邮件、OA、VPN 将暂停服务。维护结束后各系统自动恢复。\n\n特此通知。\n\nIT部" }) },
    { name: "zh-CN: 仅供参考", draft: mail({ body: "李经理，\n\n附件是本月的网络流量报表。整体流量比上月增长百分之八，高峰在周三下午。\n\n仅供参考。\n\n王伟" }) },
    { name: "zh-TW: 盼覆", draft: mail({ body: "陳經理您好，\n\n新版請假流程預計下週一上線，舊系統中未審批的假單會自動轉移。轉移期間系統暫停約一小時。\n\n以上安排是否可行，盼覆。\n\n志明" }) },
    { name: "zh-TW: 期待您的回覆", draft: mail({ body: "王經理：\n\n附件是明年度的資安預算草案，主要增加在端點防護和員工訓練兩部分。\n\n詳細數字請見第二頁。期待您的回覆。\n\n謝謝\n陳志明" }) },
    {
      name: "en: the ask is a need, thanks in advance in the sign-off",
      draft: mail({ body: "Dear IT team,\n\nI joined the finance department on Monday and I need access to the Finance SharePoint site to prepare the month-end reports. My manager Lisa Wang has approved the request.\n\nMy account is tom.chen@contoso.com.\n\nThank you in advance,\nTom" }),
    },
    { name: "one-line request", draft: mail({ body: "Can you send me the VPN config for the Shenzhen office?" }) },
    { name: "short acknowledgement", draft: mail({ subject: "RE: 11月差旅报销单", body: "收到，谢谢！\n\n李娜" }) },
    { name: "en: a two-line answer", draft: mail({ subject: "RE: Printer on 3F", body: "Hi Tom,\n\nFixed it this morning. It was a paper jam in tray 2.\n\nLisa" }) },
    {
      name: "Outlook desktop: the request is the last paragraph before the sign-off",
      draft: mail({ body: mso(["Hi Lisa,", "", "The migration finished last night. All shares are back.", "", "Two users reported broken shortcuts; we fixed them.", "", "Could you tell your team to restart Outlook once?", "", "Best regards,", "Tom Chen", "IT Infrastructure | +86 21 5555 0101"]) }),
    },
    {
      name: "Outlook web: request, then a pleasantry line",
      draft: mail({ body: `<div>Hi Lisa,</div><div><br></div><div>${MIGRATION_DONE.replace("\n\n", "</div><div><br></div><div>")}</div><div><br></div><div>Please check the Finance shares when you have a moment.</div><div><br></div><div>Have a nice weekend!</div><div><br></div><div>Tom</div>` }),
    },
    { name: "mixed: Hi 王经理 + 麻烦确认", draft: mail({ body: "Hi 王经理，\n\n附件是 Q3 sales report。华东区增长 12%，华南区低于预期，原因见第 4 页。\n\n麻烦您周五前确认一下数字。\n\nThanks,\nTom" }) },
    {
      name: "Apple Mail: sign-off, then name, title and company each in a paragraph of its own",
      draft: mail({ body: "Dear all,\n\nThe 2027 licence forecasts are due this Friday. So far we have received 6 of 11.\n\nPlease send yours by Thursday if you can.\n\nKind regards,\n\nLucy\n\nLucy Wang\n\nIT Finance & Licensing\n\nContoso Ltd. | Ext. 8170" }),
    },
    {
      name: "Outlook desktop: an unmarked signature with an address line under the sign-off",
      draft: mail({ body: mso(["Dear Mr. Okafor,", "", "Our pilot started on 2 November with 60 users. The first three weeks went well.", "", "Could you let me know by Friday whether an extension is possible?", "", "Yours sincerely,", "", "Samuel Lee", "", "Network Security Manager", "", "8F, No. 100, Songren Rd., Xinyi Dist., Taipei 110"]) }),
    },
    {
      name: "Exmail / QQ Mail: a rule of dashes above the signature",
      draft: mail({ body: "<div>何工您好：</div><div><br></div><div>上周五提交的工单目前还没有进展。我们这边12月初要做容灾演练。</div><div><br></div><div>麻烦您本周三前给个初步结论。</div><div><br></div><div>马超</div><div><br></div><div>------------------</div><div>马超</div><div><br></div><div>研发中心 | 后端架构师</div><div><br></div><div>康拓科技有限公司</div>" }),
    },
    {
      name: "zh-CN: 此致 and 敬礼！ in paragraphs of their own, the company and the date under them",
      draft: mail({ body: "财务部：\n\n为核实双方往来款项，现随函附上对账单一份。截至9月30日，贵司尚欠我司货款一百二十八万元。\n\n请于11月20日前回复。\n\n此致\n\n敬礼！\n\n康拓科技有限公司 财务部\n\n2026年11月6日" }),
    },
    {
      name: "zh-TW: 順頌 / 商祺, a name, then a department line with an extension",
      draft: mail({ body: "何經理您好：\n\n茲檢送本公司十二月份伺服器採購訂單乙份，內含規格、數量與交期。\n\n煩請於 11 月 27 日前回覆確認交期。\n\n順頌\n商祺\n\n王大明 Daming Wang\n\n採購部 經理 | Contoso 台灣分公司" }),
    },
    {
      name: "zh-TW: no sign-off, a name and a department line with an extension",
      draft: mail({ body: "資訊部您好：\n\n法務室的 MacBook 從昨天下午開始無法連線到共用印表機。今天早上重新開機後仍是如此。\n\n請協助在中午前派人檢查，謝謝。\n\n周美玲\n\n法務室 | 分機 205" }),
    },
    { name: "zh-CN: 你选好了告诉我编号", draft: mail({ body: "李娜：\n\n三版海报都放在共享盘的“年会”文件夹里了。第一版偏红，第二版偏蓝，第三版是去年的风格。\n\n你选好了告诉我编号，我再出一版加水印的。\n\n王伟" }) },
    { name: "zh-CN: 如果还掉线，直接打我分机", draft: mail({ body: "马工：\n\n查过了，是VPN网关的会话空闲超时设成了10分钟。我刚把超时改成了8小时。\n\n如果今天下午还掉线，直接打我分机8310。\n\n吴昊" }) },
    { name: "zh-TW: 你重新連一次試試", draft: mail({ body: "佩珊您好：\n\n無線網路的憑證昨晚已經更新。舊的設定檔會讓筆電一直要求輸入密碼。\n\n請先刪除舊的 CONTOSO-CORP 設定，你重新連一次試試\n\n怡君" }) },
    { name: "en: if-clause, then an instruction", draft: mail({ body: "Hi all,\n\nThis morning someone restarted APP-PRD-07 during business hours and 600 users lost their sessions.\n\nIf a production server really needs a restart, raise an emergency change and call the on-call lead first.\n\nHoward" }) },
    { name: "en: when-clause, then an instruction", draft: mail({ body: "Hi team,\n\nThe new badge readers are installed on 5F and 6F. The old badges keep working until Friday.\n\nWhen your new badge arrives, bring the old one to reception.\n\nTom" }) },
    { name: "en: once-clause, then an instruction", draft: mail({ body: "Hi Lisa,\n\nThe laptop for the new hire is imaged. It still needs the finance add-ins.\n\nOnce she has logged in, ping me and I will push the add-ins remotely.\n\nTom" }) },
    {
      name: "a short reply in the thread that says what was done",
      draft: mail({ subject: "回复：订单系统 Redis 连接数告警", body: "涛哥，\n\nRedis 的配置已经改好了，今天 09:30 在三个节点上逐个生效，连接数告警已经消除。\n\n之前没有及时处理是我们的问题，后续配置变更会同步记录到 CMDB。\n\n郭宁" }),
    },
    { name: "zh-CN: 有问题再找我 after the steps", draft: mail({ subject: "打印机驱动安装包", body: "小刘：\n\n打印机驱动的安装包我放在共享盘里了，文件名是 HP_UPD_7.0.exe，双击安装即可。装完重启一下电脑。\n\n有问题再找我。\n\n老王" }) },
    { name: "zh-CN: 有事随时叫我", draft: mail({ subject: "值班安排", body: "各位：\n\n这周末我在公司值班，机房巡检照常进行。\n\n有事随时叫我。\n\n王磊" }) },
    { name: "zh-TW: 有問題再跟我說", draft: mail({ subject: "印表機驅動程式", body: "小陳：\n\n驅動程式放在共用資料夾，檔名 HP_UPD_7.0.exe，點兩下安裝後重新開機即可。\n\n有問題再跟我說。\n\n阿明" }) },
    { name: "en: Shout if it gives you any trouble", draft: mail({ subject: "Printer driver", body: "Hi Jack,\n\nThe driver installer is on the share (HP_UPD_7.0.exe). Double-click it and restart afterwards.\n\nShout if it gives you any trouble.\n\nTom" }) },
    { name: "en: drop me a line", draft: mail({ subject: "Weekend on-call", body: "Hi team,\n\nI'm on call this weekend; the usual checks run as planned.\n\nDrop me a line if anything looks off.\n\nTom" }) },
  ],
  invalid: [
    {
      name: "zh-CN: 有问题 said of a machine is no offer",
      draft: mail({ subject: "", body: "王经理：\n\n上周反映的几台电脑都已检查完毕。\n\n之前有问题的那台笔记本已经换了硬盘，其余三台正常。\n\n李娜" }),
      errors: [{ messageId: "noAction", suggestions: ZH_CN }],
    },
    {
      name: "en: a shout-out is no offer",
      draft: mail({ subject: "", body: "Hi all,\n\nThe data centre move finished on Saturday night, two hours ahead of plan.\n\nA big shout-out to the network team, who worked through the night.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "zh-TW: 有問題的伺服器 is a report",
      draft: mail({ subject: "", body: "陳經理您好，\n\n上週反映的幾台伺服器都已檢查完畢，其餘設備正常。\n\n昨天有問題的那台伺服器已經換了電源供應器，今天早上開始正常運作。\n\n志明" }),
      errors: [{ messageId: "noAction", suggestions: ZH_TW }],
    },
    {
      name: "en: 'possible on their side, but not before January' rules a date out, it sets no deadline",
      draft: mail({ subject: "", body: "Hi Daniel,\n\nExports now go through end to end: 18 of 18 test files were accepted by the customs gateway.\n\nImports are still a problem. The broker's system rejects any declaration with more than 99 lines. Their developer thinks a split is possible on their side, but not before January.\n\nJürgen solved the same issue in our middleware last year, so that is another option.\n\nMartin" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "en: 'the controller won't arrive before March' is no deadline",
      draft: mail({ subject: "", body: "Hi Lisa,\n\nThe vendor confirmed the storage controller fault this morning.\n\nThe replacement ships from Singapore, and the part won't arrive before March. Until then we run on the second controller.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "en: 'the order cannot be shipped by Friday' is no deadline",
      draft: mail({ subject: "", body: "Hi Jack,\n\nThe laptops for the new joiners are on back-order at the distributor.\n\nThe distributor says the order cannot be shipped by Friday; the earliest date is the 14th.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "zh-TW: '報修進度更新' reports on a repair, it is judged",
      draft: mail({ subject: "報修進度更新", body: "各位好，\n\n上週報修的三台印表機已經修好兩台，剩下一台在等零件。\n\n廠商說零件下週三會到，到貨當天就會來換。\n\n李濤" }),
      errors: [{ messageId: "noAction", suggestions: ZH_TW }],
    },
    {
      name: "zh-CN: '报修记录汇总' is a summary, it is judged",
      draft: mail({ subject: "报修记录汇总（11月）", body: "各位：\n\n11月共收到报修 86 单，比10月少 12 单，其中打印机 31 单、网络 22 单、电脑 33 单。\n\n平均处理时长 3.2 小时，比上月缩短了半小时。\n\n李娜" }),
      errors: [{ messageId: "noAction", suggestions: ZH_CN }],
    },
    {
      name: "en: 'Repairs done on the 3F printers' is no repair request",
      draft: mail({ subject: "Repairs done on the 3F printers", body: "Hi all,\n\nThe vendor repaired two of the three printers on 3F this morning. The third needs a new fuser, which arrives next Wednesday.\n\nUntil then the printer by the kitchen stays out of service.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "zh-TW: a status update with no ask and no 不需要…處理",
      draft: mail({ subject: "", body: "各位好，\n\n新的備份伺服器已經到貨，本週三完成上架與網路設定。\n\n資料搬遷預計花兩個週末，第一個週末搬檔案伺服器，第二個週末搬資料庫。\n\n舊伺服器會保留一個月再報廢。\n\n李濤" }),
      errors: [{ messageId: "noAction", suggestions: ZH_TW }],
    },
    {
      name: "zh-CN: 不需要重新安装系统 is about the server, not the reader",
      draft: mail({ subject: "", body: "王经理：\n\n财务部那台服务器的硬盘昨天报警，厂商今天上午来检查过。\n\n结论是只坏了一块硬盘，服务器不需要重新安装系统，换盘后阵列会自动重建。\n\n李娜" }),
      errors: [{ messageId: "noAction", suggestions: ZH_CN }],
    },
    {
      name: "en: 'does not need to be rebuilt' is about the server, not the reader",
      draft: mail({ subject: "", body: "Hi Lisa,\n\nThe disk alarm on the finance server came from one failed drive. The vendor checked it this morning.\n\nThe server does not need to be rebuilt; the array rebuilds itself once the drive is swapped.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "en: a long mail that opens with thanks and then raises problems still needs an ask",
      draft: mail({ subject: "Thanks for the report", body: "Hi Kevin,\n\nThank you for the incident report on Saturday's outage. It was clear and complete.\n\nTwo things are missing, though. The timeline stops at 04:10, but the service was only back at 05:30. And the root cause section says \"storage\" without naming which array.\n\nThe report goes to the board on Thursday. The CIO wants the final version before then.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "zh-CN: 谢谢你的报告 and then three problems, no ask",
      draft: mail({ subject: "", body: "张伟，\n\n谢谢你周末写的故障报告，整体很清楚。\n\n不过时间线只写到凌晨四点十分，服务其实五点半才恢复。根因部分只写了“存储”，没有写是哪台阵列。另外影响范围里漏了华南区的用户。\n\n这份报告周四要交给管理层。\n\n李涛" }),
      errors: [{ messageId: "noAction", suggestions: ZH_CN }],
    },
    {
      name: "en: 'the auditors would like your records' is no ask of the reader's own",
      draft: mail({ subject: "", body: "Hi Lisa,\n\nThe external audit starts on 7 December. The auditors would like your team's change records for the year.\n\nLast year they took two weeks and asked for samples from every quarter.\n\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "en: an update that ends without an ask",
      draft: mail({ body: `Hi team,\n\n${MIGRATION_DONE}\n\nThanks,\nTom` }),
      errors: [{ messageId: "noAction", excerpt: "Two users in Finance reported broken shortcuts this morning; we fixed them remotely.", suggestions: EN }],
    },
    {
      name: "en: the ask is at the top, the end trails off",
      draft: mail({ body: "Hi Lisa,\n\nCould you approve the ExpressRoute budget?\n\nLast month we moved the shared drives to Azure Files. Since then large Excel files open slowly in Shanghai.\n\nThe network team found that the traffic goes through the Hong Kong hub.\n\nThe vendor quote is about 40% lower than last year.\n\nBest regards,\nTom" }),
      errors: [{ messageId: "noAction", excerpt: "The vendor quote is about 40% lower than last year.", suggestions: EN }],
    },
    {
      name: "zh-CN: 进展汇报没有结尾诉求",
      draft: mail({ body: "王经理：\n您好！\n\n文件服务器迁移已于昨晚23:40完成，所有共享盘恢复访问，盘符保持不变。\n\n今天上午财务部有两位同事的快捷方式失效，已远程处理。\n\n谢谢！\n李娜" }),
      errors: [{ messageId: "noAction", excerpt: "今天上午财务部有两位同事的快捷方式失效，已远程处理。", suggestions: ZH_CN }],
    },
    {
      name: "zh-TW: 狀況說明沒有結尾",
      draft: mail({ body: "陳經理您好，\n\n上週五晚間機房的 UPS 發生故障，導致兩台核心交換機斷電約二十分鐘。\n\n事後檢查發現 UPS 電池已使用超過五年，容量只剩一半。廠商表示類似型號的電池在高溫環境下老化得更快。\n\n謝謝\n志明" }),
      errors: [{ messageId: "noAction", suggestions: ZH_TW }],
    },
    {
      name: "the only request is in the quoted history",
      draft: mail({ body: mso(["Hi Lisa,", "", "The migration finished last night. All shares are back.", "", "Two users reported broken shortcuts; we fixed them.", "", "Tom"]).replace("</div></body>", `${OUTLOOK_HEADER}<p class=MsoNormal>Could you let me know when it is done?</p></div></body>`) }),
      errors: [{ messageId: "noAction", excerpt: "Two users reported broken shortcuts; we fixed them.", suggestions: EN }],
    },
    {
      name: "mixed: Hi 王经理 + Chinese update, name under it",
      draft: mail({ body: "Hi 王经理，\n\n报销系统移动端超时的问题已经定位，是网关连接池配置太小。\n\n运维组计划周六晚上调整配置，大约影响十分钟。\n\nTom" }),
      errors: [{ messageId: "noAction", excerpt: "运维组计划周六晚上调整配置，大约影响十分钟。", suggestions: ZH_CN }],
    },
    {
      name: "Outlook web: an update with the team name as the last line",
      draft: mail({ body: "<div>各位同事，</div><div><br></div><div>新版VPN客户端已经发布到软件中心。</div><div>旧版客户端将在十二月底停止支持。</div><div><br></div><div>新版支持 Windows 11 和 macOS 14 以上系统。</div><div><br></div><div>IT服务台</div>" }),
      errors: [{ messageId: "noAction", suggestions: ZH_CN }],
    },
    {
      name: "en: increased by 12% is not a deadline",
      draft: mail({ body: "Hi Lisa,\n\nThe Q3 numbers are final. East China revenue increased by 12% over last year.\n\nSouth China was below plan because two projects slipped to Q4.\n\nRegards,\nTom" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "Apple Mail: an update that ends without an ask, however long its signature",
      draft: mail({ body: "Dear all,\n\nThe 2027 licence forecasts arrived from 6 of 11 departments. Finance closes the budget next month.\n\nThe rest are still with the department heads.\n\nKind regards,\n\nLucy\n\nLucy Wang\n\nIT Finance & Licensing\n\nContoso Ltd. | Ext. 8170" }),
      errors: [{ messageId: "noAction", excerpt: "The rest are still with the department heads.", suggestions: EN }],
    },
    {
      name: "Exmail: a rule above the signature, the prose ends with a statement",
      draft: mail({ body: "<div>何工您好：</div><div><br></div><div>上周五提交的工单已经处理完。复制延迟降到了两秒以内。</div><div><br></div><div>下周我们会再观察一次。</div><div><br></div><div>------------------</div><div>马超</div><div><br></div><div>研发中心 | 后端架构师</div>" }),
      errors: [{ messageId: "noAction", excerpt: "下周我们会再观察一次。", suggestions: ZH_CN }],
    },
    {
      name: "zh-TW: a department line with an extension is not the ending that is judged",
      draft: mail({ body: "資訊部您好：\n\n法務室的 MacBook 從昨天下午開始無法連線到共用印表機。今天早上重新開機後仍是如此。\n\n影響範圍是法務室 3 台 MacBook。\n\n周美玲\n\n法務室 | 分機 205" }),
      errors: [{ messageId: "noAction", excerpt: "影響範圍是法務室 3 台 MacBook。", suggestions: ZH_TW }],
    },
    {
      name: "en: an if-clause that describes, not instructs",
      draft: mail({ body: "Hi all,\n\nThis morning someone restarted APP-PRD-07 during business hours and 600 users lost their sessions.\n\nIf a production server restarts, the order portal drops every session.\n\nHoward" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "a reply of more than three sentences that still ends without an ask",
      draft: mail({ subject: "RE: Redis alert", body: "Hi Tao,\n\nThe Redis settings are changed. maxclients is now 20000. The timeout is 300 seconds.\n\nThe alert cleared at 09:30. We will log every change in the CMDB from now on.\n\nNing" }),
      errors: [{ messageId: "noAction", suggestions: EN }],
    },
    {
      name: "zh-CN: 我告诉他们了 reports, it does not ask",
      draft: mail({ body: "王经理：\n\n机房空调的维修单已经提交，厂商明天上午来。\n\n我已经告诉他们门禁要提前登记。\n\n李娜" }),
      errors: [{ messageId: "noAction", suggestions: ZH_CN }],
    },
  ],
});
