// Which links of an invitation join an online meeting, and which belong to a join block.

/** Hosts of online-meeting services our users join: Teams, Zoom, Webex, Google Meet, Tencent/VooV, Feishu/Lark, DingTalk. */
const MEETING_HOST =
  /^(?:[a-z0-9-]+\.)*(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|zoom\.com\.cn|zoom\.com|webex\.com|webex\.com\.cn|meet\.google\.com|meeting\.tencent\.com|voovmeeting\.com|vc\.feishu\.cn|meetings\.feishu\.cn|vc\.larksuite\.com|meeting\.dingtalk\.com|gotomeeting\.com|bluejeans\.com|whereby\.com)$/;
/** Help and settings links that the join blocks carry along. */
const JOIN_BLOCK_HOST = /^(?:aka\.ms|go\.microsoft\.com|support\.microsoft\.com|www\.microsoft\.com|microsoft\.com|support\.zoom\.us|dialin\.teams\.microsoft\.com)$/;
const MEETING_PATH = /^https?:\/\/(?:[a-z0-9-]+\.)?(?:feishu\.cn|larksuite\.com|dingtalk\.com)\/(?:[a-z]+\/)?(?:vc|meeting|j)\b/;

function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:\s]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** A link that joins an online meeting. */
export function isMeetingJoinUrl(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return MEETING_HOST.test(host) || MEETING_PATH.test(url.trim().toLowerCase());
}

/** A link that belongs to a join block: the meeting itself, its help pages, its dial-in numbers. */
export function isJoinBlockUrl(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && (isMeetingJoinUrl(url) || JOIN_BLOCK_HOST.test(host));
}

/** Every http(s) URL written in `text`. */
export function urlsInText(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]，。；]+/gi), (m) => m[0]);
}
