// Coremail (the webmail of 163.com, 126.com and many company domains): the body in
// <div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"> with a
// <div style="margin: 0;"> per line, the signature in <div style="position:relative;zoom:1">
// after "--<br>", replies under <p>在 2026-11-23 15:20:00，"王伟" &lt;addr&gt; 写道：</p> and
// <blockquote id="isReplyContent">, forwards under "-------- 转发邮件信息 --------" with 发件人： /
// 发送日期： / 收件人： / 主题： lines. MIME: the Coremail X-Mailer line, Message-ID
// <hex.hex.<ms time hex>.Coremail.<user>@domain>, X-Coremail-Locale, X-CM-TRANSID,
// boundaries "----=_Part_<n>_<n>.<ms time>", GBK base64 text.
const { proseHtml, esc } = require("./common");
const { plainView } = require("./plain");
const { escapeHtml } = require("../text");
const { formatMoment, rfc5322 } = require("../dates");
const M = require("../mime");

const FORWARD = {
  "zh-CN": { head: "转发邮件信息", from: "发件人", sent: "发送日期", to: "收件人", cc: "抄送", subject: "主题" },
  "zh-TW": { head: "轉發郵件信息", from: "發件人", sent: "發送日期", to: "收件人", cc: "抄送", subject: "主題" },
  en: { head: "Forwarding messages", from: "From", sent: "Date", to: "To", cc: "CC", subject: "Subject" },
};

const FMT = {
  line: (html) => `<div style="margin: 0;">${html}</div>`,
  blank: () => '<div style="margin: 0;"><br></div>',
  list: (kind, items) => `<${kind} style="margin-top: 0px; margin-bottom: 0px;">${items.map((h) => `<li>${h}</li>`).join("")}</${kind}>`,
};

const who = (p) => `"${esc(p.name || p.address)}" &lt;${escapeHtml(p.address)}&gt;`;

function attribution(quote, ui) {
  const when = esc(formatMoment(quote.sent, "isoSeconds"));
  if (ui === "en") return `At ${when}, ${who(quote.from)} wrote:`;
  return `在 ${when}，${who(quote.from)} ${ui === "zh-TW" ? "寫道" : "写道"}：`;
}

function forwardLines(quote, ui) {
  const l = FORWARD[ui];
  const colon = ui === "en" ? ": " : "：";
  const rows = [[l.from, who(quote.from)], [l.sent, esc(formatMoment(quote.sent, "isoSeconds"))], [l.to, quote.to.map(who).join(", ")]];
  if (quote.cc.length > 0) rows.push([l.cc, quote.cc.map(who).join(", ")]);
  rows.push([l.subject, esc(quote.subject)]);
  return [`-------- ${esc(l.head)} --------`, ...rows.map(([k, v]) => `${esc(k)}${colon}${v}`)];
}

function historyHtml(quotes, i, env) {
  if (i >= quotes.length) return "";
  const quote = quotes[i];
  const inner = `<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">${proseHtml(quote.text, env, FMT)}</div>${historyHtml(quotes, i + 1, env)}`;
  if (quote.style === "forward") return `<br><br>${forwardLines(quote, env.ui).join("<br>")}<br><br>${inner}`;
  return `<br><br><div id="divNeteaseMailCard"></div><br><p>${attribution(quote, env.ui)}</p><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">${inner}</blockquote>`;
}

function html(mail, env) {
  const parts = [proseHtml(mail.body, env, FMT)];
  if (mail.signature || mail.disclaimer) {
    const sig = [mail.signature && proseHtml(mail.signature, env, { ...FMT, line: (h) => `<div>${h}</div>` }), mail.disclaimer && `<div style="font-size:12px;color:#999999">${proseHtml(mail.disclaimer, env, { ...FMT, line: (h) => `<div>${h}</div>` })}</div>`].filter(Boolean).join("");
    parts.push(`<br><div style="position:relative;zoom:1">--<br>${sig}<div style="clear:both"></div></div>`);
  }
  return `<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">${parts.join("")}${historyHtml(mail.quotes, 0, env)}</div>`;
}

