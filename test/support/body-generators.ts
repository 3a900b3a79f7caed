import fc from "fast-check";
import { htmlToLines } from "../../src/policy/text/html";
import type { InsertPlace, ItemBody } from "../../src/policy/types";

// Generated bodies from the pieces real clients produce (OWA <div> lines, classic Outlook
// MsoNormal paragraphs with spans and <o:p>, <br> runs, loose <p>, lists, tables, signatures,
// quoted history, comments, entities, CJK, RTL overrides and zero-width characters), for the
// property tests of the body edits.

export const WORDS = [
  "budget", "Q3", "approve", "migration", "Friday", "VPN", "rollout", "please", "review",
  "预算", "审批", "系统", "维护", "周五", "網路", "會議", "報告", "附件", "数据",
  "2026-11-27", "10:00", "v2.1", "#42", "@Lisa", "😀", "\u202egnp.exe", "zero\u200bwidth", "a<b", "R&D", "\"quoted\"", "'single'",
];

const word = fc.constantFrom(...WORDS);
export const plainLine = fc.array(word, { minLength: 1, maxLength: 7 }).map((ws) => ws.join(" "));

function encode(text: string, style: number): string {
  const escaped = text.replace(/&/g, style % 3 === 0 ? "&amp;" : "&#38;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return style % 2 === 0 ? escaped.replace(/ /g, (s, i: number) => (i % 5 === 0 ? "&nbsp;" : s)) : escaped;
}

const inline = fc
  .tuple(plainLine, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 5 }))
  .map(([text, wrapper, style]) => {
    const t = encode(text, style);
    switch (wrapper) {
      case 0:
        return `<span style='font-family:等线;color:#1F3864'>${t}<o:p></o:p></span>`;
      case 1:
        return `<b>${t}</b>`;
      case 2:
        return `<span lang=EN-US>${t.split(" ")[0]}</span> ${t}`;
      case 3:
        return `<font face="Calibri">${t}</font>`;
      case 4:
        return `<a href="https://contoso.sharepoint.com/x?a=1&amp;b=2">${t}</a>`;
      case 5:
        return `${t}<img src="cid:logo.png" alt="logo">`;
      default:
        return t;
    }
  });

export const GREETINGS = ["Hi Lisa,", "Dear all,", "王经理：", "各位同事，大家好！", "Lisa 您好，", "Hello team,"];
export const SIGNOFFS = ["Thanks,", "Best regards,", "谢谢！", "此致", "祝好", "Many thanks"];

type Style = "owa" | "classic" | "br" | "loose" | "mixed";

function lineMarkup(style: Style, content: string): string {
  switch (style) {
    case "owa":
      return `<div class="elementToProof" style="font-family: Aptos, sans-serif;">${content}</div>`;
    case "classic":
      return `<p class=MsoNormal>${content}</p>`;
    case "loose":
      return `<p>${content}</p>`;
    case "br":
      return `${content}<br>`;
    case "mixed":
      return `<div>${content}<br></div>`;
  }
}

function blankMarkup(style: Style): string {
  switch (style) {
    case "owa":
      return `<div><br></div>`;
    case "classic":
      return `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`;
    case "loose":
      return "";
    case "br":
      return `<br>`;
    case "mixed":
      return `<div>&nbsp;</div>`;
  }
}

const extras = fc.constantFrom(
  "",
  `<ul><li>first item</li><li>第二项</li></ul>`,
  `<table><tr><td>Owner</td><td>李娜</td></tr><tr><td>Due</td><td>Friday</td></tr></table>`,
  `<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit"/></xml><![endif]-->`,
  `<!-- comment with <div>markup</div> -->`,
  `<div><div style="margin-left:20px">nested line</div></div>`,
);

const tails = fc.constantFrom(
  "",
  `<div id="Signature"><div>Tom Chen | IT</div><div>+86 21 5555 0100</div></div>`,
  `<div class="gmail_signature">-- <br>Tom</div>`,
  `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Lisa<br><b>Sent:</b> Monday<br><b>To:</b> Tom<br><b>Subject:</b> budget</div><div>old text with recieve</div>`,
  `<blockquote>quoted 预算 line<br>second quoted line</blockquote>`,
);

export interface Generated {
  body: ItemBody;
}

export const bodies: fc.Arbitrary<Generated> = fc
  .record({
    style: fc.constantFrom<Style>("owa", "classic", "br", "loose", "mixed"),
    greeting: fc.option(fc.constantFrom(...GREETINGS), { nil: undefined }),
    paragraphs: fc.array(fc.array(inline, { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 4 }),
    signoff: fc.option(fc.constantFrom(...SIGNOFFS), { nil: undefined }),
    extra: extras,
    tail: tails,
    wrapDocument: fc.boolean(),
    blankLines: fc.boolean(),
  })
  .map(({ style, greeting, paragraphs, signoff, extra, tail, wrapDocument, blankLines }) => {
    const blank = blankLines ? blankMarkup(style) : "";
    let content = "";
    if (greeting) content += lineMarkup(style, greeting) + blank;
    for (const paragraph of paragraphs) content += paragraph.map((l) => lineMarkup(style, l)).join("") + blank;
    content += extra;
    if (signoff) content += lineMarkup(style, signoff) + lineMarkup(style, "Tom");
    content += tail;
    if (wrapDocument) content = `<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head><body lang=ZH-CN>${content}</body></html>`;
    return { body: { contentType: "html" as const, content } };
  });

export const insertText = fc.array(plainLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));
export const place = fc.constantFrom<InsertPlace>("start", "afterGreeting", "beforeClosing", "beforeSignoff", "end");

export const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();
export const visibleLines = (html: string): string[] => htmlToLines(html).lines.map((l) => squash(l.text)).filter((l) => l !== "");
export const quotedLines = (html: string): string[] => htmlToLines(html).lines.filter((l) => l.quoted).map((l) => squash(l.text));

export function isSubsequence(small: string[], big: string[]): boolean {
  let k = 0;
  for (const line of big) if (k < small.length && line === small[k]) k++;
  return k === small.length;
}
