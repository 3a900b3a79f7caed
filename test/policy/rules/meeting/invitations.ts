// Pieces of real invitations shared by the meeting rule tables: the join blocks that Teams,
// Zoom and Tencent Meeting append, a forwarded appointment's header, and an Outlook HTML body.

export const TEAMS_JOIN_TEXT = [
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk0%40thread.v2/0?context=%7b%22Tid%22%3a%22c1%22%7d>",
  "Meeting ID: 245 816 730 112",
  "Passcode: Fq7Nz2",
  "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
  "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=1>",
  "________________________________________________________________________________",
].join("\n");

export const TEAMS_JOIN_TEXT_ZH = [
  "________________________________________________________________________________",
  "Microsoft Teams 会议",
  "在计算机、移动应用或会议室设备上加入",
  "单击此处加入会议<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzA4%40thread.v2/0>",
  "会议 ID: 381 204 557 901",
  "密码: 8kTq3c",
  "下载 Teams | 在 Web 上加入",
  "了解详细信息<https://aka.ms/JoinTeamsMeeting> | 会议选项",
  "________________________________________________________________________________",
].join("\n");

export const TEAMS_JOIN_HTML = `<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="zh-CN" style="color:#252424;font-family:'Segoe UI'">
<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams 会议</span></div>
<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">在计算机、移动应用或会议室设备上加入</span></div>
<a class="me-email-headline" style="font-size:14px;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3%40thread.v2/0?context=%7b%7d" target="_blank" rel="noreferrer noopener">单击此处加入会议</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span style="font-size:14px;color:#252424">会议 ID: </span><span style="font-size:16px;color:#252424">412 663 908 245</span></div>
<div style="margin-bottom:24px"><span style="font-size:14px;color:#252424">密码: </span><span style="font-size:16px;color:#252424">Ze3Zr7</span></div></div>
<div style="margin-bottom:24px;margin-top:20px"><a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7" href="https://aka.ms/JoinTeamsMeeting" target="_blank" rel="noreferrer noopener">了解详细信息</a><span> | </span><a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/meetingOptions/?organizerId=2" target="_blank" rel="noreferrer noopener">会议选项</a></div></div>
<div style="font-size:14px;margin-bottom:4px">_____________________________________________________________________________</div>`;

export const ZOOM_JOIN_TEXT = [
  "________________________________________________________________________________",
  "Tom Chen is inviting you to a scheduled Zoom meeting.",
  "Join Zoom Meeting",
  "https://contoso.zoom.us/j/93482017734?pwd=aWxQbmZ2",
  "Meeting ID: 934 8201 7734",
  "Passcode: 482913",
].join("\n");

export const TENCENT_JOIN_TEXT = [
  "李娜 邀请您参加腾讯会议",
  "会议主题：供应商评审",
  "会议时间：2026/11/26 14:00-15:00 (GMT+08:00) 中国标准时间 - 北京",
  "点击链接入会，或添加至会议列表：",
  "https://meeting.tencent.com/dm/Xy7kP2aQw3",
  "#腾讯会议：482-119-337",
].join("\n");

/** The header Outlook writes above a forwarded appointment. */
export function forwardedFrom(original: string): string {
  return [
    "",
    "-----Original Appointment-----",
    "From: Lisa Wang <lisa.wang@contoso.com>",
    "Sent: Monday, November 23, 2026 4:12 PM",
    "To: Tom Chen; 李娜",
    "Subject: Q3 预算评审会 / Q3 budget review",
    "When: Thursday, November 26, 2026 2:00 PM-3:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.",
    "Where: Microsoft Teams Meeting",
    "",
    original,
  ].join("\n");
}

/** An Outlook desktop HTML body around `inner` paragraphs, with the Teams block at the bottom. */
export function outlookHtml(paragraphs: string[], joinBlock = TEAMS_JOIN_HTML): string {
  const ps = paragraphs.map((p) => `<p class=MsoNormal>${p}<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>`).join("\n");
  return `<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head><body lang=ZH-CN><div class=WordSection1>\n${ps}\n${joinBlock}\n</div></body></html>`;
}

/** The block Google Calendar's invitation e-mail appends: the Meet link without a scheme, phone numbers, help. */
export const GOOGLE_MEET_MAIL_TEXT = [
  "Join with Google Meet",
  "meet.google.com/hvb-qzto-ecf",
  "",
  "Join by phone",
  "(TW) +886 2 2795 9532 PIN: 718 620 433#",
  "",
  "More phone numbers",
  "https://tel.meet/hvb-qzto-ecf?pin=9912734415523",
  "",
  "Invitation from Google Calendar: https://calendar.google.com/calendar/",
  "",
  "Forwarding this invitation could allow any recipient to send a response to the organizer. Learn more https://support.google.com/calendar/answer/37135#forwarding",
].join("\n");
