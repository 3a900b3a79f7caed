// Thunderbird (115+): a <p> per paragraph with <br> between lines, the signature in
// div.moz-signature after "-- <br>", the attribution in div.moz-cite-prefix ("王大明 於
// 2026/11/23 下午 03:20 寫道:", "在 2026/11/23 15:20, 王伟 写道:", "On 11/23/2026 3:20 PM, … wrote:")
// before <blockquote type="cite" cite="mid:…">; inline forwards in div.moz-forward-container with
// "-------- Forwarded Message --------" and table.moz-email-headers-table. MIME: boundaries
// "------------" + 24 letters, the "This is a multi-part message in MIME format." preamble,
// User-Agent, Content-Language, format=flowed 8bit text, names as RFC 2047 in Content-Type
// and RFC 2231 in Content-Disposition.
const { paragraphsHtml, esc } = require("./common");
const { plainView } = require("./plain");
const { escapeHtml } = require("../text");
const { formatMoment, rfc5322 } = require("../dates");
const M = require("../mime");

const DATE = { en: "enNumeric", "zh-CN": "zhCnSlash", "zh-TW": "zhTwSlash" };
const FORWARD = {
  en: { head: "Forwarded Message", subject: "Subject", date: "Date", from: "From", to: "To", cc: "CC" },
  "zh-CN": { head: "转发的消息", subject: "主题", date: "日期", from: "发件人", to: "收件人", cc: "抄送" },
  "zh-TW": { head: "轉寄的郵件", subject: "主旨", date: "日期", from: "寄件者", to: "收件者", cc: "副本" },
};

function attribution(quote, ui) {
  const when = formatMoment(quote.sent, DATE[ui]);
  const who = quote.from.name || quote.from.address;
  if (ui === "en") return `On ${when}, ${who} wrote:`;
  return ui === "zh-TW" ? `${who} 於 ${when} 寫道:` : `在 ${when}, ${who} 写道:`;
}

const FMT = {
  paragraph: (lines) => `<p>${lines.join("<br>\r\n")}</p>`,
  list: (kind, items) => `<${kind}>\r\n${items.map((h) => `  <li>${h}</li>`).join("\r\n")}\r\n</${kind}>`,
};

const prose = (text, env) => paragraphsHtml(text, env, FMT).join("\r\n");

function forwardRows(quote, ui) {
  const l = FORWARD[ui];
  const link = (p) => `${p.name ? `${esc(p.name)} ` : ""}<a class="moz-txt-link-rfc2396E" href="mailto:${escapeHtml(p.address)}">&lt;${escapeHtml(p.address)}&gt;</a>`;
  const when = quote.sent.iso ? rfc5322(quote.sent) : quote.sent.text;
  const rows = [[l.subject, esc(quote.subject)], [l.date, esc(when)], [l.from, link(quote.from)], [l.to, quote.to.map(link).join(", ")]];
  if (quote.cc.length > 0) rows.push([l.cc, quote.cc.map(link).join(", ")]);
  return rows;
}

function quoteHtml(quotes, i, env) {
  if (i >= quotes.length) return "";
  const quote = quotes[i];
  const inner = `${prose(quote.text, env)}\r\n${quoteHtml(quotes, i + 1, env)}`;
  if (quote.style === "forward") {
    const rows = forwardRows(quote, env.ui).map(([l, v]) => `<tr>\r\n<th valign="BASELINE" nowrap="nowrap" align="RIGHT">${esc(l)}: </th>\r\n<td>${v}</td>\r\n</tr>`).join("\r\n");
    return `<div class="moz-forward-container"><br>\r\n<br>\r\n-------- ${esc(FORWARD[env.ui].head)} --------\r\n<table class="moz-email-headers-table" border="0" cellspacing="0" cellpadding="0">\r\n<tbody>\r\n${rows}\r\n</tbody>\r\n</table>\r\n<br>\r\n${inner}</div>`;
  }
  return `<div class="moz-cite-prefix">${esc(attribution(quote, env.ui))}<br>\r\n</div>\r\n<blockquote type="cite" cite="mid:${escapeHtml(env.rnd.uuid(`quoted${i}`, false))}@contoso.com">\r\n${inner}</blockquote>`;
}

