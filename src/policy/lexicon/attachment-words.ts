// Words for §2.2.3 attachment checks, normalised (Simplified, lower case, half-width).

/** The sender says something is attached to this mail. */
// 附带 ("with an argument", "comes with") and 附送 ("bundled free") are left out: in mail they
// are nearly always that other sense (附带 --dry-run 参数, 附送三年保修).
export const ATTACHED_PHRASES: readonly string[] = [
  "附件", "附上", "附档", "随附", "附图", "附表", "已附", "另附",
  // The 公文 and letter verbs: 检附/檢附 "enclosed herewith", 附呈 "enclosed for your review".
  "检附", "附呈", "谨附", "兹附",
  // Hong Kong Cantonese: 附咗 "have attached" (份報價我附咗), 附埋 "attach as well" (附埋份合約).
  "附咗", "附埋",
  "attached", "attachment", "attachments", "enclosed", "i attach", "attaching", "pfa",
];

/** Before the phrase, these make it "no attachment" (无附件, no attachment needed). */
export const NEGATIONS: readonly string[] = [
  "无", "没有", "没", "不需要", "不用", "无需", "不必", "未", "不", "不带", "不含",
  // Cantonese: 冇附件 "no attachment", 唔使附件 / 唔洗附件 "no attachment needed".
  "冇", "唔使", "唔洗", "唔需要", "未有",
  "no ", "not ", "without ", "no need to ", "don't need ", "do not need ", "nothing ", "don't ", "won't be ",
];

/** The attachment belongs to someone else (the one being answered). */
export const THEIRS_BEFORE: readonly string[] = [
  "你的", "您的", "你发的", "您发的", "你发来的", "您发来的", "你附上的", "您附上的", "你们的", "贵司的", "对方的", "他的", "她的", "客户的", "你上传的", "您上传的", "你给的", "您给的", "你邮件中的", "您邮件中的", "你邮件里的", "您邮件里的",
  "your ", "their ", "his ", "her ", "you sent", "you attached", "you've attached", "you have attached", "you shared",
];
export const THEIRS_AFTER: readonly string[] = [
  " you sent", " you shared", " you attached", " from you", " you forwarded", "you sent",
];

/** A sentence about having received something is about their attachment ("附件已收到"). */
export const RECEIVED = /收到|已收|收唔到|打唔开|开唔到|睇到|睇唔到|查收到|看到了|打不开|无法打开|received|got it|got your|have got|thanks for (the|your)|thank you for (the|your)|did you (get|receive|see|open)|have you (got|received|seen|opened)|能打开|打开了吗|收到了吗/;

