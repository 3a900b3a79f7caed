import rule from "../../../../src/policy/rules/mail/it-report-fields";
import type { Person } from "../../../../src/policy/types";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const helpdesk: Person = { name: "IT Helpdesk", address: "it-helpdesk@contoso.com" };
const serviceDesk: Person = { name: "IT 服务台", address: "servicedesk@contoso.com" };
const policy = { helpdeskAddresses: ["it-helpdesk@contoso.com", "servicedesk@contoso.com"] };
const template = { messageId: "insertTemplate", fix: { kind: "insertTemplate", template: "itReport" } };

const structuredZh = `IT 同事好，

问题描述：ERP 系统登录时提示“会话已过期”，无法进入报销模块。
发生时间：2026-11-24 上午 10:15 左右
影响范围：财务部 12 位同事

麻烦尽快处理，谢谢！
李娜
财务部 | 分机 8021`;

const proseZh = `服务台你好：

从今天上午10点开始，财务部整个部门都无法登录 ERP，提示“用户名或密码错误”，重置密码后仍然不行。

月底结账比较急，请尽快帮忙排查。

谢谢
王伟`;

const structuredTw = `服務台您好：

問題描述：Outlook 無法收信，一直顯示「正在連線」。
發生時間：今天早上 9:30 起
影響範圍：只有我，同事都正常

麻煩協助，謝謝！
陳志明`;

const proseEn = `Hi IT,

Since this morning I can't connect to the VPN from home; the client says "authentication failed". Only me as far as I know, my colleagues are fine.

Could someone call me on 138 0000 1234?

Thanks,
Lisa`;

const floorEn = `Hello Helpdesk,

Yesterday at 3pm all users on floor 3 lost Wi-Fi for about 20 minutes, and it dropped again at 9:40 today. The whole team cannot join Teams calls when it happens.

Best regards,
Tom Chen
IT Project Office`;

const htmlReport = `<html><body><p class=MsoNormal>Hi IT team,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Problem:</b> the 3F printer (HP M607) jams on every job and shows error 13.B2.</p>
<p class=MsoNormal><b>When:</b> since Monday 23 Nov</p>
<p class=MsoNormal><b>Impact:</b> about 30 people on the third floor</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Thanks,</p><p class=MsoNormal>Lisa</p>
<div id="Signature"><p>Lisa Wang | Finance | +86 21 5555 0102</p></div></body></html>`;

