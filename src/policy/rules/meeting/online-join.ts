import type { RuleContext } from "../../rule";
import { defineRule } from "../../rule";
import { isMeetingJoinUrl, meetingServiceNamed } from "../../meeting-hosts";
import { bareUrlsInText, urlsInText } from "../../text/meeting-body";
import { normalize } from "../../text/normalize";
import type { ParsedBody } from "../../text/parsed-body";
import type { MeetingDraft } from "../../types";
import { isNoMeeting } from "../../text/meeting-notice";

/** Words that make a meeting a video / online one wherever they appear (location, subject, body); services by name: meeting-hosts.ts. */
const VIDEO_STRONG =
  /视频会议|视频通话|视讯|线上会议|在线会议|网络会议|远程会议|video (?:call|conference|meeting)|online meeting|virtual meeting|web ?conference/;
/** A phone conference: joined with a number, which serves as well as a link. */
const PHONE_CONFERENCE = /电话会议|conference call|audio conference|phone conference|dial-in|dial in/;
/** A line that gives a number to dial: "拨入号码：400-810-1234", "Dial-in: +1 669 900 6833". */
const DIAL_LABEL = /拨入|拨号|接入号|会议号|电话会议|dial[- ]?in|call[- ]in|bridge|conference id|\bpin\b|\btel\b|\bphone\b/;
const PHONE_NUMBER = /\+?\d[\d -]{6,18}\d/;
/** Weaker words that count only in the location field ("Online", "线上"). */
const VIDEO_LOCATION = /\bonline\b|\bvirtual\b|\bremote\b|\bvideo\b|线上|在线|远程|视频|远端/;
/**
 * The location Outlook itself writes when the organizer turns on "Teams meeting". The join
 * block may not be in the body yet (Outlook on the web adds it when the invitation is sent),
 * so this location is taken as the link.
 */
const TEAMS_LOCATION = /^microsoft teams (?:meeting|会议)$/;
const PLACEHOLDER_LOCATION = /^(?:tbd|tba|待定|待确认|n\/a|-+|\.+)$/;

function joinLinkGiven({ draft, body }: RuleContext<MeetingDraft>): boolean {
  if ((draft.onlineMeetingUrl ?? "").trim() !== "") return true;
  if (TEAMS_LOCATION.test(normalize(draft.location ?? "").trim())) return true;
  // Google Calendar's e-mail writes the Meet link without a scheme ("meet.google.com/abc-defg-hij").
  const written = [draft.location ?? "", body.text];
  const candidates = [...written.flatMap(urlsInText), ...written.flatMap(bareUrlsInText), ...body.links];
  return candidates.some(isMeetingJoinUrl);
}

/** The invitation's own text, dial-in blocks included (quoted history and disclaimers left out). */
function ownText(body: ParsedBody): string[] {
  return body.segments.filter((s) => s.kind !== "quoted" && s.kind !== "disclaimer").map((s) => body.norm.slice(s.start, s.end));
}

/** A number to dial on the line of a dial-in label (the location or the invitation's text). */
function dialInGiven({ draft, body }: RuleContext<MeetingDraft>): boolean {
  const lines = [normalize(draft.location ?? ""), ...ownText(body)].flatMap((t) => t.split("\n"));
  return lines.some((line) => {
    const label = DIAL_LABEL.exec(line);
    return label !== null && PHONE_NUMBER.test(line.slice(label.index));
  });
}

function saysPhoneConference({ draft, body, subject }: RuleContext<MeetingDraft>, location: string): boolean {
  const texts = [location, subject.norm, ...ownText(body)];
  return draft.isOnlineMeeting !== true && texts.some((t) => PHONE_CONFERENCE.test(t));
}

function saysVideo({ draft, body, subject }: RuleContext<MeetingDraft>, location: string): boolean {
  if (draft.isOnlineMeeting === true) return true;
  if (VIDEO_STRONG.test(location) || VIDEO_LOCATION.test(location) || meetingServiceNamed(location, "location")) return true;
  if (VIDEO_STRONG.test(subject.norm) || meetingServiceNamed(subject.norm)) return true;
  return body.prose.some((s) => {
    const prose = body.norm.slice(s.start, s.end);
    return VIDEO_STRONG.test(prose) || meetingServiceNamed(prose) !== undefined;
  });
}

/**
 * §2.3 is about video meetings: they carry a join link (Teams, Zoom, Webex, Google Meet,
 * Tencent Meeting / VooV, Feishu / Lark, DingTalk) in the online-meeting field, the
 * location or the body. A meeting is treated as in person when its location names a place
 * and nothing (the online-meeting switch, the location, the subject, the sender's text)
 * speaks of video; it then gets only a note. A meeting with neither place nor link is
 * treated as a video meeting that lacks its link: attendees would not know where to go.
 */
export default defineRule({
  id: "meeting/online-join",
  appliesTo: "meeting",
  defaultSeverity: "warning",
  clause: "§2.3.2",
  description: {
    en: "A video meeting carries its online join link.",
    "zh-CN": "视频会议须附有线上入会链接。",
    "zh-TW": "視訊會議須附有線上入會連結。",
  },
  messages: {
    missingLink: {
      en: "This is a video meeting but it has no join link. Add a Teams meeting (or another meeting link).",
      "zh-CN": "这是视频会议，但没有入会链接。请添加 Teams 会议（或其他会议链接）。",
      "zh-TW": "這是視訊會議，但沒有入會連結。請新增 Teams 會議（或其他會議連結）。",
    },
    noPlace: {
      en: "The invitation has neither a meeting link nor a location. Add a Teams meeting, or the room.",
      "zh-CN": "邀请中既没有会议链接也没有地点。请添加 Teams 会议或会议室。",
      "zh-TW": "邀請中既沒有會議連結也沒有地點。請新增 Teams 會議或會議室。",
    },
    inPerson: {
      en: "In-person meeting at {{location}}. If anyone joins remotely, add a Teams meeting link.",
      "zh-CN": "线下会议（{{location}}）。如有人远程参会，请添加 Teams 会议链接。",
      "zh-TW": "實體會議（{{location}}）。如有人遠端與會，請新增 Teams 會議連結。",
    },
  },
  check(context) {
    if (isNoMeeting(context.draft)) return [];
    if (joinLinkGiven(context)) return [];
    const location = (context.draft.location ?? "").trim();
    const locationNorm = normalize(location);
    if (saysVideo(context, locationNorm)) return [{ messageId: "missingLink", location: { field: "location" } }];
    // A phone conference is joined by its number; without one, attendees cannot join either.
    if (saysPhoneConference(context, locationNorm)) return dialInGiven(context) ? [] : [{ messageId: "missingLink", location: { field: "location" } }];
    if (location === "" || PLACEHOLDER_LOCATION.test(locationNorm)) return [{ messageId: "noPlace", location: { field: "location" } }];
    return [{ messageId: "inPerson", severity: "info", data: { location }, location: { field: "location", excerpt: location } }];
  },
});
