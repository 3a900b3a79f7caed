// What the client shapes share: the labels of reply headers in each UI language, prose
// rendered through a client's own line / blank / list markup, and the plain-text view.
const { blocksOf, groupsOf, inlineHtml, escapeHtml, plainLines, personText } = require("../text");
const { formatMoment } = require("../dates");

/** Reply/forward header labels as Outlook (desktop and web) and most Chinese clients write them. */
const LABELS = {
  outlook: {
    en: { from: "From", sent: "Sent", to: "To", cc: "Cc", subject: "Subject" },
    "zh-CN": { from: "发件人", sent: "发送时间", to: "收件人", cc: "抄送", subject: "主题" },
    "zh-TW": { from: "寄件者", sent: "寄件日期", to: "收件者", cc: "副本", subject: "主旨" },
  },
  mac: {
    en: { from: "From", sent: "Date", to: "To", cc: "Cc", subject: "Subject" },
    "zh-CN": { from: "发件人", sent: "日期", to: "收件人", cc: "抄送", subject: "主题" },
    "zh-TW": { from: "寄件者", sent: "日期", to: "收件者", cc: "副本", subject: "主旨" },
  },
};

/**
 * The UI language of the client: the spec's `ui:` or, by default, the writer's language
 * (mixed-language writers in this company use a Simplified Chinese UI).
 */
function uiOf(mail) {
  if (mail.ui) return mail.ui;
  return mail.lang === "en" ? "en" : mail.lang === "zh-TW" ? "zh-TW" : "zh-CN";
}

/** [label, value] rows of a quote header; Cc only when the quoted mail had one. */
function headerRows(quote, labels, dateFormat, { people = (list) => list.map(personText).join("; "), from = personText, order = ["from", "sent", "to", "cc", "subject"] } = {}) {
  const values = {
    from: from(quote.from),
    sent: formatMoment(quote.sent, dateFormat),
    to: people(quote.to),
    cc: quote.cc.length > 0 ? people(quote.cc) : null,
    subject: quote.subject,
  };
  return order.filter((k) => values[k] !== null).map((k) => [labels[k], values[k]]);
}

/**
 * The prose of a text block in a client's markup. `fmt.line(html)` is one line,
 * `fmt.blank()` the gap between paragraphs, `fmt.list(kind, htmlItems)` a list.
 */
function proseHtml(text, env, fmt) {
  const out = [];
  const paragraphs = blocksOf(text);
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) out.push(fmt.blank());
    for (const group of groupsOf(paragraph)) {
      if (group.kind === "line") out.push(fmt.line(inlineHtml(group.items[0].text, env.render), group.items[0].text));
      else out.push(fmt.list(group.kind, group.items.map((item) => inlineHtml(item.text, env.render)), group.items));
    }
  });
  return out.join("\n");
}

/** Paragraph lines for clients that wrap a paragraph in one element with <br> between lines. */
function paragraphsHtml(text, env, fmt) {
  return blocksOf(text).map((paragraph) => {
    const parts = [];
    let lines = [];
    const flush = () => {
      if (lines.length > 0) parts.push(fmt.paragraph(lines));
      lines = [];
    };
    for (const group of groupsOf(paragraph)) {
      if (group.kind === "line") lines.push(inlineHtml(group.items[0].text, env.render));
      else {
        flush();
        parts.push(fmt.list(group.kind, group.items.map((item) => inlineHtml(item.text, env.render))));
      }
    }
    flush();
    return parts.join("\n");
  });
}

/** The text/plain view of a block. */
function proseText(text, env) {
  return plainLines(text, env.textRender).join("\r\n");
}

const esc = escapeHtml;

/** Fonts a writer in each UI language gets by default in Office. */
const OFFICE_FONT = { en: "Aptos", "zh-CN": "微软雅黑", "zh-TW": "微軟正黑體" };

module.exports = { LABELS, uiOf, headerRows, proseHtml, paragraphsHtml, proseText, esc, OFFICE_FONT };
