// One mail spec → the bytes of its .eml, in the shape of the client that sent it.
const M = require("./mime");
const { uiOf } = require("./clients/common");
const { SpecError } = require("./spec");
const CLIENTS = require("./clients");

/** Attachment bytes: a real file signature, then filler. Rules never read sizes, so at most 1.5 KB is written (Outlook's size= keeps the declared one). */
function fileBytes(att, rnd) {
  const magic = {
    "application/pdf": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "image/png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "image/jpeg": "\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "image/gif": "GIF89a",
    "application/zip": "PK\x03\x04",
  }[att.contentType] ?? (/officedocument|opendocument/.test(att.contentType) ? "PK\x03\x04\x14\x00\x06\x00" : "");
  const size = Math.max(magic.length, Math.min(att.bytes, 1536));
  return Buffer.concat([Buffer.from(magic, "latin1"), rnd.bytes(`file:${att.name}`, size - magic.length)]);
}

function headerBlock(headers) {
  return headers.map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`)).join(M.CRLF) + M.CRLF;
}

function leaf(headers, body) {
  return { headers, body };
}

function multipart(subtype, boundary, parts, { params = "", preamble = "" } = {}) {
  const chunks = [];
  if (preamble) chunks.push(Buffer.from(`${preamble}${M.CRLF}${M.CRLF}`));
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}${M.CRLF}${headerBlock(p.headers)}${M.CRLF}`, "latin1"), p.body, Buffer.from(M.CRLF));
  }
  chunks.push(Buffer.from(`--${boundary}--${M.CRLF}`));
  return { contentType: `multipart/${subtype};${M.CRLF}\tboundary="${boundary}"${params}`, body: Buffer.concat(chunks) };
}

function asPart(node) {
  return node.contentType ? leaf([["Content-Type", node.contentType]], node.body) : node;
}

function textPart(client, env, kind, content) {
  const bytes = kind === "html" ? M.encodeHtml(M.crlf(content), env.charset) : M.encode(M.crlf(content), env.charset);
  const type = client.textType ? client.textType(kind, env) : `text/${kind}; charset="${env.label}"`;
  return leaf([["Content-Type", type], ["Content-Transfer-Encoding", env.transfer]], M.transferEncode(bytes, env.transfer));
}

function filePart(client, att, env) {
  return leaf([...client.attachmentHeaders(att, env), ["Content-Transfer-Encoding", "base64"]], Buffer.from(M.base64Lines(fileBytes(att, env.rnd))));
}

/** text / html / alternative, then related (inline images), then mixed (files): the usual nesting. */
function standardLayout(client, env, bodies) {
  const { mail } = env;
  const depth = { n: 0 };
  const boundary = () => client.boundary(env, depth.n--);
  const images = mail.attachments.filter((a) => a.inline);
  const files = mail.attachments.filter((a) => !a.inline);
  const related = images.length > 0 && bodies.html !== undefined;
  const levels = [files.length > 0 || (images.length > 0 && !related), related, bodies.text !== undefined && bodies.html !== undefined];
  const outerFirst = levels.filter(Boolean).length;
  depth.n = Math.max(0, outerFirst - 1);
  let node = bodies.html !== undefined && bodies.text !== undefined ? multipart("alternative", boundary(), [bodies.text, bodies.html]) : bodies.html ?? bodies.text;
  if (levels[1]) node = multipart("related", boundary(), [asPart(node), ...images.map((a) => filePart(client, a, env))], { params: `;${M.CRLF}\ttype="${bodies.text ? "multipart/alternative" : "text/html"}"` });
  if (levels[0]) node = multipart("mixed", boundary(), [asPart(node), ...files.map((a) => filePart(client, a, env)), ...(levels[1] ? [] : images.map((a) => filePart(client, a, env)))], { preamble: client.preamble });
  else if (node.contentType && client.preamble) node = { ...node, body: Buffer.concat([Buffer.from(`${client.preamble}${M.CRLF}${M.CRLF}`), node.body]) };
  return node;
}

