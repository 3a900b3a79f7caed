import rule from "../../../../src/policy/rules/mail/attachment-missing";
import { file, mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const QUOTED_ZH = "\n\n-----原始邮件-----\n发件人: 王伟\n发送时间: 2026年11月23日 17:02\n收件人: 李娜\n主题: Q3 预算\n\n附件是 Q3 预算表，请审阅。";


// Client HTML around the new text: Gmail's quote container, Foxmail's blockquote reply header
// and Outlook desktop's MsoNormal paragraphs with the reply box.
const GMAIL_QUOTE = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 23, 2026 at 5:02 PM Anna Schmidt &lt;anna@fabrikam.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Tom,<br><br>Please find attached the countersigned NDA and our revised quotation.<br><br>Best,<br>Anna</div></blockquote></div>';
const FOXMAIL_QUOTE = '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:wang.wei@contoso.com">王伟</a></div><div><b>发送时间：</b>&nbsp;2026-11-23&nbsp;17:02</div><div><b>收件人：</b>&nbsp;<a href="mailto:li.na@contoso.com">李娜</a></div><div><b>主题：</b>&nbsp;报价单</div></div></div><div><div>李娜：</div><div><br></div><div>随函附上我司2027年度报价单，请查收。</div><div><br></div><div>王伟</div></div></blockquote>';
const OUTLOOK_REPLY = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>寄件者:</b> 林雅婷 &lt;lin.yt@contoso.com&gt;<br><b>寄件日期:</b> 2026年11月23日 17:02<br><b>收件者:</b> 陳志明<br><b>主旨:</b> 報價單</p></div><p class="MsoNormal">志明您好：</p><p class="MsoNormal">檢附本案報價單乙份，請查收。</p>';
const foxmail = (lines: string[]): string => `<html><body>${lines.map((l) => (l === "" ? "<div><br></div>" : `<div><span></span>${l}</div>`)).join("\n")}\n${FOXMAIL_QUOTE}</body></html>`;
const gmail = (lines: string[]): string => `<div dir="ltr">${lines.map((l) => (l === "" ? "<div><br></div>" : `<div>${l}</div>`)).join("")}</div><br>${GMAIL_QUOTE}`;
const outlook = (lines: string[]): string => `<html><body><div class="WordSection1">${lines.map((l) => `<p class="MsoNormal">${l === "" ? "<o:p>&nbsp;</o:p>" : l}<o:p></o:p></p>`).join("")}${OUTLOOK_REPLY}</div></body></html>`;

runRuleTable(rule, {
  valid: [
    { name: "attached to the ticket, not the mail (en)", draft: mail({ body: "Hi Lisa,\n\nThe driver is attached to the ticket INC0012399 in ServiceNow.\n\nThanks,\nTom" }) },
    { name: "attached in Jira because of the size limit (en)", draft: mail({ body: "Hi Lisa,\n\nI attached the CSR in Jira OPS-123 because of the size limit.\n\nThanks,\nTom" }) },
    { name: "attached in Jira instead of this mail (en)", draft: mail({ body: "Hi Lisa,\n\nI attached the CSR in Jira OPS-123 instead of this mail because of the size limit.\n\nTom" }) },
    { name: "attached to the ServiceNow ticket (en)", draft: mail({ body: "Hi Lisa,\n\nThe logs are attached to the ServiceNow ticket; please have a look before the call.\n\nTom" }) },
    { name: "附在工单里 (zh-CN)", draft: mail({ body: "Lisa 你好：\n\n日志已附在工单 INC0012399 里，请查看。\n\n谢谢\nTom" }) },
    { name: "附件在 Jira 里 (zh-TW)", draft: mail({ body: "Lisa 妳好：\n\n截圖的附件在 Jira OPS-123 裡，請查看。\n\n謝謝\nTom" }) },
    { name: "附件已传到部门群 (zh-CN)", draft: mail({ body: "各位好：\n\n培训资料的附件都发到部门群里了，请自行下载。\n\n谢谢\nTom" }) },
    { name: "a 腾讯微云 link for a file too big to attach", draft: mail({ body: "Lisa 你好：\n\n安装包在附件里，因为太大，我放到了腾讯微云：https://share.weiyun.com/abc123\n\nTom" }) },
    { name: "a 金山文档 link beside 见附件 (zh-CN)", draft: mail({ body: "各位好：\n\n值班表见附件：https://www.kdocs.cn/l/ccAbCdEf\n\n谢谢\nTom" }) },
    { name: "a 石墨文档 link beside 附檔 (zh-TW)", draft: mail({ body: "各位好：\n\n會議紀錄請參考附檔 https://shimo.im/docs/AbC123\n\n謝謝\nTom" }) },
    { name: "a promise: 我们会随信附上扫描件", draft: mail({ body: "王经理：\n\n发票开好后，我们会随信附上发票原件的扫描件。\n\n谢谢\n李娜" }) },
    { name: "an offer: 我可以随邮件发给您", draft: mail({ body: "王经理：\n\n如需合同模板，我可以随邮件发给您。\n\n谢谢\n李娜" }) },
    { name: "an offer (zh-TW): 我們可以隨信附上報價單", draft: mail({ body: "陳經理您好：\n\n如有需要，我們可以隨信附上報價單。\n\n謝謝\n志明" }) },
    { name: "a promise: 我们也会附上英文版", draft: mail({ body: "各位：\n\n终稿确定后，我们也会附上英文版。\n\n谢谢\n李娜" }) },
    {
      name: "zh-CN realistic: the attachment is promised for later (附件我会在周三整理好后单独发给你)",
      draft: mail({ body: "Lisa你好：\n\n下周一要提交年度设备采购清单，附件我会在周三整理好后单独发给你。\n\n请你在周五前把你们组的需求补充进共享表格。\n\n谢谢\nTom" }),
    },
    { name: "en realistic: the deck will follow in a separate mail", draft: mail({ body: "Hi Lisa,\n\nThe slides are still being reviewed; I'll send the attachment separately once legal signs off.\n\nCould you book the room for Friday?\n\nThanks,\nTom" }) },
    { name: "no mention, no attachment", draft: mail() },
    {
      name: "mention with a file attached",
      draft: mail({ body: "Hi Lisa,\n\nPlease find attached the Q3 budget (Q3_Budget.xlsx) for your approval.\n\nThanks,\nTom", attachments: [file("Q3_Budget.xlsx")] }),
    },
    {
      name: "cloud attachment counts",
      draft: mail({ subject: "Q3 预算", body: "李娜：\n\n附件是 Q3 预算表，请于周五前审批。\n\n谢谢\n王伟", attachments: [file("Q3 预算.xlsx", { isCloud: true })] }),
    },
    {
      name: "SharePoint link in the body counts",
      draft: mail({
        subject: "Q3 预算",
        body: '<div>李娜：</div><div><br></div><div>附上 Q3 预算表的<a href="https://contoso.sharepoint.com/:x:/s/finance/EabcQ3">共享链接</a>，请审阅。</div><div><br></div><div>谢谢</div><div>王伟</div>',
      }),
    },
    { name: "无附件", draft: mail({ subject: "周会取消", body: "各位好：\n\n本周周会取消，本邮件无附件，下周照常。\n\n谢谢\n李娜" }) },
    { name: "no attachment needed", draft: mail({ body: "Hi Lisa,\n\nNo attachment needed for this one: just reply with your headcount by Friday.\n\nThanks,\nTom" }) },
    { name: "their attachment (English)", draft: mail({ subject: "RE: Q3 budget", body: "Hi Lisa,\n\nThanks, I have gone through your attachment and the numbers look right.\n\nTom" }) },
    { name: "their attachment (Chinese)", draft: mail({ subject: "回复：Q3 预算", body: "王伟：\n\n你发的附件我看过了，第三页的数字需要再核对一下。\n\n谢谢\n李娜" }) },
    { name: "attachment you sent me", draft: mail({ subject: "RE: contract", body: "Hi Anna,\n\nThe attachment you sent me yesterday does not open on my side. Could you resend it as PDF?\n\nBest,\nTom" }) },
    { name: "did you get the attachment?", draft: mail({ body: "Hi Lisa,\n\nDid you get the attachment I sent on Monday? Please confirm.\n\nThanks,\nTom" }) },
    { name: "附件已收到", draft: mail({ subject: "回覆：報價", body: "林小姐您好：\n\n附件已收到，我們會在週五前回覆。\n\n謝謝\n陳志明" }) },
    { name: "附件 only in the quoted history", draft: mail({ subject: "回复：Q3 预算", body: `王伟：\n\n预算我已审批通过。\n\n谢谢\n李娜${QUOTED_ZH}` }) },
    { name: "attached only in the signature's disclaimer", draft: mail({ body: "Hi Lisa,\n\nThe call is moved to 3 pm.\n\nRegards,\nTom\n\nThis email and any files attached are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it." }) },
    { name: "IT notice about attachment size", draft: mail({ subject: "邮箱附件限制调整", body: "各位同事：\n\n自下周起，邮箱附件大小上限调整为 25MB，大文件请用 OneDrive 共享。\n\n谢谢\nIT 服务台" }) },
    { name: "attached to, in its other sense", draft: mail({ body: "Hi Lisa,\n\nThe asset tag attached to the laptop is missing; please print a new one.\n\nThanks,\nTom" }) },
    { name: "attachments in general", draft: mail({ body: "Hi Lisa,\n\nThe gateway now scans mail for attachments with executable file names.\n\nThanks,\nTom" }) },
    { name: "enclosed in quotes", draft: mail({ body: "Hi Lisa,\n\nPassword values must be enclosed in double quotes in the config file.\n\nThanks,\nTom" }) },
    { name: "an instruction to upload attachments", draft: mail({ subject: "报修流程", body: "各位同事：\n\n在工单系统报修时，请上传相关附件（截图或日志），方便我们尽快处理。\n\n谢谢\nIT 服务台" }) },
    { name: "带附件的邮件 in general", draft: mail({ subject: "邮件网关升级", body: "各位同事：\n\n网关升级后，带附件的邮件会先经过病毒扫描，可能延迟几分钟。\n\n谢谢\nIT 服务台" }) },
    { name: "附带 in the sense of 'with an argument'", draft: mail({ body: "张工，你好！\n\n迁移前请先附带 --dry-run 参数运行 migrate.sh，确认输出的 DDL 一致。\n\n谢谢\n王伟" }) },
    { name: "附送 is bundled, 附帶 a condition (zh-TW)", draft: mail({ body: "陳經理您好，\n\n本次採購附帶三年到府保固，供應商另附送無線滑鼠一組，報價比另一家低。\n\n謝謝\n志明" }) },
    { name: "a request to attach the job number (zh-TW)", draft: mail({ body: "各位好，\n\n如升級後 CI 執行異常，請寄信到 it-support@contoso.com 並附上工作編號。\n\n謝謝\nIT 部" }) },
    { name: "a request to attach screenshots", draft: mail({ body: "各位：\n\n报障时烦请在邮件中附上截图和出错时间，方便我们排查。\n\n谢谢\nIT服务台" }) },
    { name: "a phishing warning about an attachment", draft: mail({ body: "Hi all,\n\nThe attachment is called Payslip_Nov2026.html and contains a fake sign-in page. Do not open the attachment.\n\nIT Security" }) },
    { name: "a virus warning in Chinese", draft: mail({ body: "各位同事：\n\n近期有病毒邮件，附件名为“工资单.zip”，请勿打开附件，直接删除。\n\n谢谢\nIT部" }) },
    { name: "如附 promised later", draft: mail({ body: "王经理：\n\n报价单如附件所述的格式我们明天再发给您。\n\n谢谢\n李娜" }) },
    { name: "here's the plan, written in the mail", draft: mail({ body: "Hi Lisa,\n\nHere's the plan for Friday: we cut over at 22:00 and roll back by 23:00 if the checks fail.\n\nThanks,\nTom" }) },
    { name: "I've included Lisa in copy", draft: mail({ body: "Hi Mark,\n\nI've included Lisa in copy so that she can approve the change directly.\n\nThanks,\nTom" }) },
    { name: "the report is in the shared folder, not in the mail", draft: mail({ body: "Hi team,\n\nThe report is in the shared drive under Finance > 2026; please review it by Friday.\n\nThanks,\nTom" }) },
    { name: "现将 without a titled document", draft: mail({ body: "王经理：\n\n现将下周机房断电维护的安排发给您，维护从周六晚十点开始。\n\n谢谢\n李娜" }) },
    { name: "a phishing alert names the attachment in its subject", draft: mail({ subject: "Phishing alert: fake payslip mails with an HTML attachment", body: "Hi all,\n\nThe attachment is called Payslip_Nov2026.html. Delete the mail.\n\nIT Security" }) },
    { name: "钓鱼邮件提醒 in the subject", draft: mail({ subject: "钓鱼邮件提醒：带附件的假工资单", body: "各位同事：\n\n附件名为“工资单.html”，收到请直接删除。\n\nIT部" }) },
    { name: "here are the minutes, written in the mail", draft: mail({ body: "Hi team,\n\nHere are the minutes of today's call: we agreed to move the cut-over to Sunday.\n\nThanks,\nTom" }) },
    { name: "here is a list, written in the mail", draft: mail({ body: "Hi Lisa,\n\nHere is a list of the notable configuration files: /etc/hosts and /etc/resolv.conf.\n\nThanks,\nTom" }) },
    { name: "herewith in a help text", draft: mail({ body: "Hi all,\n\nHerewith you can define the page style of the report template.\n\nThanks,\nTom" }) },
    { name: "please send the file back", draft: mail({ body: "Hi Anna,\n\nCould you send me the signed contract by Friday? Here is what still needs a signature: page 4 and page 9.\n\nThanks,\nTom" }) },
    { name: "Gmail reply: 'Please find attached' only in the quoted mail", draft: mail({ subject: "Re: NDA", body: gmail(["Hi Anna,", "", "Thanks, the quotation works for us; we will sign on Monday.", "", "Best,", "Tom"]) }) },
    { name: "Foxmail reply: 随函附上 only in the quoted mail", draft: mail({ subject: "回复：报价单", body: foxmail(["王伟：", "", "报价已审批，下周一安排签约。", "", "李娜"]) }) },
    { name: "Outlook reply (zh-TW): 檢附 only in the quoted mail", draft: mail({ subject: "RE: 報價單", body: outlook(["雅婷您好：", "", "價格沒有問題，我們下週一簽約。", "", "陳志明"]) }) },
    // The letter and send verbs of the claims below, used as a request, a promise, another channel or an idiom.
    { name: "zh-CN: 须检附 is what applicants must enclose (a request)", draft: mail({ subject: "2027年度住房补贴申请", body: "各位同事：\n\n申请2027年度住房补贴的同事，须检附租赁合同及发票复印件，于12月15日前交至人力资源部。\n\n人力资源部" }) },
    { name: "zh-TW: 請檢附結業證書影本 (a request)", draft: mail({ subject: "教育訓練補助申請", body: "各位同仁：\n\n申請教育訓練補助者，請檢附結業證書影本，於月底前送交人資部。\n\n人資部 敬上" }) },
    { name: "zh-CN: 附送礼品一份 is a free gift, not a document", draft: mail({ body: "王经理：\n\n年底前签约的客户，供应商附送礼品一份，名额有限，请尽快确认。\n\n谢谢\n李娜" }) },
    { name: "zh-CN: 附送一年远程支持 is bundled, no document", draft: mail({ body: "王经理：\n\n这次续约供应商附送一年远程支持服务，价格不变，请您决定是否签约。\n\n谢谢\n李娜" }) },
    { name: "zh-CN: 会随邮件发给您 is a promise", draft: mail({ body: "王经理：\n\n最终版报价单我们会随邮件发给您，预计周四，届时请安排审批。\n\n谢谢\n李娜" }) },
    { name: "zh-CN: 明天一并发送 is a promise", draft: mail({ body: "王经理：\n\n报价单和合同我明天一并发送给您，今天先确认一下交货时间。\n\n谢谢\n李娜" }) },
    { name: "zh-TW: 請各部門隨本郵件回覆 (a request)", draft: mail({ subject: "2027 年度人力需求", body: "各位主管：\n\n請各部門隨本郵件回覆時附上 2027 年度人力需求表，12 月 10 日截止。\n\n人資部 敬上" }) },
    { name: "zh-CN: 请把报价单和合同一并发送给我 (a request)", draft: mail({ body: "王经理：\n\n请把报价单和合同一并发送给我，我周五前完成审批。\n\n谢谢\n李娜" }) },
    { name: "zh-CN: the token went by SMS (请查收 another channel)", draft: mail({ subject: "VPN 令牌重置", body: "王伟你好：\n\n新的 VPN 令牌已通过短信发送至您的手机，请查收。\n\n谢谢\nIT 服务台" }) },
    { name: "zh-CN: the originals went by courier (请注意查收快递)", draft: mail({ body: "王经理：\n\n合同原件今天已用顺丰寄出，请注意查收快递。\n\n谢谢\n李娜" }) },
    { name: "zh-TW: the minutes were sent in the group chat", draft: mail({ body: "陳經理：\n\n會議紀要已在群組裡發給大家了，請查收。\n\n志明" }) },
    { name: "zh-CN: 报价单昨天已经发给您了 (an earlier mail)", draft: mail({ body: "王经理：\n\n报价单我昨天已经发给您了，请查收后回复是否同意。\n\n谢谢\n李娜" }) },
    { name: "zh-CN: 随信息化建设 is not 随信", draft: mail({ subject: "报销线上化", body: "各位同事：\n\n随信息化建设推进，自明年起报销全部在线上办理，纸质单据不再受理。\n\n财务部" }) },
    { name: "zh-CN: 随邮件系统升级 is not 随邮件", draft: mail({ subject: "邮件客户端更新", body: "各位同事：\n\n随邮件系统升级，旧版 Foxmail 客户端将于月底停止支持，请尽快更新。\n\nIT 服务台" }) },
    { name: "en: I'll forward the contract in this email thread once legal approves", draft: mail({ body: "Hi Anna,\n\nOnce legal approves, I will forward the signed contract in this email thread.\n\nThanks,\nTom" }) },
    { name: "en: sending the reminder in this mail (not a file)", draft: mail({ body: "Hi Lisa,\n\nSorry for sending the reminder in this mail again: the survey closes on Friday.\n\nThanks,\nTom" }) },
    { name: "en: with this email I want to share some thoughts", draft: mail({ body: "Hi all,\n\nWith this email I want to share a few thoughts on the reorganisation before Monday's meeting.\n\nBest,\nTom" }) },
    { name: "en: we attach great importance to data protection (idiom)", draft: mail({ to: [{ name: "Anna Schmidt", address: "anna@fabrikam.com" }], body: "Dear Ms. Schmidt,\n\nWe attach great importance to data protection and will answer your questionnaire by Friday.\n\nKind regards,\nTom Chen" }) },
    { name: "en: how do I attach a file (a question)", draft: mail({ subject: "New Outlook question", body: "Hi IT,\n\nHow do I attach a file from OneDrive in the new Outlook? The paperclip only shows recent files.\n\nThanks,\nTom" }) },
    { name: "en: can I attach files larger than 20 MB (a question)", draft: mail({ subject: "Mail size limit", body: "Hi IT,\n\nCan I attach files larger than 20 MB, or do I have to use a sharing link?\n\nThanks,\nLisa" }) },
    // Another mail's attachment, and a link given for the file.
    { name: "zh-CN: 上次邮件的附件 (another mail's attachment)", draft: mail({ body: "王经理：\n\n上次邮件的附件我已经看过了，第二页的数字没有问题。\n\n谢谢\n李娜" }) },
    { name: "zh-CN: 附件见上一封邮件", draft: mail({ body: "王经理：\n\n报价单的附件见上一封邮件，这封只补充交货时间：12月20日。\n\n谢谢\n李娜" }) },
    { name: "zh-TW: 我上週郵件中的附件", draft: mail({ body: "陳經理您好：\n\n規格沒有變動，請參考我上週郵件中的附件。\n\n謝謝\n志明" }) },
    { name: "en: the attachment in my previous email", draft: mail({ body: "Hi Anna,\n\nThe figures are unchanged; please see the attachment in my previous email.\n\nBest,\nTom" }) },
    { name: "zh-CN: 附件较大，请通过以下链接下载 (a link given)", draft: mail({ body: "王经理：\n\n附件较大，请通过以下链接下载：https://files.contoso.com/s/q3-report\n\n谢谢\n李娜" }) },
    { name: "zh-TW: 附件超過 30MB，請改由下方連結下載", draft: mail({ body: "林小姐您好：\n\n設計稿附件超過 30MB，請改由下方連結下載：https://files.contoso.com/s/design-v3\n\n謝謝\n陳志明" }) },
    { name: "en: the attached deck was too large, a download link instead", draft: mail({ body: "Hi Anna,\n\nThe attached deck bounced for size, so here is a download link instead: https://files.contoso.com/s/q3-deck\n\nBest,\nTom" }) },
    // "attached" as a state and 附件 as a kind of thing (the prose run's help texts): no file is claimed.
    { name: "en: connectors remain attached when shapes move (a state)", draft: mail({ body: "Hi Lisa,\n\nI checked the new Visio template: each connector remains attached when the shapes are moved, so the re-layout keeps the diagram intact.\n\nThanks,\nTom" }) },
    { name: "en: the dock stayed attached during sleep (a state)", draft: mail({ body: "Hi team,\n\nAfter the firmware update the USB-C dock stayed attached even when the laptops went to sleep, so the disconnect bug from last month is fixed.\n\nBest regards,\nLisa" }) },
    { name: "zh-CN: 作为附件的可执行文件 is a kind of file the gateway scans", draft: mail({ subject: "邮件网关升级通知", body: "各位同事：\n\n新网关会扫描作为附件的可执行文件、压缩包和带宏的文档，扫描期间邮件可能延迟几分钟。\n\n谢谢\nIT 服务台" }) },
    { name: "zh-TW: 作為附件的影片與音訊檔 is a kind of file", draft: mail({ subject: "郵件系統調整", body: "各位同仁：\n\n系統升級後，作為附件的影片與音訊檔若超過 20MB 將被退回，請改用公司雲端硬碟。\n\n謝謝\n資訊部" }) },
  ],
  invalid: [
    { name: "attached to this mail and to the ticket (en)", draft: mail({ body: "Hi Lisa,\n\nThe logs are attached to this mail and to the ticket.\n\nTom" }), errors: [{ messageId: "missing" }] },
    { name: "attached, the log of a Jira crash (en)", draft: mail({ body: "Hi Lisa,\n\nAttached is the log from the Jira server crash.\n\nTom" }), errors: [{ messageId: "missing" }] },
    { name: "a screenshot taken in the portal, attached (en)", draft: mail({ body: "Hi Lisa,\n\nPlease find attached the screenshot I took in the portal this morning.\n\nTom" }), errors: [{ messageId: "missing" }] },
    { name: "附件是工单系统导出的日志 (zh-CN)", draft: mail({ body: "Lisa 你好：\n\n附件是工单系统导出的日志，请查收。\n\n谢谢\nTom" }), errors: [{ messageId: "missing" }] },
    { name: "附件為 Jira 匯出的報表 (zh-TW)", draft: mail({ body: "Lisa 妳好：\n\n附件為 Jira 匯出的報表，請查收。\n\n謝謝\nTom" }), errors: [{ messageId: "missing" }] },
    { name: "a 微云 link that is no file host (weiyun in a path)", draft: mail({ body: "Lisa 你好：\n\n安装包见附件，说明在 https://contoso.com/weiyun-guide 。\n\nTom" }), errors: [{ messageId: "missing" }] },
    { name: "准备 after the verb is no promise: 现附上准备好的培训资料", draft: mail({ body: "各位：\n\n现附上准备好的培训资料，请查收。\n\n谢谢\n李娜" }), errors: [{ messageId: "missing", excerpt: "附上" }] },
    { name: "已 is done: 我们已随信附上合同", draft: mail({ body: "王经理：\n\n我们已随信附上合同，请查收。\n\n谢谢\n李娜" }), errors: [{ messageId: "missing" }] },
    { name: "功能 is no 能: 功能说明随邮件发给您", draft: mail({ body: "王经理：\n\n新版系统的功能说明随邮件发给您，请查收。\n\n谢谢\n李娜" }), errors: [{ messageId: "missing" }] },
    {
      name: "报价单如附 (a formal letter, zh-TW)",
      draft: mail({ body: "林經理您好：\n\n感謝貴公司詢價，門市 POS 系統年度維護報價單如附，報價有效期限至 12 月 31 日。\n\n敬祝 商祺\n志明" }),
      errors: [{ messageId: "missing", excerpt: "如附" }],
    },
    {
      name: "详情如附 (zh-CN)",
      draft: mail({ body: "王经理：\n\n本次培训的课程安排如附，请于周三前确认参训名单。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "如附" }],
    },
    {
      name: "名单附后",
      draft: mail({ body: "各部门：\n\n第一批参加消防演练的人员名单附后，请各部门通知到人。\n\n行政部" }),
      errors: [{ messageId: "missing", excerpt: "名单附后" }],
    },
    {
      name: "随函寄上 the signed copy",
      draft: mail({ body: "尊敬的陈总：\n\n随函寄上双方盖章的合同扫描件，请查收。\n\n此致\n敬礼\n王伟" }),
      errors: [{ messageId: "missing", excerpt: "随函寄上" }],
    },
    {
      name: "公文: 现将《…》印发给你们",
      draft: mail({ body: "各部门：\n\n为规范信息系统账号管理，现将《信息系统账号管理办法（2027年修订）》印发给你们，请遵照执行。\n\n信息技术部" }),
      errors: [{ messageId: "missing", excerpt: "现将《信息系统账号管理办法（2027年修订）》印发" }],
    },
    {
      name: "打包放在这封邮件里",
      draft: mail({ body: "婷婷：\n\n展会的照片我挑了32张，打包放在这封邮件里，你看下哪些能用。\n\n谢谢\n周" }),
      errors: [{ messageId: "missing", excerpt: "放在这封邮件里" }],
    },
    {
      name: "I've included the contract",
      draft: mail({ body: "Hi Anna,\n\nAs promised, I've included the contract and the pricing schedule for the support agreement.\n\nBest regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "I've included the contract" }],
    },
    {
      name: "Here's the spreadsheet",
      draft: mail({ body: "Hi Mark,\n\nHere's the spreadsheet with the monthly ticket volumes you asked for.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "missing", excerpt: "Here's the spreadsheet" }],
    },
    {
      name: "the deck is in this mail",
      draft: mail({ body: "Hi all,\n\nAhead of Thursday, the deck is in this mail: 14 slides on the business case.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "deck is in this mail" }],
    },
    {
      name: "see the file below",
      draft: mail({ body: "Hi Sam,\n\nPlease see the file below for the conflict list and mark the ones you accept.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "missing", excerpt: "see the file below" }],
    },
    {
      name: "herewith",
      draft: mail({ body: "Dear Mr. Lin,\n\nWe send herewith our quotation for the 2027 maintenance contract.\n\nKind regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "send herewith" }],
    },
    {
      name: "zh-CN realistic: attached now, something else later (附件是初稿，终稿下周发)",
      draft: mail({ body: "Lisa你好：\n\n附件是采购清单的初稿，终稿我会在下周发给你。\n\n请先看一下格式是否可以。\n\n谢谢\nTom" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "see attachment",
      draft: mail({ body: "Hi Lisa,\n\nFor the figures, see attachment.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attachment" }],
    },
    {
      name: "attached to this mail",
      draft: mail({ body: "Hi Lisa,\n\nThe signed form is attached to this email.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "please find attached, nothing attached",
      draft: mail({ body: "Hi Lisa,\n\nPlease find attached the Q3 budget for your approval.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", severity: "warning", data: { phrase: "attached" }, excerpt: "attached" }],
    },
    {
      name: "见附件 in Simplified Chinese",
      draft: mail({ subject: "Q3 预算", body: "李娜：\n\n Q3 预算表详见附件，请于周五前审批。\n\n谢谢\n王伟" }),
      errors: [{ messageId: "missing", data: { phrase: "附件" } }],
    },
    {
      name: "見附件 in Traditional Chinese",
      draft: mail({ subject: "報價單", body: "林小姐您好：\n\n報價單請見附件，如有問題請隨時聯絡。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "附檔 in Traditional Chinese",
      draft: mail({ subject: "會議記錄", body: "各位同事好：\n\n會議記錄如附檔，請查閱。\n\n謝謝\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "附檔" }],
    },
    {
      name: "I've attached, only a signature logo inline",
      draft: mail({ body: "Hi Lisa,\n\nI've attached the slides for tomorrow.\n\nThanks,\nTom", attachments: [file("image001.png", { isInline: true, contentType: "image/png" })] }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "enclosed in a formal letter",
      draft: mail({ to: [{ name: "Anna Schmidt", address: "anna@fabrikam.com" }], body: "Dear Ms. Schmidt,\n\nEnclosed is our signed purchase order.\n\nYours sincerely,\nTom Chen" }),
      errors: [{ messageId: "missing", excerpt: "Enclosed" }],
    },
    {
      name: "reply above history that also mentions an attachment",
      draft: mail({ subject: "回复：Q3 预算", body: `王伟：\n\n修改后的预算表附上，请再确认一次。\n\n谢谢\n李娜${QUOTED_ZH}` }),
      errors: [{ messageId: "missing", excerpt: "附上" }],
    },
    {
      name: "mixed-language mail",
      draft: mail({ body: "Hi 王伟,\n\n附件是 Q3 report 的 draft, please review by Friday.\n\nThanks,\nLisa" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "Outlook desktop HTML body",
      draft: mail({
        body: '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Lisa,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">See the attached file for the migration plan.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thanks,<o:p></o:p></p><p class="MsoNormal">Tom<o:p></o:p></p></div></body></html>',
      }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "a question that still says it is attached",
      draft: mail({ subject: "数据核对", body: "王伟：\n\n请问附件中的数据是否正确？\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "a plain link is not an attachment",
      draft: mail({ body: "Hi Lisa,\n\nThe attached plan follows the process at https://intranet.contoso.com/it/process.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "en: the diagram is attached, the connectors remain in place",
      draft: mail({ body: "Hi Lisa,\n\nThe updated diagram is attached; the connectors now remain in place when you move the shapes.\n\nThanks,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "zh-CN: 合同终稿作为附件发给您 (作为附件 without 的 is still a claim)",
      draft: mail({ body: "王经理：\n\n合同终稿作为附件发给您，请于周五前审阅。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "zh-TW: 報價單作為附件寄上",
      draft: mail({ body: "林小姐您好：\n\n2027 年度維護報價單作為附件寄上，請查收。\n\n敬祝 商祺\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "zh-CN: 附件的第三页 (附件 followed by 的 without a kind word before it)",
      draft: mail({ body: "王经理：\n\n附件的第三页是调整后的报价，请确认。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "zh-TW: 檢附 (公文)",
      draft: mail({ body: "各位同仁：\n\n檢附 2027 年度國定假日及補班日一覽表，請各單位據以排班。\n\n人資部 敬上" }),
      errors: [{ messageId: "missing", excerpt: "檢附" }],
    },
    {
      name: "zh-CN: 检附《…》一份 (公文)",
      draft: mail({ body: "各部门：\n\n检附《2027年度差旅费报销标准》一份，请遵照执行。\n\n财务部" }),
      errors: [{ messageId: "missing", excerpt: "检附" }],
    },
    {
      name: "zh-TW: 附呈 in a formal letter",
      draft: mail({ body: "林經理鈞鑒：\n\n附呈本案施工計畫書乙份，敬請核示。\n\n陳志明 敬上" }),
      errors: [{ messageId: "missing", excerpt: "附呈" }],
    },
    {
      name: "zh-CN: 谨附 in a formal letter",
      draft: mail({ body: "尊敬的张总：\n\n谨附我司2027年度合作方案，供您参阅。\n\n此致\n敬礼\n王伟" }),
      errors: [{ messageId: "missing", excerpt: "谨附" }],
    },
    {
      name: "zh-CN: 兹附 (no 上)",
      draft: mail({ body: "敬启者：\n\n兹附本年度审计报告一份，请查阅。\n\n财务部" }),
      errors: [{ messageId: "missing", excerpt: "兹附" }],
    },
    {
      name: "zh-CN: 附送产品目录一份",
      draft: mail({ body: "王经理：\n\n附送产品目录一份，请参考。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附送产品目录" }],
    },
    {
      name: "zh-CN: 随邮件发给您, without 附件",
      draft: mail({ body: "徐律师：\n\n补充协议的修订稿随邮件发给您，请于周五前回复意见。\n\n王伟" }),
      errors: [{ messageId: "missing", excerpt: "随邮件发给" }],
    },
    {
      name: "zh-TW: 隨信寄上",
      draft: mail({ body: "林小姐您好：\n\n更新後的報價單隨信寄上，請查收。\n\n陳志明" }),
      errors: [{ messageId: "missing", excerpt: "隨信寄上" }],
    },
    {
      name: "zh-CN: 随本邮件发送",
      draft: mail({ body: "各位组长：\n\n随本邮件发送11月测试报告，请于周三前审阅。\n\n质量部" }),
      errors: [{ messageId: "missing", excerpt: "随本邮件发送" }],
    },
    {
      name: "zh-CN: 和这封邮件一起发给你",
      draft: mail({ body: "婷婷：\n\n展会合同的扫描件和这封邮件一起发给你，看完回我一下。\n\n周" }),
      errors: [{ messageId: "missing", excerpt: "和这封邮件一起" }],
    },
    {
      name: "zh-TW: 與本郵件一同寄上",
      draft: mail({ body: "王經理您好：\n\n報價單與本郵件一同寄上，請查收。\n\n志明" }),
      errors: [{ messageId: "missing", excerpt: "與本郵件一同" }],
    },
    {
      name: "zh-CN: 合同和发票一并发送",
      draft: mail({ body: "王经理：\n\n合同和发票一并发送，请查收。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "合同和发票一并发送" }],
    },
    {
      name: "zh-TW: 相關證明文件一併寄上",
      draft: mail({ body: "林經理您好：\n\n相關證明文件一併寄上，敬請查收。\n\n志明" }),
      errors: [{ messageId: "missing", excerpt: "證明文件一併寄上" }],
    },
    {
      name: "zh-CN: 我把报价单发您了，请查收",
      draft: mail({ body: "王经理：\n\n我把修改后的报价单发您了，请查收。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "报价单发您了，请查收" }],
    },
    {
      name: "zh-TW: 簡報檔寄給您了，請查收",
      draft: mail({ body: "陳經理您好：\n\n季度簡報檔寄給您了，請查收。\n\n志明" }),
      errors: [{ messageId: "missing", excerpt: "簡報檔寄給您了，請查收" }],
    },
    {
      name: "zh-CN: 对账单请查收",
      draft: mail({ body: "王经理：\n\n12月对账单请查收，如有出入请告知。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "对账单请查收" }],
    },
    {
      name: "en: I enclose",
      draft: mail({ body: "Dear Ms. Schmidt,\n\nI enclose the signed amendment for your records.\n\nYours sincerely,\nTom Chen" }),
      errors: [{ messageId: "missing", excerpt: "I enclose" }],
    },
    {
      name: "en: we attach our offer",
      draft: mail({ body: "Dear Mr. Lin,\n\nWe attach our offer for the 2027 support contract.\n\nKind regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "We attach" }],
    },
    {
      name: "en: Herewith the countersigned NDA",
      draft: mail({ body: "Dear Ms. Schmidt,\n\nHerewith the countersigned NDA, as requested.\n\nKind regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "Herewith the" }],
    },
    {
      name: "en: I'm sending you the file with this mail",
      draft: mail({ body: "Hi Anna,\n\nAs agreed, I'm sending you the signed contract with this email for your records.\n\nBest,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "sending you the signed contract with this email" }],
    },
    {
      name: "en: with this email we are sending the revised quotation",
      draft: mail({ body: "Dear Mr. Lin,\n\nWith this email we are sending you the revised quotation for the 2027 contract.\n\nKind regards,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "With this email we are sending you the revised quotation" }],
    },
    {
      name: "mixed: Q3 deck 随邮件发给你",
      draft: mail({ body: "Hi Lisa,\n\nQ3 deck 随邮件发给你, please review before Friday.\n\nThanks,\n王伟" }),
      errors: [{ messageId: "missing", excerpt: "随邮件发给" }],
    },
    {
      name: "Foxmail reply: 报价单随信附上 above a quoted mail",
      draft: mail({ subject: "回复：报价单", body: foxmail(["王伟：", "", "修改后的报价单随信附上，请查收。", "", "李娜"]) }),
      errors: [{ messageId: "missing", excerpt: "附上" }],
    },
    {
      name: "Gmail reply: sending the contract with this email above a quoted mail",
      draft: mail({ subject: "Re: NDA", body: gmail(["Hi Anna,", "", "I'm sending you the signed contract with this email; please countersign by Friday.", "", "Best,", "Tom"]) }),
      errors: [{ messageId: "missing", excerpt: "sending you the signed contract with this email" }],
    },
    {
      name: "Outlook reply (zh-TW): 與本郵件一同寄上 above a quoted mail",
      draft: mail({ subject: "RE: 報價單", body: outlook(["雅婷您好：", "", "簽署後的合約與本郵件一同寄上，請查收。", "", "陳志明"]) }),
      errors: [{ messageId: "missing", excerpt: "與本郵件一同" }],
    },
    {
      name: "随邮件发给您 with only a signature logo inline",
      draft: mail({ body: "王经理：\n\n盖章后的合同扫描件随邮件发给您，请查收。\n\n谢谢\n李娜", attachments: [file("image001.png", { isInline: true, contentType: "image/png" })] }),
      errors: [{ messageId: "missing", excerpt: "随邮件发给" }],
    },
    {
      name: "zh-CN: 上次邮件漏了附件，现补发 (the missing one is this mail's)",
      draft: mail({ body: "王经理：\n\n上次邮件漏了报价单，现补发，附件是修改后的版本。\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
    {
      name: "en: attachment named as this mail's, a previous mail mentioned too",
      draft: mail({ body: "Hi Anna,\n\nAs mentioned in my previous email, see the attached file for the updated figures.\n\nBest,\nTom" }),
      errors: [{ messageId: "missing", excerpt: "attached" }],
    },
    {
      name: "zh-CN: 附件是报价单，另附产品页链接 (a link beside the file, not for it)",
      draft: mail({ body: "王经理：\n\n附件是报价单，另附产品页链接：https://www.contoso.com/products/pos\n\n谢谢\n李娜" }),
      errors: [{ messageId: "missing", excerpt: "附件" }],
    },
  ],
});
