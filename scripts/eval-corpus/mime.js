// MIME building blocks (RFC 2045-2047, 2231): charsets through iconv-lite, encoded words,
// parameter encodings, transfer encodings, and ids that depend only on the spec id so that
// rendering twice gives the same bytes.
const crypto = require("crypto");
const iconv = require("iconv-lite");

const CRLF = "\r\n";

/** Deterministic "random" strings: the same spec id and purpose give the same value. */
function seeded(specId) {
  const bytes = (purpose, n) => {
    let out = Buffer.alloc(0);
    for (let i = 0; out.length < n; i++) out = Buffer.concat([out, crypto.createHash("sha256").update(`${specId}\u0000${purpose}\u0000${i}`).digest()]);
    return out.subarray(0, n);
  };
  const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return {
    bytes,
    hex: (purpose, n, upper = false) => {
      const h = bytes(purpose, Math.ceil(n / 2)).toString("hex").slice(0, n);
      return upper ? h.toUpperCase() : h;
    },
    digits: (purpose, n) => Array.from(bytes(purpose, n), (b) => String(b % 10)).join(""),
    alnum: (purpose, n) => Array.from(bytes(purpose, n), (b) => ALNUM[b % ALNUM.length]).join(""),
    lower: (purpose, n) => Array.from(bytes(purpose, n), (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join(""),
    uuid: (purpose, upper = true) => {
      const h = bytes(purpose, 16).toString("hex");
      const u = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
      return upper ? u.toUpperCase() : u;
    },
    int: (purpose, max) => bytes(purpose, 4).readUInt32BE(0) % max,
  };
}

/** iconv-lite names for the spec's charsets. */
const ICONV = { "utf-8": "utf8", gbk: "gbk", gb18030: "gb18030", big5: "big5" };

function encode(text, charset) {
  return iconv.encode(text, ICONV[charset] ?? charset);
}

function canEncode(text, charset) {
  if (charset === "utf-8") return true;
  return iconv.decode(encode(text, charset), ICONV[charset]) === text;
}

/** The first character a charset cannot hold, or "". */
function firstUnencodable(text, charset) {
  if (charset === "utf-8") return "";
  for (const ch of text) if (!canEncode(ch, charset)) return ch;
  return "";
}

/** HTML in a legacy charset: characters it lacks become numeric references, as Outlook and Foxmail write them. */
function encodeHtml(html, charset) {
  if (charset === "utf-8" || canEncode(html, charset)) return encode(html, charset);
  let out = "";
  for (const ch of html) out += canEncode(ch, charset) ? ch : `&#${ch.codePointAt(0)};`;
  return encode(out, charset);
}

const isAscii = (text) => /^[\x20-\x7e]*$/.test(text);

/**
 * RFC 2047 encoded words, each at most 75 characters, never splitting a character.
 * `mode` B (base64) or Q.
 */
function encodedWords(text, charset, label, mode = "B") {
  const words = [];
  let chunk = "";
  const overhead = `=?${label}?${mode}??=`.length;
  const size = (s) => (mode === "B" ? Math.ceil(encode(s, charset).length / 3) * 4 : qWord(encode(s, charset)).length);
  for (const ch of text) {
    if (chunk !== "" && overhead + size(chunk + ch) > 75) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?${label}?${mode}?${mode === "B" ? encode(w, charset).toString("base64") : qWord(encode(w, charset))}?=`);
}

function qWord(buf) {
  let out = "";
  for (const b of buf) {
    if (b === 0x20) out += "_";
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) out += String.fromCharCode(b);
    else out += `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** A header value: as is when ASCII, else encoded words joined by folding whitespace. */
function headerText(text, charset, label, mode = "B") {
  if (isAscii(text)) return text;
  const [cs, lb] = canEncode(text, charset) ? [charset, label] : ["utf-8", "utf-8"];
  return encodedWords(text, cs, lb, mode).join(`${CRLF} `);
}

/**
 * A mailbox: `=?big5?B?...?= <a@b>`, `"Name" <a@b>` (ASCII), or the address alone.
 * `quoteEncoded` writes `"=?...?=" <a@b>` as Tencent's webmail does.
 */
function mailbox(person, charset, label, { quoteEncoded = false, mode = "B", nameless = "bare" } = {}) {
  if (!person.name) return nameless === "address-as-name" ? `"${person.address}" <${person.address}>` : nameless === "angle" ? `<${person.address}>` : person.address;
  if (isAscii(person.name)) return /[()<>@,;:\\".[\]]/.test(person.name) || quoteEncoded ? `"${person.name.replace(/"/g, '\\"')}" <${person.address}>` : `${person.name} <${person.address}>`;
  const words = headerText(person.name, charset, label, mode);
  return quoteEncoded ? `"${words}" <${person.address}>` : `${words} <${person.address}>`;
}

function mailboxList(people, charset, label, options) {
  return people.map((p) => mailbox(p, charset, label, options)).join(`,${CRLF} `);
}

/** RFC 2231 parameter: `name*=utf-8''%E5...`, continued as name*0*, name*1* when long. */
function rfc2231(param, value, charset, label) {
  const [cs, lb] = canEncode(value, charset) ? [charset, label] : ["utf-8", "utf-8"];
  const pieces = [];
  let piece = "";
  for (const ch of value) {
    const enc = Array.from(encode(ch, cs), (b) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
    if (piece.length + enc.length > 54) {
      pieces.push(piece);
      piece = "";
    }
    piece += enc;
  }
  pieces.push(piece);
  if (pieces.length === 1) return `${param}*=${lb}''${pieces[0]}`;
  return pieces.map((p, i) => `${param}*${i}*=${i === 0 ? `${lb}''` : ""}${p}`).join(`;${CRLF}\t`);
}

/** A parameter value in the encoded-word style many clients use instead of RFC 2231. */
function wordParam(param, value, charset, label) {
  if (isAscii(value)) return `${param}="${value}"`;
  return `${param}="${headerText(value, charset, label)}"`;
}

function base64Lines(buf) {
  const b64 = buf.toString("base64");
  const lines = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

/** Quoted-printable (RFC 2045 §6.7) of text bytes whose line breaks are CRLF. */
function quotedPrintable(buf) {
  const out = [];
  let line = "";
  const push = (token) => {
    if (line.length + token.length > 75) {
      out.push(`${line}=`);
      line = "";
    }
    line += token;
  };
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0d && buf[i + 1] === 0x0a) {
      if (/[ \t]$/.test(line)) line = line.slice(0, -1) + `=${line.charCodeAt(line.length - 1).toString(16).toUpperCase().padStart(2, "0")}`;
      out.push(line);
      line = "";
      i++;
      continue;
    }
    const printable = (b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09;
    push(printable ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`);
  }
  if (/[ \t]$/.test(line)) line = line.slice(0, -1) + `=${line.charCodeAt(line.length - 1).toString(16).toUpperCase().padStart(2, "0")}`;
  out.push(line);
  return out.join(CRLF);
}

/** Body bytes in a transfer encoding; 8bit keeps the bytes (lines stay under 998). */
function transferEncode(buf, transfer) {
  if (transfer === "base64") return Buffer.from(base64Lines(buf), "latin1");
  if (transfer === "quoted-printable") return Buffer.from(quotedPrintable(buf), "latin1");
  return buf;
}

/** Text with CRLF line ends. */
const crlf = (text) => text.replace(/\r?\n/g, CRLF);

module.exports = { CRLF, seeded, encode, canEncode, firstUnencodable, encodeHtml, isAscii, encodedWords, headerText, mailbox, mailboxList, rfc2231, wordParam, base64Lines, quotedPrintable, transferEncode, crlf };
