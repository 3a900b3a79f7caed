import type { LocalizedText } from "../policy/types";

// Why a file (or one item in it) cannot be checked, and what was repaired while reading it,
// in the three languages. Every reason names the property or the line where it can, so an
// administrator can open the file and see it.

export const INPUT_REASONS = {
  empty: { en: "the file is empty", "zh-CN": "文件为空", "zh-TW": "檔案是空的" },
  binary: { en: "this is a binary file, not text", "zh-CN": "这是二进制文件，不是文本", "zh-TW": "這是二進位檔案，不是文字" },
  msgUnreadable: {
    en: "this Outlook .msg file is damaged and could not be read",
    "zh-CN": "此 Outlook .msg 文件已损坏，无法读取",
    "zh-TW": "此 Outlook .msg 檔案已損毀，無法讀取",
  },
  msgNotOle: {
    en: "not an Outlook .msg file: it does not start with the signature of an Outlook item (OLE compound file)",
    "zh-CN": "不是 Outlook .msg 文件：开头没有 Outlook 项目（OLE 复合文件）的签名",
    "zh-TW": "不是 Outlook .msg 檔案：開頭沒有 Outlook 項目（OLE 複合檔案）的簽章",
  },
  msgTruncated: {
    en: "this Outlook .msg file is damaged: it is cut short (the file ends where its structure says it goes on)",
    "zh-CN": "此 Outlook .msg 文件已损坏：文件不完整（按其结构应有的内容缺失）",
    "zh-TW": "此 Outlook .msg 檔案已損毀：檔案不完整（依其結構應有的內容缺失）",
  },
  msgLoop: {
    en: "this Outlook .msg file is damaged: its internal structure leads back to itself (a loop), so it cannot be read to the end",
    "zh-CN": "此 Outlook .msg 文件已损坏：其内部结构形成循环，无法读完",
    "zh-TW": "此 Outlook .msg 檔案已損毀：其內部結構形成迴圈，無法讀完",
  },
  msgOutside: {
    en: "this Outlook .msg file is damaged: its internal structure points outside the file",
    "zh-CN": "此 Outlook .msg 文件已损坏：其内部结构指向文件之外",
    "zh-TW": "此 Outlook .msg 檔案已損毀：其內部結構指向檔案之外",
  },
  msgNoContent: {
    en: "this Outlook .msg file holds no message class, subject or body",
    "zh-CN": "此 Outlook .msg 文件没有邮件类别、主题或正文",
    "zh-TW": "此 Outlook .msg 檔案沒有郵件類別、主旨或內文",
  },
  msgNotMime: {
    en: "this is an Outlook .msg item, not MIME; give the file to comm-policy as it is and it is read as .msg",
    "zh-CN": "这是 Outlook .msg 项目，不是 MIME 邮件；请直接把该文件交给 comm-policy，它会按 .msg 读取",
    "zh-TW": "這是 Outlook .msg 項目，不是 MIME 郵件；請直接把該檔案交給 comm-policy，它會按 .msg 讀取",
  },
  msgNotItem: {
    en: "this Outlook .msg file is a {{messageClass}}, not a mail or a meeting",
    "zh-CN": "此 Outlook .msg 文件是 {{messageClass}}，不是邮件或会议",
    "zh-TW": "此 Outlook .msg 檔案是 {{messageClass}}，不是郵件或會議",
  },
  mimeUnreadable: { en: "not a readable MIME message: {{detail}}", "zh-CN": "无法读取的 MIME 邮件：{{detail}}", "zh-TW": "無法讀取的 MIME 郵件：{{detail}}" },
  mimeTooDeep: {
    en: "not a readable MIME message: its parts are nested more than {{max}} levels deep",
    "zh-CN": "无法读取的 MIME 邮件：其部分嵌套超过 {{max}} 层",
    "zh-TW": "無法讀取的 MIME 郵件：其部分巢狀超過 {{max}} 層",
  },
  mimeHeadersTooLarge: {
    en: "not a readable MIME message: its headers (of all its parts together) are larger than {{max}} MB",
    "zh-CN": "无法读取的 MIME 邮件：其标头（所有部分合计）大于 {{max}} MB",
    "zh-TW": "無法讀取的 MIME 郵件：其標頭（所有部分合計）大於 {{max}} MB",
  },
  notMime: {
    en: "not a MIME message: no From, To, Subject or Date header",
    "zh-CN": "不是 MIME 邮件：没有 From、To、Subject 或 Date 标头",
    "zh-TW": "不是 MIME 郵件：沒有 From、To、Subject 或 Date 標頭",
  },
  binaryHeader: {
    en: "not a MIME message: the header block holds binary data (line {{line}})",
    "zh-CN": "不是 MIME 邮件：标头部分含有二进制数据（第 {{line}} 行）",
    "zh-TW": "不是 MIME 郵件：標頭部分含有二進位資料（第 {{line}} 行）",
  },
  noCalendar: { en: "not an iCalendar file: no BEGIN:VCALENDAR", "zh-CN": "不是 iCalendar 文件：没有 BEGIN:VCALENDAR", "zh-TW": "不是 iCalendar 檔案：沒有 BEGIN:VCALENDAR" },
  icsTooDeep: {
    en: "line {{line}}: calendar components are nested more than {{max}} deep (BEGIN inside BEGIN); this is not a calendar a program wrote",
    "zh-CN": "第 {{line}} 行：日历组件嵌套超过 {{max}} 层（BEGIN 套 BEGIN），这不是程序生成的日历文件",
    "zh-TW": "第 {{line}} 行：行事曆元件巢狀超過 {{max}} 層（BEGIN 套 BEGIN），這不是程式產生的行事曆檔案",
  },
  noEvent: { en: "no meeting in this calendar file (no VEVENT)", "zh-CN": "此日历文件中没有会议（无 VEVENT）", "zh-TW": "此行事曆檔案中沒有會議（無 VEVENT）" },
  onlyCancelled: {
    en: "the meeting in this calendar file is cancelled (METHOD:CANCEL or STATUS:CANCELLED): there is nothing to check",
    "zh-CN": "此日历文件中的会议已取消（METHOD:CANCEL 或 STATUS:CANCELLED），无需检查",
    "zh-TW": "此行事曆檔案中的會議已取消（METHOD:CANCEL 或 STATUS:CANCELLED），無需檢查",
  },
  dateImpossible: {
    en: "line {{line}}: {{property}} “{{value}}” is not a date and time that exists",
    "zh-CN": "第 {{line}} 行：{{property}}“{{value}}”不是存在的日期和时间",
    "zh-TW": "第 {{line}} 行：{{property}}「{{value}}」不是存在的日期和時間",
  },
  dateUnreadable: {
    en: "line {{line}}: {{property}} “{{value}}” cannot be read as a date: {{detail}}",
    "zh-CN": "第 {{line}} 行：{{property}}“{{value}}”无法读取为日期：{{detail}}",
    "zh-TW": "第 {{line}} 行：{{property}}「{{value}}」無法讀取為日期：{{detail}}",
  },
  durationTooLong: {
    en: "line {{line}}: DURATION “{{value}}” is longer than a year; no meeting lasts that long",
    "zh-CN": "第 {{line}} 行：DURATION“{{value}}”超过一年，不可能是会议时长",
    "zh-TW": "第 {{line}} 行：DURATION「{{value}}」超過一年，不可能是會議時長",
  },
  endBeforeStart: {
    en: "line {{line}}: {{property}} {{end}} is before DTSTART {{start}}",
    "zh-CN": "第 {{line}} 行：{{property}} {{end}} 早于 DTSTART {{start}}",
    "zh-TW": "第 {{line}} 行：{{property}} {{end}} 早於 DTSTART {{start}}",
  },
  meetingUnreadable: {
    en: "the meeting at line {{line}} could not be read: {{detail}}",
    "zh-CN": "第 {{line}} 行的会议无法读取：{{detail}}",
    "zh-TW": "第 {{line}} 行的會議無法讀取：{{detail}}",
  },
  badDraft: { en: "not a valid draft: {{detail}}", "zh-CN": "不是有效的草稿：{{detail}}", "zh-TW": "不是有效的草稿：{{detail}}" },
  unknownType: {
    en: "unknown file type; expected .eml, .msg, .mbox, .ics or .json",
    "zh-CN": "未知的文件类型；应为 .eml、.msg、.mbox、.ics 或 .json",
    "zh-TW": "未知的檔案類型；應為 .eml、.msg、.mbox、.ics 或 .json",
  },
  mboxHere: {
    en: "an .mbox file holds many messages; comm-policy report reads it message by message",
    "zh-CN": ".mbox 文件包含多封邮件；请用 comm-policy report 逐封读取",
    "zh-TW": ".mbox 檔案包含多封郵件；請用 comm-policy report 逐封讀取",
  },
  notMbox: {
    en: "not an mbox file: it does not start with a “From ” line",
    "zh-CN": "不是 mbox 文件：开头不是“From ”行",
    "zh-TW": "不是 mbox 檔案：開頭不是「From 」行",
  },
  mboxEmptyMessage: {
    en: "the message at line {{line}} is empty: nothing follows its “From ” line",
    "zh-CN": "第 {{line}} 行开始的邮件是空的：“From ”行之后没有内容",
    "zh-TW": "第 {{line}} 行開始的郵件是空的：「From 」行之後沒有內容",
  },
  mboxMessageTooLarge: {
    en: "the message at line {{line}} is larger than {{max}} MB; skipped",
    "zh-CN": "第 {{line}} 行开始的邮件大于 {{max}} MB，已跳过",
    "zh-TW": "第 {{line}} 行開始的郵件大於 {{max}} MB，已略過",
  },
  tooLarge: {
    en: "the file is larger than {{max}} MB ({{size}} MB); it was not read",
    "zh-CN": "文件大于 {{max}} MB（{{size}} MB），未读取",
    "zh-TW": "檔案大於 {{max}} MB（{{size}} MB），未讀取",
  },
  fifo: { en: "is a named pipe (FIFO), not a file; only regular files are read", "zh-CN": "是命名管道（FIFO），不是文件；只读取普通文件", "zh-TW": "是具名管道（FIFO），不是檔案；只讀取一般檔案" },
  device: { en: "is a device, not a file; only regular files are read", "zh-CN": "是设备，不是文件；只读取普通文件", "zh-TW": "是裝置，不是檔案；只讀取一般檔案" },
  socket: { en: "is a socket, not a file; only regular files are read", "zh-CN": "是套接字，不是文件；只读取普通文件", "zh-TW": "是通訊端，不是檔案；只讀取一般檔案" },
  directory: { en: "is a directory, not a file", "zh-CN": "是目录，不是文件", "zh-TW": "是資料夾，不是檔案" },
  noSuchFile: { en: "no such file", "zh-CN": "文件不存在", "zh-TW": "檔案不存在" },
  permission: { en: "permission denied", "zh-CN": "没有读取权限", "zh-TW": "沒有讀取權限" },
  readFailed: { en: "could not be read: {{detail}}", "zh-CN": "无法读取：{{detail}}", "zh-TW": "無法讀取：{{detail}}" },
  timeLimit: {
    en: "not finished within the time limit of {{seconds}} s; skipped",
    "zh-CN": "未在 {{seconds}} 秒的时限内完成，已跳过",
    "zh-TW": "未在 {{seconds}} 秒的時限內完成，已略過",
  },
  outOfMemory: {
    en: "needed more memory than a worker may use; skipped",
    "zh-CN": "所需内存超过单个工作线程的上限，已跳过",
    "zh-TW": "所需記憶體超過單一工作執行緒的上限，已略過",
  },
  // Repairs: the file was read, something in it was set aside.
  lineIgnored: {
    en: "line {{line}}: {{property}} ignored ({{detail}})",
    "zh-CN": "第 {{line}} 行：已忽略 {{property}}（{{detail}}）",
    "zh-TW": "第 {{line}} 行：已忽略 {{property}}（{{detail}}）",
  },
  zoneIgnored: {
    en: "line {{line}}: a VTIMEZONE without TZID was ignored",
    "zh-CN": "第 {{line}} 行：已忽略没有 TZID 的 VTIMEZONE",
    "zh-TW": "第 {{line}} 行：已忽略沒有 TZID 的 VTIMEZONE",
  },
  zoneRuleIgnored: {
    en: "line {{line}}: the RRULE “{{value}}” of time zone {{zone}} was ignored: a time zone changes its offset on given days of the year (FREQ=YEARLY), not more often",
    "zh-CN": "第 {{line}} 行：已忽略时区 {{zone}} 的 RRULE“{{value}}”：时区只在每年的固定日期切换偏移（FREQ=YEARLY），不会更频繁",
    "zh-TW": "第 {{line}} 行：已忽略時區 {{zone}} 的 RRULE「{{value}}」：時區只在每年的固定日期切換偏移（FREQ=YEARLY），不會更頻繁",
  },
  recurrenceIgnored: {
    en: "line {{line}}: {{property}} not understood ({{detail}}); the series is checked as its first meeting",
    "zh-CN": "第 {{line}} 行：无法理解 {{property}}（{{detail}}）；系列会议按第一次会议检查",
    "zh-TW": "第 {{line}} 行：無法理解 {{property}}（{{detail}}）；週期性會議按第一次會議檢查",
  },
  unclosed: {
    en: "line {{line}}: BEGIN:{{component}} has no END; read up to where it stops",
    "zh-CN": "第 {{line}} 行：BEGIN:{{component}} 没有对应的 END；读取到其结束处",
    "zh-TW": "第 {{line}} 行：BEGIN:{{component}} 沒有對應的 END；讀取到其結束處",
  },
  strayLine: {
    en: "line {{line}}: text outside any calendar component ignored",
    "zh-CN": "第 {{line}} 行：已忽略日历组件之外的内容",
    "zh-TW": "第 {{line}} 行：已忽略行事曆元件之外的內容",
  },
} satisfies Record<string, LocalizedText>;

export type ReasonCode = keyof typeof INPUT_REASONS;

/** After the first problems of a .json draft. */
export const MORE_PROBLEMS: LocalizedText = { en: " (and {{count}} more)", "zh-CN": "（另有 {{count}} 个问题）", "zh-TW": "（另有 {{count}} 個問題）" };
