import rule from "../../../../src/policy/rules/mail/attachments-described";
import { file, mail } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const list = (text: string, messageId = "insertList") => [{ messageId, fix: { kind: "insertText", place: "beforeClosing", block: "attachmentList", text } }];
const budget = file("Q3_Budget_v2_final.xlsx");

runRuleTable(rule, {
  valid: [
    {
      name: "zh-CN realistic: the file is named in a sentence with a 的 (附件是11月的机房巡检报告)",
      draft: mail({
        body: "Lisa你好：\n\n附件是11月的机房巡检报告，共发现 2 项问题，均已处理。\n\n谢谢\nTom",
        attachments: [{ name: "11月机房巡检报告.pdf", size: 120000 }],
      }),
    },
    { name: "no attachments", draft: mail() },
    {
      name: "long file name mentioned as its core words",
      draft: mail({ body: "Hi Lisa,\n\nThe Q3 Budget v2 attached has the department totals you asked for.\n\nCould you approve it by Friday?\n\nThanks,\nTom", attachments: [budget] }),
    },
    {
      name: "underscored name without extension",
      draft: mail({ body: "Hi Lisa,\n\nQ3_Budget_v2 is the revised version with the new cloud costs.\n\nThanks,\nTom", attachments: [budget] }),
    },
    {
      name: "Chinese attachment list with descriptions",
      draft: mail({
        subject: "Q3 预算审批",
        body: "李娜：\n\n您好！Q3 预算已汇总完毕，请审批。\n\n附件：\n1. 《Q3预算汇总》— 各部门 Q3 预算明细\n2. 《采购清单.docx》— 待采购的服务器和许可证\n\n谢谢\n王伟",
        attachments: [file("Q3预算汇总.xlsx"), file("采购清单.docx")],
      }),
    },
    {
      name: "Traditional name in 「」 with full-width characters",
      draft: mail({
        subject: "報價單",
        body: "林小姐您好：\n\n隨信附上「２０２７年度報價單」，列出明年的授權費用，請參考。\n\n謝謝\n陳志明",
        attachments: [file("2027年度報價單.pdf")],
      }),
    },
    {
      name: "inline images and signature logos are ignored",
      draft: mail({ attachments: [file("image001.png", { isInline: true }), file("logo.jpg", { isInline: true })] }),
    },
    {
      name: "cloud attachment named in a sentence",
      draft: mail({
        body: "Hi Lisa,\n\nI shared Migration Plan.pptx from OneDrive; it covers the cut-over steps for Saturday.\n\nThanks,\nTom",
        attachments: [file("Migration Plan.pptx", { isCloud: true })],
      }),
    },
    {
      name: "case and quotes do not matter",
      draft: mail({ body: "Hi Lisa,\n\nPlease review \"SERVER_INVENTORY.csv\" - the list of servers to retire.\n\nThanks,\nTom", attachments: [file("server_inventory.csv")] }),
    },
    {
      name: "Outlook HTML body with the description in the same paragraph",
      draft: mail({
        body: '<html><body><p class="MsoNormal">Hi Lisa,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Attached is <b>Vendor_Comparison.xlsx</b>, comparing the three backup vendors on price and support.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p><p class="MsoNormal">Tom</p></body></html>',
        attachments: [file("Vendor_Comparison.xlsx")],
      }),
    },
    {
      name: "an attached mail named by its subject",
      draft: mail({
        body: "Hi Lisa,\n\nI attached the thread \"Firewall change window\" so you can see what the vendor agreed to.\n\nThanks,\nTom",
        attachments: [file("RE: Firewall change window.msg", { contentType: "application/vnd.ms-outlook" })],
      }),
    },
    {
      name: "winmail.dat is transport, not an attachment",
      draft: mail({ attachments: [file("winmail.dat")] }),
    },
    {
      name: "zh-CN: a file name ending in a four-digit date (会议纪要-1125) named by its words",
      draft: mail({ subject: "会议纪要 - 11月25日项目启动会", body: "各位好：\n\n附件是本次项目启动会的会议纪要，请查阅。\n\n谢谢\nTom", attachments: [file("项目启动会会议纪要-1125.docx")] }),
    },
    {
      name: "en: Minutes_0312.docx named as 'the minutes'",
      draft: mail({ subject: "Minutes: March 12 sync", body: "Hi all,\n\nAttached are the minutes of the March 12 sync, with the decisions and the owners.\n\nThanks,\nTom", attachments: [file("Minutes_0312.docx")] }),
    },
    {
      name: "zh-TW: 週報_1201.pdf named as 本週週報",
      draft: mail({ subject: "本週週報", body: "志明您好：\n\n附上本週週報，含三項專案進度與風險。\n\n謝謝\nTom", attachments: [file("週報_1201.pdf")] }),
    },
    {
      name: "en: a year at the end of the name (Budget_2027) named as the budget",
      draft: mail({ subject: "Budget for next year", body: "Hi Lisa,\n\nThe attached budget has next year's totals by department.\n\nThanks,\nTom", attachments: [file("Budget_2027.xlsx")] }),
    },
    {
      name: "en: the one attachment described without its file name",
      draft: mail({ subject: "Minutes of the steering committee, Nov 24", body: "Hi all,\n\nPlease find attached the minutes of yesterday's steering committee.\n\nThanks,\nTom", attachments: [file("SteerCo Nov 24.pdf")] }),
    },
    {
      name: "en: I've attached the signed contract (file named by the e-signature service)",
      draft: mail({ subject: "Signed contract", body: "Hi Lisa,\n\nI've attached the signed contract for your records.\n\nThanks,\nTom", attachments: [file("DocuSign_Envelope_8F3A.pdf")] }),
    },
    {
      name: "zh-CN: 附件是…的报告 for a scanner's file name",
      draft: mail({ subject: "机房巡检", body: "李娜你好：\n\n附件是上周机房巡检的报告，请查阅。\n\n谢谢\nTom", attachments: [file("scan_001.pdf")] }),
    },
    {
      name: "zh-TW: 隨信附上本次會議的簡報",
      draft: mail({ subject: "架構評審會議", body: "各位好：\n\n隨信附上本次會議的簡報，請於會前閱讀。\n\n謝謝\n志明", attachments: [file("Deck_final.pptx")] }),
    },
    {
      name: "zh-CN: the file named apart from the meeting (《季度复盘》是明天会议的简报)",
      draft: mail({ subject: "季度复盘会议", body: "各位好：\n\n《季度复盘》是明天会议的简报，《预算表》是附带的预算明细。\n\n谢谢\n王伟", attachments: [file("季度复盘.pptx"), file("预算表.xlsx")] }),
    },
    {
      name: "zh-TW: 架構評審.pptx 是會議簡報 (the name with its extension)",
      draft: mail({ subject: "架構評審會議", body: "各位好：\n\n架構評審.pptx 是明天會議的簡報，請先看過。\n\n謝謝\n志明", attachments: [file("20261126_架構評審.pptx")] }),
    },
    {
      name: "zh-CN: 预算评审表 runs on into 表, not into 会议",
      draft: mail({ subject: "预算评审", body: "李娜你好：\n\n预算评审表已按各部门意见更新，会上再讨论。\n\n谢谢\nTom", attachments: [file("预算评审表_v2.xlsx")] }),
    },
    { name: "zh-CN: an HTML table with the description in the next cell", draft: mail({ subject: "巡检材料", body: "<p>李娜你好：</p><p>本次巡检的材料如下：</p><table border=\"1\"><tr><th>附件</th><th>说明</th></tr><tr><td>机房巡检报告.pdf</td><td>11月巡检结果，2项问题</td></tr><tr><td>UPS电池检测.xlsx</td><td>电池内阻检测数据</td></tr></table><p>谢谢</p><p>Tom</p>", attachments: [file("机房巡检报告.pdf"), file("UPS电池检测.xlsx")] }) },
    { name: "en: a File | Description table", draft: mail({ subject: "Design files", body: "<p>Hi Lisa,</p><p>The design files:</p><table border=\"1\"><tr><th>File</th><th>Description</th></tr><tr><td>Network_Diagram.vsdx</td><td>the new VLAN layout</td></tr><tr><td>IP_Plan.xlsx</td><td>addresses for each floor</td></tr></table><p>Thanks,<br>Tom</p>", attachments: [file("Network_Diagram.vsdx"), file("IP_Plan.xlsx")] }) },
    { name: "zh-TW: 檔案 | 內容 table", draft: mail({ subject: "報價單與規格書", body: "<p>志明您好：</p><table border=\"1\"><tr><th>檔案</th><th>內容</th></tr><tr><td>報價單_1125.pdf</td><td>明年度授權費用</td></tr><tr><td>產品規格書_v2.pdf</td><td>新版硬體規格</td></tr></table><p>謝謝</p><p>Tom</p>", attachments: [file("報價單_1125.pdf"), file("產品規格書_v2.pdf")] }) },
  ],
  invalid: [
    {
      name: "attachment never mentioned (English)",
      draft: mail({ body: "Hi Lisa,\n\nPlease approve the budget by Friday.\n\nThanks,\nTom", attachments: [budget] }),
      errors: [{ messageId: "notMentioned", data: { name: "Q3_Budget_v2_final.xlsx" }, suggestions: list("Attachments:\n1. Q3_Budget_v2_final.xlsx — ") }],
    },
    {
      name: "attachment never mentioned (Chinese)",
      draft: mail({ subject: "会议材料", body: "各位好：\n\n明天会议的材料请提前阅读。\n\n谢谢\n李娜", attachments: [file("项目进度报告.pptx")] }),
      errors: [{ messageId: "notMentioned", data: { name: "项目进度报告.pptx" }, suggestions: list("附件：\n1. 《项目进度报告.pptx》— ") }],
    },
    {
      name: "附件：a.pdf with nothing else",
      draft: mail({ subject: "合同", body: "王伟：\n\n合同请审阅。\n\n附件：合同草案.pdf\n\n谢谢\n李娜", attachments: [file("合同草案.pdf")] }),
      errors: [{ messageId: "noDescription", excerpt: "合同草案.pdf", suggestions: list("附件：\n1. 《合同草案.pdf》— ") }],
    },
    {
      name: "bare names in an English list",
      draft: mail({
        body: "Hi Lisa,\n\nPlease review before Friday.\n\nAttachments:\n1. Network_Diagram.vsdx\n2. IP_Plan.xlsx\n\nThanks,\nTom",
        attachments: [file("Network_Diagram.vsdx"), file("IP_Plan.xlsx")],
      }),
      errors: [
        // The list is there already: a second one is not offered, each file's description is asked for.
        { messageId: "noDescription", data: { name: "Network_Diagram.vsdx" } },
        { messageId: "noDescription", data: { name: "IP_Plan.xlsx" } },
      ],
    },
    {
      name: "twelve scans not mentioned: ten named, the rest counted in one finding that alone carries the list",
      draft: mail({
        body: "Hi Lisa,\n\nPlease review the site survey before Friday.\n\nThanks,\nTom",
        attachments: Array.from({ length: 12 }, (_, i) => file(`Scan_${String(i + 1).padStart(2, "0")}.pdf`)),
      }),
      errors: [
        ...Array.from({ length: 10 }, (_, i) => ({ messageId: "notMentioned", data: { name: `Scan_${String(i + 1).padStart(2, "0")}.pdf` } })),
        {
          messageId: "moreUndescribed",
          data: { count: 2 },
          suggestions: list(["Attachments:", ...Array.from({ length: 12 }, (_, i) => `${i + 1}. Scan_${String(i + 1).padStart(2, "0")}.pdf — `)].join("\n")),
        },
      ],
    },
    {
      name: "zh-CN: 十五个附件都未提及，多出的五个合为一条",
      draft: mail({
        body: "王经理，您好！\n\n请审阅本季度的巡检结果，周五前回复。\n\n谢谢！\n陈涛",
        attachments: Array.from({ length: 15 }, (_, i) => file(`机房巡检照片${i + 1}.jpg`)),
      }),
      errors: [
        ...Array.from({ length: 10 }, (_, i) => ({ messageId: "notMentioned", data: { name: `机房巡检照片${i + 1}.jpg` } })),
        { messageId: "moreUndescribed", data: { count: 5 }, suggestions: [{ messageId: "insertList" }] },
      ],
    },
    {
      name: "one of two attachments described",
      draft: mail({
        body: "Hi Lisa,\n\nThe Q3 Budget v2 contains the revised cloud costs.\n\nThanks,\nTom",
        attachments: [budget, file("Headcount.xlsx")],
      }),
      errors: [{ messageId: "notMentioned", data: { name: "Headcount.xlsx" }, suggestions: list("Attachments:\n1. Headcount.xlsx — ") }],
    },
    {
      name: "mentioned only in the quoted history",
      draft: mail({
        subject: "RE: Q3 budget",
        body: "Hi Lisa,\n\nUpdated as discussed.\n\nThanks,\nTom\n\n-----Original Message-----\nFrom: Lisa Wang\nSent: Monday, November 23, 2026 9:12 AM\nTo: Tom Chen\nSubject: Q3 budget\n\nCan you update Q3_Budget_v2_final.xlsx with the new cloud costs?",
        attachments: [budget],
      }),
      errors: [{ messageId: "notMentioned", suggestions: list("Attachments:\n1. Q3_Budget_v2_final.xlsx — ") }],
    },
    {
      name: "Traditional mail, bare name on its own line",
      draft: mail({
        subject: "會議記錄",
        body: "各位同事好：\n\n會議記錄如下，請查閱。\n\n《11月週會記錄.docx》\n\n謝謝\n陳志明",
        attachments: [file("11月週會記錄.docx")],
      }),
      errors: [{ messageId: "noDescription", suggestions: list("附件：\n1. 《11月週會記錄.docx》— ") }],
    },
    {
      name: "a cloud attachment counts",
      draft: mail({ body: "Hi Lisa,\n\nSee you at the review.\n\nThanks,\nTom", attachments: [file("Roadmap 2027.pptx", { isCloud: true })] }),
      errors: [{ messageId: "notMentioned", data: { name: "Roadmap 2027.pptx" }, suggestions: list("Attachments:\n1. Roadmap 2027.pptx — ") }],
    },
    {
      name: "a word of the name inside another word is no mention",
      draft: mail({ body: "Hi Lisa,\n\nThe planning session moved to Friday.\n\nThanks,\nTom", attachments: [file("plan.docx")] }),
      errors: [{ messageId: "notMentioned", suggestions: list("Attachments:\n1. plan.docx — ") }],
    },
    {
      name: "mixed-language mail answered in Chinese",
      draft: mail({ subject: "上线检查", body: "王伟：\n\n上线前请完成检查。\n请查收附件 Go-Live Checklist.xlsx\n\n谢谢\n李娜", attachments: [file("Go-Live Checklist.xlsx")] }),
      errors: [{ messageId: "noDescription", excerpt: "Go-Live Checklist.xlsx", suggestions: list("附件：\n1. 《Go-Live Checklist.xlsx》— ") }],
    },
    {
      name: "en: the list the add-in wrote names every file: no second list is offered, the description is asked for",
      draft: mail({ body: "Hi Lisa,\n\nThe numbers are in.\n\nAttachments:\n1. Q3_Budget_v2_final.xlsx — \n\nCould you review them?\n\nThanks,\nTom", attachments: [budget] }),
      errors: [{ messageId: "noDescription", data: { name: "Q3_Budget_v2_final.xlsx" } }],
    },
    {
      name: "zh-CN: a list with one file described and one bare: nothing to insert, the bare one flagged",
      draft: mail({
        subject: "Q3 预算审批",
        body: "李娜：\n\nQ3 预算已汇总完毕。\n\n附件：\n1. 《Q3预算汇总.xlsx》— 各部门 Q3 预算明细\n2. 《采购清单.docx》— \n\n请于周五前审批。\n\n谢谢\n王伟",
        attachments: [file("Q3预算汇总.xlsx"), file("采购清单.docx")],
      }),
      errors: [{ messageId: "noDescription", data: { name: "采购清单.docx" } }],
    },
    {
      name: "en: a file attached after the list was written: the list is updated, the lines already typed kept",
      draft: mail({
        body: "Hi Lisa,\n\nThe numbers are in.\n\nAttachments:\n1. Q3_Budget_v2_final.xlsx — the revised budget\n\nCould you review them?\n\nThanks,\nTom",
        attachments: [budget, file("notes.docx")],
      }),
      errors: [
        {
          messageId: "notMentioned",
          data: { name: "notes.docx" },
          suggestions: list("Attachments:\n1. Q3_Budget_v2_final.xlsx — the revised budget\n2. notes.docx — ", "updateList"),
        },
      ],
    },
    {
      name: "zh-TW: a file attached after the list was written, Traditional list kept as typed",
      draft: mail({
        subject: "會議紀錄",
        body: "各位好：\n\n附上本週的會議紀錄。\n\n附件：\n1. 《11月週會記錄.docx》— 本週討論與決議\n\n陳志明",
        attachments: [file("11月週會記錄.docx"), file("行動項.xlsx")],
      }),
      errors: [{ messageId: "notMentioned", data: { name: "行動項.xlsx" }, suggestions: list("附件：\n1. 《11月週會記錄.docx》— 本週討論與決議\n2. 《行動項.xlsx》— ", "updateList") }],
    },
    {
      name: "en: Minutes_0312.docx not named",
      draft: mail({ subject: "Minutes: March 12 sync", body: "Hi all,\n\nSee attached.\n\nThanks,\nTom", attachments: [file("Minutes_0312.docx")] }),
      errors: [{ messageId: "notMentioned", data: { name: "Minutes_0312.docx" }, suggestions: list("Attachments:\n1. Minutes_0312.docx — ") }],
    },
    {
      name: "zh-CN: 周报_1201.pdf not named",
      draft: mail({ subject: "本周进展", body: "李娜你好：\n\n附件请查收。\n\n谢谢\nTom", attachments: [file("周报_1201.pdf")] }),
      errors: [{ messageId: "notMentioned", data: { name: "周报_1201.pdf" }, suggestions: list("附件：\n1. 《周报_1201.pdf》— ") }],
    },
    {
      name: "zh-TW: 會議紀要-1125.docx listed without a description",
      draft: mail({ subject: "會議紀要", body: "各位好：\n\n附件：\n1. 會議紀要-1125.docx\n\n謝謝\n志明", attachments: [file("會議紀要-1125.docx")] }),
      errors: [{ messageId: "noDescription", data: { name: "會議紀要-1125.docx" } }],
    },
    {
      name: "en: 'Please see attached.' says nothing of what the one file is",
      draft: mail({ subject: "Files", body: "Hi Lisa,\n\nPlease see attached.\n\nThanks,\nTom", attachments: [file("scan_20261125.pdf")] }),
      errors: [{ messageId: "notMentioned", data: { name: "scan_20261125.pdf" }, suggestions: list("Attachments:\n1. scan_20261125.pdf — ") }],
    },
    {
      name: "zh-CN: 见附件，请审阅 says nothing of what it is",
      draft: mail({ subject: "Q3财务报表", body: "李娜你好：\n\n见附件，请审阅。\n\n谢谢\nTom", attachments: [file("Q3财务报表.xlsx")] }),
      errors: [{ messageId: "notMentioned", data: { name: "Q3财务报表.xlsx" }, suggestions: list("附件：\n1. 《Q3财务报表.xlsx》— ") }],
    },
    {
      name: "zh-TW: 附件是相關資料 is a generic word",
      draft: mail({ subject: "資料", body: "志明您好：\n\n附件是相關資料，請查收。\n\n謝謝\nTom", attachments: [file("IMG_2041.pdf")] }),
      errors: [{ messageId: "notMentioned", data: { name: "IMG_2041.pdf" }, suggestions: list("附件：\n1. 《IMG_2041.pdf》— ") }],
    },
    {
      name: "en: with two files a description does not say which one it is",
      draft: mail({ subject: "Workshop", body: "Hi Lisa,\n\nAttached are the slides for the workshop.\n\nThanks,\nTom", attachments: [file("WS_A.pptx"), file("WS_B.pptx")] }),
      errors: [
        { messageId: "notMentioned", data: { name: "WS_A.pptx" }, suggestions: list("Attachments:\n1. WS_A.pptx — \n2. WS_B.pptx — ") },
        { messageId: "notMentioned", data: { name: "WS_B.pptx" }, suggestions: list("Attachments:\n1. WS_A.pptx — \n2. WS_B.pptx — ") },
      ],
    },
    {
      name: "zh-TW: the file's words name the meeting (架構評審會議), the slides are never named",
      draft: mail({ subject: "明天上午 10 點架構評審會議", body: "宗翰、凱文好：\n\n明天上午 10 點的架構評審會議地點改到 5F 小會議室。\n\n會議資料已經準備好了，請兩位會前先看過。\n\n李家豪", attachments: [file("20261126_架構評審.pptx")] }),
      errors: [{ messageId: "notMentioned", data: { name: "20261126_架構評審.pptx" }, suggestions: list("附件：\n1. 《20261126_架構評審.pptx》— ") }],
    },
    {
      name: "zh-CN: 季度复盘会议 is the meeting, not 季度复盘.pptx",
      draft: mail({ subject: "会议改期", body: "各位好：\n\n明天的季度复盘会议改到3楼大会议室，时间不变。\n\n谢谢\n王伟", attachments: [file("季度复盘.pptx")] }),
      errors: [{ messageId: "notMentioned", data: { name: "季度复盘.pptx" }, suggestions: list("附件：\n1. 《季度复盘.pptx》— ") }],
    },
    {
      name: "zh-CN: 预算评审会上 is the meeting",
      draft: mail({ subject: "预算", body: "李娜你好：\n\n数字请在预算评审会上确认。\n\n谢谢\nTom", attachments: [file("预算评审_v2.xlsx")] }),
      errors: [{ messageId: "notMentioned", data: { name: "预算评审_v2.xlsx" }, suggestions: list("附件：\n1. 《预算评审_v2.xlsx》— ") }],
    },
    {
      name: "en: a File | Size table says nothing of what the files are",
      draft: mail({ subject: "Design files", body: "<p>Hi Lisa,</p><table border=\"1\"><tr><th>File</th><th>Size</th></tr><tr><td>Network_Diagram.vsdx</td><td>1.2 MB</td></tr><tr><td>IP_Plan.xlsx</td><td>80 KB</td></tr></table><p>Thanks,<br>Tom</p>", attachments: [file("Network_Diagram.vsdx"), file("IP_Plan.xlsx")] }),
      errors: [
        { messageId: "noDescription", data: { name: "Network_Diagram.vsdx" }, suggestions: list("Attachments:\n1. Network_Diagram.vsdx — \n2. IP_Plan.xlsx — ") },
        { messageId: "noDescription", data: { name: "IP_Plan.xlsx" }, suggestions: list("Attachments:\n1. Network_Diagram.vsdx — \n2. IP_Plan.xlsx — ") },
      ],
    },
    {
      name: "zh-CN: a one-column table of names: the next cell is the next file",
      draft: mail({ subject: "巡检材料", body: "<p>李娜你好：</p><table border=\"1\"><tr><th>附件</th></tr><tr><td>机房巡检报告.pdf</td></tr><tr><td>UPS电池检测.xlsx</td></tr></table><p>谢谢</p><p>Tom</p>", attachments: [file("机房巡检报告.pdf"), file("UPS电池检测.xlsx")] }),
      errors: [
        { messageId: "noDescription", data: { name: "机房巡检报告.pdf" }, suggestions: list("附件：\n1. 《机房巡检报告.pdf》— \n2. 《UPS电池检测.xlsx》— ") },
        { messageId: "noDescription", data: { name: "UPS电池检测.xlsx" }, suggestions: list("附件：\n1. 《机房巡检报告.pdf》— \n2. 《UPS电池检测.xlsx》— ") },
      ],
    },
    {
      name: "zh-TW plain text: a bare name line followed by a request is not a table",
      draft: mail({ subject: "報價單", body: "林小姐您好：\n\n報價單_1125.pdf\n請於週五前回覆。\n\n謝謝\nTom", attachments: [file("報價單_1125.pdf")] }),
      errors: [{ messageId: "noDescription", data: { name: "報價單_1125.pdf" }, suggestions: list("附件：\n1. 《報價單_1125.pdf》— ") }],
    },
  ],
});
