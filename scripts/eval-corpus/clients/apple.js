// Apple Mail (macOS): the first line straight in <body>, then a <div> per line; the history
// in <blockquote type="cite"> that opens with the attribution div ("2026年11月23日 下午3:20，
// 王大明 <…> 寫道：") and <br class="Apple-interchange-newline">; forwards as "Begin forwarded
// message:" / "轉寄的郵件：" with bold From/Subject/Date/To rows. MIME: "Apple-Mail=_<UUID>"
// boundaries, Mime-Version with the Mail build, X-Mailer, quoted-printable UTF-8, RFC 2231
// file names with x-unix-mode, and files placed inside the HTML alternative as
// multipart/mixed [html, file, html] (the way Mail keeps an attachment where it was dropped).
const { proseHtml, esc } = require("./common");
const { plainView } = require("./plain");
const { escapeHtml, personText } = require("../text");
const { formatMoment, rfc5322 } = require("../dates");
const M = require("../mime");

const BUILD = "3826.300.87.4.3";
const DATE = { en: "enApple", "zh-CN": "zhApple", "zh-TW": "zhApple" };
const FORWARD = {
  en: { head: "Begin forwarded message:", from: "From", subject: "Subject", date: "Date", to: "To", cc: "Cc" },
  "zh-CN": { head: "转发的邮件：", from: "发件人", subject: "主题", date: "日期", to: "收件人", cc: "抄送" },
  "zh-TW": { head: "轉寄的郵件：", from: "寄件者", subject: "主旨", date: "日期", to: "收件者", cc: "副本" },
};

function attribution(quote, ui) {
  const when = formatMoment(quote.sent, DATE[ui]);
  const who = personText(quote.from);
  if (ui === "en") return `On ${when}, ${who} wrote:`;
  // Mail in Simplified Chinese opens with 在 (the form iOS and macOS share); Traditional does not.
  return ui === "zh-CN" ? `在 ${when}，${who} 写道：` : `${when}，${who} 寫道：`;
}

const SPAN = 'style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;';

function forwardRows(quote, ui) {
  const l = FORWARD[ui];
  const rows = [[l.from, personText(quote.from)], [l.subject, quote.subject], [l.date, formatMoment(quote.sent, DATE[ui])], [l.to, quote.to.map(personText).join(", ")]];
  if (quote.cc.length > 0) rows.push([l.cc, quote.cc.map(personText).join(", ")]);
  return rows;
}

const FMT = {
  line: (html) => `<div>${html}</div>`,
  blank: () => "<div><br></div>",
  list: (kind, items) => `<${kind} class="MailOutline">${items.map((h) => `<li>${h}</li>`).join("")}</${kind}>`,
};

function quoteHtml(quotes, i, env) {
  if (i >= quotes.length) return "";
  const quote = quotes[i];
  const inner = `<div>${proseHtml(quote.text, env, FMT)}${quoteHtml(quotes, i + 1, env)}</div>`;
  if (quote.style === "forward") {
    const l = FORWARD[env.ui];
    const rows = forwardRows(quote, env.ui).map(([label, value]) => `<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span ${SPAN} color:rgba(0, 0, 0, 1.0);"><b>${esc(label)}: </b></span><span ${SPAN}">${esc(value)}<br></span></div>`);
    return `<div><br><blockquote type="cite"><div>${esc(l.head)}</div><br class="Apple-interchange-newline">${rows.join("")}<br>${inner}</blockquote></div>`;
  }
  return `<div><br><blockquote type="cite"><div>${esc(attribution(quote, env.ui))}</div><br class="Apple-interchange-newline">${inner}</blockquote></div>`;
}

function html(mail, env) {
  let body = proseHtml(mail.body, env, FMT).replace(/^<div>(.*?)<\/div>/, "$1");
  if (mail.signature) body += `<div><br></div><div>${proseHtml(mail.signature, env, FMT)}</div>`;
  if (mail.disclaimer) body += `<div><br></div><div><font size="1" color="#7f7f7f">${proseHtml(mail.disclaimer, env, FMT)}</font></div>`;
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=${env.label}"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${body}${quoteHtml(mail.quotes, 0, env)}<br></body></html>`;
}

