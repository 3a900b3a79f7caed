import type { Lang } from "../types";
import type { ParsedBody } from "./segment";

// The attachment list in what the sender wrote now: a heading ("附件：", "附件清单：",
// "Attachments:") and the numbered or bulleted lines under it, one file each. The add-in
// writes such a list ("list the attachments"); reading it back lets the next edit replace the
// list instead of adding a second one, keeping what the sender typed after each name.

export interface AttachmentListItem {
  /** The line as written, without its number ("《Q3 预算.xlsx》— 三季度预算明细"). */
  text: string;
  start: number;
  end: number;
}

export interface AttachmentListBlock {
  /** Offsets into ParsedBody.text: the heading's start to the last item's end. */
  start: number;
  end: number;
  items: AttachmentListItem[];
}

const HEADING = /^(?:附件(?:清单|列表|如下|说明)?|attachments?(?: list)?|attached(?: files?)?)\s*[:：]\s*$/;
const ITEM = /^(?:\d{1,2}\s*[.)、．]|[-*•·])\s*/;

interface TextLine {
  text: string;
  norm: string;
  start: number;
}

function proseLines(body: ParsedBody): TextLine[] {
  const lines: TextLine[] = [];
  for (const segment of body.prose) {
    let start = segment.start;
    for (const text of segment.text.split("\n")) {
      lines.push({ text, norm: body.ownNorm.slice(start, start + text.length), start });
      start += text.length + 1;
    }
  }
  return lines;
}

/** The sender's attachment list, or undefined when the new text has none. */
export function readAttachmentList(body: ParsedBody): AttachmentListBlock | undefined {
  const lines = proseLines(body);
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING.test(lines[i].norm.trim())) continue;
    const items: AttachmentListItem[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const marker = ITEM.exec(lines[j].norm);
      if (!marker) break;
      const text = lines[j].text.slice(marker[0].length);
      items.push({ text, start: lines[j].start + marker[0].length, end: lines[j].start + lines[j].text.length });
    }
    if (items.length > 0) return { start: lines[i].start, end: items[items.length - 1].end, items };
  }
  return undefined;
}

const HEADINGS: Record<Lang, string> = { en: "Attachments:", "zh-CN": "附件：", "zh-TW": "附件：" };

/** One line of the list as the add-in writes it: the description goes right after the dash. */
export function attachmentLine(name: string, lang: Lang): string {
  return lang === "en" ? `${name} — ` : `《${name}》— `;
}

/**
 * The list for these attachments, numbered in order. `kept` gives, per attachment name, the
 * line the sender already wrote for it (their description stays as they typed it).
 */
export function renderAttachmentList(names: readonly string[], lang: Lang, kept: ReadonlyMap<string, string> = new Map()): string {
  return [HEADINGS[lang], ...names.map((name, i) => `${i + 1}. ${kept.get(name) ?? attachmentLine(name, lang)}`)].join("\n");
}
