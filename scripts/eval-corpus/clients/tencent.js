// Tencent's webmail: QQ Mail, Tencent Exmail (腾讯企业邮) and the mail of WeCom (企业微信,
// which sends through Exmail). A <div> per line, the signature under a grey "------------------"
// line, the history under "------------------&nbsp;原始邮件&nbsp;------------------" (English UI:
// "Original") with a grey #efefef box of 发件人: / 发送时间: / 收件人: / 抄送: / 主题: rows
// ("王伟"&lt;addr&gt;; with the trailing semicolon), the date as 2026年11月23日(星期一) 下午3:20.
// MIME as Tencent's servers write it: names as "=?charset?B?…?=" inside quotes, X-QQ-MIME,
// "X-Mailer: QQMail 2.x", Message-ID <tencent_HEX@qq.com>, boundaries
// "----=_NextPart_<time hex>_<hex>_<hex>", Exmail's X-BIZMAIL-ID and Feedback-ID lv:<domain>:qybglogicsvr….
// No public sample of mail composed inside WeCom was found: wecom is rendered as Exmail.
const { proseHtml, esc } = require("./common");
const { plainView } = require("./plain");
const { escapeHtml } = require("../text");
const { formatMoment, rfc5322 } = require("../dates");
const M = require("../mime");

const LABELS = {
  "zh-CN": { head: "原始邮件", from: "发件人", sent: "发送时间", to: "收件人", cc: "抄送", subject: "主题" },
  "zh-TW": { head: "原始郵件", from: "寄件人", sent: "發送時間", to: "收件人", cc: "抄送", subject: "主題" },
  en: { head: "Original", from: "From", sent: "Date", to: "To", cc: "Cc", subject: "Subject" },
};
const DATE = { en: "enTencent", "zh-CN": "zhTencent", "zh-TW": "zhTencent" };

const FMT = {
  line: (html) => `<div>${html}</div>`,
  blank: () => "<div><br></div>",
  list: (kind, items) => `<${kind}>${items.map((h) => `<li>${h}</li>`).join("")}</${kind}>`,
};

const who = (p) => `"${esc(p.name || p.address)}"&lt;${escapeHtml(p.address)}&gt;;`;

function headerBox(quote, env) {
  const l = LABELS[env.ui];
  const rows = [[l.from, who(quote.from)], [l.sent, esc(formatMoment(quote.sent, DATE[env.ui]))], [l.to, `${quote.to.map(who).join("")}<wbr>`]];
  if (quote.cc.length > 0) rows.push([l.cc, `${quote.cc.map(who).join("")}<wbr>`]);
  rows.push([l.subject, esc(quote.subject)]);
  return `<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;${esc(l.head)}&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">${rows.map(([k, v]) => `<div><b>${esc(k)}:</b>&nbsp;${v}</div>`).join("")}</div><div><br></div>`;
}

function html(mail, env) {
  const parts = [proseHtml(mail.body, env, FMT), "<div><br></div>"];
  if (mail.signature || mail.disclaimer) {
    const sig = [mail.signature && proseHtml(mail.signature, env, FMT), mail.disclaimer && `<div style="font-size:12px;color:#909090;">${proseHtml(mail.disclaimer, env, FMT)}</div>`].filter(Boolean).join("");
    parts.push(`<div><div style="color:#909090;font-family:Arial Narrow;font-size:12px">------------------</div><div style="font-size:14px;font-family:Verdana;color:#000;">${sig}</div></div><div>&nbsp;</div>`);
  }
  if (mail.quotes.length > 0) {
    // The history is flat: each earlier message under its own 原始邮件 box.
    parts.push(`<div>${mail.quotes.map((q) => `${headerBox(q, env)}${proseHtml(q.text, env, FMT)}<div><br></div>`).join("")}</div>`);
  }
  return `<meta http-equiv="Content-Type" content="text/html; charset=${env.label}">${parts.join("")}`;
}

function text(mail, env) {
  const l = LABELS[env.ui];
  return plainView(mail, env, {
    sigDelimiter: "------------------",
    header: (q) => [`------------------ ${l.head} ------------------`, `${l.from}: "${q.from.name || q.from.address}"<${q.from.address}>;`, `${l.sent}: ${formatMoment(q.sent, DATE[env.ui])}`, `${l.to}: ${q.to.map((p) => `"${p.name || p.address}"<${p.address}>;`).join("")}`, ...(q.cc.length > 0 ? [`${l.cc}: ${q.cc.map((p) => `"${p.name || p.address}"<${p.address}>;`).join("")}`] : []), `${l.subject}: ${q.subject}`],
  });
}

