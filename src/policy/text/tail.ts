import type { BodyLine } from "./body-lines";
import { anyOf } from "./any-of";
import { disclaimerStart } from "./disclaimer";
import { bareUrlsInText, isMeetingJoinUrl, urlsInText } from "./meeting-urls";
import { UNDERSCORE_RULE } from "./quote-start";
import type { SegmentKind } from "./parsed-body";

// What follows the sender's prose: the signature the client marked (or "-- ", a mobile
// footer), the legal disclaimer and a meeting-join block. The sign-off and an unmarked
// signature are found in signature.ts.

const JOIN_INFO = /microsoft teams|teams (meeting|会议)|join (the )?meeting|加入会议|会议 id|meeting id:|zoom\.us|webex/;
// A mobile client's footer, or the printing footer many companies add under the signature.
// The first line of the join block each meeting tool writes under the organizer's text (Google
// Calendar's "-::~:~::~" rule, "… 邀请您参加腾讯会议", Zoom's "… is inviting you to a scheduled
// Zoom meeting.", Webex's "When it's time, join the Webex meeting here.", 钉钉 / 飞书 headers).
const JOIN_BLOCK_START = [
  /^-::~:~/,
  /邀请您参加(已安排的|已排定的)?\s?(腾讯会议|zoom\s?会议|飞书视频会议|飞书会议|钉钉会议|webex\s?会议)/,
  /\bis inviting you to (a scheduled )?(zoom|tencent|webex|voov|lark|feishu) meeting\b/,
  /^(钉钉会议|钉钉视频会议|飞书视频会议|飞书会议|腾讯会议|dingtalk meeting|lark meeting|feishu meeting)[:：]?$/,
  /^(时间到时|到时间时).{0,12}加入.{0,8}webex/,
  /^when it'?s time, join (the|your) webex meeting/,
];
const opensJoinBlock = anyOf(JOIN_BLOCK_START);

// A short heading that a meeting tool writes over its join link, the link on the same line or
// on one of the next two: Google Calendar's newer e-mail ("Join with Google Meet" and
// "meet.google.com/…" on the next line, with no "-::~" rule), Zoom's "Join Zoom Meeting", and
// their zh-CN / zh-TW wordings. Without the link under it the line is the organizer's prose.
const JOIN_HEADING =
  /^(join (with )?(google meet|zoom|webex|teams|tencent meeting|voov|lark|feishu)( meeting| video meeting)?|join (the )?(zoom |teams |webex )?meeting( now)?|(使用|通过|透过|以)\s?(google meet|zoom|腾讯会议|飞书|钉钉)\s?(加入|参加)(会议|视频会议)?|加入\s?(google meet|zoom|腾讯会议|飞书|钉钉|webex|teams)\s?(会议|视频会议)?|点击(链接)?(加入|入会)(会议)?)[:：]?$/;
const JOIN_HEADING_MAX = 40;

function joinLinkIn(text: string): boolean {
  return urlsInText(text).some(isMeetingJoinUrl) || bareUrlsInText(text).some(isMeetingJoinUrl);
}

// What the lines under a join heading say: dial-in numbers, IDs and passcodes, the tool's own
// notes (Google's "You are receiving this email…", "Forwarding this invitation…"), rules.
const JOIN_DETAIL =
  /^(you are receiving this|forwarding this invitation|invitation from google calendar|learn more about meet|reply for |view all guest info|please do not edit this section|meeting id|passcode|password|pin\b|one tap mobile|dial by your location|find your local number|join by (phone|sip|h\.323|skype)|more phone numbers|or dial|会议号|会议 ?id|会议密码|入会密码|密码|手机一键拨号|一键拨号|根据您的位置拨号|拨号|查找本地号码|通过电话加入|更多电话号码|来自 google 日历的邀请|[-_=•·*\s]+$)/;

/** A line of a join block: a detail above, a link, or a phone number (six digits or more). */
function isJoinDetail(line: BodyLine): boolean {
  const norm = line.norm.trim();
  return JOIN_DETAIL.test(norm) || /https?:\/\/|\d[\d ()+-]{5,}\d/.test(norm) || bareUrlsInText(norm).length > 0;
}

/**
 * Where the block under a join heading ends: at its first line that is not a join detail (the
 * organizer's agenda under a pasted link), or at `end`. The heading's link line is a detail.
 */
function joinHeadingBlockEnd(lines: readonly BodyLine[], start: number, end: number): number {
  for (let j = start + 1; j < end; j++) if (!lines[j].blank && !isJoinDetail(lines[j])) return j;
  return end;
}

