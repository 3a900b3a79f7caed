// Outlook for Windows (classic, on Exchange Online), Outlook for Mac and Outlook on the web.
// Exchange writes the MIME of all three: Thread-Topic / Thread-Index, Accept-Language,
// X-MS-Has-Attach, boundaries "_000_<message id letters>_", encoded-word file names with
// size= / creation-date= on Content-Disposition (RFC 2183), images as image001.png@01DB….
// The Purview label travels in msip_labels (learn.microsoft.com/purview/sensitivity-labels-office-apps,
// "metadata ... written to the email header").
const { wordHtml, owaHtml, outlookMention } = require("./outlook-html");
const { plainView } = require("./plain");
const { LABELS, headerRows } = require("./common");
const { rfc5322 } = require("../dates");
const M = require("../mime");

const TENANT_ID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
const LABEL_IDS = { confidential: "3a1b5c7d-9e2f-4a6b-8c0d-1e3f5a7b9c2d", "highly confidential": "8d2e4f6a-0b1c-4d3e-9f5a-7b6c8d0e2f1a", general: "1c3e5a7b-2d4f-4b6a-9c8e-0f1a3b5c7d9e", public: "5e7a9c1b-3d2f-4e6a-8b0c-9d1e3f5a7b2c" };

function exchangeHost(env) {
  return env.ui === "zh-TW" ? ["TYZPR06MB", "apcprd06.prod.outlook.com"] : env.ui === "zh-CN" ? ["SHXPR01MB", "CHNPR01.prod.partner.outlook.cn"] : ["SG2PR06MB", "apcprd06.prod.outlook.com"];
}

function exchangeMessageId(env, purpose = "mid") {
  const [server, domain] = exchangeHost(env);
  const box = `${server}${env.rnd.digits(`${purpose}box`, 4)}`;
  return `<${box}${env.rnd.hex(purpose, 28, true)}@${box}.${domain}>`;
}

function threadIndex(env) {
  const extra = env.mail.quotes.length > 0 ? 5 : 0;
  return env.rnd.bytes("thread-index", 22 + extra).toString("base64");
}

function labelHeader(mail, env) {
  if (!mail.sensitivity) return [];
  const id = LABEL_IDS[mail.sensitivity.toLowerCase()] ?? env.rnd.uuid("label", false);
  const key = `MSIP_Label_${id}`;
  const setDate = new Date(Date.parse(mail.date.iso)).toISOString().replace(/\.\d{3}Z$/, "Z");
  const pairs = [`${key}_Enabled=true`, `${key}_SetDate=${setDate}`, `${key}_Method=Standard`, `${key}_Name=${mail.sensitivity}`, `${key}_SiteId=${TENANT_ID}`, `${key}_ActionId=${env.rnd.uuid("label-action", false)}`, `${key}_ContentBits=0`];
  return [["msip_labels", pairs.join(";\r\n ")]];
}

function importanceHeaders(mail) {
  if (mail.importance === "high") return [["Importance", "high"], ["X-Priority", "1"]];
  if (mail.importance === "low") return [["Importance", "low"], ["X-Priority", "5"]];
  return [];
}

function exchangeHeaders(mail, env, ctx, extra = []) {
  const h = [["From", env.from], ["To", env.to]];
  if (mail.cc.length > 0) h.push(["CC", env.cc]);
  if (mail.bcc.length > 0) h.push(["BCC", env.bcc]);
  h.push(["Subject", env.subject], ["Thread-Topic", env.threadTopic], ["Thread-Index", threadIndex(env)], ["Date", rfc5322({ iso: mail.date.iso, offset: "+00:00" })], ["Message-ID", ctx.messageId]);
  if (env.inReplyTo) h.push(["References", env.inReplyTo], ["In-Reply-To", env.inReplyTo]);
  const lang = { en: "en-US", "zh-CN": "zh-CN", "zh-TW": "zh-TW" }[env.ui];
  h.push(["Accept-Language", `${lang}, en-US`], ["Content-Language", lang], ...extra, ["X-MS-Has-Attach", ctx.hasAttachments ? "yes" : ""], ["X-MS-TNEF-Correlator", ""]);
  h.push(...labelHeader(mail, env), ...importanceHeaders(mail), ["Content-Type", ctx.contentType], ["MIME-Version", "1.0"]);
  return h;
}

