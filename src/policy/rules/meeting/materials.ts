import { THREAT_TOPIC } from "../../lexicon/attachment-words";
import type { RuleContext } from "../../rule";
import { defineRule } from "../../rule";
import { isJoinBlockUrl } from "../../meeting-hosts";
import { bareUrlsInText, urlsInText } from "../../text/meeting-body";
import type { Segment } from "../../text/segment";
import type { MeetingDraft } from "../../types";
import { isNoMeeting } from "../../text/meeting-notice";

// Words for material that attendees read or see in advance. "文件" is left out: in an IT
// department it is as often the file server ("文件服务器") as a document. "报告" alone is
// also a verb ("向领导报告"), so only its noun compounds count; likewise "report to / back".
const MATERIAL_TERMS = new RegExp(
  [
    String.raw`\b(?:slides?|slide deck|decks?|pptx?|powerpoint|pre-?reads?|pre-?reading|docs|handouts?|spreadsheets?|xlsx|pdf|whitepaper|attachments?|attached)\b`,
    // "material impact" is an adjective; "to report", "we document" are verbs.
    String.raw`\bmaterials?\b(?! (?:impact|change|changes|risk|risks|weakness|breach|difference|effect|adverse)\b)`,
    String.raw`\b(?:reports?|documents?|docs?)\b(?! (?:to|back|on|in)\b)`,
    "材料|资料|文档|附件|预读|幻灯片|投影片|简报|演示文稿|讲义|课件|表格",
    "(?:周|月|季度|年度|分析|测试|评审|调研|项目|进度|财务|审计|评估|总结|述职|事故|故障|复盘|验收|研究)报告|报告(?:初稿|草稿|全文)",
  ].join("|"),
  "g",
);
// Business documents of every kind are materials when attendees are asked to read, review or
// bring them ("请提前阅读《需求说明书》", "go through the quotation and the scoring form"); a
// meeting that only talks about a contract ("讨论合同续签") asks for nothing to read.
const BUSINESS_DOCS =
  /《[^》\n]{1,60}》|说明书|规格书|计划书|方案书|方案|报价单|报价书|报价|合同草稿|合同|协议|评分表|申请表|登记表|表单|清单|\b(?:prd|brd|one-pagers?|quotes?|quotations?|contracts?|forms?|specifications?|specs?|proposals?|sow|statements? of work|scoring sheets?)\b/g;
const READ_ASK = /阅读|查看|审阅|预读|过一下|过一遍|看一下|看一看|看看|先看|过目|逐条|标注|批注|准备|带上|\b(?:read|review|go through|go over|look at|mark up|comment on|bring)\b/;

