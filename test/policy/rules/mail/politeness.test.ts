import rule from "../../../../src/policy/rules/mail/politeness";
import { mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const OUTLOOK_HEADER =
  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday, November 23, 2026 10:00 AM<br><b>To:</b> Tom Chen<br><b>Subject:</b> Outage</p></div>";

const mso = (lines: string[]) =>
  `<html><body><div class=WordSection1>${lines.map((l) => (l === "" ? "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" : `<p class=MsoNormal>${l}<o:p></o:p></p>`)).join("")}</div></body></html>`;

runRuleTable(rule, {
  valid: [
    { name: "zh-HK: a name, then team and company ('Tommy Lee' / 'Sales, Contoso HK') signs", draft: mail({ body: "IT Helpdesk 你好，\n\n由今朝9點開始，我哋 Sales team 用 VPN 都連唔到，大約12個同事受影響，下晝有客戶 demo。\n\n麻煩你哋幫手睇下，唔該晒。\n\nTommy Lee\nSales, Contoso HK" }) },
    { name: "en: 'Jessica Ho' / 'Marketing, Contoso (Hong Kong) Limited' signs", draft: mail({ body: "Hi Kelvin,\n\nThe new joiners start on Monday and need laptops with Adobe Creative Cloud installed before 9am.\n\nCould you confirm by Friday?\n\nJessica Ho\nMarketing, Contoso (Hong Kong) Limited" }) },
    { name: "zh-TW: 王經理 鈞鑒： greets in a Taiwan letter", draft: mail({ body: "王經理 鈞鑒：\n\n承蒙 貴公司來函詢問雙方系統整合時程，茲回覆如下：API規格文件預計於12月10日提供，正式上線暫定明年1月18日。\n\n耑此 敬頌\n商祺\n\n康拓科技 資訊部 敬上" }) },
    { name: "zh-TW: 各位股東 台鑒： and 陳董事長鈞鑒： greet", draft: mail({ body: "各位股東 台鑒：\n\n本公司訂於明年3月20日召開股東常會，議事手冊已上傳公開資訊觀測站，敬請 撥冗出席。\n\n敬頌 時祺\n\n董事會 敬啟" }) },
    { name: "en: a drill mail whose subject was FINAL NOTICE: PAYROLL ACCOUNT SUSPENDED", draft: mail({ body: "Hi all,\n\n42 people clicked the drill mail whose subject was FINAL NOTICE: PAYROLL ACCOUNT SUSPENDED. Please take the 10-minute training by Friday.\n\nThanks,\nIT Security" }) },
    { name: "zh-CN: gcc 提示 FATAL ERROR: CANNOT OPEN OUTPUT FILE", draft: mail({ body: "张工，您好：\n\n编译时 gcc 提示 FATAL ERROR: CANNOT OPEN OUTPUT FILE，请帮忙看一下是不是磁盘满了。\n\n谢谢！\n李明" }) },
    { name: "zh-TW: 畫面顯示 ERROR: DISK QUOTA EXCEEDED FOR USER", draft: mail({ body: "小林您好：\n\n存檔時畫面顯示 ERROR: DISK QUOTA EXCEEDED FOR USER，我已經幫您把配額加大。\n\n謝謝！\n陳志明" }) },
    { name: "en: the KISS principle, keep it simple, stupid", draft: mail({ body: "Hi team,\n\nFor the new scheduler, keep it simple, stupid: one queue, one worker pool.\n\nThanks,\nTom" }) },
    { name: "en: KISS (Keep It Simple, Stupid) in a design review", draft: mail({ body: "Hi all,\n\nThe review board applies KISS (Keep it simple, stupid) to every proposal.\n\nBest,\nTom" }) },
    { name: "mixed: 遵循 keep it simple, stupid 原则", draft: mail({ body: "各位好，\n\n新调度器遵循 keep it simple, stupid 原则，只保留一个队列。\n\n谢谢！\n李明" }) },
    { name: "zh-CN: 是垃圾日志, 是垃圾流量, 就是垃圾数据 (junk a system holds)", draft: mail({ body: "各位好，\n\n这批告警大部分是垃圾日志，约 30% 的请求是垃圾流量。导入表里这 200 行就是垃圾数据，可以删掉。\n\n谢谢！\n李明" }) },
    { name: "zh-TW: 都是垃圾資料, 是垃圾郵件", draft: mail({ body: "各位同仁好：\n\n這張表後半段都是垃圾資料，昨晚那封也是垃圾郵件，請直接刪除。\n\n謝謝！\n陳志明" }) },
    { name: "zh-CN: 是垃圾对象, GC 回收的是垃圾内存", draft: mail({ body: "张工，您好：\n\n堆里大部分是垃圾对象，Full GC 后会回收。\n\n谢谢！\n李明" }) },
    { name: "zh-CN: a facilities notice about 一坨狗屎 at the door, 猪肉供应商", draft: mail({ body: "各位同事：\n\n大堂门口有一坨狗屎，已通知保洁清理。食堂下周换猪肉供应商，你们是猪肉过敏的请告诉行政部。\n\n谢谢！\n行政部" }) },
    { name: "zh-CN: 内网不能百度吗 asks about the network", draft: mail({ body: "张工，您好：\n\n请问内网不能百度吗？我们查资料需要用到。\n\n谢谢！\n李明" }) },
    { name: "zh-TW: 不能搜尋 in a helpdesk answer", draft: mail({ body: "小林您好：\n\n如果信箱不能搜尋，請先重建索引，再重新開啟 Outlook。\n\n謝謝！\n陳志明" }) },
    { name: "en: what a surprise party, and the release notes you may want to read first", draft: mail({ body: "Hi all,\n\nWhat a surprise party for Lisa yesterday, thank you all! You may want to read the release notes first before Monday's upgrade.\n\nBest,\nTom" }) },
    { name: "en: an alert titled SERVICE UNAVAILABLE PLEASE TRY AGAIN LATER", draft: mail({ body: "Hi all,\n\nYou may get an alert titled SERVICE UNAVAILABLE PLEASE TRY AGAIN LATER on the portal tonight; it is the maintenance page.\n\nThanks,\nTom" }) },
    // Names of works in title marks are not insults.
    { name: "zh-CN: a novel's title in 《》 (读书会共读《白痴》)", draft: mail({ body: "各位同事：\n\n12月读书会共读陀思妥耶夫斯基的《白痴》，16日18:30在12楼图书角讨论第一部。\n\n请在11日前报名。\n\n宋佳" }) },
    { name: "zh-TW: a film's title in 《》 (放映《三個傻瓜》)", draft: mail({ body: "各位同仁好：\n\n本月電影欣賞放映《三個傻瓜》，週五18:30在一樓多功能廳。\n\n請於週三前報名。\n\n陳志明" }) },
    { name: "zh-CN: an article's title in 〈〉 (〈蠢货经济学〉)", draft: mail({ body: "大家好，\n\n推荐一篇专栏文章〈蠢货经济学〉，讲的是系统设计里的激励问题，链接见内网。\n\n谢谢！\n李明" }) },
    // Pasted logs and stack traces are the machine's words.
    { name: "en: an exception message in a pasted stack trace", draft: mail({ body: "Hi Wei,\n\nHere is the trace from last night's crash:\n\nException in thread \"main\" java.lang.IllegalStateException: Stupid state in retry loop\n    at com.contoso.Foo.bar(Foo.java:42)\n\nCould you take a look today?\n\nThanks,\nTom" }) },
    { name: "en: a timestamped log line naming dumb-init", draft: mail({ body: "Hi team,\n\nThe container restarts every hour. From the log:\n2026-11-24 03:10:22 [ERROR] dumb-init: child exited with status 137\n\nCould someone check the memory limit?\n\nThanks,\nTom" }) },
    { name: "zh-CN: an English log line pasted into a report (ERROR … crap-cleaner)", draft: mail({ body: "张工，您好：\n\n夜间清理任务报错，日志如下：\nERROR [crap-cleaner] failed to remove /tmp/build-42\n\n请您今天帮忙看一下权限。\n\n谢谢！\n李明" }) },
    { name: "en: dumb-init in prose is a tool, not an insult", draft: mail({ body: "Hi team,\n\nWe now run dumb-init as PID 1 in every image, so signals reach the app.\n\nThanks,\nTom" }) },
    // Capitals a screen, a prompt or a log shows are quoted, not shouted.
    { name: "en: the display says DO NOT POWER OFF", draft: mail({ body: "Hi Anna,\n\nThe display says DO NOT POWER OFF while it updates, so please leave it alone for 20 minutes.\n\nThanks,\nTom" }) },
    { name: "en: the push fails with ERROR 403 FORBIDDEN ACCESS DENIED", draft: mail({ body: "Hi Lisa,\n\nThe push fails with ERROR 403 FORBIDDEN ACCESS DENIED since this morning; I have added you to the group again.\n\nThanks,\nTom" }) },
    { name: "zh-CN: 登录时弹出 ACCESS DENIED FOR USER", draft: mail({ body: "王经理，您好：\n\n用户登录时弹出 ACCESS DENIED FOR USER APP，是数据库账号权限的问题，我今天下午修复。\n\n谢谢！\n李明" }) },
    { name: "zh-TW: 畫面顯示 PLEASE WAIT WHILE UPDATING", draft: mail({ body: "各位同仁好：\n\n更新期間畫面會顯示 PLEASE WAIT WHILE UPDATING，請不要強制關機。\n\n謝謝！\n資訊部" }) },
    // Or the words after the capitals say a screen, a log or a monitor showed them.
    { name: "en: WARNING: CERTIFICATE EXPIRES IN 3 DAYS is what the monitor shows", draft: mail({ body: "Hi Wei,\n\nWARNING: CERTIFICATE EXPIRES IN 3 DAYS is what the monitor shows for mail.contoso.com. I will renew it tonight.\n\nThanks,\nTom" }) },
    { name: "en: DISK QUOTA EXCEEDED FOR USER pops up when she saves", draft: mail({ body: "Hi Lisa,\n\nDISK QUOTA EXCEEDED FOR USER pops up each time Anna saves to the share. Could you raise her quota?\n\nThanks,\nTom" }) },
    { name: "en: SYSTEM UPDATE IN PROGRESS appears on the screen", draft: mail({ body: "Hi all,\n\nTonight SYSTEM UPDATE IN PROGRESS appears on the screen of every kiosk until 6 am; that is expected.\n\nBest,\nIT Service Desk" }) },
    { name: "zh-CN: 出现 CONNECTION REFUSED BY HOST 的报错", draft: mail({ body: "张工，您好：\n\n从昨晚开始访问 ERP 出现 CONNECTION REFUSED BY HOST 的报错，影响财务部 12 人。\n\n麻烦今天帮忙看一下。\n\n谢谢！\n李明" }) },
    { name: "zh-TW: 跳出 LICENSE HAS EXPIRED PLEASE CONTACT 的提示", draft: mail({ body: "小林您好：\n\n開啟軟體時會跳出 LICENSE HAS EXPIRED PLEASE CONTACT ADMINISTRATOR 的提示，我已經幫您更新授權。\n\n謝謝！\n陳志明" }) },
    { name: "en: a pasted monitor line with a timestamp", draft: mail({ body: "Hi team,\n\nFrom Zabbix this morning:\n2026-12-01 06:12:44 PROBLEM DISK SPACE LOW ON SRV-DB01\n\nI have freed 40 GB; please keep an eye on it.\n\nThanks,\nTom" }) },
    { name: "zh-CN: a pasted log line with a bracketed level", draft: mail({ body: "各位好，\n\n夜间备份日志：\n[CRITICAL] BACKUP JOB FAILED TARGET UNREACHABLE\n\n今天上午我会重跑一次。\n\n谢谢！\n李明" }) },
    // A quoted lure's "！！！" is the lure's.
    { name: "zh-TW: a phishing lure quoted in 「」 with ！！！", draft: mail({ body: "各位同仁好：\n\n最近有同仁收到以下釣魚信：\n「【緊急通知】您的信箱將被停用，請立即點選連結驗證密碼！！！」\n\n請勿點擊，並轉寄給資安組。\n\n謝謝！\n資安組" }) },
    { name: "zh-CN: a phishing lure quoted in “” with ！！！", draft: mail({ body: "各位同事好，\n\n近期有同事收到标题为“您的工资单异常，请立即核对！！！”的邮件，这是钓鱼邮件。\n\n请勿点击，收到后转发给安全组。\n\n谢谢！\n信息安全部" }) },
    { name: "en: a lure quoted in \"…\" with !!! and capitals", draft: mail({ body: "Hi everyone,\n\nThe lure read \"YOUR MAILBOX WILL BE DELETED TODAY!!!\" and linked to a fake login page.\n\nPlease report such mails with the Phish Alert button.\n\nBest regards,\nIT Security" }) },
    // Words close to the new reproaches.
    { name: "zh-CN: 说服了你们的供应商, 克服了困难 (服 of another word)", draft: mail({ body: "大家好，\n\n我们终于说服了你们的供应商提前交货，项目组也克服了你们提到的网络问题。\n\n谢谢！\n李明" }) },
    { name: "zh-CN: 压测循环一百遍, 能不能在周五前 (no reproach)", draft: mail({ body: "张工，您好：\n\n压测脚本循环跑了一百遍，结果稳定。能不能在周五前安排上线？\n\n谢谢！\n李明" }) },
    { name: "en: did you look at the logs; we will hold your hand through the migration", draft: mail({ body: "Hi Sam,\n\nDid you look at the logs from Tuesday? Don't worry about the new tool: we will hold your hand through the migration.\n\nThanks,\nTom" }) },
    { name: "zh-TW: 說服了你們主管, 很認真一點也不馬虎 (no reproach)", draft: mail({ body: "小林您好：\n\n謝謝你說服了你們主管延後上線，測試組也很認真，一點也不馬虎。\n\n陳志明" }) },
    {
      name: "zh-CN realistic: greetings to Latin names with a full-width colon (Lisa：, Lisa 你好：, Lisa、李娜：)",
      draft: mail({
        body: "Lisa、李娜：\n\n测试环境的 Oracle 数据库磁盘使用率已经到 92%，需要扩容 500GB，扩容需要停机约 2 小时，影响测试组的自动化测试。\n\n请在周三下班前确认周四晚上是否可以停机，谢谢！\n\n张伟",
      }),
    },
    {
      name: "zh-CN realistic: Lisa 你好：",
      draft: mail({ body: "Lisa 你好：\n\n测试环境的 Oracle 数据库磁盘使用率已经到 92%，需要扩容 500GB，扩容需要停机约 2 小时。\n\n请在周三下班前确认周四晚上是否可以停机，谢谢！\n\n张伟" }),
    },
    {
      name: "zh-CN realistic: Lisa：",
      draft: mail({ body: "Lisa：\n\n测试环境的 Oracle 数据库磁盘使用率已经到 92%，需要扩容 500GB，扩容需要停机约 2 小时。\n\n请在周三下班前确认周四晚上是否可以停机，谢谢！\n\n张伟" }),
    },
    {
      name: "zh-CN realistic: a name then a department and extension line signs the mail",
      draft: mail({
        body: "IT服务台你好：\n\n财务部三楼的打印机 FIN-PRN-03 从今天上午 9:15 开始无法打印，打印任务一直卡在队列中，重启打印机后问题仍然存在。\n\n影响范围：财务部约 20 位同事无法打印报销单据，月底结账会受影响。\n\n请尽快安排工程师到现场处理，谢谢！\n\n张伟\n财务部 | 分机 3021",
      }),
    },
    { name: "default draft", draft: mail() },
    { name: "zh-CN: polite with 此致敬礼", draft: mail({ body: "王经理：\n您好！\n\n现将下周机房断电维护的安排发给您，维护从周六晚十点开始，预计四小时。\n\n请于周四前回复是否同意。\n\n此致\n敬礼\n李娜" }) },
    { name: "zh-TW: polite", draft: mail({ body: "陳經理您好，\n\n新版請假流程預計下週一上線，舊系統中未審批的假單會自動轉移，轉移期間系統暫停約一小時。\n\n以上安排是否可行，盼覆。\n\n謝謝\n志明" }) },
    { name: "垃圾邮件 is spam, not an insult", draft: mail({ body: "各位同事：\n\n最近垃圾邮件明显增多，有些伪装成快递通知。请不要点击陌生链接，可疑邮件请直接转发到 phishing@contoso.com。\n\n谢谢！\nIT部" }) },
    { name: "废物利用 and 固体废物 in an EHS note", draft: mail({ body: "各位好，\n\n本周五下午举办“废物利用”创意比赛，同时请各部门按规定处理固体废物和电子废物。\n\n谢谢！\n行政部 李娜" }) },
    { name: "dumb terminals are hardware", draft: mail({ body: "Hi Lisa,\n\nThe old dumb terminals in the Kunshan warehouse will be replaced with thin clients next month. The vendor will bring the new units on 7 December.\n\nBest regards,\nTom" }) },
    { name: "self-deprecating stupid question", draft: mail({ body: "Hi Tom,\n\nSorry if this is a stupid question, but where do I find the new VPN profile? I looked in the Company Portal and could not see it.\n\nThanks,\nLisa" }) },
    { name: "滚动发布 and 滚动条", draft: mail({ body: "张工，你好！\n\n新版本采用滚动发布，每次升级两台服务器；页面右侧的滚动条在 Safari 上显示异常，已提交缺陷单。\n\n谢谢\n王伟" }) },
    {
      name: "rude words in the quoted history are not the sender's",
      draft: mail({ body: mso(["Hi Lisa,", "", "I understand the frustration. The outage was caused by an expired certificate; it has been renewed and monitoring now alerts 30 days ahead.", "", "Best regards,", "Tom"]).replace("</div></body>", `${OUTLOOK_HEADER}<p class=MsoNormal>WTF is going on with the VPN again??? This is STUPID!!!</p></div></body>`) }),
    },
    { name: "acronyms are not shouting", draft: mail({ body: "Hi team,\n\nThe IT HR API SLA review moves to Thursday. Please bring the Q3 OKR numbers and the SAP KPI dashboard.\n\nThanks,\nTom" }) },
    { name: "a desk addressed with a space: IT 服务台：", draft: mail({ subject: "邮箱收不到外部邮件", body: "IT 服务台：\n\n从昨天下午4点左右开始，我的邮箱收不到外部客户的邮件，内部邮件正常。我和同组的王丽都有这个问题。\n\n请协助排查，谢谢。\n\n陈静" }) },
    { name: "a department addressed with a space: HR 部：", draft: mail({ subject: "入职材料", body: "HR 部：\n\n新同事的入职材料已经整理好，放在共享盘的入职文件夹里，共 12 份。\n\n请查收，谢谢。\n\n行政部 张敏" }) },
    { name: "zh-TW: 資訊 服務台：", draft: mail({ subject: "無法登入", body: "IT 服務台：\n\n今天早上開始無法登入 ERP，畫面顯示帳號已鎖定，業務部三位同仁都一樣。\n\n麻煩協助處理，謝謝。\n\n陳怡君" }) },
    { name: "quick reply without greeting", draft: mail({ subject: "RE: Printer on 3F", body: "Thanks!" }) },
    { name: "收到，谢谢 without greeting", draft: mail({ subject: "RE: 11月差旅报销单", body: "收到，谢谢" }) },
    { name: "Outlook web: polite with greeting and sign-off", draft: mail({ body: "<div>Hi Lisa,</div><div><br></div><div>The new badge readers on 5F are installed. Your old badge keeps working until 31 December.</div><div><br></div><div>Best,</div><div>Tom</div>" }) },
    { name: "mixed: Hi 王经理 … Thanks, Tom", draft: mail({ body: "Hi 王经理，\n\n附件是 Q3 sales report。华东区增长 12%，华南区低于预期，原因见第 4 页。麻烦您周五前确认一下数字。\n\nThanks,\nTom" }) },
    { name: "reported speech in quotation marks", draft: mail({ body: "李经理，您好！\n\n客户在投诉邮件里写了“你们的系统就是垃圾”，我们已经电话致歉，并约了明天上午十点远程排查。\n\n谢谢！\n王伟" }) },
    { name: "傻瓜式操作 means foolproof", draft: mail({ body: "各位好，\n\n新的会议室预订系统是傻瓜式操作，打开 Outlook 选会议室即可，不需要再填纸质表格。\n\n谢谢\nIT服务台" }) },
    { name: "a name alone signs the mail", draft: mail({ body: "Hi Lisa,\n\nThe firewall change for the Fabrikam integration is approved and scheduled for Thursday 22:00. The rollback takes ten minutes.\n\nTom" }) },
    { name: "cannot read the file is not an insult", draft: mail({ body: "Hi Anna,\n\nI cannot read the file you sent; it seems to be password-protected. Could you resend it as a PDF or share the password by phone?\n\nKind regards,\nTom" }) },
    { name: "classification marker in capitals", draft: mail({ body: "INTERNAL USE ONLY\n\nHi Lisa,\n\nAttached is the draft reorganisation plan for the service desk. Please keep it within the leadership team until Friday.\n\nThanks,\nTom" }) },
    { name: "garbage collection and a dumb question", draft: mail({ body: "Hi Tom,\n\nDumb question: does the Java service still pause for garbage collection (垃圾回收) every hour? The dashboard shows a spike at :00.\n\nThanks,\nLisa" }) },
    { name: "joyful exclamation marks", draft: mail({ subject: "Congrats on the promotion", body: "Hi Tom,\n\nCongratulations on the promotion!!! Well deserved.\n\nLisa" }) },
    { name: "zh-CN: 恭喜！！！", draft: mail({ subject: "项目上线", body: "各位：\n\n恭喜项目顺利上线！！！感谢大家三个月来的付出。\n\n王伟" }) },
    { name: "contempt-free: as I said in the meeting", draft: mail({ body: "Hi Lisa,\n\nAs I said in the meeting, the cut-over starts at 22:00 on Thursday and takes about an hour.\n\nThanks,\nTom" }) },
    { name: "contempt-free: per the vendor's last email", draft: mail({ body: "Hi Anna,\n\nPer the last email from the vendor, the licence keys arrive on Friday. Did you receive the invoice I sent on Monday?\n\nBest regards,\nTom" }) },
    { name: "contempt-free: an honest is-it-possible question", draft: mail({ body: "Hi Tom,\n\nIs it possible to move the review to Thursday? It should be possible to finish the migration by then.\n\nThanks,\nLisa" }) },
    { name: "contempt-free: 反馈过两次 is an escalation, not blame", draft: mail({ body: "王经理，您好！\n\n这个问题我们已经向厂商反馈过两次，厂商答应本周五给出补丁，届时我们再安排升级。\n\n谢谢！\n李娜" }) },
    { name: "contempt-free: 到底有没有影响 asks about a system", draft: mail({ body: "张工，你好！\n\n这个补丁到底有没有影响生产，需要今晚在测试环境验证，结果我明早发给你。\n\n谢谢\n王伟" }) },
    { name: "contempt-free: 常识 and 简单的配置 in their plain sense", draft: mail({ body: "各位同事：\n\n网络安全常识培训定在周五下午。这么简单的配置新人十分钟内也能完成，步骤见内网文档。\n\n谢谢！\nIT部" }) },
    { name: "contempt-free (zh-TW): 難道 in a real question", draft: mail({ body: "陳經理您好，\n\n我們討論了備援方案，難道只能停機升級嗎？想請您週三前確認是否有其他選項。\n\n謝謝\n志明" }) },
    { name: "a subject of acronyms is not shouting", draft: mail({ subject: "FW: INC0042187 VPN MFA SSO issue", body: "Thanks!" }) },
    { name: "two exclamation marks are enthusiasm", draft: mail({ body: "Hi team,\n\nWe passed the ISO 27001 audit with no major findings!! Thank you all for the hard work over the last three months.\n\nCheers,\nTom" }) },
    { name: "a heading in capitals is not shouting", draft: mail({ body: "Hi team,\n\nPROJECT TIMELINE AND MILESTONES\nThe kickoff is on Monday 2 December; the design review follows on 9 December.\n\nThanks,\nTom" }) },
    { name: "a numbered heading with a colon", draft: mail({ body: "Hi all,\n\n1. QUARTERLY BUDGET SUMMARY:\nSpending is 4 % under plan; travel is the only line over.\n\n2. NEXT STEPS FOR THE MIGRATION\nLi Na moves the mailboxes on Friday.\n\nBest regards,\nAmy" }) },
    { name: "a heading above Chinese text", draft: mail({ body: "各位好，\n\nNETWORK MAINTENANCE WINDOW\n本周六 22:00–24:00 机房网络维护，届时 VPN 不可用。\n\n李娜" }) },
    { name: "a heading run into its paragraph", draft: mail({ body: "Hi all,\n\nOFFICE MOVE SCHEDULE The movers arrive at 8:00 on Saturday; please pack your desk by Friday.\n\nAmy" }) },
    { name: "a section heading ending in a Roman numeral", draft: mail({ body: "Dear colleagues,\n\nTRANSPORTATION FOR GROWTH PART II\nThe second phase starts in spring, as planned.\n\nKind regards,\nWang Wei" }) },
    // Condescension: the documents and earlier mails named plainly, reassurance, oneself.
    { name: "condescension-free: as I mentioned in Monday's mail", draft: mail({ body: "Hi team,\n\nAs I mentioned in Monday's mail, the change freeze starts on Friday at 18:00 and ends after the audit.\n\nThanks,\nTom" }) },
    { name: "condescension-free: the manual's section named plainly", draft: mail({ body: "Hi Anna,\n\nThe manual's section 3 explains the proxy setting. If the error persists, read the manual's troubleshooting chapter or call me on 3021.\n\nBest regards,\nTom" }) },
    { name: "condescension-free: a friendly pointer to the FAQ and a reassurance", draft: mail({ body: "Hi Sam,\n\nDon't worry, it's not rocket science: the wizard does most of the work. If you get stuck, just read the FAQ linked below.\n\nCheers,\nLisa" }) },
    { name: "condescension-free: read the guide before a training", draft: mail({ body: "Dear colleagues,\n\nPlease read the installation guide before Thursday's training. With two similar tools, you should use some common sense and pick the one IT supports. When in doubt, use your common sense and report the mail.\n\nKind regards,\nIT Security" }) },
    { name: "condescension-free (zh-CN): directions to a manual with its link", draft: mail({ body: "各位同事好：\n\n本周五起 VPN 证书更新，操作步骤在说明书上都写了，附上链接：https://wiki.contoso.com/vpn 。如果按步骤操作仍然连不上，请联系 IT 服务台。\n\n谢谢大家配合！\nIT 部" }) },
    { name: "condescension-free (zh-TW): 手冊寫得很清楚, as a recommendation", draft: mail({ body: "各位新同事好：\n\n報銷流程在手冊裡都寫得很清楚，建議先讀第二章，再填第一張單據。\n\n人資部 林小姐" }) },
    { name: "condescension-free (en): it is all in the runbook linked below", draft: mail({ body: "Hi team,\n\nThe rollback plan is short: it is all in the runbook linked below.\nhttps://wiki.contoso.com/rollback\n\nThanks,\nAnna" }) },
    { name: "condescension-free (en): it's all in the guide, see section 4", draft: mail({ body: "Hi Sam,\n\nGood question. It's all in the user guide, see section 4 for the export settings.\n\nBest,\nLisa" }) },
    { name: "condescension-free (zh-CN): 说明书上写了安装步骤", draft: mail({ body: "张工，你好！\n\n说明书上写了安装步骤，第 5 页有截图；手册写得很清楚，推荐新同事先看第二章。\n\n谢谢\n王伟" }) },
    { name: "condescension-free (zh-CN): 我连这个都不知道 said of oneself", draft: mail({ body: "李娜：\n\n不好意思，我之前连这个功能都不知道，谢谢提醒！培训中讲了三次数据分级的要求，大家反馈很好。\n\n王伟" }) },
    { name: "condescension-free (zh-TW): 這麼簡單的設定 in its plain sense", draft: mail({ body: "陳經理您好，\n\n這麼簡單的設定新同事十分鐘內就能完成，操作說明已放在內網。\n\n謝謝\n志明" }) },
    { name: "condescension-free: please read the guide as an instruction, a common-sense approach", draft: mail({ body: "Dear all,\n\nBefore the training on Thursday, please read the guide. Attached is the VPN guide; we took a common-sense approach to the rollout.\n\nKind regards,\nIT Service Desk" }) },
    { name: "condescension-free (zh-CN): 通知里都写了 what the notice lists", draft: mail({ body: "各位同事：\n\n通知里都写了时间和地点，请大家准时参加周五的消防演练。\n\n谢谢！\n行政部 李娜" }) },
    // Sarcasm: the same praise words said as praise.
    { name: "sarcasm-free: great job breaking it down", draft: mail({ body: "Hi Lisa,\n\nThanks for getting back to me so quickly, and great job breaking the migration down into steps. Glad someone from your team could join the review.\n\nBest,\nTom" }) },
    { name: "sarcasm-free: I'm sure it will be hard to find a slot", draft: mail({ body: "Hi Mark,\n\nI'm sure it will be hard to find a slot before Christmas, so January is fine for the workshop.\n\nThanks,\nAmy" }) },
    { name: "sarcasm-free (zh-CN): 真是太感谢你了 for real help", draft: mail({ body: "王伟：\n\n真是太感谢你了！周末还专门回公司帮我们恢复数据，客户那边已经确认没问题。\n\n李娜" }) },
    { name: "sarcasm-free (zh-CN): 效率真高 for work done fast or early", draft: mail({ body: "各位：\n\n这次从提需求到上线只用了三天，效率真高！下一个版本比计划提前一周开发完成，大家速度真快。\n\n辛苦大家了，项目终于上线了！\n\n王伟" }) },
    { name: "sarcasm-free (zh-CN): thanks for help that spared overtime", draft: mail({ body: "李工：\n\n真是太感谢你了！要不是你周末过来帮忙，我们都得加班到很晚。迁移已经完成，周一照常使用即可。\n\n王伟" }) },
    { name: "sarcasm-free (zh-CN): 效率真高 against an earlier wait", draft: mail({ body: "张师傅：\n\n效率真高！上午报修，下午就修好了，之前等了三天都没人来，这次太快了。无需回复，谢谢！\n\n王伟" }) },
    { name: "sarcasm-free (zh-TW): thanks after a delay that is over", draft: mail({ body: "陳先生您好：\n\n真是太感謝您了，系統終於恢復了。之前拖了兩天，同事們都很著急，這次處理得很快。\n\n林小姐" }) },
    { name: "sarcasm-free (en): thanks for finally replying, with no worries", draft: mail({ body: "Hi Tom,\n\nThanks for finally replying, no worries at all, I know you were on leave. The export worked.\n\nBest,\nAnna" }) },
    { name: "sarcasm-free (zh-TW): 剛才收到 is no delay", draft: mail({ body: "陳經理您好，\n\n真是太感謝您了，資料我剛才收到了，週五前回覆您。\n\n謝謝\n志明" }) },
    { name: "sarcasm-free (zh-CN): 我终于想起来回复 said of oneself", draft: mail({ body: "张工：\n\n我终于想起来回复你了，抱歉拖了这么久。感谢“敏捷小组”的支持，方案已经定稿。\n\n王伟" }) },
    {
      name: "sarcasm in the quoted history is not the sender's",
      draft: mail({ body: mso(["Hi Lisa,", "", "Sorry for the slow reply. The certificate is renewed and the portal is back.", "", "Best regards,", "Tom"]).replace("</div></body>", `${OUTLOOK_HEADER}<p class=MsoNormal>Thanks for finally replying. It's not rocket science, read the manual.</p></div></body>`) }),
    },
    // Headings in capitals inside a line, as pasted documents carry them.
    { name: "a banner on a line of its own: IMPORTANT NOTICE, then the text", draft: mail({ body: "Hi all,\n\nIMPORTANT NOTICE\nThe office is closed on Friday for the fire drill; badges will not open the doors.\n\nFacilities" }) },
    { name: "a heading run in after a sentence", draft: mail({ body: "Hi all,\n\nThe review closed on Friday. NEXT STEPS FOR THE ROLLOUT The pilot starts in building B on Monday.\n\nAmy" }) },
    { name: "numbered and lead-word headings run in after a sentence", draft: mail({ body: "Dear board,\n\nThe plan was approved as agreed. 2. BUDGET AND STAFFING The team grows by two. Margins held last quarter. OPERATIONS-THE YEAR IN REVIEW Revenue grew 4 %.\n\nKind regards,\nWang Wei" }) },
    { name: "a heading line SUMMARY OF CHANGES above its text", draft: mail({ body: "Hi team,\n\nSUMMARY OF CHANGES\nThe login page moves to the new domain; old links redirect until March.\n\nACTION ITEMS\nLi Na updates the wiki by Friday.\n\nThanks,\nTom" }) },
    // Hong Kong business Cantonese is polite writing, not rudeness.
    { name: "zh-HK: 唔該晒, 麻煩晒, 係咪, 咗, 嘅 in a request", draft: mail({ body: "Kelvin 你好，\n\n收到，唔該晒你幫手。想問下新 laptop 係咪已經裝咗 VPN？麻煩晒你喺星期五前話我知。\n\nAmy" }) },
    { name: "zh-HK: Please 幫手 check 下, 得閒 and 唔使", draft: mail({ body: "Hi Kelvin,\n\nPlease 幫手 check 下部 printer 嘅 toner，唔使急，你得閒先搞掂佢就得，唔該。\n\nRegards,\nAmy" }) },
    { name: "zh-HK: 撚手小菜 on a dinner menu", draft: mail({ body: "各位同事：\n\n年會晚宴由酒店師傅準備佢哋嘅撚手小菜，12月18日晚上7點喺尖沙咀舉行。\n\n請喺12月10日前回覆出席，唔該。\n\nHR" }) },
    { name: "zh-HK: 咪高峰收聲唔清楚 is a microphone, not 'shut up'", draft: mail({ body: "Kelvin,\n\n會議室嘅咪高峰收聲唔清楚，收聲範圍好似太細，麻煩你今日幫手睇下，唔該。\n\nAmy" }) },
  ],
  invalid: [
    { name: "zh-HK: no name under the last line, even after 唔該", draft: mail({ body: "Kelvin，\n\n收到，唔該晒。我哋部門嘅 Teams 錄音功能已經開咗，今朝試過係正常嘅。\n\n另外想問下，錄音檔案會儲存喺邊度、保留幾耐？麻煩你得閒嘅時候回覆我，唔該。" }), errors: [{ messageId: "missingSignoff", severity: "info" }] },
    { name: "zh-TW: a letter that starts with its text and no 鈞鑒 / 台鑒 line has no greeting", draft: mail({ body: "本公司訂於明年3月20日召開股東常會，議事手冊已上傳公開資訊觀測站，請各位於3月10日前回覆出席意願。\n\n董事會 敬啟" }), errors: [{ messageId: "missingGreeting", severity: "info" }] },
    { name: "zh-HK: 廢柴 calls the team useless", draft: mail({ body: "Kelvin,\n\n你哋 IT 係咪廢柴嚟㗎？一個星期都整唔好。\n\nAmy" }), errors: [{ messageId: "rude", excerpt: "廢柴" }] },
    { name: "zh-HK: 收皮啦", draft: mail({ body: "Kelvin,\n\n整唔好就收皮啦，我自己搵供應商。\n\nAmy" }), errors: [{ messageId: "rude", excerpt: "收皮" }] },
    { name: "zh-HK: 好撚煩, the vulgar 撚", draft: mail({ body: "Kelvin,\n\n部 notebook 又死機，真係好撚煩。\n\nAmy" }), errors: [{ messageId: "rude", excerpt: "撚" }] },
    { name: "zh-HK: 仆街 and 黐線", draft: mail({ body: "Tommy,\n\n邊個仆街改咗個 password？你黐線㗎？\n\nKelvin" }), errors: [{ messageId: "rude", excerpt: "仆街" }, { messageId: "rude", excerpt: "黐線" }] },
    { name: "zh-HK: 你收聲啦 in a reply", draft: mail({ body: "Tommy,\n\n你收聲啦，呢個 project 唔關你事。\n\nKelvin" }), errors: [{ messageId: "rude", excerpt: "你收聲啦" }] },
    { name: "mixed: 個 vendor 真係 on9", draft: mail({ body: "Kelvin,\n\n個 vendor 真係 on9，份 quotation 又計錯。\n\nAmy" }), errors: [{ messageId: "rude", excerpt: "on9" }] },
    { name: "en: a label and capitals with no verb of showing before them are shouting", draft: mail({ body: "Hi team,\n\nURGENT: THE BUILD IS BROKEN AGAIN and nobody has looked at it.\n\nTom" }), errors: [{ messageId: "shouting", excerpt: "THE BUILD IS BROKEN AGAIN" }] },
    { name: "en: a stupid decision is still rude", draft: mail({ body: "Hi Ken,\n\nThis is a stupid decision and you know it.\n\nTom" }), errors: [{ messageId: "rude", excerpt: "stupid" }] },
    { name: "en: Stupid at the start of the mail's text", draft: mail({ body: "Stupid mistake again, Ken.\n\nTom" }), errors: [{ messageId: "rude", excerpt: "Stupid" }] },
    { name: "zh-CN: 就是垃圾代码 judges someone's work", draft: mail({ body: "小王：\n\n你提交的就是垃圾代码，重写。\n\n李明" }), errors: [{ messageId: "rude", excerpt: "就是垃圾" }] },
    { name: "zh-TW: 根本是垃圾", draft: mail({ body: "小林：\n\n這份報告根本是垃圾。\n\n陳志明" }), errors: [{ messageId: "rude", excerpt: "是垃圾" }] },
    { name: "zh-CN: 你是猪吗", draft: mail({ body: "小王：\n\n你是猪吗？同一个配置错了三次。\n\n李明" }), errors: [{ messageId: "rude", excerpt: "你是猪吗" }] },
    { name: "zh-CN: 写得跟屎一样", draft: mail({ body: "小刘：\n\n周报写得跟屎一样，重写。\n\n李明" }), errors: [{ messageId: "rude", excerpt: "跟屎一样" }] },
    { name: "zh-TW: 簡直是一坨屎", draft: mail({ body: "小林：\n\n這份規格書簡直是一坨屎，請重寫。\n\n陳志明" }), errors: [{ messageId: "rude", excerpt: "簡直是一坨屎" }] },
    { name: "zh-TW: 專業一點好嗎", draft: mail({ body: "小林：\n\n拜託你們專業一點好嗎，規格書寫成這樣誰看得懂。\n\n陳志明" }), errors: [{ messageId: "contempt", excerpt: "專業一點好嗎" }] },
    { name: "zh-TW: 自己不會Google嗎", draft: mail({ body: "小王：\n\n這種東西也要問？自己不會Google嗎？\n\n陳志明" }), errors: [{ messageId: "contempt", excerpt: "自己不會Google嗎" }] },
    { name: "zh-CN: 就不能先百度一下吗", draft: mail({ body: "小王：\n\n报错信息都贴出来了，就不能先百度一下吗？\n\n李明" }), errors: [{ messageId: "contempt", excerpt: "就不能先百度一下吗" }] },
    { name: "en: oh wow, what a surprise, down again", draft: mail({ body: "Hi Ken,\n\nOh wow, what a surprise, the demo environment is down again.\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "Oh wow, what a surprise" }] },
    { name: "en: maybe try reading it before opening a ticket", draft: mail({ body: "Hi Lisa,\n\nThis is in the handbook. Maybe try reading it before opening a ticket?\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "Maybe try reading it before" }] },
    { name: "en: next time try checking the logs first", draft: mail({ body: "Hi Sam,\n\nThe error was in the log. Next time try checking the logs first.\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "Next time try checking the logs first" }] },
    { name: "zh-CN: 服了你了", draft: mail({ body: "小王：\n\n服了你了，升级前都不备份的？\n\n李明" }), errors: [{ messageId: "contempt", excerpt: "服了你了" }] },
    { name: "zh-CN: 真是服了 at the clause end", draft: mail({ body: "小王：\n\n生产库又没备份，真是服了。\n\n李明" }), errors: [{ messageId: "contempt", excerpt: "真是服了" }] },
    { name: "zh-TW: 真的服了你們", draft: mail({ body: "小林：\n\n又把正式機的設定改掉，真的服了你們。\n\n陳志明" }), errors: [{ messageId: "contempt", excerpt: "服了你們" }] },
    { name: "zh-CN: 你这是在逗我吗", draft: mail({ body: "小陈：\n\n你这是在逗我吗？需求又改了。\n\n李明" }), errors: [{ messageId: "contempt", excerpt: "你这是在逗我吗" }] },
    { name: "zh-TW: 你是在耍我嗎", draft: mail({ body: "小張：\n\n你是在耍我嗎？報表又是空的。\n\n陳志明" }), errors: [{ messageId: "contempt", excerpt: "你是在耍我嗎" }] },
    { name: "zh-CN: 改了八百遍", draft: mail({ body: "小陈：\n\n这个需求改了八百遍了，请定下来再发。\n\n李明" }), errors: [{ messageId: "contempt", excerpt: "八百遍" }] },
    { name: "zh-CN: 能不能专业一点", draft: mail({ body: "小刘：\n\n上线单又填错了，能不能专业一点？\n\n李明" }), errors: [{ messageId: "contempt", excerpt: "能不能专业一点" }] },
    { name: "zh-TW: 可不可以認真一點", draft: mail({ body: "小李：\n\n測試報告又漏了兩項，可不可以認真一點？\n\n陳志明" }), errors: [{ messageId: "contempt", excerpt: "可不可以認真一點" }] },
    { name: "en: Did you even look?", draft: mail({ body: "Hi Jane,\n\nIt's on the intranet. Did you even look?\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "Did you even look" }] },
    { name: "en: did anyone even bother to test this", draft: mail({ body: "Hi team,\n\nThe release broke login again. Did anyone even bother to test this?\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "Did anyone even bother" }] },
    { name: "en: I can't keep holding your hand", draft: mail({ body: "Hi Jane,\n\nThe steps are on the intranet. I can't keep holding your hand on this.\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "can't keep holding your hand" }] },
    { name: "en: I'm not going to hold your hand", draft: mail({ body: "Hi Ken,\n\nYou have the runbook; I'm not going to hold your hand through every deploy.\n\nTom" }), errors: [{ messageId: "contempt", excerpt: "not going to hold your hand" }] },
    { name: "en: a rude word on the prose line above a pasted log", draft: mail({ body: "Hi Wei,\n\nThis stupid job failed again:\n2026-11-24 03:10:22 [ERROR] job exited with status 1\n\nTom" }), errors: [{ messageId: "rude", excerpt: "stupid" }] },
    { name: "en: capitals followed by words that show nothing are shouting (… and nobody)", draft: mail({ body: "Hi all,\n\nTHE SERVERS MUST BE PATCHED BEFORE FRIDAY and nobody has started.\n\nTom" }), errors: [{ messageId: "shouting", excerpt: "THE SERVERS MUST BE PATCHED BEFORE FRIDAY" }] },
    { name: "zh-CN: capitals that are the sender's own words before 的 (不是提示)", draft: mail({ body: "各位：\n\nSTOP CHANGING THE CONFIG 的规定下周起执行。\n\n李明" }), errors: [{ messageId: "shouting", excerpt: "STOP CHANGING THE CONFIG" }] },
    { name: "en: a line that starts with a time but is the sender's shout", draft: mail({ body: "Hi all,\n\nAt 10:00 EVERYBODY MUST LOG OFF THE VPN, no exceptions.\n\nTom" }), errors: [{ messageId: "shouting", excerpt: "EVERYBODY MUST LOG OFF THE VPN" }] },
    { name: "en: capitals after a verb that shows nothing are shouting (we told you DO NOT …)", draft: mail({ body: "Hi all,\n\nWe told you DO NOT POWER OFF THE SERVERS during the update.\n\nTom" }), errors: [{ messageId: "shouting", excerpt: "DO NOT POWER OFF THE SERVERS" }] },
    { name: "zh-CN: ！！！ after a quoted lure is the sender's", draft: mail({ body: "各位：\n\n又有人点了“工资单异常”的链接，说了多少次不要点！！！\n\n信息安全部" }), errors: [{ messageId: "contempt", excerpt: "说了多少次" }, { messageId: "shouting", excerpt: "又有人点了“工资单异常”的链接，说了多少次不要点！！！" }] },
    { name: "zh-CN: a rude word outside 《》 is still rude", draft: mail({ body: "小王：\n\n别看《白痴》了，你才是白痴。\n\n李明" }), errors: [{ messageId: "rude", excerpt: "白痴" }] },
    {
      name: "a line in capitals that says something to someone is shouting",
      draft: mail({ body: "Hi,\n\nTHE PRINTER ON THE THIRD FLOOR IS BROKEN AGAIN\nSomebody has to look at it.\n\nAmy" }),
      errors: [{ messageId: "shouting", excerpt: "THE PRINTER ON THE THIRD FLOOR IS BROKEN AGAIN" }],
    },
    {
      name: "a question in capitals on its own line is shouting",
      draft: mail({ body: "Hi team,\n\nWHY DOES NOBODY ANSWER THE SERVICE DESK PHONE\nThree calls this morning went unanswered.\n\nTom" }),
      errors: [{ messageId: "shouting", excerpt: "WHY DOES NOBODY ANSWER THE SERVICE DESK PHONE" }],
    },
    {
      name: "capitals run into a paragraph that say something to someone are shouting",
      draft: mail({ body: "Hi,\n\nURGENT PLEASE READ THIS The VPN certificate expires tonight and nobody has renewed it.\n\nTom" }),
      errors: [{ messageId: "shouting", excerpt: "URGENT PLEASE READ THIS" }],
    },
    {
      name: "a command in capitals with a colon is shouting",
      draft: mail({ body: "All,\n\nSTOP CHANGING THE SHARED CALENDAR:\nevery change goes through the office manager.\n\nLi Na" }),
      errors: [{ messageId: "shouting", excerpt: "STOP CHANGING THE SHARED CALENDAR" }],
    },
    {
      name: "en realistic: a shouted paragraph is one finding, with its 3F and its !!!",
      draft: mail({ body: "Hi,\n\nTHE PRINTER ON 3F IS BROKEN AGAIN. THIS IS THE THIRD TIME THIS MONTH!!!\n\nPlease fix it today.\n\nAmy" }),
      errors: [{ messageId: "shouting", excerpt: "THE PRINTER ON 3F IS BROKEN AGAIN. THIS IS THE THIRD TIME THIS MONTH!!!" }],
    },
    {
      name: "en: are you blind",
      draft: mail({ body: "Hi Lisa,\n\nAre you blind? The link is right there in my last email, third paragraph.\n\nTom" }),
      errors: [{ messageId: "rude", excerpt: "Are you blind", data: { words: "Are you blind" } }],
    },
    {
      name: "zh-CN: 你懂不懂",
      draft: mail({ body: "王伟，\n\n你懂不懂流程？变更必须先走审批，不能直接改生产环境的配置。\n\n李娜" }),
      errors: [{ messageId: "rude", excerpt: "你懂不懂" }],
    },
    {
      name: "zh-TW: 閉嘴 quoted from the original script",
      draft: mail({ body: "志明：\n\n會議上請你先閉嘴聽完客戶的需求，再提方案。這次的報價已經被退回兩次了。\n\n陳經理" }),
      errors: [{ messageId: "rude", excerpt: "閉嘴" }],
    },
    {
      name: "zh-TW: 廢物",
      draft: mail({ body: "志明：\n\n這種錯誤都會犯，真是廢物。明天上午之前把報表重新做一份給我。\n\n陳經理" }),
      errors: [{ messageId: "rude", excerpt: "廢物" }],
    },
    {
      name: "zh-CN: 就是垃圾",
      draft: mail({ body: "各位，\n\n外包团队交付的这版代码就是垃圾，测试用例一半都跑不过。请项目经理明天给出整改计划。\n\n王伟" }),
      errors: [{ messageId: "rude", excerpt: "就是垃圾" }],
    },
    {
      name: "zh-CN: 滚",
      draft: mail({ subject: "RE: 加班安排", body: "不想干就滚！" }),
      errors: [{ messageId: "rude", excerpt: "滚" }],
    },
    {
      name: "en: !!! reads as shouting",
      draft: mail({ body: "Hi team,\n\nThe payroll server is down again!!! Nobody can submit timesheets and the deadline is today.\n\nTom" }),
      errors: [{ messageId: "shouting", excerpt: "The payroll server is down again!!!" }],
    },
    {
      name: "zh-CN: ？？？",
      draft: mail({ body: "张工，你好！\n\n说好周一上线的，怎么又推迟了？？？业务部门已经通知了客户。\n\n李娜" }),
      errors: [{ messageId: "shouting", excerpt: "说好周一上线的，怎么又推迟了？？？" }],
    },
    {
      name: "en: a run of capitals",
      draft: mail({ body: "Hi all,\n\nPLEASE DO NOT REPLY ALL to the outage notice. Send questions to the service desk instead.\n\nThanks,\nIT Service Desk" }),
      errors: [{ messageId: "shouting", excerpt: "PLEASE DO NOT REPLY ALL" }],
    },
    {
      name: "Outlook desktop: wtf and ?!?!",
      draft: mail({ body: mso(["Lisa,", "", "wtf happened to the shared drive?!?! Half of the finance folders are gone.", "", "Tom"]) }),
      errors: [
        { messageId: "rude", excerpt: "wtf" },
        { messageId: "shouting", excerpt: "wtf happened to the shared drive?!?!" },
      ],
    },
    {
      name: "mixed: stupid + 脑子进水",
      draft: mail({ body: "Hi 王伟，\n\nThis is a stupid design. 谁脑子进水了才会把密码明文写进配置文件？\n\nTom" }),
      errors: [
        { messageId: "rude", excerpt: "stupid" },
        { messageId: "rude", excerpt: "脑子进水" },
      ],
    },
    {
      name: "zh-CN: a heading with a space and a colon is no greeting",
      draft: mail({ subject: "机房巡检", body: "巡检 结果：\n\n本周机房巡检发现两台服务器风扇异常，已报修，预计周五更换。另外 UPS 电池容量下降到 80%，建议明年初更换。\n\n谢谢\n王磊" }),
      errors: [{ messageId: "missingGreeting", severity: "info" }],
    },
    {
      name: "en: no greeting in a long mail",
      draft: mail({ body: "The firewall change for the Fabrikam integration is approved and scheduled for Thursday 22:00. The rollback takes ten minutes and the vendor is on call.\n\nBest regards,\nTom" }),
      errors: [{ messageId: "missingGreeting", severity: "info", excerpt: "The firewall change for the Fabrikam int" }],
    },
    {
      name: "zh-CN: no sign-off in a long mail",
      draft: mail({ body: "王经理：\n您好！\n\n现将下周机房断电维护的安排发给您，维护从周六晚十点开始，预计四小时，期间邮件和 VPN 暂停服务。\n\n请于周四前回复是否同意。" }),
      errors: [{ messageId: "missingSignoff", severity: "info", excerpt: "请于周四前回复是否同意。" }],
    },
    {
      name: "Outlook web: neither greeting nor sign-off",
      draft: mail({ body: "<div>新版VPN客户端已经发布到软件中心，旧版客户端将在十二月底停止支持。</div><div><br></div><div>新版支持 Windows 11 和 macOS 14 以上系统，安装后需要重启一次电脑。</div>" }),
      errors: [
        { messageId: "missingGreeting", severity: "info" },
        { messageId: "missingSignoff", severity: "info" },
      ],
    },
    {
      name: "en contempt: per my last email",
      draft: mail({ body: "Hi Lisa,\n\nPer my last email, the form is on the intranet under HR > Forms.\n\nTom" }),
      errors: [{ messageId: "contempt", excerpt: "Per my last email" }],
    },
    {
      name: "en contempt: as I already explained",
      draft: mail({ body: "Hi team,\n\nAs I already explained, the backup job must finish before the patch window opens.\n\nTom" }),
      errors: [{ messageId: "contempt", excerpt: "As I already explained" }],
    },
    {
      name: "en contempt: how many times do I have to say",
      draft: mail({ body: "Hi Mark,\n\nHow many times do I have to say that changes need a ticket first?\n\nLisa" }),
      errors: [{ messageId: "contempt", excerpt: "How many times do I have to say" }],
    },
    {
      name: "en contempt: this should be obvious",
      draft: mail({ body: "Hi all,\n\nThis should be obvious to anyone who has read the runbook: restart the agent first.\n\nTom" }),
      errors: [{ messageId: "contempt", excerpt: "This should be obvious" }],
    },
    {
      name: "en contempt: a rhetorical too-much-to-ask and has anyone even read",
      draft: mail({ body: "Hi team,\n\nHas anyone even read the change request? A reply by Friday, is that too much to ask?\n\nTom" }),
      errors: [
        { messageId: "contempt", excerpt: "Has anyone even read" },
        { messageId: "contempt", excerpt: "is that too much to ask" },
      ],
    },
    {
      name: "en contempt: is it really that hard",
      draft: mail({ body: "Hi Sam,\n\nIs it really that hard to follow a five-step checklist?\n\nLisa" }),
      errors: [{ messageId: "contempt", excerpt: "Is it really that hard to" }],
    },
    {
      name: "zh-CN contempt: 说过三遍 and 到底有没有",
      draft: mail({ body: "各位：\n\n我已经说过三遍了，你们到底有没有认真看邮件？\n\n王伟" }),
      errors: [
        { messageId: "contempt", excerpt: "我已经说过三遍" },
        { messageId: "contempt", excerpt: "你们到底有没有" },
      ],
    },
    {
      name: "zh-CN contempt: 这么简单的…还要我手把手",
      draft: mail({ body: "小刘：\n\n这么简单的配置还要我手把手教吗？\n\n王伟" }),
      errors: [{ messageId: "contempt", excerpt: "这么简单的配置还要" }],
    },
    {
      name: "zh-CN contempt: 到底要反馈几次 and 难道…不…吗",
      draft: mail({ body: "张工：\n\n到底要我们反馈几次才能修好？你们上线前难道都不测一下吗？\n\n李娜" }),
      errors: [
        { messageId: "contempt", excerpt: "到底要我们反馈几次" },
        { messageId: "contempt", excerpt: "难道都不测一下吗？" },
      ],
    },
    {
      name: "zh-CN contempt: 本来就是常识 and 怎么做事的",
      draft: mail({ body: "采购部：\n\n提前报备本来就是常识吧，你们是怎么做事的？\n\n王伟" }),
      errors: [
        { messageId: "contempt", excerpt: "本来就是常识" },
        { messageId: "contempt", excerpt: "你们是怎么做事的" },
      ],
    },
    {
      name: "zh-TW contempt: 一犯再犯 and 是不是根本沒有人",
      draft: mail({ body: "各位：\n\n同樣的錯誤怎麼會一犯再犯？是不是根本沒有人在檢查？\n\n志明" }),
      errors: [
        { messageId: "contempt", excerpt: "一犯再犯" },
        { messageId: "contempt", excerpt: "是不是根本沒有人" },
      ],
    },
    {
      name: "zh-TW contempt: 你到底有沒有 and 是要等客戶來罵",
      draft: mail({ body: "小陳：\n\n你到底有沒有在看信？是要等客戶來罵嗎？\n\n志明" }),
      errors: [
        { messageId: "contempt", excerpt: "你到底有沒有" },
        { messageId: "contempt", excerpt: "是要等客戶來罵" },
      ],
    },
    {
      name: "a shouted subject is shouting",
      draft: mail({ subject: "SERVER DOWN AGAIN FIX IT NOW", body: "Thanks!" }),
      errors: [{ messageId: "shouting", excerpt: "SERVER DOWN AGAIN FIX IT NOW", data: { words: "SERVER DOWN AGAIN FIX IT NOW" } }],
    },
    {
      name: "a shouted subject in a reply chain",
      draft: mail({ subject: "RE: WHY IS THE PORTAL STILL BROKEN", body: "Thanks!" }),
      errors: [{ messageId: "shouting", excerpt: "WHY IS THE PORTAL STILL BROKEN" }],
    },
    {
      name: "a shouted mixed-script subject",
      draft: mail({ subject: "URGENT PLEASE READ 系统停机", body: "收到，谢谢" }),
      errors: [{ messageId: "shouting", excerpt: "URGENT PLEASE READ 系统停机" }],
    },
    {
      name: "zh-TW: 你有病吧 and shouting",
      draft: mail({ subject: "RE: 報表", body: "你有病吧！！！這份報表我昨天就寄給你了。" }),
      errors: [
        { messageId: "rude", excerpt: "你有病" },
        { messageId: "shouting", excerpt: "你有病吧！！！" },
      ],
    },
    // Condescension.
    {
      name: "en condescension: not rocket science and how many times have I told you",
      draft: mail({ body: "Hi Mark,\n\nIt's not rocket science. How many times have I told you that prod changes need a ticket?\n\nLisa" }),
      errors: [
        { messageId: "contempt", excerpt: "It's not rocket science" },
        { messageId: "contempt", excerpt: "How many times have I told" },
      ],
    },
    {
      name: "en condescension: read the manual as the whole answer, just read the documentation",
      draft: mail({ body: "Hi Sam,\n\nRead the manual.\n\nJust read the documentation before you open a ticket next time.\n\nTom" }),
      errors: [
        { messageId: "contempt", excerpt: "Read the manual" },
        { messageId: "contempt", excerpt: "Just read the documentation" },
      ],
    },
    {
      name: "en condescension: even an intern could and common sense",
      draft: mail({ body: "Hi team,\n\nEven an intern could set up a mail rule. Use some common sense and lock your screen; that's just common sense.\n\nTom" }),
      errors: [
        { messageId: "contempt", excerpt: "Even an intern could" },
        { messageId: "contempt", excerpt: "Use some common sense" },
        { messageId: "contempt", excerpt: "that's just common sense" },
      ],
    },
    {
      name: "en condescension in a reply: as I have said many times, above the quoted history",
      draft: mail({ body: mso(["Hi Lisa,", "", "As I have said many times, the backup runs at 02:00. I shouldn't have to explain this again.", "", "Tom"]).replace("</div></body>", `${OUTLOOK_HEADER}<p class=MsoNormal>When does the backup run?</p></div></body>`) }),
      errors: [
        { messageId: "contempt", excerpt: "As I have said many times" },
        { messageId: "contempt", excerpt: "I shouldn't have to explain" },
      ],
    },
    {
      name: "zh-TW condescension: 說明書上都寫了, with the reproach beside it",
      draft: mail({ body: "阿明：\n\n設定方式說明書上都寫了，怎麼還來問？\n\n王偉" }),
      errors: [{ messageId: "contempt", excerpt: "說明書上都寫了" }],
    },
    {
      name: "en condescension: it's all in the manual, said to someone who asked",
      draft: mail({ body: "Mark,\n\nIt's all in the manual. Why do you keep asking me?\n\nLisa" }),
      errors: [{ messageId: "contempt", excerpt: "It's all in the manual" }],
    },
    {
      name: "zh-CN condescension: 这么简单都不会, 说明书上都写了, 不会看文档吗",
      draft: mail({ body: "小刘：\n\n这么简单都不会？说明书上都写了，自己不会看文档吗？\n\n王伟" }),
      errors: [
        { messageId: "contempt", excerpt: "这么简单都不会" },
        { messageId: "contempt", excerpt: "说明书上都写了" },
        { messageId: "contempt", excerpt: "不会看文档吗" },
      ],
    },
    {
      name: "zh-CN condescension: 这么明显的问题还要我来解释, 讲了多少次, 手册里写得很清楚了",
      draft: mail({ body: "各位：\n\n这么明显的问题还要我来解释吗？这个要求我讲了多少次了，手册里写得很清楚了。\n\n王伟" }),
      errors: [
        { messageId: "contempt", excerpt: "这么明显的问题还要我来解释" },
        { messageId: "contempt", excerpt: "讲了多少次" },
        { messageId: "contempt", excerpt: "手册里写得很清楚了" },
      ],
    },
    {
      name: "zh-TW condescension: 說明書上都有寫, 這都不知道, 連這個都不懂",
      draft: mail({ body: "小陳：\n\n說明書上都有寫，這都不知道嗎？連這個都不懂，怎麼支援客戶？\n\n志明" }),
      errors: [
        { messageId: "contempt", excerpt: "說明書上都有寫" },
        { messageId: "contempt", excerpt: "這都不知道" },
        { messageId: "contempt", excerpt: "連這個都不懂" },
      ],
    },
    {
      name: "en condescension: as I already told you, how many times do I have to go over this",
      draft: mail({ body: "Hi Sam,\n\nAs I already told you, the VPN profile is in the Company Portal. How many times do I have to go over this?\n\nLisa" }),
      errors: [
        { messageId: "contempt", excerpt: "As I already told you" },
        { messageId: "contempt", excerpt: "How many times do I have to go over" },
      ],
    },
    {
      name: "zh-CN condescension: 邮件里明明写着, 文档里都写得很清楚",
      draft: mail({ body: "张工：\n\n上周的邮件里明明写着，文档里都写得很清楚，请按步骤操作。\n\n王伟" }),
      errors: [
        { messageId: "contempt", excerpt: "邮件里明明写着" },
        { messageId: "contempt", excerpt: "文档里都写得很清楚" },
      ],
    },
    // Sarcastic thanks and praise.
    {
      name: "en sarcasm: thanks for finally, nice of you to finally",
      draft: mail({ body: "Hi Mark,\n\nThanks for finally getting back to me. Nice of you to finally join the call, too.\n\nLisa" }),
      errors: [
        { messageId: "contempt", excerpt: "Thanks for finally getting back" },
        { messageId: "contempt", excerpt: "Nice of you to finally" },
      ],
    },
    {
      name: "en sarcasm: glad someone on your team reads, sure it was hard to find five minutes",
      draft: mail({ body: "Hi Sam,\n\nGlad to see someone on your team actually reads the tickets. I'm sure it must have been very hard to find five minutes for this.\n\nTom" }),
      errors: [
        { messageId: "contempt", excerpt: "Glad to see someone on your team actually reads" },
        { messageId: "contempt", excerpt: "I'm sure it must have been very hard to find five minutes" },
      ],
    },
    {
      name: "en sarcasm: great job breaking the build, the 'quick' response",
      draft: mail({ body: "Hi team,\n\nGreat job breaking the build again. And thanks for the 'quick' response to my ticket.\n\nTom" }),
      errors: [
        { messageId: "contempt", excerpt: "Great job breaking the build" },
        { messageId: "contempt", excerpt: "thanks for the 'quick' response" },
      ],
    },
    {
      name: "zh-CN sarcasm: 真是太感谢你了 with what went wrong",
      draft: mail({ body: "张工：\n\n真是太感谢你了，周五晚上十点才把补丁发过来，害得我们整个组通宵。\n\n请周三前给出原因分析。\n\n李娜" }),
      errors: [{ messageId: "contempt", excerpt: "真是太感谢你了" }],
    },
    {
      name: "zh-CN sarcasm: 效率真高 after a delay, 谢谢你这么“及时”",
      draft: mail({ body: "王伟：\n\n需求上个月就提了，今天才给答复，效率真高啊。谢谢你这么“及时”的回复。\n\n李娜" }),
      errors: [
        { messageId: "contempt", excerpt: "效率真高" },
        { messageId: "contempt", excerpt: "谢谢你这么“及时”" },
      ],
    },
    {
      name: "zh-TW sarcasm: 速度真快 after three days, 辛苦你了（終於）",
      draft: mail({ body: "家豪：\n\n等了整整三天才收到回覆，速度真快。辛苦你了（終於），下次請在一天內回覆。\n\n志明" }),
      errors: [
        { messageId: "contempt", excerpt: "速度真快" },
        { messageId: "contempt", excerpt: "辛苦你了（終於）" },
      ],
    },
    {
      name: "mixed sarcasm: thanks for finally replying and 终于舍得回复",
      draft: mail({ body: "Hi 王伟，\n\nThanks for finally replying. 你们终于舍得回复了，报价请周五前发给我。\n\nTom" }),
      errors: [
        { messageId: "contempt", excerpt: "Thanks for finally replying" },
        { messageId: "contempt", excerpt: "终于舍得回复" },
      ],
    },
    // Shouting inside a line is not a heading.
    {
      name: "alarm words run into sentences: URGENT ACTION REQUIRED, FINAL WARNING",
      draft: mail({ body: "Hi team,\n\nThe payroll export failed again. URGENT ACTION REQUIRED Please rerun it before noon.\n\nThree reminders went unanswered. FINAL WARNING TO ALL TEAMS Timesheets close tonight.\n\nAmy" }),
      errors: [
        { messageId: "shouting", excerpt: "URGENT ACTION REQUIRED" },
        { messageId: "shouting", excerpt: "FINAL WARNING TO ALL TEAMS" },
      ],
    },
    {
      name: "shouting after a sentence: I NEED THIS TODAY and WHY IS THE VPN STILL DOWN",
      draft: mail({ body: "Hi,\n\nI have asked three times. I NEED THIS TODAY\n\nThe VPN dropped again. WHY IS THE VPN STILL DOWN Nobody has answered.\n\nAmy" }),
      errors: [
        { messageId: "shouting", excerpt: "NEED THIS TODAY" },
        { messageId: "shouting", excerpt: "WHY IS THE VPN STILL DOWN" },
      ],
    },
    {
      name: "shouting on its own line above text: PLEASE STOP SENDING THIS",
      draft: mail({ body: "All,\n\nPLEASE STOP SENDING THIS\nIt goes to 400 people every hour.\n\nLi Na" }),
      errors: [{ messageId: "shouting", excerpt: "PLEASE STOP SENDING THIS" }],
    },
    {
      name: "shouting after a sentence: a judging word is no heading",
      draft: mail({ body: "Hi,\n\nThe printer died during the board pack. COMPLETELY UNACCEPTABLE SERVICE Somebody has to own this.\n\nAmy" }),
      errors: [{ messageId: "shouting", excerpt: "COMPLETELY UNACCEPTABLE SERVICE" }],
    },
  ],
});
