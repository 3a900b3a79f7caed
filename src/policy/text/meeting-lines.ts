import { normalize } from "./normalize";
import type { ParsedBody, SegmentKind } from "./parsed-body";
import { chars, trimEndWhile } from "./trim";

// The lines of an invitation that the organizer wrote, for the readers of its blocks (agenda,
// minute-taker, urgency): the Teams join block, quoted history and disclaimers are skipped.

export interface BodyLine {
  text: string;
  norm: string;
  start: number;
  kind?: SegmentKind;
  /** The line is a segment of its own: an HTML paragraph or list item. */
  alone?: boolean;
}

/** Segment kinds the sender wrote now (a short signature may wrongly hold a line with an address). */
const SENDER_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(["greeting", "paragraph", "signoff", "signature"]);

/**
 * What a meeting tool writes in its invitation block: links (with or without their scheme),
 * numbers to dial or IDs (six digits or more), and the labels and notices around them. Tool names
 * alone are not enough, nor words an IT agenda uses: "1. 腾讯会议账号清理", "2. 密码策略调整", "Join the pilot".
 */
const JOIN_MATTER =
  /https?:\/\/|\d[\d ()+,-]{4,}\d|meet\.google\.com|zoom\.us|feishu\.cn|larksuite\.com|dingtalk\.com|tencent\.com|voovmeeting\.com|webex\.com|邀请您|邀請您|会议主题|會議主題|会议时间|會議時間|会议号|會議號|会议 ?id|會議 ?id|拨号|撥號|入会|入會|点击|點擊|链接|連結|\b(?:meeting id|passcode|dial|one tap|do not edit|learn more|rsvp)\b/;

function isJoinMatter(norm: string): boolean {
  return JOIN_MATTER.test(norm);
}

/**
 * The organizer's paragraphs that follow a meeting tool's invitation block. 腾讯会议 and VooV
 * write "… 邀请您参加腾讯会议" first and the organizer's agenda under it; the whole rest of the
 * body is then the join block (text/tail.ts ends a block opened that way only at the quoted
 * history). A paragraph after a blank line with nothing of a join block in any line is the
 * organizer's; the join block's own lines stay out.
 */
function afterJoinBlock(lines: BodyLine[]): BodyLine[] {
  const out: BodyLine[] = [];
  let paragraph: BodyLine[] = [];
  let afterBlank = false;
  const close = () => {
    if (afterBlank && paragraph.length > 0 && !paragraph.some((l) => isJoinMatter(l.norm))) {
      if (out.length > 0) out.push({ text: "", norm: "", start: paragraph[0].start });
      out.push(...paragraph.map((l) => ({ ...l, kind: "paragraph" as const })));
    }
    paragraph = [];
  };
  for (const line of lines) {
    if (line.norm.trim() !== "") {
      paragraph.push(line);
      continue;
    }
    close();
    afterBlank = true;
  }
  close();
  return out;
}

function linesOf(body: ParsedBody, segment: ParsedBody["segments"][number]): BodyLine[] {
  const lines: BodyLine[] = [];
  let offset = segment.start;
  const texts = segment.text.split("\n");
  for (const text of texts) {
    lines.push({ text, norm: body.norm.slice(offset, offset + text.length), start: offset, kind: segment.kind, alone: texts.length === 1 });
    offset += text.length + 1;
  }
  return lines;
}

/** The sender's lines in order; a blank line stands between segments. */
export function senderLines(body: ParsedBody): BodyLine[] {
  const lines: BodyLine[] = [];
  for (const segment of body.segments) {
    const own = SENDER_KINDS.has(segment.kind) ? linesOf(body, segment) : segment.kind === "joinInfo" ? afterJoinBlock(linesOf(body, segment)) : [];
    if (own.length === 0) continue;
    if (lines.length > 0) lines.push({ text: "", norm: "", start: segment.start });
    lines.push(...own);
  }
  return lines;
}

const PLACEHOLDER_TRAIL = chars(/[\s。.]/);
const PLACEHOLDER = /^(tbd|tba|n\/a|待定|待补充|待确认|暂无|无|none|to be confirmed|to be decided|\.{2,}|…+|x+)$/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(trimEndWhile(normalize(text), PLACEHOLDER_TRAIL).trim());
}