runRuleTable(rule, {
  valid: [
    { name: "en: 'we have been unable to log in today' dates the problem", draft: mail({ subject: "ERP login fails", body: "Hi IT,\n\nWe have been unable to log in to ERP today; the whole Finance team gets 'license server unreachable'.\n\nAmy", to: [helpdesk] }), policy },
    { name: "en: 'since 9:00' stays a time beside 'we need to ship the build tonight'", draft: mail({ subject: "Build agents offline", body: "Hi IT,\n\nAll build agents have been offline since 9:00, so the whole mobile team is blocked. We need to ship the build tonight.\n\nAhmed", to: [helpdesk] }), policy },
    // Hong Kong and Taiwan reports in their own words.
    { name: "zh-HK: 我部電腦 … 由琴日下晝開始開唔到 names the one machine", draft: mail({ subject: "Outlook 開唔到", body: "IT Helpdesk 你好，\n\n我部電腦嘅 Outlook 由琴日下晝開始開唔到，一開就彈出「Outlook 無法啟動」。\n\n唔該。\n\nAmy", to: [helpdesk] }), policy },
    { name: "zh-HK: 我部 notebook 死咗機 since 今朝", draft: mail({ subject: "notebook", body: "Kelvin 你好，\n\n我部 notebook 今朝開始死咗機，點都開唔到。\n\n唔該。\n\nAmy", to: [helpdesk] }), policy },
    { name: "zh-HK: 由今朝9點開始 … 連唔到 … 成個 Sales team", draft: mail({ subject: "VPN 問題", body: "IT Helpdesk 你好，\n\n由今朝大約9點開始，我哋喺屋企用 VPN 都連唔到。成個 Sales team 都受影響。\n\n麻煩幫手睇下，唔該。\n\nTommy", to: [helpdesk] }), policy },
    { name: "zh-HK: 琴日下晝 … 印唔到 … 得我一個", draft: mail({ subject: "打印機", body: "Kelvin 你好，\n\n我部電腦由琴日下晝開始印唔到嘢，問過隔離同事佢哋正常，好似得我一個有問題。\n\n唔該晒。\n\nAmy", to: [helpdesk] }), policy },
    { name: "zh-TW: 當機 since 今天上午, 整個業務部", draft: mail({ subject: "報表系統當機", body: "服務台您好：\n\n報表系統從今天上午開始當機，整個業務部都無法查詢訂單。\n\n麻煩協助處理，謝謝。\n\n陳志明", to: [helpdesk] }), policy },
    { name: "zh-TW: 一直跳出視窗 with 10點 and 財務部所有同仁", draft: mail({ subject: "Outlook 密碼視窗", body: "服務台您好：\n\nOutlook 從10點起一直跳出要求輸入密碼的視窗，財務部所有同事都一樣。\n\n謝謝。\n\n王淑芬", to: [helpdesk] }), policy },
    { name: "zh-TW: 所有門市同仁 is the scope", draft: mail({ subject: "POS 結帳", body: "服務台您好：\n\n今天上午11點起POS系統無法刷卡結帳，所有門市同仁都遇到同樣狀況。\n\n請盡快協助。\n\n林怡君", to: [helpdesk] }), policy },
    { name: "zh-CN: 今天有客户反映 still dates the problem", draft: mail({ subject: "官网登录", body: "服务台你好：\n\n今天有客户反映官网无法登录，所有外部用户都受影响。\n\n请尽快处理。\n\n李娜", to: [helpdesk] }), policy },
    { name: "en: 'offline since lunchtime' is the problem and the time", draft: mail({ subject: "Label printer", body: "Hi IT,\n\nThe label printer in the warehouse has been offline since lunchtime. All 12 people in packing are waiting for labels.\n\nKevin", to: [helpdesk] }), policy },
    { name: "en: 'the entire Finance department' is the scope", draft: mail({ subject: "ERP login fails", body: "Hello,\n\nSince 08:00 ERP login fails with \"license server unreachable\" for the entire Finance department.\n\nAmy", to: [helpdesk] }), policy },
    { name: "en: 'the whole 3F office' is the scope", draft: mail({ subject: "Printer offline", body: "Hi IT,\n\nThe 3F printer has been offline since lunch; the whole 3F office prints nothing.\n\nKevin", to: [helpdesk] }), policy },
    { name: "en: 'the VPN dropped for the whole Sales team at 09:30' has all three", draft: mail({ subject: "VPN outage", body: "Hi IT,\n\nThe VPN dropped for the whole Sales team at 09:30 and has not come back.\n\nKevin", to: [helpdesk] }), policy },
    { name: "en: 'Three people in Finance have the same problem' is the scope", draft: mail({ subject: "Teams freezes during calls", body: "Hi IT,\n\nTeams freezes whenever I share my screen in a call, since the update on Monday. Three people in Finance have the same problem.\n\nThanks,\nAmy", to: [helpdesk] }), policy },
    { name: "en: 'a dozen users on 4F' is the scope", draft: mail({ subject: "Wi-Fi drops on 4F", body: "Hello,\n\nSince 10:00 today the Wi-Fi on 4F drops every few minutes. About a dozen users on 4F have complained so far.\n\nKevin", to: [helpdesk] }), policy },
    { name: "en: 'two other colleagues' is the scope", draft: mail({ subject: "Shared mailbox not syncing", body: "Hi IT,\n\nThe shared mailbox sales@ stopped syncing in Outlook yesterday afternoon; new mail only shows in OWA. Two other colleagues see it too.\n\nThanks,\nAmy", to: [helpdesk] }), policy },
    { name: "zh-CN: 卡纸 is the problem", draft: mail({ subject: "3楼打印机", body: "IT 同事好：\n\n3楼财务部的打印机从今天上午开始频繁卡纸，每打几张就卡一次，财务部十几个同事都在用这台。\n\n谢谢\n陈静", to: [helpdesk] }), policy },
    { name: "zh-TW: 一直卡紙 is the problem", draft: mail({ subject: "印表機問題", body: "資訊部您好：\n\n業務部的印表機從昨天下午開始一直卡紙，整個業務部 20 位同仁都用這台。\n\n林雅婷", to: [helpdesk] }), policy },
    { name: "zh-CN: 审计部三个人 is the scope", draft: mail({ subject: "OA 审批流卡住", body: "IT服务台：\n\n从今天上午9点半开始，审计部三个人提交报销单都提示“流程节点异常”，点提交没反应。\n\n请今天之内处理好。\n\n韩梅", to: [helpdesk] }), policy },
    { name: "zh-TW: 我們組五位同仁 is the scope", draft: mail({ subject: "VPN 無法連線", body: "資訊部您好：\n\n從昨天晚上開始 VPN 無法連線，出現「憑證驗證失敗」，我們組五位同仁都一樣。\n\n麻煩協助，謝謝！\n\n林雅婷", to: [helpdesk] }), policy },
    { name: "zh-CN: 十几个用户 is the scope", draft: mail({ subject: "CRM 很慢", body: "IT 同事好：\n\n今天下午两点以后 CRM 打开客户页面要一分钟以上，销售部十几个用户都反映很慢。\n\n谢谢\n刘洋", to: [helpdesk] }), policy },
    { name: "zh-CN: 我和同组的王丽都有这个问题 is the scope", draft: mail({ subject: "邮箱收不到外部邮件", body: "IT 服务台：\n\n从昨天下午4点左右开始，我的邮箱收不到外部客户的邮件，内部邮件正常。目前知道的是我和同组的王丽都有这个问题。\n\n请协助排查，谢谢。\n\n陈静", to: [helpdesk] }), policy },
    { name: "zh-CN: 搜不到 is the problem, 我和隔壁的陈静电脑上都这样 the scope", draft: mail({ subject: "Outlook 搜索不到邮件", body: "IT 同事你好：\n\n从上周五升级之后，Outlook 的搜索功能就搜不到任何邮件，输入关键词后一直显示“没有结果”。我和隔壁的陈静电脑上都这样。\n\n麻烦看一下，谢谢。\n\n刘洋", to: [helpdesk] }), policy },
    { name: "en: 'Jack and Amy on my team also have the same issue' is the scope", draft: mail({ subject: "Shared drive S: very slow", body: "Hi IT,\n\nSince this morning the S: drive is very slow: opening a 2 MB Excel file takes over a minute. Jack and Amy on my team also have the same issue.\n\nThanks,\nKevin", to: [helpdesk] }), policy },
    { name: "zh-TW: 找不到共用資料夾 is the problem, 同事也遇到一樣的情況 the scope", draft: mail({ subject: "共用資料夾不見了", body: "資訊部您好：\n\n今天早上開機後，檔案總管裡找不到業務部的共用資料夾 S:。坐我旁邊的同事也遇到一樣的情況。\n\n麻煩協助，謝謝！\n\n林雅婷", to: [helpdesk] }), policy },
    { name: "structured Simplified report", draft: mail({ subject: "ERP 报销模块无法进入", to: [helpdesk], body: structuredZh }), policy },
    { name: "Simplified prose with time and scope in one sentence", draft: mail({ subject: "ERP 登录失败", to: [serviceDesk], body: proseZh }), policy },
    { name: "structured Traditional report", draft: mail({ subject: "Outlook 無法收信", to: [helpdesk], body: structuredTw, from: people.chen }), policy },
    { name: "English prose: since this morning, only me", draft: mail({ subject: "VPN authentication failed", to: [helpdesk], body: proseEn, from: people.lisa }), policy },
    { name: "English: yesterday at 3pm, all users on floor 3", draft: mail({ subject: "Wi-Fi drops on floor 3", to: [helpdesk], body: floorEn }), policy },
    { name: "Outlook HTML with bold labels", draft: mail({ subject: "3F printer jams", to: [helpdesk], body: htmlReport, from: people.lisa }), policy },
    { name: "the helpdesk in Cc, address in capitals", draft: mail({ subject: "ERP 登录失败", to: [people.lisa], cc: [{ name: "Helpdesk", address: "IT-Helpdesk@Contoso.com" }], body: proseZh }), policy },
    { name: "not to the helpdesk", draft: mail({ subject: "电脑坏了", to: [people.lisa], body: "Lisa，\n\n我的电脑坏了，今天可能要晚点回复你。\n\n王伟" }), policy },
    { name: "a recipient without an address (unresolved name)", draft: mail({ subject: "电脑坏了", to: [{ name: "IT" } as unknown as Person, people.lisa], body: "IT 同事好，\n\n电脑坏了。\n\n王伟" }), policy },
    { name: "no helpdesk configured", draft: mail({ subject: "电脑坏了", to: [helpdesk], body: "IT 同事好，\n\n电脑坏了，麻烦来看看。\n\n王伟" }) },
    { name: "a reply in the ticket thread", draft: mail({ subject: "RE: [INC0012345] VPN 无法连接", to: [helpdesk], body: "谢谢，已经恢复了，可以关单。\n\n李娜\n\n-----Original Message-----\nFrom: IT Helpdesk <it-helpdesk@contoso.com>\nSent: Tuesday, November 24, 2026 11:02 AM\nTo: 李娜 <li.na@contoso.com>\nSubject: [INC0012345] VPN 无法连接\n\n请确认问题是否已解决。" }), policy },
    { name: "a service request is not a problem report", draft: mail({ subject: "申请开通 Power BI Pro 权限", to: [serviceDesk], body: "服务台您好，\n\n因月度报表需要，申请为本人开通 Power BI Pro 权限，已获部门经理批准。\n\n谢谢！\n李娜" }), policy },
    { name: "an English access request", draft: mail({ subject: "Access to the Finance SharePoint site", to: [helpdesk], body: "Hi IT,\n\nCould you grant Anna read access to the Finance SharePoint site? Her manager approved it.\n\nThanks,\nTom" }), policy },
    { name: "mixed languages: 打印不了 since 10:00, whole team", draft: mail({ subject: "3F 打印机 issue", to: [helpdesk], body: "Hi IT,\n\n3F 的打印机打印不了 since 10:00 today, whole team 都受影响。\n\nThanks\n王伟" }), policy },
    { name: "zh-TW: 9 位同仁 is the scope", draft: mail({ subject: "印表機無法列印", to: [helpdesk], body: "資訊部您好：\n\n採購部的印表機從今天上午 9 點 40 分開始無法列印。\n\n目前影響採購部 9 位同仁。\n\n謝謝\n志明" }), policy },
    { name: "zh-TW: 頻繁斷線 is the problem", draft: mail({ subject: "Wi-Fi 問題", to: [helpdesk], body: "資訊部您好：\n\n5F 的無線網路從昨天下午 4 點 20 分開始頻繁斷線。\n\n影響範圍是 5F 研發部約 25 位同仁。\n\n謝謝\n志明" }), policy },
    { name: "zh-CN: 断线 since this morning, 12 名员工", draft: mail({ subject: "VPN 问题", to: [helpdesk], body: "IT 同事好，\n\n从今天早上开始 VPN 每半小时断线一次，销售部 12 名员工都受影响。\n\n谢谢\n王伟" }), policy },
  ],
  invalid: [
    { name: "zh-HK: Outlook 由琴日開始開唔到 with no one or no machine named", draft: mail({ subject: "Outlook 開唔到", body: "IT Helpdesk 你好，\n\nOutlook 由琴日下晝開始開唔到，一開就彈出錯誤。我哋部門好急。\n\n唔該。\n\nAmy", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }] },
    { name: "en: 'a release branch to push today' is the deadline, not when pushes began failing", draft: mail({ subject: "GitLab pushes fail with HTTP 413", body: "Hello,\n\nPushes to GitLab fail with HTTP 413 for any file over 10 MB. All eight developers of the mobile team are affected.\n\nCould you check the proxy limit? We have a release branch to push today.\n\nAhmed", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "en": "when it happened" } }, suggestions: [template] }] },
    { name: "en: 'I need to send the payroll file this afternoon' is a deadline", draft: mail({ subject: "SFTP upload fails", body: "Hi IT,\n\nThe SFTP upload to the bank fails with 'permission denied'. The whole payroll team is blocked.\n\nI need to send the payroll file this afternoon.\n\nAmy", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "en": "when it happened" } }, suggestions: [template] }] },
    { name: "zh-TW: 下午有客戶簡報 is why it is urgent, not when it started", draft: mail({ subject: "會議室投影機", body: "服務台您好：\n\n12樓第一會議室的投影機接上筆電後都沒有畫面，顯示「無訊號」。\n\n這間會議室下午有客戶簡報，整個業務部都會受影響，麻煩盡快派員處理。\n\n陳志明", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "en": "when it happened" } }, suggestions: [template] }] },
    { name: "zh-CN: 今天下午还有客户演示要用 is the demo, not the outage", draft: mail({ subject: "VPN 连不上", body: "IT 同事你好，\n\n外面的同事都连不上 VPN，提示证书错误。整个 Sales team 大概 30 个人都受影响。\n\n今天下午还有客户演示要用 CRM，麻烦尽快处理。\n\n曹颖", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "en": "when it happened" } }, suggestions: [template] }] },
    { name: "zh-HK: 聽日朝早要出貨 and no start time", draft: mail({ subject: "倉庫 scanner", body: "IT 你好，\n\n倉庫部 scanner 連唔到 Wi-Fi，成個倉庫 team 都用唔到。\n\n明天上午要出貨，麻煩盡快嚟睇下，唔該。\n\nTommy", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "en": "when it happened" } }, suggestions: [template] }] },
    { name: "zh-TW: 一直跳出視窗 since 10點 but no one named", draft: mail({ subject: "Outlook 密碼視窗", body: "服務台您好：\n\n我的Outlook從今天上午10點開始一直跳出要求輸入密碼的視窗，輸入後還是會再跳出來。\n\n麻煩協助處理，謝謝。\n\n陳志明", to: [helpdesk] }), policy, errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }] },
    {
      name: "en: 'offline' with the team but no time",
      draft: mail({ subject: "Label printer offline", body: "Hi IT,\n\nThe label printer in the warehouse is offline. All 12 people in packing are waiting for labels.\n\nKevin", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "en": "when it happened" } }, suggestions: [template] }],
    },
    {
      name: "en: 'the whole morning' is no scope",
      draft: mail({ subject: "Outlook not syncing", body: "Hi IT,\n\nOutlook has not been syncing since 09:00; I lost the whole morning waiting for it.\n\nAmy", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }],
    },
    {
      name: "en: 'three times this morning' counts tries, not people",
      draft: mail({ subject: "VPN drops", body: "Hi IT,\n\nThe VPN dropped three times this morning; each time I have to sign in again.\n\nAmy", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }],
    },
    {
      name: "en: 'two browsers' is no scope",
      draft: mail({ subject: "Portal login fails", body: "Hi IT,\n\nSince yesterday the HR portal login fails with \"invalid session\". I tried two browsers with the same result.\n\nAmy", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }],
    },
    {
      name: "en: 'five minutes' is no scope",
      draft: mail({ subject: "Laptop very slow", body: "Hello,\n\nSince the update on Tuesday my laptop is very slow: Outlook takes five minutes to open.\n\nKevin", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }],
    },
    {
      name: "zh-CN: 夹纸 with the team but no time",
      draft: mail({ subject: "打印机夹纸", body: "IT 同事好：\n\n3楼的打印机老是夹纸，整个财务部都在用这台。\n\n谢谢\n陈静", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "zh-CN": "发生时间" } }, suggestions: [template] }],
    },
    {
      name: "zh-CN: 两个报表打不开 counts files, not people",
      draft: mail({ subject: "报表打不开", body: "IT 同事好：\n\n从今天上午开始，ERP 里的两个月度报表打不开，一直提示“数据源错误”。\n\n谢谢\n刘洋", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "zh-CN": "影响范围" } }, suggestions: [template] }],
    },
    {
      name: "zh-TW: 三個月前也出現過 is a time, not the scope",
      draft: mail({ subject: "印表機卡紙", body: "資訊部您好：\n\n業務部的印表機從今天早上開始一直卡紙，三個月前也出現過一樣的問題。\n\n林雅婷", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "zh-TW": "影響範圍" } }, suggestions: [template] }],
    },
    {
      name: "zh-CN: 试了三个浏览器 counts tries, not people",
      draft: mail({ subject: "OA 登录失败", body: "IT 同事好：\n\n今天早上开始 OA 登录失败，提示“会话无效”，我试了三个浏览器都一样。\n\n谢谢\n刘洋", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "zh-CN": "影响范围" } }, suggestions: [template] }],
    },
    {
      name: "en: crashes since Monday, nobody said who else",
      draft: mail({ subject: "Excel crashes on save", body: "Hi IT,\n\nSince Monday Excel crashes every time I save a workbook to SharePoint. Saving locally works.\n\nThanks,\nKevin", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "en": "the scope of impact (who or what is affected)" } }, suggestions: [template] }],
    },
    {
      name: "zh-CN: 我和陈静讨论过 names a colleague but no one else affected",
      draft: mail({ subject: "共享盘打不开", body: "IT 同事好：\n\n今天上午10点开始共享盘 S: 打不开，提示“找不到网络路径”。我和陈静讨论过，可能是昨晚换交换机的原因。\n\n谢谢\n刘洋", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "zh-CN": "影响范围" } }, suggestions: [template] }],
    },
    {
      name: "zh-TW: 搜尋不到 since this morning, no scope",
      draft: mail({ subject: "Outlook 搜尋問題", body: "資訊部您好：\n\n從今天早上開始 Outlook 搜尋不到任何郵件。\n\n麻煩協助，謝謝！\n\n林雅婷", to: [helpdesk] }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "zh-TW": "影響範圍" } }, suggestions: [template] }],
    },
    {
      name: "zh-TW: 斷線 with 同仁 but no time",
      draft: mail({ subject: "Wi-Fi 問題", to: [helpdesk], body: "資訊部您好：\n\n5F 的無線網路一直斷線，影響研發部 25 位同仁。\n\n謝謝\n志明" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time", missingText: { "zh-TW": "發生時間" } }, suggestions: [template] }],
    },
    {
      name: "zh-TW: 斷線 since yesterday, no scope",
      draft: mail({ subject: "Wi-Fi 問題", to: [helpdesk], body: "資訊部您好：\n\n會議室的無線網路從昨天開始頻繁斷線，請協助檢查。\n\n謝謝\n志明" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", missingText: { "zh-TW": "影響範圍" } }, suggestions: [template] }],
    },
    {
      name: "zh-CN: 同仁 named, no problem and no time",
      draft: mail({ subject: "网络", to: [helpdesk], body: "IT 同事好，\n\n麻烦看一下会议室的网络，3 位同仁在用。\n\n谢谢\n王伟" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "description,time", missingText: { "zh-CN": "问题描述、发生时间" } }, suggestions: [template] }],
    },
    {
      name: "'my computer is broken' and nothing else",
      draft: mail({ subject: "电脑坏了", to: [helpdesk], body: "IT 同事好，\n\n电脑坏了，麻烦尽快来看看。\n\n谢谢\n王伟\n财务部 | 分机 8022" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time,scope", missingText: { "zh-CN": "发生时间、影响范围" } }, suggestions: [template] }],
    },
    {
      name: "Outlook keeps crashing, please help",
      draft: mail({ subject: "Outlook problem", to: [helpdesk], body: "Hi IT,\n\nOutlook keeps crashing when I open a shared calendar. Please help.\n\nThanks,\nTom" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time,scope", missingText: { en: "when it happened and the scope of impact (who or what is affected)" } }, suggestions: [template] }],
    },
    {
      name: "Traditional: the network is slow",
      draft: mail({ subject: "網路問題", to: [serviceDesk], body: "服務台您好：\n\n網路很慢，開網頁要等很久，請協助處理。\n\n敬祝 順利\n陳志明", from: people.chen }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time,scope", missingText: { "zh-TW": "發生時間、影響範圍" } }, suggestions: [template] }],
    },
    {
      name: "since this morning, but whom it affects is not said",
      draft: mail({ subject: "Cannot print", to: [helpdesk], body: "Hi IT,\n\nSince this morning I can't print to the 5F printer; jobs stay in the queue.\n\nThanks,\nLisa", from: people.lisa }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope", count: 1 }, suggestions: [template] }],
    },
    {
      name: "the whole department, but not since when",
      draft: mail({ subject: "共享盘连不上", to: [helpdesk], body: "IT 同事好，\n\n财务部全部门都连不上 S 盘共享文件夹，提示“网络路径找不到”。\n\n请尽快处理，谢谢\n李娜" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time" }, suggestions: [template] }],
    },
    {
      name: "please help and nothing else",
      draft: mail({ subject: "Help", to: [helpdesk], body: "Hi IT,\n\nPlease help, thanks.\n\nTom" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "description,time,scope", count: 3 }, suggestions: [template] }],
    },
    {
      name: "a forwarded bounce: the quoted header tells when, nothing tells whom",
      draft: mail({
        subject: "FW: Undeliverable: 合同确认",
        to: [helpdesk],
        body: "IT 同事好，\n\n发给客户的邮件被退回了，退信见下方，请帮忙看看。\n\n王伟\n\n-----Original Message-----\nFrom: Microsoft Outlook <postmaster@contoso.com>\nSent: Tuesday, November 24, 2026 10:02 AM\nTo: 王伟 <wang.wei@contoso.com>\nSubject: Undeliverable: 合同确认\n\nDelivery has failed to these recipients: anna@fabrikam.com",
      }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope" }, suggestions: [template] }],
    },
    {
      name: "Outlook HTML with problem and impact, no time",
      draft: mail({ subject: "Teams 会议无法共享屏幕", to: [serviceDesk], body: "<p>服务台你好，</p><p><b>问题描述：</b>Teams 会议中无法共享屏幕，点击后没有反应。</p><p><b>影响范围：</b>市场部 5 位同事</p><p>谢谢</p><p>李娜</p>" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time" }, suggestions: [template] }],
    },
    {
      name: "Cc to the helpdesk, mixed languages, no scope",
      draft: mail({ subject: "SAP 报错", to: [people.lisa], cc: [helpdesk], body: "Lisa,\n\nSAP 从昨天下午开始 keeps timing out，提示 timeout。FYI 我已抄送 IT。\n\nTom" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "scope" }, suggestions: [template] }],
    },
    {
      name: "a request word does not hide a problem",
      draft: mail({ subject: "软件安装失败", to: [helpdesk], body: "IT 同事好，\n\n安装 Adobe Reader 时报错 1603，安装失败。\n\n谢谢\n李娜" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time,scope" }, suggestions: [template] }],
    },
    {
      name: "dates in the signature do not tell when",
      draft: mail({ subject: "电脑蓝屏", to: [helpdesk], body: "IT 同事好，\n\n我的电脑蓝屏了，只有我这台有问题。\n\n谢谢\n李娜\n财务部 | 入职日期 2020-03-01 | 电话 021-5555 0101" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "time" }, suggestions: [template] }],
    },
    {
      name: "an empty report template",
      draft: mail({ subject: "IT 问题报告", to: [helpdesk], body: "IT 同事好，\n\n问题描述：\n发生时间：\n影响范围：\n\n谢谢\n王伟" }),
      policy,
      errors: [{ messageId: "missingFields", data: { missing: "description,time,scope" }, suggestions: [template] }],
    },
  ],
});