/** "to report", "we document", "you'll doc": the word before makes report / document a verb. */
const VERB_BEFORE = /(?:(?:^|\W)(?:to|will|please|we|they|i|you|and)|\w'll) $/;
const REPORT_WORD = /^(?:reports?|documents?|doc)$/;

/** A report / document that the word before it turns into a verb (read on at most 9 characters before it). */
function isVerbUse(norm: string, index: number, word: string): boolean {
  return REPORT_WORD.test(word) && VERB_BEFORE.test(norm.slice(Math.max(0, index - 9), index));
}

/**
 * 資料 is Taiwan's word for data as well as for papers: "資料轉換測試" is a data migration test,
 * "資料庫" a database, "資料夾" a folder. Normalised to 资料, the word is a material only when
 * what follows it is not one of these compounds (read on the few characters after it).
 */
const DATA_SENSE_AFTER = /^(?:库|转换|转档|中心|表|备份|迁移|移转|同步|遗失|外泄|泄露|泄漏|安全|格式|量|夹|治理|清洗|结构|传输|流|处理|汇入|汇出|导入|导出|异常|错误|毁损|损毁|还原|复原|保护|分类|分级|来源|验证|校验|比对|一致)/;

function isDataSense(norm: string, index: number, word: string): boolean {
  return word === "资料" && (DATA_SENSE_AFTER.test(norm.slice(index + 2, index + 4)) || norm.slice(Math.max(0, index - 1), index) === "主");
}

/** A clause that says no material is needed, or that it comes after the meeting. */
const NEGATED =
  /无需|无须|不需|不用|不必|没有|暂无|免|会后|\b(?:no|not|without|don't|do not|nothing|none|n\/a|after the meeting|afterwards)\b|[:：\s](?:无|none)$/;
/** In normalised text "。" is "." and "，" is ","; a dot inside "v2.3" or "q3.pdf" ends nothing. */
function endsClause(norm: string, i: number): boolean {
  const ch = norm[i];
  if (ch === ".") return !/[a-z0-9]/.test(norm[i + 1] ?? "");
  return /[;!?,\n]/.test(ch);
}
/**
 * The mail system's features under discussion, not a material: "附件大小限制", "attachment size
 * limit", "导出为 Excel 表格". Read on the few characters either side of the word, and only when
 * the clause asks nobody to read anything ("会前请阅读附件中的导入方案" still asks).
 */
const FEATURE_TOPIC = /大附件|超大|网盘|大小|限制|上限|容量|上传|下载|导出|导入|功能|格式|拦截|过滤|扫描|\b(?:size|limits?|upload|download|export|import|feature|formats?|scan|scanning|filter|filtering|blocking)\b/;
const TOPIC_WINDOW = 12;

function isFeatureTopic(norm: string, index: number, length: number, clause: string): boolean {
  const around = norm.slice(Math.max(0, index - TOPIC_WINDOW), index + length + TOPIC_WINDOW);
  return FEATURE_TOPIC.test(around) && !READ_ASK.test(clause);
}
/** A path on a file share counts as a link ("\\fs01\projects\q3.xlsx"). */
const UNC_PATH = /\\\\[\w.-]+\\/;

const WRITTEN_NOW: ReadonlySet<Segment["kind"]> = new Set<Segment["kind"]>(["greeting", "paragraph", "signoff"]);

function clauseAround(norm: string, index: number, length: number): string {
  let start = index;
  while (start > 0 && !endsClause(norm, start - 1)) start--;
  let end = index + length;
  while (end < norm.length && !endsClause(norm, end)) end++;
  return norm.slice(start, end).trim();
}

interface Mention {
  term: string;
  start: number;
  end: number;
}

function firstMention(context: RuleContext<MeetingDraft>): Mention | undefined {
  const { body } = context;
  for (const segment of body.segments) {
    if (!WRITTEN_NOW.has(segment.kind)) continue;
    const norm = body.norm.slice(segment.start, segment.end);
    for (const m of norm.matchAll(MATERIAL_TERMS)) {
      const index = m.index ?? 0;
      if (isVerbUse(norm, index, m[0]) || isDataSense(norm, index, m[0])) continue;
      const clause = clauseAround(norm, index, m[0].length);
      // "恶意附件", "phishing attachments": the threat under discussion, not a material.
      if (NEGATED.test(clause) || THREAT_TOPIC.test(clause) || isFeatureTopic(norm, index, m[0].length, clause)) continue;
      return mentionAt(body.text, segment.start + index, m[0].length);
    }
    for (const m of norm.matchAll(BUSINESS_DOCS)) {
      const index = m.index ?? 0;
      const clause = clauseAround(norm, index, m[0].length);
      if (READ_ASK.test(clause) && !NEGATED.test(clause)) return mentionAt(body.text, segment.start + index, m[0].length);
    }
  }
  return undefined;
}

function mentionAt(text: string, start: number, length: number): Mention {
  return { term: text.slice(start, start + length), start, end: start + length };
}

function hasAttachment(draft: MeetingDraft): boolean {
  return (draft.attachments ?? []).some((a) => !a.isInline || a.isCloud);
}

/** A document link the sender gave: any web link that is not the meeting's own join block. */
function hasDocumentLink({ body }: RuleContext<MeetingDraft>): boolean {
  const carried = body.segments.filter((s) => s.kind === "quoted" || s.kind === "joinInfo").map((s) => s.text).join("\n");
  const written = body.segments.filter((s) => s.kind !== "quoted" && s.kind !== "joinInfo" && s.kind !== "disclaimer").map((s) => s.text).join("\n");
  const fromHtml = body.links.filter((l) => /^https?:\/\//i.test(l) && !carried.includes(l));
  const links = [...fromHtml, ...urlsInText(written), ...bareUrlsInText(written)].filter((l) => !isJoinBlockUrl(l));
  return links.length > 0 || UNC_PATH.test(written);
}

/**
 * §2.3.2: materials are sent in advance. When the invitation speaks of slides, documents or
 * a pre-read, something must be attached (cloud attachments count) or linked (SharePoint,
 * OneDrive, a wiki, a file-share path). "无需准备材料" / "no slides needed" and material
 * promised after the meeting are not asked for.
 */
export default defineRule({
  id: "meeting/materials",
  appliesTo: "meeting",
  defaultSeverity: "warning",
  clause: "§2.3.2",
  description: {
    en: "Materials the invitation mentions are attached or linked.",
    "zh-CN": "邀请中提到的会议材料须附上或提供链接。",
    "zh-TW": "邀請中提到的會議資料須附上或提供連結。",
  },
  messages: {
    notAttached: {
      en: "The invitation mentions \"{{term}}\" but nothing is attached or linked. Attach the material or add a link so attendees can prepare.",
      "zh-CN": "邀请中提到“{{term}}”，但未添加附件或链接。请附上材料或提供链接，便于参会人提前准备。",
      "zh-TW": "邀請中提到「{{term}}」，但未附加檔案或連結。請附上資料或提供連結，便於與會者提前準備。",
    },
  },
  check(context) {
    if (isNoMeeting(context.draft)) return [];
    const mention = firstMention(context);
    if (!mention || hasAttachment(context.draft) || hasDocumentLink(context)) return [];
    return [{ messageId: "notAttached", data: { term: mention.term }, location: { field: "body", excerpt: mention.term, start: mention.start, end: mention.end } }];
  },
});