function html(mail, env) {
  const parts = [prose(mail.body, env)];
  if (mail.signature || mail.disclaimer) {
    const sig = [mail.signature && prose(mail.signature, env), mail.disclaimer && `<p><font size="1">${paragraphsHtml(mail.disclaimer, env, { paragraph: (lines) => lines.join("<br>\r\n"), list: FMT.list }).join("<br>\r\n<br>\r\n")}</font></p>`].filter(Boolean).join("\r\n");
    parts.push(`<div class="moz-signature">-- <br>\r\n${sig}</div>`);
  }
  return `<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=${env.label}">\r\n</head>\r\n<body>\r\n${parts.join("\r\n")}\r\n${quoteHtml(mail.quotes, 0, env)}\r\n</body>\r\n</html>\r\n`;
}

function text(mail, env) {
  return plainView(mail, env, {
    sigDelimiter: "-- ",
    prefix: "> ",
    header: (quote) => (quote.style === "forward" ? [`-------- ${FORWARD[env.ui].head} --------`, ...forwardRows(quote, env.ui).map(([l, v]) => `${l}: \t${v.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")}`), ""] : [attribution(quote, env.ui)]),
  });
}

module.exports = {
  thunderbird: {
    name: "thunderbird",
    defaultCharset: () => "utf-8",
    charsetLabel: (cs) => ({ "utf-8": "UTF-8", gbk: "GBK", gb18030: "GB18030", big5: "Big5" })[cs],
    defaultTransfer: () => "8bit",
    messageId: (env) => `<${env.rnd.uuid("mid", false)}@${env.fromDomain}>`,
    quotedMessageId: (env, i) => `<${env.rnd.uuid(`quoted${i}`, false)}@contoso.com>`,
    boundary: (env, depth) => `------------${env.rnd.alnum(`boundary${depth}`, 24)}`,
    inlineCid: (att, env) => `part1.${env.rnd.alnum(`cid1:${att.name}`, 8)}.${env.rnd.alnum(`cid2:${att.name}`, 8)}@${env.fromDomain}`,
    preamble: "This is a multi-part message in MIME format.",
    headers: (mail, env, ctx) => {
      const h = [["Content-Type", ctx.contentType], ["Message-ID", ctx.messageId], ["Date", rfc5322(mail.date)], ["MIME-Version", "1.0"], ["User-Agent", "Mozilla Thunderbird"]];
      if (env.inReplyTo) h.push(["References", env.inReplyTo]);
      h.push(["Content-Language", { en: "en-US", "zh-CN": "zh-CN", "zh-TW": "zh-TW" }[env.ui]], ["To", env.to]);
      if (mail.cc.length > 0) h.push(["Cc", env.cc]);
      if (mail.bcc.length > 0) h.push(["Bcc", env.bcc]);
      h.push(["From", env.from]);
      if (mail.importance !== "normal") h.push(["X-Priority", mail.importance === "high" ? "1 (Highest)" : "5 (Lowest)"]);
      h.push(["Subject", env.subject]);
      if (env.inReplyTo) h.push(["In-Reply-To", env.inReplyTo]);
      return h;
    },
    textType: (kind, env) => (kind === "plain" ? `text/plain; charset=${env.label}; format=flowed` : `text/html; charset=${env.label}`),
    attachmentHeaders: (att) => [
      ["Content-Type", `${att.contentType}; ${M.wordParam("name", att.name, "utf-8", "UTF-8")}`],
      ["Content-Disposition", `${att.inline ? "inline" : "attachment"};\r\n ${M.isAscii(att.name) ? `filename="${att.name}"` : M.rfc2231("filename", att.name, "utf-8", "UTF-8").replace(/\t/g, " ")}`],
      ...(att.inline ? [["Content-ID", `<${att.realCid}>`]] : []),
    ],
    html,
    text,
    img: (att) => `<img moz-do-not-send="false" src="cid:${att.realCid}" alt="${escapeHtml(att.name)}" width="160" height="48">`,
    textImg: () => "",
    layout: "mixed-related-alternative",
    supportsLabels: false,
    supportsImportance: true,
  },
};
