import { missingPartsReport } from "../../missing-parts";
import { addressKey } from "../../people";
import { defineRule } from "../../rule";
import { isReplySubject } from "../../text/minutes";
import type { Lang, Person } from "../../types";

// §4.2.1–4.2.2: a problem reported to the IT helpdesk says what happens, since when, and
// whom it affects. Only new reports are judged: a reply in a ticket thread adds to a report
// already made, and a service request (access, installation) is not a problem report.
// Patterns are for normalize()'d text: Simplified, lower case, half-width.

type Field = "description" | "time" | "scope";
const FIELDS: readonly Field[] = ["description", "time", "scope"];

const LABEL = String.raw`(?:^|\n)[\s\-*•\d.、)]*[\[【(]?\s*`;
const COLON = String.raw`[ \t]*[\]】)]?[ \t]*[:：][ \t]*\S`;
const labelled = (words: string): RegExp => new RegExp(`${LABEL}(?:${words})${COLON}`);

const EN_MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const EN_DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri";

const SIGNS: Record<Field, RegExp[]> = {
  description: [
    labelled("问题描述|问题现象|故障描述|故障现象|现象|问题|故障|错误信息|报错信息|报错内容|报错|症状|具体情况|情况说明|description|problem|issue|symptoms?|error(?: message)?|what happened"),
    /无法|不能(用|使用|登录|打开|连接|访问|打印|上网|发送|接收)|打不开|开不了|进不去|登不上|登录不了|登录失败|连不上|连接不上|上不了网|断网|掉线|断线|频繁中断|连线失败|报错|出错|错误|失败|异常|崩溃|闪退|卡死|卡住|很卡|蓝屏|黑屏|死机|没(有)?反应|无响应|不工作|坏了|故障|一直(转圈|加载)|变(得)?很?慢|很慢|丢失|收不到|发不出|不显示|不能用|卡纸|夹纸|(打印|登录|登|上|连|发|收|打|开|用|进|看|存|同步|保存|下载|上传)不了|(搜索|搜寻|搜|找|查|看|听|读|识别)不到|(一直)?显示["“]?没有(结果|数据|信号)/,
    /\b(cannot|can't|can not|unable to|not able to|doesn't work|does not work|isn't working|is not working|not working|stopped working|won't|fails?|failed|failing|errors?|crash(es|ed|ing)?|freez(es|ing)|frozen|drops|dropped|dropping|hangs|is down|went down|keeps (crashing|disconnecting|asking|failing|freezing)|no longer|broken|offline|very slow|timed? out|timeout|disconnect(s|ed|ing)|bounced?|not (receiving|loading|syncing|printing|opening|connecting|responding|showing))\b/,
    // Taiwan and Hong Kong symptoms: 當機, 連線逾時, 無訊號 / 沒有畫面, 一直跳出視窗, and Cantonese
    // verb + 唔 + 到 (連唔到, 登入唔到, 印唔到) or 冇反應.
    /当机|逾时|无讯号|没有?(画面|讯号|声音)|(一直|不断|一直在)(跳出|弹出)|(跳出|弹出)[^,.;!?\n]{0,12}(视窗|窗口|对话框|错误|提示)|(连|登入?|登录|用|开|打|印|收|发|上|入|睇|load|send|login|connect) ?唔(到|倒|开|起|通)|冇(反应|画面|声|讯号|网)|死咗机|hang ?咗机|整唔好/,
  ],
  time: [
    labelled("发生时间|出现时间|开始时间|故障时间|发现时间|时间|when|time(?: of (?:the )?(?:issue|incident|problem))?|started|since|first (?:noticed|seen)|date"),
    /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(^|[^\d.])\d{1,2}\/\d{1,2}(?![\d/])|\d{1,2}月\d{1,2}[日号]/,
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${EN_MONTH})\\b|\\b(?:${EN_MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`),
    /\b\d{1,2}:\d{2}\b|\d{1,2}\s*点|[上下]午|早上|晚上|中午|凌晨|傍晚|\b\d{1,2}\s*(am|pm)\b|\b(noon|midnight|since lunch(time)?)\b/,
    /今天|今早|今日|昨天|昨晚|昨日|前天|刚才|刚刚|从.{1,14}(开始|起)|自.{1,12}(起|以来)|(周|星期|礼拜)[一二三四五六日天](开始|起|以来|早上|上午|下午|晚上)?|上周|本周|这周|这两天|(几|(?:^|\D)\d+|两|一|半)\s*(?:个\s*)?(小时|分钟|天)(前|以来|了)|(开机|升级|更新|重启|打补丁)后/,
    new RegExp(`\\b(today|this morning|this afternoon|tonight|yesterday|last night|earlier today|this week|last week|an hour ago|\\d+ (minutes|hours|days) ago|since (this|last|yesterday|today|the (update|upgrade|patch|weekend|morning|migration)|${EN_DAY}|\\d)|(on|last) (${EN_DAY})\\b|after (the |today's |last night's |this morning's )?(update|upgrade|restart|reboot|patch|migration))`),
    // Cantonese: 今朝 "this morning", 琴日 / 尋日 "yesterday", 下晝 "afternoon", 由…開始 "since".
    /今朝|朝早|琴日|寻日|[噚㖊]日|下昼|晏昼|由.{1,14}(开始|起)/,
  ],
  scope: [
    labelled("影响范围|影响人员|影响用户|影响人数|受影响(?:范围|人员|用户)?|影响|范围|impact|scope|affected(?: users)?|who is affected|users affected"),
    /只有我|仅我|就我|只是我|只影响我|我一个人|我自己|本人|我这台|只有(我|本人|一台|一个人)|整个.{0,8}(部|团队|组|楼|层|公司|办公室|科室|中心|分公司|项目组)|全(部门|公司|组|楼|员|体|层)|所有(人|同事|用户|员工|电脑)|大家都|同事(们)?(也)?都|其他(人|同事)(也|都|正常|没)|别人(正常|没问题|也)|不止我|多(个|位|名)(同事|用户|人)|(?:^|\D)\d+\s*(?:(个|位|名)\s*)?(人|同事|同仁|用户|员工|台电脑|台)|部分(同事|用户|人)|几(个|位)同事|影响到|波及|[二两三四五六七八九十几]{1,3}\s*(个|位|名)\s*(人|同事|同仁|用户|员工)|(我|本人)(和|跟|与)[^,.;!?]{1,12}都|(都|也)(有|遇到|出现|碰到)(了)?(这个|同样|一样|相同|类似)的?(问题|情况|现象)/,
    /\b(only me|just me|only (my|one) (machine|laptop|pc|computer|account|phone|device|mailbox)|only affects me|my colleagues (are fine|can|also|too)|others are fine|(all|every) (users|user|staff|employees|colleagues|people|of us|team members|machines|pcs)|everyone|everybody|nobody|no one|whole ([a-z0-9-]+ )?(team|department|dept|floor|office|company|building|site)|entire ([a-z0-9-]+ )?(team|department|floor|office|company|building)|\d+ (users|people|colleagues|staff|machines|pcs|laptops)|several (users|colleagues|people)|a few (users|colleagues|people)|multiple (users|people|colleagues)|other (users|colleagues|people) (are|can|also|too)|affects?|affected|impact(ed|s)?|(also|both) (have|has|see|sees|get|gets|had|saw|got) (the same|this|it)|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a dozen|dozens of|hundreds of|many|most) (other )?(users|people|colleagues|staff|employees|developers|members|machines|pcs|laptops)|same (issue|problem|error) (here|too|on))\b/,
  ],
};

// Cantonese 成個 for 整個 (成個 Sales team, 成層樓) and 得我一個 "only me"; a kind of user after 所有
// (所有外部用戶, 所有門市同仁); 我部電腦 is Cantonese for 我這台電腦.
const MORE_SCOPE = /成个.{0,8}(部|team|团队|组|楼|层|公司|office|办公室|department)|成层楼|得我(一个|自己)|(全部|所有|啲)同事|所有.{1,4}(用户|客户|同事|同仁|员工|人员)|我部 ?(电脑|机|notebook|laptop|desktop|手机|电话|printer)/;

// An event still to come gives no time the problem began: "這間會議室下午有客戶簡報",
// "今天下午还有客户演示要用 CRM" are why it is urgent; "今天有客户反映…" still dates the problem.
// Such phrases are taken out before the time is looked for.
const COMING_EVENT = /(?:(?:今天|今日|明天|今晚)?(?:上午|下午|晚上|早上|中午|傍晚|下昼)|今天|今日|明天|今晚)(?:\d{1,2}(?::\d{2})?\s*点半?)?(?:还|就|都|另外)?(?:有|要|需要|得)[^,.;!?\n]{0,8}?(?:会议|简报|演示|demo|presentation|汇报|培训|评审|面试|出货|交付|上线|发布|考试|活动|讲座|急单|送件|来访|拜访)/g;

// The English of it: "We have a release branch to push today", "I need to send the payroll file this afternoon".
const COMING_EVENT_EN = /\b(?:we|i|they) (?:have|has|need|needs|must) (?:(?:a|an|the|two|three|\d+) [^.!?\n]{0,30}?\bto|to) [a-z]+ (?:[^.!?\n]{0,30}? )?(?:today|this (?:morning|afternoon|evening)|tonight|tomorrow)\b/g;

const SERVICE_REQUEST = /申请|开通|权限|安装|申领|领用|借用|新增账号|创建账号|重置密码|\b(request(ing)?|access to|install|new (laptop|account|monitor|phone)|set up|setup|provision|grant)\b/;

const FIELD_NAMES: Record<Field, Record<Lang, string>> = {
  description: { en: "a description of the problem", "zh-CN": "问题描述", "zh-TW": "問題描述" },
  time: { en: "when it happened", "zh-CN": "发生时间", "zh-TW": "發生時間" },
  scope: { en: "the scope of impact (who or what is affected)", "zh-CN": "影响范围", "zh-TW": "影響範圍" },
};

function goesTo(people: readonly Person[], addresses: ReadonlySet<string>): boolean {
  return people.some((p) => addresses.has(addressKey(p?.address)));
}

export default defineRule({
  id: "mail/it-report-fields",
  appliesTo: "mail",
  defaultSeverity: "warning",
  clause: "§4.2.1",
  description: {
    en: "A problem reported to the IT helpdesk describes the problem, when it happened and the scope of impact.",
    "zh-CN": "向 IT 服务台报告问题时，应写明问题描述、发生时间和影响范围。",
    "zh-TW": "向 IT 服務台回報問題時，應寫明問題描述、發生時間和影響範圍。",
  },
  messages: {
    missingFields: {
      en: "This report to the IT helpdesk does not give {{missingText}}.",
      "zh-CN": "这封发给 IT 服务台的问题报告缺少：{{missingText}}。",
      "zh-TW": "這封寄給 IT 服務台的問題回報缺少：{{missingText}}。",
    },
    insertTemplate: {
      en: "Insert the IT problem report template",
      "zh-CN": "插入 IT 问题报告模板",
      "zh-TW": "插入 IT 問題回報範本",
    },
  },
  check({ draft, policy, body, subject }) {
    const helpdesk = new Set(policy.helpdeskAddresses.map(addressKey).filter((a) => a !== ""));
    if (helpdesk.size === 0 || !goesTo([...(draft.to ?? []), ...(draft.cc ?? [])], helpdesk)) return [];
    if (isReplySubject(subject)) return [];
    const kinds = subject.prefixes.length > 0 ? ["greeting", "paragraph", "signoff", "quoted"] : ["greeting", "paragraph", "signoff"];
    const prose = body.segments.filter((s) => kinds.includes(s.kind)).map((s) => body.norm.slice(s.start, s.end)).join("\n");
    const text = `${subject.norm}\n${prose}`;
    const withoutComing = text.replace(COMING_EVENT, " ").replace(COMING_EVENT_EN, " ");
    const has = (field: Field): boolean =>
      field === "time" ? SIGNS.time.some((re) => re.test(withoutComing)) : SIGNS[field].some((re) => re.test(text)) || (field === "scope" && MORE_SCOPE.test(text));
    if (!has("description") && SERVICE_REQUEST.test(text)) return [];
    const missing = FIELDS.filter((f) => !has(f));
    if (missing.length === 0) return [];
    return [missingPartsReport("missingFields", missing, FIELD_NAMES, "itReport")];
  },
});
