import type { BodyLine } from "./body-lines";
import { anyOf } from "./any-of";
import { disclaimerStart } from "./disclaimer";
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
