import { normalize } from "./text/normalize";

// The one list of online-meeting services our users join, and the three questions asked of
// it: is this link a meeting to join, is it part of a join block (the meeting or the help
// and dial-in pages the block carries), and does a text name a service. The engine's rules,
// the body reader, the CLI's calendar readers and the Outlook reader all ask here.
// Every test is a walk over the string (no pattern retries), so any input costs linear time.

export interface MeetingService {
  readonly id: string;
  /** Hosts whose every link joins a meeting; a subdomain of one counts too. */
  readonly hosts: readonly string[];
  /**
   * Hosts shared with other products (Feishu's documents, DingTalk's apps): only links whose
   * path starts with one of `joinPaths` (or has it after one leading segment) join a meeting.
   */
  readonly sharedHosts?: readonly string[];
  readonly joinPaths?: readonly string[];
  /** How a text names the service anywhere (normalized: lower case, Simplified). */
  readonly mentions: readonly string[];
  /** Shorter names that name the service only where a place is written (the location field). */
  readonly locationMentions?: readonly string[];
}

export const MEETING_SERVICES: readonly MeetingService[] = [
  { id: "teams", hosts: ["teams.microsoft.com", "teams.live.com"], mentions: ["microsoft teams", "teams meeting", "teams 会议", "teams会议", "teams call"], locationMentions: ["teams"] },
  { id: "zoom", hosts: ["zoom.us", "zoom.com", "zoom.com.cn"], mentions: ["zoom"] },
  { id: "webex", hosts: ["webex.com", "webex.com.cn"], mentions: ["webex"] },
  { id: "google-meet", hosts: ["meet.google.com"], mentions: ["google meet"] },
  { id: "tencent-meeting", hosts: ["meeting.tencent.com", "voovmeeting.com"], mentions: ["腾讯会议", "voov"] },
  {
    id: "feishu",
    hosts: ["vc.feishu.cn", "meetings.feishu.cn", "vc.larksuite.com"],
    sharedHosts: ["feishu.cn", "larksuite.com"],
    joinPaths: ["vc", "meeting", "j"],
    mentions: ["飞书会议", "飞书视频", "lark meeting"],
    locationMentions: ["飞书"],
  },
  { id: "dingtalk", hosts: ["meeting.dingtalk.com"], sharedHosts: ["dingtalk.com"], joinPaths: ["vc", "meeting", "j"], mentions: ["钉钉会议", "钉钉视频"], locationMentions: ["钉钉"] },
  { id: "gotomeeting", hosts: ["gotomeeting.com"], mentions: ["gotomeeting"] },
  { id: "bluejeans", hosts: ["bluejeans.com"], mentions: ["bluejeans"] },
  { id: "whereby", hosts: ["whereby.com"], mentions: ["whereby"] },
];

/** Help, settings and dial-in pages that join blocks carry along (exact hosts). */
export const JOIN_HELP_HOSTS: readonly string[] = [
  "aka.ms",
  "go.microsoft.com",
  "support.microsoft.com",
  "www.microsoft.com",
  "microsoft.com",
  "support.zoom.us",
  "dialin.teams.microsoft.com",
  // Google Calendar's block: Meet's phone numbers and help, the calendar itself.
  "tel.meet",
  "support.google.com",
  "calendar.google.com",
];

interface UrlParts {
  host: string;
  /** The path's segments, lower case ("/l/meetup-join/x" → ["l", "meetup-join", "x"]). */
  segments: string[];
}

const SCHEMES = ["https://", "http://"];

function isHostChar(ch: string): boolean {
  return ch !== "/" && ch !== "?" && ch !== "#" && ch !== ":" && ch.trim() !== "";
}

/** The host and path of an http(s) URL, lower case; undefined for anything else. */
function urlParts(url: string): UrlParts | undefined {
  const text = url.trim().toLowerCase();
  const scheme = SCHEMES.find((s) => text.startsWith(s));
  if (!scheme) return undefined;
  let end = scheme.length;
  while (end < text.length && isHostChar(text[end])) end++;
  if (end === scheme.length) return undefined;
  const host = text.slice(scheme.length, end);
  let rest = text.slice(end);
  if (rest.startsWith(":")) rest = rest.slice(rest.indexOf("/") < 0 ? rest.length : rest.indexOf("/"));
  const cut = Math.min(...["?", "#"].map((c) => (rest.indexOf(c) < 0 ? rest.length : rest.indexOf(c))));
  return { host, segments: rest.slice(0, cut).split("/").filter((s) => s !== "") };
}

function onHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") || ch === "_");
}

/** The segment's leading word (letters, digits, "_"): "j" of "j?x", "vc" of "vc". */
function leadingWord(segment: string): string {
  let end = 0;
  while (end < segment.length && isWordChar(segment[end])) end++;
  return segment.slice(0, end);
}

function joinsByPath(service: MeetingService, parts: UrlParts): boolean {
  if (!service.sharedHosts?.some((d) => onHost(parts.host, d))) return false;
  const paths = service.joinPaths ?? [];
  const [first, second] = parts.segments;
  if (first !== undefined && paths.includes(leadingWord(first))) return true;
  // One leading segment of letters ("/zh/vc/…", "/app/meeting/…") may come first.
  return first !== undefined && /^[a-z]+$/.test(first) && second !== undefined && paths.includes(leadingWord(second));
}

/** The service a link joins a meeting of, or undefined. */
export function meetingServiceOf(url: string): MeetingService | undefined {
  const parts = urlParts(url);
  if (!parts) return undefined;
  return MEETING_SERVICES.find((s) => s.hosts.some((d) => onHost(parts.host, d)) || joinsByPath(s, parts));
}

/** A link that joins an online meeting. */
export function isMeetingJoinUrl(url: string): boolean {
  return meetingServiceOf(url) !== undefined;
}

/** A link that belongs to a join block: the meeting itself, its help pages, its dial-in numbers. */
export function isJoinBlockUrl(url: string): boolean {
  const parts = urlParts(url);
  return parts !== undefined && (isMeetingJoinUrl(url) || JOIN_HELP_HOSTS.includes(parts.host));
}

function isLatinChar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9"));
}

/**
 * `term` stands in `text` starting a word (where it starts with a Latin letter); a one-word
 * Latin term also ends one ("zoom", not "zoomed"), a phrase may go on ("teams meetings").
 */
function containsTerm(text: string, term: string): boolean {
  const oneWord = !term.includes(" ");
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = isLatinChar(term[0]) && isLatinChar(text[at - 1]);
    const after = oneWord && isLatinChar(term[term.length - 1]) && isLatinChar(text[at + term.length]);
    if (!before && !after) return true;
  }
  return false;
}

/**
 * The service a text names ("Zoom", "腾讯会议", "騰訊會議", "Microsoft Teams meeting"), or
 * undefined. `where: "location"` also takes the short names a location field uses ("Teams",
 * "飞书"). The text is normalized here: Traditional, full-width and capitals all match.
 */
export function meetingServiceNamed(text: string, where: "anywhere" | "location" = "anywhere"): MeetingService | undefined {
  const norm = normalize(text);
  return MEETING_SERVICES.find((s) => [...s.mentions, ...(where === "location" ? (s.locationMentions ?? []) : [])].some((term) => containsTerm(norm, term)));
}
