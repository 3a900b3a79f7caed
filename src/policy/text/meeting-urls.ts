// The links of an invitation. Which of them join an online meeting or belong to a join block
// is the one list in ../meeting-hosts.ts.

export { isJoinBlockUrl, isMeetingJoinUrl } from "../meeting-hosts";

/** Every http(s) URL written in `text`. */
export function urlsInText(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]，。；]+/gi), (m) => m[0]);
}

/** "meet.google.com/abc-defg-hij", "contoso.sharepoint.com/sites/it": a host with a path. */
const BARE_LINK = /^(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}\/\S/i;
const TOKEN_EDGE = "<([（【\"'“‘";
const TOKEN_TRAIL = ">)]）】\"'”’.,;:!?，。；：！？";

/**
 * Links written without a scheme, as Google Calendar's e-mail writes the Meet link and people
 * paste an address bar. A link is a run of printable ASCII (Chinese text runs straight into it:
 * "入会链接：meeting.tencent.com/dm/…"); each run is tested once, so the cost is linear.
 */
export function bareUrlsInText(text: string): string[] {
  const urls: string[] = [];
  for (const word of text.split(/[^\x21-\x7e]+/)) {
    let start = 0;
    let end = word.length;
    while (start < end && TOKEN_EDGE.includes(word[start])) start++;
    while (end > start && TOKEN_TRAIL.includes(word[end - 1])) end--;
    const token = word.slice(start, end);
    if (token.includes("://") || token.includes("@") || !BARE_LINK.test(token)) continue;
    urls.push(`https://${token}`);
  }
  return urls;
}