/** A clause that promises the file for later is no claim that it is attached now (checked on the claim's clause only). */
export const LATER = /稍后|晚些|晚点|迟啲|晏啲|一阵间?(?:再)?(?:发|寄|send|补)|另行|单独(发|寄|传|提供)|另外(发|寄|提供)|随后(发|寄|提供|补)|之后(再)?(发|补)|整理好后|准备好后|回头(再)?发|后续(再)?(发|补|提供)|(明天|下周|周[一二三四五六日]|明早)(再|会)?(发|补)|会在.{0,12}(发|补|提供)|\b(will|'ll|shall) (send|share|forward)\b.{0,40}\b(later|separately|tomorrow|next week|once|when|after)\b|\b(to|will) follow\b|\bin a separate (e-?mail|mail|message)\b|\bseparately\b/;

/** "附件大小" is a topic (an IT notice about attachments), not a claim. */
export const TOPIC_AFTER: readonly string[] = [
  "大小", "限制", "上限", "功能", "格式", "类型", "过大", "太大", "容量", "size", " size", " limit", " limits", " policy", " settings",
];

/** Links that stand for an attachment: OneDrive, SharePoint and other company drives. */
export const CLOUD_LINK = /sharepoint\.(com|cn)|onedrive\.|1drv\.ms|sharepoint-df\.com|teams\.microsoft\.com\/l\/file|docs\.qq\.com|feishu\.cn|larksuite\.com|box\.com|dropbox\.com|drive\.google\.com|pan\.baidu\.com|weiyun\.com|kdocs\.cn|shimo\.im|yuque\.com|alidocs\.dingtalk\.com|aliyundrive\.com|alipan\.com|123pan\.com|pan\.quark\.cn|wetransfer\.com|we\.tl\//i;

/** Words around a file name that do not describe it. */
export const NOT_A_DESCRIPTION: readonly string[] = [
  "附件", "附上", "附", "见", "请见", "详见", "如下", "请查收", "查收", "请", "文件", "清单", "列表",
  "attachments", "attachment", "attached", "enclosed", "please", "find", "see", "the", "file", "files", "here", "is", "are", "below",
];

export const DOC_EN = "(?:file|files|document|documents|doc|docs|deck|slides|spreadsheet|sheet|workbook|report|pdf|contract|invoice|quote|quotation|form|screenshots?|logs?|photos?|pictures?|scans?|list|schedule|presentation|proposal|draft|minutes)";

/** Things that cannot be written into the mail itself: a list or minutes can, a spreadsheet cannot. */
export const DOC_FILE = "(?:file|files|document|deck|slides|spreadsheet|workbook|pdf|contract|invoice|quotation|screenshots?|photos?|scans?|presentation)";

/**
 * Ways of saying that a document travels with the mail without the word "attach": the formal
 * letter and 公文 conventions (报价单如附, 名单附后, 随函附上, 现将《…》印发给你们) and the casual
 * English ones ("Here's the spreadsheet", "I've included the contract", "the deck is in this
 * mail"). Checked per sentence, with the same negation, reply and promise-for-later tests.
 */
export const CLAIM_PATTERNS: readonly RegExp[] = [
  /如附(?=[,，.。;；!！\s)）]|$)/,
  /(?:名单|清单|明细|报价|资料|文件|材料|表格|附表)附后|详见后附|随函(?:附上|寄上|附|送上)?/,
  /现将《[^》\n]{1,60}》[^。！？!?\n]{0,20}?(?:印发|发给|转发|呈送|报送|寄送|发送|送上)/,
  // Cantonese "放咗喺呢封電郵度 / 入面": 喺 for 在, 呢封 for 这封, 度 / 入面 for 里.
  /(?:放|打包|夹|附)(?:咗)?(?:在|喺)(?:这封|呢封|此|本)(?:邮件|电邮|email|信|封信)(?:里|中|内|度|入面)/,
  new RegExp(`\\bi(?:['’]ve| have) (?:also )?included (?:the |a |an |our |my )?[^.\\n]{0,40}?\\b${DOC_EN}\\b`),
  new RegExp(`\\bhere(?:['’]s| is| are) (?:the |our |my )(?:[a-z0-9-]+ ){0,2}${DOC_FILE}\\b`),
  new RegExp(`\\b${DOC_EN} (?:is|are) (?:in|with|included in) (?:this|the) (?:e-?mail|mail|message)\\b`),
  new RegExp(`\\b(?:see|find) (?:the |my |our )?${DOC_FILE} (?:below|enclosed|herewith)\\b`),
  /\b(?:send|sending|enclose|enclosing|submit|submitting|forward|forwarding|provide|providing)(?: you)? herewith\b|\bherewith (?:we|i) (?:send|enclose|submit|forward|provide)\b/,
];

/** The sentence asks the reader to attach something ("请…并附上工作编号", "請附上截圖"): a request, not a claim. */
export const REQUEST_BEFORE = /(?:请|烦请|麻烦|唔该|务必|记得|需要|须|需)(?:您|你|各位|大家|贵司)?[^我。!?！？]{0,30}$/;

/** Phishing and malware notices talk about an attachment as the threat, not as something sent. */
export const THREAT_TOPIC = /phishing|malware|virus|malicious|trojan|ransomware|\bscam|\bfake\b|suspicious|钓鱼|病毒|木马|恶意|可疑|诈骗|勒索/;

/**
 * A sentence that says the one attachment is there and what it is, without its file name:
 * "Please find attached the minutes of yesterday's steering committee" for "SteerCo Nov 24.pdf",
 * "附件是上周机房巡检的报告". Generic words (file, document, 资料, 文件, 材料) say nothing of what it is.
 */
export const ATTACH_CLAIM = /attached|enclosed|附件|附上|随附|附档|检附|随信附/;
export const WHAT_IT_IS =
  /\b(?:minutes|report|slides|deck|presentation|contract|invoice|quote|quotation|proposal|agenda|schedule|roster|budget|forecast|checklist|screenshots?|photos?|scans? of|statement|certificate|form|summary|notes|itinerary|receipt|resume|cv|brochure|catalogue|catalog|price list|term sheet|rfp|nda|agreement|diagram|logs?|invite|invitation|calendar)\b|纪要|记录|报告|简报|报价|合同|发票|方案|计划|议程|日程|清单|名单|截图|照片|预算|明细|报表|说明书|协议|简历|证书|值班表|排班表|对账单|收据|图纸|流程图|手册|周报|月报|日报|邀请/;