function checkSpec(mail, client, env) {
  if (mail.sensitivity && !client.supportsLabels) throw new SpecError(mail.file, 0, `sensitivity: only Outlook (outlook-win, outlook-mac, owa) applies Purview labels, not ${mail.client}`);
  if (mail.importance !== "normal" && !client.supportsImportance) throw new SpecError(mail.file, 0, `importance: ${mail.client} cannot mark a mail's importance`);
  if (mail.format !== "html") {
    const text = [mail.body, mail.signature, mail.disclaimer, ...mail.quotes.map((q) => q.text)].join("\n");
    const ch = M.firstUnencodable(text, env.charset);
    if (ch) throw new SpecError(mail.file, 0, `the text part cannot hold "${ch}" (U+${ch.codePointAt(0).toString(16).toUpperCase()}) in ${env.charset}: pick charset: utf-8 or change the text`);
  }
}

function stripPrefixes(subject) {
  let s = subject;
  for (;;) {
    const next = s.replace(/^\s*(re|fw|fwd|aw|答复|回复|回覆|轉寄|转发)\s*[:：]\s*/i, "");
    if (next === s) return s.trim();
    s = next;
  }
}

function buildEnv(mail, client) {
  const rnd = M.seeded(mail.id);
  const ui = uiOf(mail);
  const charset = mail.charset ?? client.defaultCharset(mail);
  const label = client.charsetLabel(charset);
  const env = { rnd, ui, charset, label, mail, fromDomain: mail.from.address.split("@")[1] };
  env.transfer = mail.transfer ?? client.defaultTransfer(mail, env);
  const opts = client.addressOptions ?? {};
  env.from = M.mailbox(mail.from, charset, label, opts);
  env.to = M.mailboxList(mail.to, charset, label, opts);
  env.cc = M.mailboxList(mail.cc, charset, label, opts);
  env.bcc = M.mailboxList(mail.bcc, charset, label, opts);
  env.subject = M.headerText(mail.subject, charset, label, client.subjectMode);
  env.threadTopic = M.headerText(stripPrefixes(mail.subject), charset, label);
  let inline = 0;
  for (const att of mail.attachments) if (att.inline) att.realCid = client.inlineCid(att, env, inline++);
  const byCid = new Map(mail.attachments.filter((a) => a.cid).map((a) => [a.cid, a]));
  env.render = { img: (cid) => client.img(byCid.get(cid), env), mention: client.mention ? client.mention(env) : undefined, link: client.link };
  env.textRender = { img: (cid) => client.textImg(byCid.get(cid), env) };
  return env;
}

function renderMail(mail) {
  const client = CLIENTS[mail.client];
  const env = buildEnv(mail, client);
  checkSpec(mail, client, env);
  const messageId = client.messageId(env);
  env.messageIdLetters = messageId.replace(/[^A-Za-z0-9]/g, "");
  const replying = mail.quotes.length > 0 && mail.quotes[0].style === "reply";
  env.inReplyTo = replying ? client.quotedMessageId(env, 0) : null;
  const bodies = {};
  if (mail.format !== "text") bodies.html = textPart(client, env, "html", mail.html ?? client.html(mail, env));
  if (mail.format !== "html") bodies.text = textPart(client, env, "plain", client.text(mail, env));
  const layout = client.layout === "apple" ? client.appleLayout : standardLayout;
  const node = layout(client, env, bodies, { multipart, filePart, asPart, leaf });
  const ctx = { contentType: node.contentType ?? node.headers.find(([k]) => k === "Content-Type")[1], messageId, hasAttachments: mail.attachments.some((a) => !a.inline) };
  const headers = client.headers(mail, env, ctx);
  if (!node.contentType) headers.push(["Content-Transfer-Encoding", env.transfer]);
  return Buffer.concat([Buffer.from(headerBlock(headers), "latin1"), Buffer.from(M.CRLF), node.body]);
}

module.exports = { renderMail, multipart, filePart, asPart, leaf };