function text(mail, env) {
  return plainView(mail, env, {
    sigDelimiter: "--",
    header: (quote) => (quote.style === "forward" ? forwardLines(quote, env.ui).map((l) => l.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')) : [attribution(quote, env.ui).replace(/&lt;/g, "<").replace(/&gt;/g, ">")]),
  });
}

const msHex = (mail) => Date.parse(mail.date.iso).toString(16);

module.exports = {
  coremail: {
    name: "coremail",
    defaultCharset: () => "gbk",
    charsetLabel: (cs) => ({ "utf-8": "UTF-8", gbk: "GBK", gb18030: "GB18030", big5: "BIG5" })[cs],
    defaultTransfer: () => "base64",
    messageId: (env) => `<${env.rnd.hex("mid1", 8)}.${env.rnd.hex("mid2", 4)}.${msHex(env.mail)}.Coremail.${env.mail.from.address.split("@")[0]}@${env.fromDomain}>`,
    quotedMessageId: (env, i) => `<${env.rnd.hex(`q${i}a`, 8)}.${env.rnd.hex(`q${i}b`, 4)}.${(Date.parse(env.mail.date.iso) - 3600000 * (i + 1)).toString(16)}.Coremail.${env.rnd.lower(`q${i}c`, 8)}@contoso.com>`,
    boundary: (env, depth) => `----=_Part_${10000 + env.rnd.int(`b${depth}a`, 90000)}_${env.rnd.digits(`b${depth}b`, 9).replace(/^0/, "1")}.${Date.parse(env.mail.date.iso) + depth}`,
    inlineCid: (att, env, i) => `${env.rnd.hex(`cid${i}`, 8)}$${i + 1}$${msHex(env.mail)}$Coremail$${env.mail.from.address.split("@")[0]}$${env.fromDomain}`,
    addressOptions: {},
    headers: (mail, env, ctx) => {
      const h = [["Date", `${rfc5322(mail.date)} (CST)`], ["From", env.from], ["To", env.to]];
      if (mail.cc.length > 0) h.push(["Cc", env.cc]);
      if (mail.bcc.length > 0) h.push(["Bcc", env.bcc]);
      h.push(["Subject", env.subject], ["X-Priority", mail.importance === "high" ? "1" : mail.importance === "low" ? "5" : "3"]);
      h.push(["X-Mailer", `Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\r\n Copyright (c) 2002-2026 www.mailtech.cn ${env.fromDomain}`]);
      if (env.inReplyTo) h.push(["In-Reply-To", env.inReplyTo], ["References", env.inReplyTo]);
      h.push(["Content-Type", ctx.contentType], ["MIME-Version", "1.0"], ["Message-ID", ctx.messageId], ["X-Coremail-Locale", { en: "en_US", "zh-CN": "zh_CN", "zh-TW": "zh_TW" }[env.ui]], ["X-CM-TRANSID", `${env.rnd.alnum("transid", 22)}--.${env.rnd.digits("transid2", 4)}W`]);
      return h;
    },
    textType: (kind, env) => `text/${kind}; charset=${env.label}`,
    attachmentHeaders: (att, env) => [
      ["Content-Type", `${att.contentType}; ${M.wordParam("name", att.name, env.charset, env.label)}`],
      ["Content-Disposition", `${att.inline ? "inline" : "attachment"}; ${M.wordParam("filename", att.name, env.charset, env.label)}`],
      ...(att.inline ? [["Content-ID", `<${att.realCid}>`]] : []),
    ],
    html,
    text,
    img: (att) => `<img data-image="1" src="cid:${att.realCid}" style="width: 160px; height: 48px;">`,
    textImg: () => "",
    layout: "mixed-related-alternative",
    supportsLabels: false,
    supportsImportance: true,
  },
};
