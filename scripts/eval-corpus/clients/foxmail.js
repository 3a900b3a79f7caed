// Foxmail 7.2 (Windows): a <div><span></span>…</div> per line, the signature under a short
// <hr color="#b5c4df"> in a 10pt verdana div, the history in a <blockquote> whose grey box
// (border-top #B5C4DF, background #efefef) lists 发件人： / 发送时间： / 收件人： / 抄送： / 主题：
// with &nbsp; after the label. MIME as seen in mail sent by Foxmail: X-Priority: 3, X-GUID,
// X-Has-Attach, "X-Mailer: Foxmail 7.2.25.375[cn]", Message-ID <yyyymmddhhmmss+7 digits@domain>,
// boundaries "----=_001_NextPart<12 digits>_=----", GB2312-labelled base64 text, file names
// as encoded words, inline images as cid:_Foxmail.1@<uuid>.
const { headerRows, proseHtml, esc } = require("./common");
const { plainView } = require("./plain");
const { escapeHtml } = require("../text");
const { formatMoment, rfc5322, wall, pad } = require("../dates");
const M = require("../mime");

const LABELS = {
  "zh-CN": { from: "发件人", sent: "发送时间", to: "收件人", cc: "抄送", subject: "主题" },
  "zh-TW": { from: "寄件者", sent: "發送時間", to: "收件者", cc: "副本", subject: "主旨" },
  en: { from: "From", sent: "Date", to: "To", cc: "CC", subject: "Subject" },
};

const FMT = {
  line: (html) => `<div><span></span>${html}</div>`,
  blank: () => "<div><br></div>",
  list: (kind, items) => `<${kind} style="margin-top: 0px; margin-bottom: 0px;">${items.map((h) => `<li>${h}</li>`).join("")}</${kind}>`,
};

const linked = (p) => `<a href="mailto:${escapeHtml(p.address)}">${esc(p.name || p.address)}</a>`;

function quoteBox(quote, env) {
  const colon = env.ui === "en" ? ":" : "：";
  const l = LABELS[env.ui];
  const rows = [[l.from, linked(quote.from)], [l.sent, esc(formatMoment(quote.sent, "isoMinutes")).replace(" ", "&nbsp;")], [l.to, quote.to.map(linked).join("; ")]];
  if (quote.cc.length > 0) rows.push([l.cc, quote.cc.map(linked).join("; ")]);
  rows.push([l.subject, esc(quote.subject)]);
  const html = rows.map(([label, value]) => `<div><b>${esc(label)}${colon}</b>&nbsp;${value}</div>`).join("");
  return `<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">${html}</div></div>`;
}

function historyHtml(quotes, i, env) {
  if (i >= quotes.length) return "";
  return `<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">${quoteBox(quotes[i], env)}<div><div>${proseHtml(quotes[i].text, env, FMT)}</div>${historyHtml(quotes, i + 1, env)}</div></blockquote>`;
}

function html(mail, env) {
  const parts = [proseHtml(mail.body, env, FMT), "<div><br></div>"];
  if (mail.signature || mail.disclaimer) {
    const sig = [mail.signature && proseHtml(mail.signature, env, { ...FMT, line: (h) => `<div>${h}</div>` }), mail.disclaimer && `<div style="font-size: 9pt; color: rgb(128, 128, 128);">${proseHtml(mail.disclaimer, env, { ...FMT, line: (h) => `<div>${h}</div>` })}</div>`].filter(Boolean).join("");
    parts.push(`<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\r\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">${sig}</div></span></div>`);
  }
  parts.push(historyHtml(mail.quotes, 0, env));
  const font = env.ui === "zh-TW" ? "微軟正黑體" : "Microsoft YaHei UI";
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=${env.label}"><style>body { line-height: 1.5; }body { font-size: 14px; font-family: "${font}"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\r\n${parts.join("\r\n")}\r\n</body></html>`;
}

function text(mail, env) {
  const colon = env.ui === "en" ? ":" : "：";
  return plainView(mail, env, { header: (quote) => [" ", ...headerRows(quote, LABELS[env.ui], "isoMinutes").map(([l, v]) => `${l}${colon} ${v}`)] });
}

/** Foxmail's Message-ID: the local send time to the second and seven more digits. */
function foxmailId(mail, env, purpose) {
  const w = wall(mail.date);
  return `<${w.y}${pad(w.mo)}${pad(w.d)}${pad(w.h)}${pad(w.mi)}${pad(w.s)}${env.rnd.digits(purpose, 7)}@${env.fromDomain}>`;
}

module.exports = {
  foxmail: {
    name: "foxmail",
    defaultCharset: (mail) => (mail.lang === "zh-TW" ? "big5" : "gbk"),
    charsetLabel: (cs) => ({ "utf-8": "utf-8", gbk: "GB2312", gb18030: "GB18030", big5: "big5" })[cs],
    defaultTransfer: () => "base64",
    messageId: (env) => foxmailId(env.mail, env, "mid"),
    quotedMessageId: (env, i) => `<${env.rnd.digits(`quoted${i}`, 21)}@contoso.com>`,
    boundary: (env, depth) => `----=_00${depth + 1}_NextPart${env.rnd.digits(`boundary${depth}`, 12)}_=----`,
    inlineCid: (att, env, i) => `_Foxmail.${i + 1}@${env.rnd.uuid(`cid${i}`, false)}`,
    preamble: "This is a multi-part message in MIME format.",
    addressOptions: { nameless: "address-as-name" },
    headers: (mail, env, ctx) => {
      const h = [["Date", rfc5322(mail.date)], ["From", env.from], ["To", env.to]];
      if (mail.cc.length > 0) h.push(["Cc", env.cc]);
      if (mail.bcc.length > 0) h.push(["Bcc", env.bcc]);
      h.push(["Subject", env.subject]);
      if (env.inReplyTo) h.push(["References", env.inReplyTo], ["In-Reply-To", env.inReplyTo]);
      h.push(["X-Priority", mail.importance === "high" ? "1" : mail.importance === "low" ? "5" : "3"], ["X-GUID", env.rnd.uuid("guid")], ["X-Has-Attach", ctx.hasAttachments ? "yes" : "no"], ["X-Mailer", `Foxmail 7.2.25.375[${env.ui === "en" ? "en" : "cn"}]`], ["Mime-Version", "1.0"], ["Message-ID", ctx.messageId], ["Content-Type", ctx.contentType]);
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
    img: (att) => `<img src="cid:${att.realCid}" border="0" alt="${escapeHtml(att.name)}">`,
    textImg: () => "",
    layout: "mixed-related-alternative",
    supportsLabels: false,
    supportsImportance: true,
  },
};
