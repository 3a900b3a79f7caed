// Gmail (web): <div dir="ltr"> with a <div> per line, the signature after
// <span class="gmail_signature_prefix">-- </span> in div.gmail_signature, the history in
// div.gmail_quote with its div.gmail_attr line ("… 於 2026年11月23日週一 下午3:20寫道：") and
// blockquote.gmail_quote; forwards under "---------- Forwarded message ---------" (only the
// From label is translated). Message-ID <CA…@mail.gmail.com>, boundaries "000000000000"+hex,
// file names as encoded words, images as cid:ii_…, files with X-Attachment-Id f_….
const { proseHtml, esc } = require("./common");
const { plainView } = require("./plain");
const { escapeHtml, personText } = require("../text");
const { formatMoment, rfc5322 } = require("../dates");
const M = require("../mime");

const DATE = { en: "enGmail", "zh-CN": "zhCnGmail", "zh-TW": "zhTwGmail" };
const FROM = { en: "From:", "zh-CN": "发件人：", "zh-TW": "寄件者：" };

function linked(p) {
  const addr = `&lt;<a href="mailto:${escapeHtml(p.address)}">${escapeHtml(p.address)}</a>&gt;`;
  return p.name ? `${esc(p.name)} ${addr}` : addr;
}

function attribution(quote, ui) {
  const when = formatMoment(quote.sent, DATE[ui]);
  if (ui === "en") return `On ${esc(when)} ${linked(quote.from)} wrote:`;
  return `${linked(quote.from)} ${ui === "zh-TW" ? "於" : "于"} ${esc(when)}${ui === "zh-TW" ? "寫道：" : "写道："}`;
}

function forwardHeader(quote, ui) {
  const from = `${FROM[ui]} <strong class="gmail_sendername" dir="auto">${esc(quote.from.name || quote.from.address)}</strong> <span dir="auto">&lt;<a href="mailto:${escapeHtml(quote.from.address)}">${escapeHtml(quote.from.address)}</a>&gt;</span>`;
  const rows = [from, `Date: ${esc(formatMoment(quote.sent, DATE[ui]))}`, `Subject: ${esc(quote.subject)}`, `To: ${quote.to.map(linked).join(", ")}`];
  if (quote.cc.length > 0) rows.push(`Cc: ${quote.cc.map(linked).join(", ")}`);
  return `---------- Forwarded message ---------<br>${rows.join("<br>")}<br>`;
}

const FMT = {
  line: (html) => `<div>${html}</div>`,
  blank: () => "<div><br></div>",
  list: (kind, items) => `<${kind}>${items.map((h) => `<li>${h}</li>`).join("")}</${kind}>`,
};

function quoteHtml(quotes, i, env) {
  if (i >= quotes.length) return "";
  const quote = quotes[i];
  const inner = `<div dir="ltr">${proseHtml(quote.text, env, FMT)}</div>${quoteHtml(quotes, i + 1, env)}`;
  if (quote.style === "forward") return `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${forwardHeader(quote, env.ui)}</div><br><br>${inner}</div>`;
  return `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${attribution(quote, env.ui)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${inner}</blockquote></div>`;
}

function html(mail, env) {
  const parts = [proseHtml(mail.body, env, FMT)];
  if (mail.signature || mail.disclaimer) {
    const sig = [mail.signature && proseHtml(mail.signature, env, FMT), mail.disclaimer && `<div><br></div><div><font size="1" color="#888888">${proseHtml(mail.disclaimer, env, FMT)}</font></div>`].filter(Boolean).join("");
    parts.push(`<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${sig}</div></div>`);
  }
  // The first line is written straight into the outer div, as the Gmail editor does.
  const body = parts.join("").replace(/^<div>(.*?)<\/div>/, "$1");
  return `<div dir="ltr">${body}</div>${quoteHtml(mail.quotes, 0, env)}\r\n`;
}

function text(mail, env) {
  return plainView(mail, env, {
    sigDelimiter: "-- ",
    prefix: "> ",
    header: (quote) => {
      if (quote.style === "forward") {
        const rows = [`${FROM[env.ui]} ${personText(quote.from)}`, `Date: ${formatMoment(quote.sent, DATE[env.ui])}`, `Subject: ${quote.subject}`, `To: ${quote.to.map(personText).join(", ")}`];
        return ["---------- Forwarded message ---------", ...rows, ""];
      }
      return [attribution(quote, env.ui).replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"), ""];
    },
  });
}

function attachmentId(att, env) {
  return `${att.inline ? "ii" : "f"}_m${env.rnd.lower(`att:${att.name}`, 8)}${att.inline ? "0" : "1"}`;
}

module.exports = {
  gmail: {
    name: "gmail",
    defaultCharset: () => "utf-8",
    charsetLabel: (cs) => ({ "utf-8": "UTF-8", gbk: "GBK", gb18030: "GB18030", big5: "Big5" })[cs],
    // Gmail picks quoted-printable for mostly-ASCII text and base64 otherwise.
    defaultTransfer: (mail) => (/[^\x00-\x7f]/.test(mail.body) ? "base64" : "quoted-printable"),
    messageId: (env) => `<CA${env.rnd.alnum("mid1", 6)}+${env.rnd.alnum("mid2", 34)}=${env.rnd.alnum("mid3", 9)}@mail.gmail.com>`,
    quotedMessageId: (env, i) => `<CA${env.rnd.alnum(`q${i}a`, 6)}${env.rnd.alnum(`q${i}b`, 40)}@mail.gmail.com>`,
    boundary: (env, depth) => `000000000000${env.rnd.hex(`boundary${depth}`, 16)}`,
    inlineCid: (att, env) => attachmentId(att, env),
    headers: (mail, env, ctx) => {
      const h = [["MIME-Version", "1.0"]];
      if (env.inReplyTo) h.push(["References", env.inReplyTo], ["In-Reply-To", env.inReplyTo]);
      h.push(["From", env.from], ["Date", rfc5322(mail.date)], ["Message-ID", ctx.messageId], ["Subject", env.subject], ["To", env.to]);
      if (mail.cc.length > 0) h.push(["Cc", env.cc]);
      if (mail.bcc.length > 0) h.push(["Bcc", env.bcc]);
      h.push(["Content-Type", ctx.contentType]);
      return h;
    },
    textType: (kind, env) => `text/${kind}; charset="${env.label}"`,
    attachmentHeaders: (att, env) => {
      const id = attachmentId(att, env);
      return [
        ["Content-Type", `${att.contentType}; ${M.wordParam("name", att.name, "utf-8", "UTF-8")}`],
        ["Content-Disposition", `${att.inline ? "inline" : "attachment"}; ${M.wordParam("filename", att.name, "utf-8", "UTF-8")}`],
        ["Content-ID", `<${id}>`],
        ["X-Attachment-Id", id],
      ];
    },
    html,
    text,
    img: (att) => `<img src="cid:${att.realCid}" alt="${escapeHtml(att.name)}" width="160" height="48">`,
    textImg: (att) => `[image: ${att.name}]`,
    layout: "mixed-related-alternative",
    supportsLabels: false,
    supportsImportance: false,
  },
};
