// The text/plain view each client writes beside (or instead of) the HTML: the same prose,
// the signature after the client's delimiter, and the quoted history either under a header
// block (Outlook, Foxmail, Tencent, Coremail) or as "> " lines under an attribution line.
const { proseText } = require("./common");

/**
 * `style.header(quote)` gives the lines above a quote; `style.prefix` is "> " for clients
 * that quote by prefix; `style.sigDelimiter` is "-- " where the client writes one.
 */
function plainView(mail, env, style) {
  const parts = [proseText(mail.body, env)];
  if (mail.signature) parts.push(`${style.sigDelimiter ? `${style.sigDelimiter}\r\n` : ""}${proseText(mail.signature, env)}`);
  if (mail.disclaimer) parts.push(proseText(mail.disclaimer, env));
  const history = mail.quotes.length === 0 ? "" : style.prefix ? nestPrefixed(mail, env, style) : flatHistory(mail, env, style);
  if (history) parts.push(history);
  return `${parts.join("\r\n\r\n")}\r\n`;
}

/** Header, text, the next older header, its text, ...: Outlook, Foxmail, Tencent, Coremail. */
function flatHistory(mail, env, style) {
  return mail.quotes.map((quote, i) => `${style.header(quote, i).join("\r\n")}\r\n\r\n${proseText(quote.text, env)}`).join("\r\n\r\n");
}

function prefixLines(text, prefix) {
  return text.split("\r\n").map((l) => (l === "" ? prefix.trimEnd() : `${prefix}${l}`)).join("\r\n");
}

function nestPrefixed(mail, env, style) {
  let inner = "";
  for (let i = mail.quotes.length - 1; i >= 0; i--) {
    const quote = mail.quotes[i];
    const body = [proseText(quote.text, env), inner].filter(Boolean).join("\r\n\r\n");
    const head = style.header(quote, i);
    inner = style.headerInside ? prefixLines(`${head.join("\r\n")}\r\n\r\n${body}`, style.prefix) : `${head.join("\r\n")}\r\n${prefixLines(body, style.prefix)}`;
  }
  return inner;
}

module.exports = { plainView };
