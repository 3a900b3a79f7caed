// The HTML Outlook writes. Classic Outlook for Windows and Outlook for Mac compose in Word:
// <div class="WordSection1">, one <p class="MsoNormal"> per line, <o:p> for empty ones, lists
// as MsoListParagraph with their marker inside <![if !supportLists]>, the reply header in a box
// with a thin top border (Windows) or in #mail-editor-reference-message-container (Mac).
// Outlook on the web writes <div class="elementToProof"> lines, <div id="Signature">,
// <div id="appendonsend">, an <hr> and #divRplyFwdMsg.
const { LABELS, headerRows, proseHtml, esc, OFFICE_FONT } = require("./common");
const { escapeHtml } = require("../text");

const MSO_HEAD = (charset, font) => `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
@font-face
	{font-family:"${font}";
	panose-1:2 11 6 4 3 5 4 4 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"${font}",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:24.0pt;
	font-size:12.0pt;
	font-family:"${font}",sans-serif;}
span.EmailStyle18
	{mso-style-type:personal-compose;
	font-family:"${font}",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->`;

const NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"';
const BODY_LANG = { en: "EN-US", "zh-CN": "ZH-CN", "zh-TW": "ZH-TW" };

function wordFormat(env, { size = "", color = "" } = {}) {
  const font = OFFICE_FONT[env.ui];
  const style = `font-family:&quot;${font}&quot;,sans-serif${size ? `;font-size:${size}` : ""}${color ? `;color:${color}` : ""}`;
  let listNo = 0;
  return {
    line: (html) => `<p class="MsoNormal"><span style="${style}">${html}<o:p></o:p></span></p>`,
    blank: () => `<p class="MsoNormal"><span style="${style}"><o:p>&nbsp;</o:p></span></p>`,
    list: (kind, items) => {
      listNo += 1;
      return items
        .map((html, i) => {
          const marker = kind === "ol" ? `<span lang="EN-US"><span style="mso-list:Ignore">${i + 1}.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>` : `<span lang="EN-US" style="font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>`;
          return `<p class="MsoListParagraph" style="margin-left:24.0pt;mso-para-margin-left:0gd;text-indent:-24.0pt;mso-list:l${listNo - 1} level1 lfo${listNo}"><![if !supportLists]>${marker}<![endif]><span style="${style}">${html}<o:p></o:p></span></p>`;
        })
        .join("\n");
    },
  };
}

function outlookDesktopHeader(quote, env, dateFormat, { mac }) {
  const labels = (mac ? LABELS.mac : LABELS.outlook)[env.ui];
  const rows = headerRows(quote, labels, dateFormat);
  const colon = mac ? ": " : ":";
  const font = OFFICE_FONT[env.ui];
  const body = rows.map(([label, value], i) => `${i === 0 ? "" : "<br>\n"}<b>${esc(label)}${colon}</b>${mac ? "" : " "}${esc(value)}`).join("");
  const para = `<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;${font}&quot;,sans-serif">${body}<o:p></o:p></span></p>`;
  return mac
    ? `<div class="MsoNormal" align="center" style="text-align:center"><span style="font-size:11.0pt"><hr size="1" width="100%" align="center"></span></div>\n${para.replace('class="MsoNormal"', 'class="MsoNormal" style="margin-bottom:12.0pt"')}`
    : `<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n${para}\n</div>\n</div>`;
}

