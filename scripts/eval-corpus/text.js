// The spec's plain text (paragraphs, list items, {{mention}} and {{img}} tokens) as the
// structure every client renders in its own markup.

/** Paragraphs (separated by blank lines) of lines; a line is text, a bullet or a numbered item. */
function blocksOf(text) {
  const paragraphs = [];
  let current = [];
  for (const raw of (text ?? "").split("\n")) {
    if (raw.trim() === "") {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    const bullet = /^\s*[-*•] (.*)$/.exec(raw);
    const numbered = /^\s*(\d{1,2})[.、)] ?(.*)$/.exec(raw);
    if (bullet) current.push({ kind: "ul", text: bullet[1] });
    else if (numbered && /^\s*\d{1,2}[.)] /.test(raw)) current.push({ kind: "ol", n: Number(numbered[1]), text: numbered[2] });
    else current.push({ kind: "line", text: raw.replace(/\s+$/, "") });
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** Runs of list items of one kind, and single lines, in order. */
function groupsOf(paragraph) {
  const groups = [];
  for (const line of paragraph) {
    const last = groups[groups.length - 1];
    if (line.kind !== "line" && last && last.kind === line.kind) last.items.push(line);
    else groups.push(line.kind === "line" ? { kind: "line", items: [line] } : { kind: line.kind, items: [line] });
  }
  return groups;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const TOKEN = /\{\{(mention|img) ([^{}]+?)\}\}|(https?:\/\/[^\s<>"'）)\]]+)/g;

/**
 * Text with its tokens turned into markup: `{{mention 王伟 wang.wei@contoso.com}}`,
 * `{{img logo1}}` and bare URLs (every client links them on send).
 */
function inlineHtml(text, render) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += escapeHtml(text.slice(last, m.index));
    if (m[3]) out += render.link ? render.link(m[3]) : `<a href="${escapeHtml(m[3])}">${escapeHtml(m[3])}</a>`;
    else if (m[1] === "img") out += render.img(m[2].trim());
    else out += render.mention ? render.mention(...mentionParts(m[2])) : escapeHtml(`@${mentionParts(m[2])[0]}`);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** The same text for the text/plain part. */
function inlineText(text, render) {
  return text.replace(/\{\{(mention|img) ([^{}]+?)\}\}/g, (_, kind, arg) => (kind === "img" ? render.img(arg.trim()) : `@${mentionParts(arg)[0]}`));
}

function mentionParts(arg) {
  const parts = arg.trim().split(/\s+/);
  const address = parts.length > 1 && parts[parts.length - 1].includes("@") ? parts.pop() : "";
  return [parts.join(" "), address];
}

/** Plain lines of a text block (list markers kept as typed). */
function plainLines(text, render) {
  return (text ?? "").split("\n").map((l) => inlineText(l.replace(/\s+$/, ""), render));
}

/** The spec's person as a header shows it: `王伟 <wang.wei@contoso.com>`. */
function personText(p) {
  return p.name ? `${p.name} <${p.address}>` : p.address;
}

function peopleText(list, sep = "; ") {
  return list.map(personText).join(sep);
}

module.exports = { blocksOf, groupsOf, escapeHtml, inlineHtml, inlineText, plainLines, personText, peopleText, mentionParts };
