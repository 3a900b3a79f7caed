import type { Lang } from "../policy/types";

// `comm-policy --help`, in the user's language. The README's CLI section is the long form.

const EN = `Usage: comm-policy <command> [options] FILE...

Checks e-mails and meetings against the company's communication policy, with the
same engine as the Outlook add-in.

Commands:
  check FILE...    check .eml / .msg mails, .ics meetings and .json drafts
  draft FILE...    print the drafts read from the files (JSON draft format)
  report PATH...   the compliance report over folders of exported mail and meetings
                   (.eml, .msg, .mbox, .ics, .json): one HTML file; see below
  schema           print the JSON Schema of the policy file

Options:
  --policy FILE    tenant policy file (JSON); default: the built-in policy
  --now ISO-8601   moment of sending / booking, e.g. 2026-11-24T10:00:00+08:00;
                   default: the file's Date header, DTSTAMP or sentAt / bookedAt
  --lang LANG      en, zh-CN or zh-TW; default: from LC_ALL, LC_MESSAGES or LANG, else en
  --json           print one JSON array instead of the readable report:
                   [{"file", "kind", "item" (when a file holds several), "subject",
                     "findings": [{"rule", "severity", "message", "clause", ...}], "notices"}]
  -h, --help       print this help

A .json draft is one object or an array of them, e.g.
  {"kind": "mail", "from": "Tom Li <tom.li@contoso.com>", "subject": "...", "body": "...",
   "to": ["Lisa Wang <lisa.wang@contoso.com>"]}
(fields as in the add-in's MailDraft / MeetingDraft; lists left out, such as bcc or attachments,
are empty; without "from", or internalDomains in the policy, who is outside the company is not
judged; "comm-policy draft FILE" shows what was read).

Report options (comm-policy report [options] PATH...):
  --policy FILE / --compare FILE   the policy, and a proposed one to simulate beside it
  --directory FILE   people.csv: address, display name, department, manager
  --from / --to YYYY-MM-DD         the period (days sent or booked, policy time zone)
  --out FILE         the HTML report (default report.html); --json FILE, --csv FILE: the figures
  --show-names       show names and paths (default: pseudonyms); --no-quotes: no quoted words
  --jobs N           worker threads (default: the cores); --time-limit S: per file (default 30)
  --lang LANG        the report's language; --secret-file FILE: pseudonyms shared by runs
  --merge FILE...    add up the --json outputs of several runs into one report

Exit status: 0 no finding is an error, 1 a finding is an error,
2 unusable input (bad usage, invalid policy, a file that cannot be read).
`;

const ZH_CN = `用法：comm-policy <命令> [选项] 文件...

按公司的沟通管理制度检查邮件和会议，与 Outlook 加载项使用同一检查引擎。

命令：
  check 文件...    检查 .eml / .msg 邮件、.ics 会议和 .json 草稿
  draft 文件...    输出从文件中读取的草稿（JSON 草稿格式）
  report 路径...   对导出的邮件和会议文件夹（.eml、.msg、.mbox、.ics、.json）生成合规报告：
                   一个 HTML 文件；见下文
  schema           输出制度文件的 JSON Schema

选项：
  --policy 文件    租户制度文件（JSON）；默认：内置制度
  --now ISO-8601   发送或预约的时刻，例如 2026-11-24T10:00:00+08:00；
                   默认：文件的 Date 标头、DTSTAMP 或 sentAt / bookedAt
  --lang 语言      en、zh-CN 或 zh-TW；默认取自 LC_ALL、LC_MESSAGES 或 LANG，否则为 en
  --json           输出一个 JSON 数组，而不是可读的报告：
                   [{"file", "kind", "item"（文件含多项时）, "subject",
                     "findings": [{"rule", "severity", "message", "clause", ...}], "notices"}]
  -h, --help       显示本帮助

.json 草稿是一个对象或对象数组，例如
  {"kind": "mail", "from": "Tom Li <tom.li@contoso.com>", "subject": "...", "body": "...",
   "to": ["Lisa Wang <lisa.wang@contoso.com>"]}
（字段与加载项的 MailDraft / MeetingDraft 相同；省略的列表（如 bcc 或 attachments）视为空；
没有 "from"、策略中也没有 internalDomains 时，不判断哪些收件人在公司外部；
“comm-policy draft 文件”显示读取的结果）。

报告选项（comm-policy report [选项] 路径...）：
  --policy 文件 / --compare 文件   制度文件，以及用于对比模拟的拟议制度
  --directory 文件   people.csv：地址、显示名称、部门、上级
  --from / --to YYYY-MM-DD         统计期间（发送或预约的日期，按制度时区）
  --out 文件         HTML 报告（默认 report.html）；--json 文件、--csv 文件：数据
  --show-names       显示姓名和路径（默认：化名）；--no-quotes：不引用邮件原文
  --jobs N           工作线程数（默认：CPU 核数）；--time-limit 秒：每个文件的时限（默认 30）
  --lang 语言        报告的语言；--secret-file 文件：多次运行共用的化名密钥
  --merge 文件...    将多次运行的 --json 输出合并为一份报告

退出状态：0 没有错误级别的问题，1 有错误级别的问题，
2 输入无法使用（用法错误、制度文件无效、文件无法读取）。
`;