/** Word-composed HTML: Outlook for Windows (`mac: false`) or Outlook for Mac. */
function wordHtml(mail, env, { mac }) {
  const fmt = wordFormat(env);
  const parts = [proseHtml(mail.body, env, fmt)];
  if (mail.signature) parts.push(fmt.blank(), proseHtml(mail.signature, env, wordFormat(env, { size: "10.0pt" })));
  if (mail.disclaimer) parts.push(fmt.blank(), proseHtml(mail.disclaimer, env, wordFormat(env, { size: "8.0pt", color: "gray" })));
  const history = mail.quotes.map((quote) => [
    mac ? "" : fmt.blank(),
    outlookDesktopHeader(quote, env, mac ? { en: "enLongAt", "zh-CN": "zhMac", "zh-TW": "zhMac" }[env.ui] : { en: "enLong", "zh-CN": "zhYmdHm", "zh-TW": "zhTwOutlook" }[env.ui], { mac }),
    fmt.blank(),
    proseHtml(quote.text, env, fmt),
  ].filter(Boolean).join("\n"));
  if (history.length > 0) {
    parts.push(fmt.blank());
    parts.push(mac ? `<div id="mail-editor-reference-message-container">\n${history.join("\n")}\n</div>` : history.join("\n"));
  }
  const head = MSO_HEAD(env.label, OFFICE_FONT[env.ui]);
  return `<html ${NS}>\n<head>\n${head}\n</head>\n<body lang="${BODY_LANG[env.ui]}" link="#467886" vlink="#96607D" style="word-wrap:break-word;text-justify-trim:punctuation">\n<div class="WordSection1">\n${parts.join("\n")}\n</div>\n</body>\n</html>\n`;
}

const OWA_STYLE = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);";

function owaFormat() {
  return {
    line: (html) => `<div class="elementToProof" style="${OWA_STYLE}">${html}</div>`,
    blank: () => `<div class="elementToProof" style="${OWA_STYLE}"><br></div>`,
    list: (kind, items) => `<${kind} data-editing-info="{&quot;applyListStyleFromLevel&quot;:false}" style="margin-top: 0px; margin-bottom: 0px;">${items.map((html) => `<li style="${OWA_STYLE}"><div role="presentation" class="elementToProof">${html}</div></li>`).join("")}</${kind}>`,
  };
}

function owaHeader(quote, env) {
  const labels = LABELS.outlook[env.ui];
  const colon = env.ui === "en" ? ":" : "：";
  const rows = headerRows(quote, labels, { en: "enLong", "zh-CN": "zhYmdHm", "zh-TW": "zhTwOutlook" }[env.ui]);
  const text = rows.map(([l, v]) => `<b>${esc(l)}${colon}</b> ${esc(v)}`).join("<br>\n");
  return `<div id="divRplyFwdMsg" dir="ltr"><span style="font-family: Calibri, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">${text}</span>\n<div>&nbsp;</div>\n</div>`;
}

function owaHtml(mail, env) {
  const fmt = owaFormat();
  const parts = [proseHtml(mail.body, env, fmt), fmt.blank()];
  if (mail.signature || mail.disclaimer) {
    const sig = [mail.signature && proseHtml(mail.signature, env, fmt), mail.disclaimer && `<div style="font-size: 8pt; color: rgb(128, 128, 128);">${proseHtml(mail.disclaimer, env, fmt)}</div>`].filter(Boolean).join("\n");
    parts.push(`<div id="Signature" class="elementToProof">\n${sig}\n</div>`);
  }
  if (mail.quotes.length > 0) {
    parts.push('<div id="appendonsend"></div>', '<hr style="display:inline-block;width:98%" tabindex="-1">');
    mail.quotes.forEach((quote, i) => {
      if (i > 0) parts.push('<hr style="display:inline-block;width:98%" tabindex="-1">');
      parts.push(owaHeader(quote, env), `<div dir="ltr">\n${proseHtml(quote.text, env, fmt)}\n</div>`);
    });
  }
  return `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${env.label}">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n${parts.join("\n")}\n</body>\n</html>\n`;
}

/** Outlook's @-mention: a mailto link with an OWAAM id around "@Name". */
function outlookMention(env, owa) {
  let n = 0;
  return (name, address) => {
    n += 1;
    const id = `OWAAM${env.rnd.hex(`mention${n}`, 32, true)}`;
    const label = escapeHtml(`@${name}`);
    const href = escapeHtml(`mailto:${address}`);
    if (owa) return `<a href="${href}" id="${id}" class="_2S-tgmrrIe0mLEP1XdSQJu mention ms-bgc-nlr ms-fcl-b">${label}</a>`;
    return `<a id="${id}" href="${href}"><span style="font-family:&quot;${OFFICE_FONT[env.ui]}&quot;,sans-serif;mso-hide:none;text-decoration:none">${label}</span></a>`;
  };
}

module.exports = { wordHtml, owaHtml, outlookMention };