/** A join heading whose link is on its line (after the heading) or on one of the next two non-blank lines. */
function opensJoinHeading(lines: readonly BodyLine[], i: number, end: number): boolean {
  const norm = lines[i].norm.trim();
  const colon = norm.search(/[:：]\s*\S/);
  const heading = colon > 0 ? norm.slice(0, colon + 1) : norm;
  if (heading.length > JOIN_HEADING_MAX || !JOIN_HEADING.test(heading)) return false;
  if (colon > 0) return joinLinkIn(norm.slice(colon + 1));
  let seen = 0;
  for (let j = i + 1; j < end && seen < 2; j++) {
    if (lines[j].blank) continue;
    if (joinLinkIn(lines[j].text)) return true;
    seen++;
  }
  return false;
}

const MOBILE_SIGNATURE =
  /^(sent from my|get outlook for|发自我的|从我的.{0,20}发送|发送自|sent via|sent with|please consider the environment before printing|think before you print|打印前请考虑环保|请考虑环保再打印)/;

// zh-TW iOS writes "從我的 iPhone 傳送"; Xiaomi, OPPO and vivo "来自我的小米手机". Whole lines only:
// "来自我的同事的反馈……" opens a sentence.
const MOBILE_FOOTER_ZH = /^(从我的.{0,20}传送|来自我的.{0,20}(手机|iphone|ipad|设备|平板))$/;

/** Paragraphs are runs of non-empty lines; returns [first, last] line indexes. */
export function groupParagraphs(lines: BodyLine[], from: number, to: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const blank = lines[i].blank;
    if (!blank && open < 0) open = i;
    if (blank && open >= 0) {
      groups.push([open, i - 1]);
      open = -1;
    }
  }
  if (open >= 0) groups.push([open, to - 1]);
  return groups;
}

export interface Bounds {
  quoteStart: number;
  proseEnd: number;
  tailKinds: Map<number, SegmentKind>;
}

/** Classifies the lines between the prose and the quoted history: signature, disclaimer, join block. */
export function classifyTail(lines: BodyLine[], quoteStart: number): Bounds {
  const tailKinds = new Map<number, SegmentKind>();
  let proseEnd = quoteStart;

  // Join blocks that Teams and other services append to invitations.
  for (let i = 0; i < quoteStart; i++) {
    if (opensJoinHeading(lines, i, quoteStart)) {
      const blockEnd = joinHeadingBlockEnd(lines, i, quoteStart);
      for (let j = i; j < blockEnd; j++) tailKinds.set(j, "joinInfo");
      if (blockEnd === quoteStart) {
        proseEnd = Math.min(proseEnd, i);
        break;
      }
      i = blockEnd - 1;
      continue;
    }
    if (opensJoinBlock(lines[i].norm)) {
      for (let j = i; j < quoteStart; j++) tailKinds.set(j, "joinInfo");
      proseEnd = Math.min(proseEnd, i);
      break;
    }
    if (UNDERSCORE_RULE.test(lines[i].norm) && i + 4 >= 0) {
      const window = lines.slice(i + 1, Math.min(quoteStart, i + 5)).map((l) => l.norm).join(" ");
      if (JOIN_INFO.test(window)) {
        for (let j = i; j < quoteStart; j++) tailKinds.set(j, "joinInfo");
        proseEnd = Math.min(proseEnd, i);
        break;
      }
    }
  }

  // The client-marked signature, or the "-- " delimiter.
  for (let i = 0; i < proseEnd; i++) {
    const raw = lines[i].text;
    if (lines[i].signature || raw === "-- " || raw.trim() === "--" || MOBILE_SIGNATURE.test(lines[i].norm) || MOBILE_FOOTER_ZH.test(lines[i].norm)) {
      for (let j = i; j < proseEnd; j++) if (!tailKinds.has(j)) tailKinds.set(j, "signature");
      proseEnd = i;
      break;
    }
  }

  // Disclaimers: whole trailing paragraphs (before or after the signature).
  const groups = groupParagraphs(lines, 0, quoteStart);
  for (let g = groups.length - 1; g >= 0; g--) {
    const [first, last] = groups[g];
    const kind = tailKinds.get(first);
    if (kind === "joinInfo") continue;
    const start = disclaimerStart(lines, first, last);
    if (start < 0) {
      if (first < proseEnd) break;
      continue;
    }
    for (let j = start; j <= last; j++) tailKinds.set(j, "disclaimer");
    proseEnd = Math.min(proseEnd, start);
    if (start > first) break;
  }
  return { quoteStart, proseEnd, tailKinds };
}