function tencentClient(name, { business }) {
  return {
    name,
    defaultCharset: () => (business ? "utf-8" : "gb18030"),
    charsetLabel: (cs) => ({ "utf-8": "utf-8", gbk: "gbk", gb18030: "gb18030", big5: "big5" })[cs],
    defaultTransfer: () => "base64",
    messageId: (env) => `<tencent_${env.rnd.hex("mid", business ? 24 : 36, true)}@qq.com>`,
    quotedMessageId: (env, i) => `<tencent_${env.rnd.hex(`quoted${i}`, 24, true)}@qq.com>`,
    boundary: (env, depth) => `----=_NextPart_${Math.floor(Date.parse(env.mail.date.iso) / 1000).toString(16).toUpperCase()}_${env.rnd.hex(`b${depth}a`, 8, true)}_${env.rnd.hex(`b${depth}b`, 8, true)}`,
    inlineCid: (att, env) => `${env.rnd.hex(`cid:${att.name}`, 8, true)}@${env.rnd.hex(`cid2:${att.name}`, 8, true)}.${env.rnd.hex(`cid3:${att.name}`, 8, true)}`,
    addressOptions: { quoteEncoded: true, nameless: "address-as-name" },
    headers: (mail, env, ctx) => {
      const h = [];
      if (!business) h.push(["X-QQ-mid", `webmail${env.rnd.digits("qqmid1", 3)}t${Math.floor(Date.parse(mail.date.iso) / 1000)}t${env.rnd.digits("qqmid2", 6)}`]);
      h.push(["From", env.from], ["To", env.to]);
      if (mail.cc.length > 0) h.push(["Cc", env.cc]);
      if (mail.bcc.length > 0) h.push(["Bcc", env.bcc]);
      h.push(["Subject", env.subject], ["Mime-Version", "1.0"], ["Content-Type", ctx.contentType]);
      if (ctx.contentType.startsWith("multipart/")) h.push(["Content-Transfer-Encoding", "8Bit"]);
      h.push(["Date", rfc5322(mail.date)], ["X-Priority", mail.importance === "high" ? "1" : mail.importance === "low" ? "5" : "3"], ["Message-ID", ctx.messageId], ["X-QQ-MIME", "TCMime 1.0 by Tencent"], ["X-Mailer", "QQMail 2.x"], ["X-QQ-Mailer", "QQMail 2.x"]);
      if (env.inReplyTo) h.push(["References", env.inReplyTo], ["In-Reply-To", env.inReplyTo], ["X-QQ-ReplyHash", env.rnd.digits("replyhash", 10).replace(/^0/, "1")]);
      if (business) h.push(["X-BIZMAIL-ID", env.rnd.digits("bizmail", 19).replace(/^0/, "1")]);
      h.push(["X-QQ-SENDSIZE", "520"]);
      h.push(["Feedback-ID", business ? `lv:${env.fromDomain}:qybglogicsvrsz:qybglogicsvrsz4b-0` : "webmail:qq.com:bgweb:bgweb1"]);
      return h;
    },
    textType: (kind, env) => `text/${kind};\r\n\tcharset="${env.label}"`,
    attachmentHeaders: (att, env) => [
      ["Content-Type", `${att.contentType};\r\n\t${M.wordParam("name", att.name, env.charset, env.label)}`],
      ["Content-Disposition", `${att.inline ? "inline" : "attachment"};\r\n\t${M.wordParam("filename", att.name, env.charset, env.label)}`],
      ...(att.inline ? [["Content-ID", `<${att.realCid}>`]] : []),
    ],
    html,
    text,
    img: (att) => `<img src="cid:${att.realCid}" modifysize="100%" diffpixels="0px" scalingmode="zoom" style="">`,
    textImg: () => "",
    layout: "mixed-related-alternative",
    supportsLabels: false,
    supportsImportance: true,
  };
}

module.exports = {
  qqmail: tencentClient("qqmail", { business: false }),
  exmail: tencentClient("exmail", { business: true }),
  wecom: tencentClient("wecom", { business: true }),
};
