import { parseBody } from "../../../src/policy/text/segment";

// A join heading ("Join with Google Meet", "Join Zoom Meeting", 加入腾讯会议) with its link under
// it opens a join block that runs while its lines are details (numbers, IDs, the tool's notes);
// the organizer's own lines after it stay prose. Without a link it is the organizer's prose.

const kinds = (text: string, type: "html" | "text" = "text"): string[] =>
  parseBody({ contentType: type, content: text }).segments.map((s) => `${s.kind}: ${s.text.replace(/\n+/g, " / ")}`);

const GOOGLE_NEW = [
  "Join with Google Meet", "meet.google.com/hvb-qzto-ecf", "", "Join by phone", "(TW) +886 2 2795 9532 PIN: 718 620 433#", "",
  "More phone numbers", "https://tel.meet/hvb-qzto-ecf?pin=9912734415523", "", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
  "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.", "",
  "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding",
].join("\n");

const ZOOM_BARE = [
  "Join Zoom Meeting", "https://us06web.zoom.us/j/85512345678?pwd=bXlLaG9aZ2Zo.1", "", "Meeting ID: 855 1234 5678", "Passcode: 482913", "", "---", "",
  "One tap mobile", "+16699006833,,85512345678#,,,,*482913# US (San Jose)", "", "Dial by your location", "• +1 669 900 6833 US (San Jose)", "",
  "Find your local number: https://us06web.zoom.us/u/kbXyZ",
].join("\n");

describe("a join heading opens a join block", () => {
  test.each([
    ["Google Calendar's newer mail, zh-CN prose above", `各位好，\n\n议程：\n1. 割接回顾\n2. 问题清单\n\n会议纪要由王伟记录。\n\n${GOOGLE_NEW}`, 3],
    ["Google Calendar's newer mail, English prose above", `Hi team,\n\nWe will review the Q3 rollout.\n\n${GOOGLE_NEW}`, 2],
    ["Zoom's block without its 'is inviting you' line", `Hi all,\n\nQuick sync on the VPN cut-over.\n\n${ZOOM_BARE}`, 2],
    ["the heading with its link on the same line", "大家好，\n\n请准时参加。\n\n加入腾讯会议：https://meeting.tencent.com/dm/AbCd1234\n会议号：123 456 789\n入会密码：4321", 2],
    ["a zh-TW heading over a Meet link", "各位好：\n\n本週檢討上線問題。\n\n加入 Google Meet 會議\nmeet.google.com/abc-defg-hij", 2],
  ])("%s", (_name, text, proseCount) => {
    const out = kinds(text);
    expect(out.filter((k) => !k.startsWith("joinInfo:")).length).toBe(proseCount);
    expect(out[out.length - 1].startsWith("joinInfo: ")).toBe(true);
    expect(out.filter((k) => k.startsWith("joinInfo:")).length).toBe(1);
  });

  test("the organizer's agenda under a pasted join link stays prose", () => {
    expect(kinds("Hi all,\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/85512345678?pwd=abc\n\nAgenda:\n1. Review\n2. Plan\n\nThanks,\nTom")).toEqual([
      "greeting: Hi all,", "joinInfo: Join Zoom Meeting / https://us06web.zoom.us/j/85512345678?pwd=abc", "paragraph: Agenda: / 1. Review / 2. Plan", "signoff: Thanks,", "signature: Tom",
    ]);
    expect(kinds("大家好，\n\n加入腾讯会议：\nhttps://meeting.tencent.com/dm/abcd\n会议号：123 456 789\n会议议程：\n1. 预算\n2. 排期")).toEqual([
      "greeting: 大家好，", "joinInfo: 加入腾讯会议： / https://meeting.tencent.com/dm/abcd / 会议号：123 456 789", "paragraph: 会议议程： / 1. 预算 / 2. 排期",
    ]);
  });

  test.each([
    ["no link under the heading", "Team,\n\nJoin the meeting now\n\nThanks"],
    ["a sentence that mentions joining", "各位好，\n请使用 Google Meet 加入，链接稍后发出。\n\n议程：\n1. 复盘"],
    ["a link that joins no meeting", "Hi,\n\nJoin with Google Meet\nhttps://contoso.sharepoint.com/sites/it/agenda.docx\n\nThanks"],
    ["a long line that starts like a heading", "Join Zoom meeting rooms on the 3rd floor if you are in the office, https://zoom.us/j/123 otherwise"],
  ])("stays prose: %s", (_name, text) => {
    expect(kinds(text).some((k) => k.startsWith("joinInfo:"))).toBe(false);
  });
});
