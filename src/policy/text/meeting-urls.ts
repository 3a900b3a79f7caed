// The links of an invitation. Which of them join an online meeting or belong to a join block
// is the one list in ../meeting-hosts.ts.

export { isJoinBlockUrl, isMeetingJoinUrl } from "../meeting-hosts";

/** Every http(s) URL written in `text`. */
export function urlsInText(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"'）)\]，。；]+/gi), (m) => m[0]);
}