function text(mail, env) {
  return plainView(mail, env, {
    prefix: "> ",
    headerInside: true,
    header: (quote) => (quote.style === "forward" ? [FORWARD[env.ui].head, "", ...forwardRows(quote, env.ui).map(([l, v]) => `${l}: ${v}`)] : [attribution(quote, env.ui)]),
  });
}

/** Mail keeps a file where it was dropped: the HTML alternative becomes mixed [html, file…, html]. */
function appleLayout(client, env, bodies, { multipart, filePart, asPart, leaf }) {
  const { mail } = env;
  let depth = 0;
  const boundary = () => client.boundary(env, depth++);
  const files = mail.attachments.filter((a) => !a.inline);
  const images = mail.attachments.filter((a) => a.inline);
  let htmlNode = bodies.html;
  if (htmlNode && files.length > 0) {
    const tail = leaf([["Content-Transfer-Encoding", env.transfer], ["Content-Type", `text/html;\r\n\tcharset=${env.label}`]], M.transferEncode(M.encode(`<html><head><meta http-equiv="content-type" content="text/html; charset=${env.label}"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div></div></body></html>`, env.charset), env.transfer));
    htmlNode = asPart(multipart("mixed", boundary(), [htmlNode, ...files.map((a) => filePart(client, a, env)), tail]));
  }
  if (htmlNode && images.length > 0) htmlNode = asPart(multipart("related", boundary(), [htmlNode, ...images.map((a) => filePart(client, a, env))], { params: `;\r\n\ttype="text/html"` }));
  if (!htmlNode) return files.length + images.length > 0 ? multipart("mixed", boundary(), [bodies.text, ...mail.attachments.map((a) => filePart(client, a, env))]) : bodies.text;
  return bodies.text ? multipart("alternative", boundary(), [bodies.text, htmlNode]) : htmlNode;
}

module.exports = {
  "apple-mail": {
    name: "apple-mail",
    defaultCharset: () => "utf-8",
    charsetLabel: (cs) => ({ "utf-8": "utf-8", gbk: "gbk", gb18030: "gb18030", big5: "big5" })[cs],
    defaultTransfer: () => "quoted-printable",
    messageId: (env) => `<${env.rnd.uuid("mid")}@${env.fromDomain}>`,
    quotedMessageId: (env, i) => `<${env.rnd.uuid(`quoted${i}`)}@contoso.com>`,
    boundary: (env, depth) => `Apple-Mail=_${env.rnd.uuid(`boundary${depth}`)}`,
    inlineCid: (att, env) => `${env.rnd.uuid(`cid:${att.name}`)}`,
    headers: (mail, env, ctx) => {
      const h = [["From", env.from], ["Content-Type", ctx.contentType], ["Mime-Version", `1.0 (Mac OS X Mail 16.0 \\(${BUILD}\\))`], ["Subject", env.subject]];
      if (mail.importance !== "normal") h.push(["X-Priority", mail.importance === "high" ? "1" : "5"]);
      h.push(["Date", rfc5322(mail.date)]);
      if (env.inReplyTo) h.push(["In-Reply-To", env.inReplyTo]);
      if (mail.cc.length > 0) h.push(["Cc", env.cc]);
      if (mail.bcc.length > 0) h.push(["Bcc", env.bcc]);
      h.push(["To", env.to]);
      if (env.inReplyTo) h.push(["References", env.inReplyTo]);
      h.push(["Message-Id", ctx.messageId], ["X-Mailer", `Apple Mail (2.${BUILD})`]);
      return h;
    },
    textType: (kind, env) => `text/${kind};\r\n\tcharset=${env.label}`,
    attachmentHeaders: (att) => [
      ["Content-Disposition", `${att.inline ? "inline" : "attachment"};\r\n\t${M.isAscii(att.name) ? `filename=${att.name}` : M.rfc2231("filename", att.name, "utf-8", "utf-8")}`],
      ["Content-Type", `${att.contentType};\r\n\tx-unix-mode=0644;\r\n\t${M.wordParam("name", att.name, "utf-8", "utf-8")}`],
      ...(att.inline ? [["Content-Id", `<${att.realCid}>`]] : []),
    ],
    html,
    text,
    img: (att) => `<img apple-inline="yes" id="${att.realCid.slice(0, 8)}" src="cid:${att.realCid}" alt="${escapeHtml(att.name)}">`,
    textImg: () => "",
    layout: "apple",
    appleLayout,
    supportsLabels: false,
    supportsImportance: true,
  },
};
