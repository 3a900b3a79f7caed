import { isJoinBlockUrl, isMeetingJoinUrl, MEETING_SERVICES, meetingServiceNamed, meetingServiceOf } from "../../src/policy/meeting-hosts";

// The one list of meeting-join hosts, as a table: links of every service that join (and the
// same companies' links that do not), the help pages join blocks carry, and the names a text
// or a location field gives a service, in English, Simplified and Traditional Chinese.

describe("meetingServiceOf: links that join a meeting", () => {
  test.each([
    ["https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", "teams"],
    ["https://teams.live.com/meet/9384756", "teams"],
    ["HTTPS://Contoso.Zoom.US/j/81234567890?pwd=abc", "zoom"],
    ["https://zoom.com.cn/j/123456789", "zoom"],
    ["https://contoso.webex.com/meet/lisa.wang", "webex"],
    ["https://meet.google.com/abc-defg-hij", "google-meet"],
    ["https://meeting.tencent.com/dm/AbCdEf", "tencent-meeting"],
    ["https://voovmeeting.com/dm/xyz", "tencent-meeting"],
    ["https://vc.feishu.cn/j/123456789", "feishu"],
    ["https://contoso.feishu.cn/vc/123", "feishu"],
    ["https://www.larksuite.com/zh/meeting/123", "feishu"],
    ["https://meeting.dingtalk.com/j/abc", "dingtalk"],
    ["https://h5.dingtalk.com/j/abc", "dingtalk"],
    ["http://global.gotomeeting.com/join/123456789", "gotomeeting"],
    ["https://whereby.com/contoso-standup", "whereby"],
  ])("%s joins a %s meeting", (url, service) => {
    expect(meetingServiceOf(url)?.id).toBe(service);
    expect(isMeetingJoinUrl(url)).toBe(true);
    expect(isJoinBlockUrl(url)).toBe(true);
  });

  test.each([
    ["a Feishu document", "https://contoso.feishu.cn/docx/AbCdEf"],
    ["a Lark wiki page", "https://www.larksuite.com/wiki/vcard"],
    ["a DingTalk app page", "https://h5.dingtalk.com/approval/index.html"],
    ["a host that only ends like Zoom's", "https://notzoom.us/j/123"],
    ["Zoom's name in a path", "https://example.com/zoom.us/j/1"],
    ["a Google document", "https://docs.google.com/document/d/1"],
    ["SharePoint", "https://contoso.sharepoint.com/sites/finance/Q3.xlsx"],
    ["no scheme", "teams.microsoft.com/l/meetup-join/1"],
    ["a mail address", "mailto:lisa@zoom.us"],
    ["nothing", ""],
  ])("%s does not join a meeting", (_label, url) => {
    expect(meetingServiceOf(url)).toBeUndefined();
    expect(isMeetingJoinUrl(url)).toBe(false);
  });

  test.each([
    ["https://aka.ms/JoinTeamsMeeting", true],
    ["https://dialin.teams.microsoft.com/abc?id=1", true],
    ["https://support.zoom.us/hc/en-us", true],
    ["https://go.microsoft.com/fwlink/?linkid=1", true],
    ["https://contoso.sharepoint.com/agenda.docx", false],
    ["https://example.com/aka.ms", false],
  ])("%s belongs to a join block: %s", (url, expected) => {
    expect(isJoinBlockUrl(url)).toBe(expected);
  });
});

describe("meetingServiceNamed: a service named in text", () => {
  test.each([
    ["Microsoft Teams meeting", "teams"],
    ["Join the Teams meetings from your calendar", "teams"],
    ["我们用 Teams 会议讨论", "teams"],
    ["Zoom", "zoom"],
    ["ＺＯＯＭ（会议号见下）", "zoom"],
    ["Webex: personal room", "webex"],
    ["Google Meet link to follow", "google-meet"],
    ["腾讯会议：123 456 789", "tencent-meeting"],
    ["騰訊會議 123", "tencent-meeting"],
    ["VooV Meeting", "tencent-meeting"],
    ["飛書會議", "feishu"],
    ["Lark meeting", "feishu"],
    ["钉钉视频会议", "dingtalk"],
  ])("%s names %s", (text, service) => {
    expect(meetingServiceNamed(text)?.id).toBe(service);
  });

  test.each([
    ["the team meets in room 3", "anywhere"],
    ["zoomed in on the chart", "anywhere"],
    ["Teams", "anywhere"],
    ["飞书文档已更新", "anywhere"],
    ["webexpo booth", "anywhere"],
    ["3F Meeting Room A", "location"],
    ["Steams Hall", "location"],
  ] as const)("%s names no service (%s)", (text, where) => {
    expect(meetingServiceNamed(text, where)).toBeUndefined();
  });

  test.each([
    ["Teams", "teams"],
    ["Microsoft Teams", "teams"],
    ["飞书", "feishu"],
    ["釘釘", "dingtalk"],
  ])("the location %s names %s", (location, service) => {
    expect(meetingServiceNamed(location, "location")?.id).toBe(service);
  });
});

describe("the list itself", () => {
  test("every service has hosts and a name, ids are unique, hosts are lower case", () => {
    expect(new Set(MEETING_SERVICES.map((s) => s.id)).size).toBe(MEETING_SERVICES.length);
    for (const s of MEETING_SERVICES) {
      expect(s.hosts.length).toBeGreaterThan(0);
      expect(s.mentions.length).toBeGreaterThan(0);
      for (const h of [...s.hosts, ...(s.sharedHosts ?? [])]) expect(h).toBe(h.toLowerCase());
      for (const m of [...s.mentions, ...(s.locationMentions ?? [])]) expect(m).toBe(m.toLowerCase());
    }
  });

  test("a hostile run costs linear time: a long host and a long text answer", () => {
    const longHost = `https://${"a.".repeat(50_000)}zoom.us/j/1`;
    expect(isMeetingJoinUrl(longHost)).toBe(true);
    expect(meetingServiceNamed("zoomz".repeat(40_000))).toBeUndefined();
  });
});