const ZH_TW = `用法：comm-policy <命令> [選項] 檔案...

按公司的溝通管理制度檢查郵件和會議，與 Outlook 增益集使用同一檢查引擎。

命令：
  check 檔案...    檢查 .eml / .msg 郵件、.ics 會議和 .json 草稿
  draft 檔案...    輸出從檔案中讀取的草稿（JSON 草稿格式）
  report 路徑...   對匯出的郵件和會議資料夾（.eml、.msg、.mbox、.ics、.json）產生合規報告：
                   一個 HTML 檔案；見下文
  schema           輸出制度檔案的 JSON Schema

選項：
  --policy 檔案    租用戶制度檔案（JSON）；預設：內建制度
  --now ISO-8601   寄出或預約的時刻，例如 2026-11-24T10:00:00+08:00；
                   預設：檔案的 Date 標頭、DTSTAMP 或 sentAt / bookedAt
  --lang 語言      en、zh-CN 或 zh-TW；預設取自 LC_ALL、LC_MESSAGES 或 LANG，否則為 en
  --json           輸出一個 JSON 陣列，而不是可讀的報告：
                   [{"file", "kind", "item"（檔案含多項時）, "subject",
                     "findings": [{"rule", "severity", "message", "clause", ...}], "notices"}]
  -h, --help       顯示本說明

.json 草稿是一個物件或物件陣列，例如
  {"kind": "mail", "from": "Tom Li <tom.li@contoso.com>", "subject": "...", "body": "...",
   "to": ["Lisa Wang <lisa.wang@contoso.com>"]}
（欄位與增益集的 MailDraft / MeetingDraft 相同；省略的清單（如 bcc 或 attachments）視為空；
沒有 "from"、原則中也沒有 internalDomains 時，不判斷哪些收件者在公司外部；
「comm-policy draft 檔案」顯示讀取的結果）。

報告選項（comm-policy report [選項] 路徑...）：
  --policy 檔案 / --compare 檔案   制度檔案，以及用於對比模擬的擬議制度
  --directory 檔案   people.csv：地址、顯示名稱、部門、主管
  --from / --to YYYY-MM-DD         統計期間（寄出或預約的日期，按制度時區）
  --out 檔案         HTML 報告（預設 report.html）；--json 檔案、--csv 檔案：數據
  --show-names       顯示姓名和路徑（預設：化名）；--no-quotes：不引用郵件原文
  --jobs N           工作執行緒數（預設：CPU 核心數）；--time-limit 秒：每個檔案的時限（預設 30）
  --lang 語言        報告的語言；--secret-file 檔案：多次執行共用的化名金鑰
  --merge 檔案...    將多次執行的 --json 輸出合併為一份報告

結束狀態：0 沒有錯誤級別的問題，1 有錯誤級別的問題，
2 輸入無法使用（用法錯誤、制度檔案無效、檔案無法讀取）。
`;

const USAGE: Record<Lang, string> = { en: EN, "zh-CN": ZH_CN, "zh-TW": ZH_TW };

export function usage(lang: Lang): string {
  return USAGE[lang];
}
