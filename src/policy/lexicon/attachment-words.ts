// Words for §2.2.3 attachment checks, normalised (Simplified, lower case, half-width).

/** The sender says something is attached to this mail. */
export const ATTACHED_PHRASES: readonly string[] = [
  "附件", "附上", "附档", "随附", "附图", "附表", "已附", "附带", "另附", "附送",
  "attached", "attachment", "attachments", "enclosed", "i attach", "attaching", "pfa",
];

/** Before the phrase, these make it "no attachment" (无附件, no attachment needed). */
export const NEGATIONS: readonly string[] = [
  "无", "没有", "没", "不需要", "不用", "无需", "不必", "未", "不", "不带", "不含",
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
export const RECEIVED = /收到|已收|查收到|看到了|打不开|无法打开|received|got it|got your|have got|thanks for (the|your)|thank you for (the|your)|did you (get|receive|see|open)|have you (got|received|seen|opened)|能打开|打开了吗|收到了吗/;

/** A clause that promises the file for later is no claim that it is attached now (checked on the claim's clause only). */
export const LATER = /稍后|晚些|晚点|另行|单独(发|寄|传|提供)|另外(发|寄|提供)|随后(发|寄|提供|补)|之后(再)?(发|补)|整理好后|准备好后|回头(再)?发|后续(再)?(发|补|提供)|(明天|下周|周[一二三四五六日]|明早)(再|会)?(发|补)|会在.{0,12}(发|补|提供)|\b(will|'ll|shall) (send|share|forward)\b.{0,40}\b(later|separately|tomorrow|next week|once|when|after)\b|\b(to|will) follow\b|\bin a separate (e-?mail|mail|message)\b|\bseparately\b/;

/** "附件大小" is a topic (an IT notice about attachments), not a claim. */
export const TOPIC_AFTER: readonly string[] = [
  "大小", "限制", "上限", "功能", "格式", "类型", "过大", "太大", "容量", "size", " size", " limit", " limits", " policy", " settings",
];

/** Links that stand for an attachment: OneDrive, SharePoint and other company drives. */
export const CLOUD_LINK = /sharepoint\.(com|cn)|onedrive\.|1drv\.ms|sharepoint-df\.com|teams\.microsoft\.com\/l\/file|docs\.qq\.com|feishu\.cn|larksuite\.com|box\.com|dropbox\.com|drive\.google\.com|pan\.baidu\.com/i;

/** Words around a file name that do not describe it. */
export const NOT_A_DESCRIPTION: readonly string[] = [
  "附件", "附上", "附", "见", "请见", "详见", "如下", "请查收", "查收", "请", "文件", "清单", "列表",
  "attachments", "attachment", "attached", "enclosed", "please", "find", "see", "the", "file", "files", "here", "is", "are", "below",
];