function exchangeAttachment(att, env) {
  const name = M.wordParam("name", att.name, env.charset, env.label);
  const stamp = `"${rfc5322({ iso: env.mail.date.iso, offset: "+00:00" }).replace("+0000", "GMT")}"`;
  return [
    ["Content-Type", `${att.contentType}; ${name}`],
    ["Content-Description", M.headerText(att.name, env.charset, env.label)],
    ["Content-Disposition", `${att.inline ? "inline" : "attachment"};\r\n\t${M.wordParam("filename", att.name, env.charset, env.label)}; size=${att.bytes};\r\n\tcreation-date=${stamp};\r\n\tmodification-date=${stamp}`],
    ...(att.inline ? [["Content-ID", `<${att.realCid}>`]] : []),
  ];
}

function outlookPlain(mail, env, { mac }) {
  const labels = (mac ? LABELS.mac : LABELS.outlook)[env.ui];
  const format = mac ? { en: "enLongAt", "zh-CN": "zhMac", "zh-TW": "zhMac" }[env.ui] : { en: "enLong", "zh-CN": "zhYmdHm", "zh-TW": "zhTwOutlook" }[env.ui];
  const colon = !mac && env.ui !== "en" && env.owa ? "：" : ":";
  return plainView(mail, env, {
    header: (quote) => [mac ? "" : "________________________________", ...headerRows(quote, labels, format).map(([l, v]) => `${l}${colon} ${v}`)].filter((l, i) => i > 0 || l !== ""),
  });
}

const imageName = (i) => `image${String(i + 1).padStart(3, "0")}.png`;

function exchangeClient(name, { html, mac = false, owa = false }) {
  return {
    name,
    defaultCharset: (mail) => (owa || mac ? "utf-8" : mail.lang === "zh-TW" ? "big5" : mail.lang === "en" ? "utf-8" : "gbk"),
    charsetLabel: (cs) => ({ "utf-8": "utf-8", gbk: "gb2312", gb18030: "gb18030", big5: "big5" })[cs],
    defaultTransfer: () => (mac ? "quoted-printable" : "base64"),
    messageId: (env) => (mac ? `<${env.rnd.uuid("mid")}@${env.fromDomain}>` : exchangeMessageId(env)),
    quotedMessageId: (env, i) => exchangeMessageId(env, `quoted${i}`),
    boundary: (env, depth) => (mac ? `B_${3800000000 + env.rnd.int("b-date", 99999999)}_${env.rnd.digits(`b${depth}`, 9)}` : `_00${depth}_${env.messageIdLetters}_`),
    inlineCid: (att, env, i) => `${imageName(i)}@01DB${env.rnd.hex("cid-stamp", 4, true)}.${env.rnd.hex("cid-stamp2", 8, true)}`,
    headers: (mail, env, ctx) => exchangeHeaders(mail, env, ctx, mac ? [["user-agent", "Microsoft-MacOutlook/16.91.24111020"]] : []),
    attachmentHeaders: exchangeAttachment,
    html: (mail, env) => (owa ? owaHtml(mail, env) : html(mail, env, { mac })),
    text: (mail, env) => outlookPlain(mail, { ...env, owa }, { mac }),
    img: (att) => `<img width="160" height="48" style="width:1.6666in;height:.5in" id="Picture_x0020_1" src="cid:${att.realCid}" alt="${att.name.replace(/"/g, "&quot;")}">`,
    textImg: (att) => `[cid:${att.realCid}]`,
    mention: (env) => outlookMention(env, owa),
    layout: "mixed-related-alternative",
    supportsLabels: true,
    supportsImportance: true,
  };
}

module.exports = {
  "outlook-win": exchangeClient("outlook-win", { html: wordHtml }),
  "outlook-mac": exchangeClient("outlook-mac", { html: wordHtml, mac: true }),
  owa: exchangeClient("owa", { owa: true }),
};
