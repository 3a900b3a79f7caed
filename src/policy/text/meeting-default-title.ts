import { normalizeTerm } from "./normalize";

// The title a meeting tool fills in when the organizer types none: it names the organizer, a
// room or nothing at all, never the topic (§2.3.1). The wordings, as each tool writes them:
// - Zoom: "<display name>'s Zoom Meeting" (an account can also force the bare "Zoom Meeting"
//   topic: CIS Zoom benchmark 1.1.2.10, "always display 'Zoom Meeting' as the meeting topic").
// - Webex: a host's Personal Room is named after the host ("John's PMR" is the topic example
//   of developer.webex.com meeting-preferences / personalMeetingRoom; "<name>'s Personal Room").
// - Google Calendar: an untitled event is mailed as "(No title)", "（无标题）", "（無標題）".
// - 腾讯会议: "<姓名>预定的会议" (the 预定会议 form) and the personal room "<姓名>的个人会议室".
// - 钉钉: "<姓名>发起的视频会议" (the example Title of the DingTalk video-conference API).
// - 飞书 / Lark: "<姓名>的视频会议" or, from a group chat, "<群名>的视频会议".
// Each pattern is anchored at both ends and bounds the name, so a topic that merely ends in
// 视频会议 ("Q3 预算评审视频会议") does not match.

const NAME_EN = String.raw`[a-z][a-z .'-]{0,40}?`;
const NAME_ZH = String.raw`[\u4e00-\u9fff·a-z ]{1,12}?`;

const DEFAULT_TITLES: readonly RegExp[] = [
  new RegExp(`^${NAME_EN}(?:'s|’s|s') (?:zoom meeting|personal (?:meeting )?room|pmr|webex meeting|meeting)$`),
  /^(?:zoom meeting|webex meeting|untitled(?: event| meeting)?|no title|no subject)$/,
  /^(?:无标题|无主题|未命名|未命名会议|新会议|新建会议)$/,
  new RegExp(`^${NAME_ZH}(?:预定的会议|预约的会议|发起的视频会议|发起的会议|的视频会议|的视讯会议|的个人会议室|的快速会议|的会议室)$`),
];

/** Drops the brackets Google Calendar puts around "(No title)" and trailing punctuation. */
function bare(subject: string): string {
  let s = normalizeTerm(subject);
  while (s.length > 0 && "([（【".includes(s[0])) s = s.slice(1).trimStart();
  while (s.length > 0 && ")]）】.。!！".includes(s[s.length - 1])) s = s.slice(0, -1).trimEnd();
  return s;
}

/** True when the subject is a meeting tool's default title rather than the organizer's topic. */
export function isToolDefaultTitle(subject: string): boolean {
  const s = bare(subject);
  return s !== "" && DEFAULT_TITLES.some((re) => re.test(s));
}
