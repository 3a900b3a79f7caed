// What each meeting tool writes into an invitation: its PRODID, the join block it appends
// to the organizer's text, the shape of its join URL and its own properties. The Teams block
// follows Outlook's (a rule of underscores, "Microsoft Teams 会议", the link in <…>, meeting
// ID and passcode); Google's sits between "-::~:~::~" rules and ends with "Please do not edit
// this section."; Zoom's is the invitation text Zoom copies; Tencent Meeting's ends with
// "#腾讯会议：123-456-789". PRODIDs of Tencent Meeting, Feishu, DingTalk and Webex were not
// checked against a real exported file.

const RULE = "_".repeat(80);
const GOOGLE_RULE = `-::~${":~".repeat(46)}::~:~::-`;

const TEAMS = {
  en: ["Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting", "Meeting ID:", "Passcode:", "Download Teams", "Join on the web", "Learn More", "Meeting options"],
  "zh-CN": ["Microsoft Teams 会议", "在计算机、移动应用或会议室设备上加入", "单击此处加入会议", "会议 ID:", "密码:", "下载 Teams", "加入网页版", "了解详细信息", "会议选项"],
  "zh-TW": ["Microsoft Teams 會議", "在電腦、行動應用程式或會議室裝置上加入", "按一下這裡以加入會議", "會議識別碼:", "密碼:", "下載 Teams", "加入網頁版", "深入了解", "會議選項"],
};

function spaced(digits, groups) {
  const out = [];
  let i = 0;
  for (const g of groups) {
    out.push(digits.slice(i, i + g));
    i += g;
  }
  return out;
}

function teamsUrl(rnd) {
  const thread = `19%3ameeting_${rnd.alnum("teams-thread", 48)}%40thread.v2`;
  const context = `%7b%22Tid%22%3a%226f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f%22%2c%22Oid%22%3a%22${rnd.uuid("teams-oid", false)}%22%7d`;
  return `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${context}`;
}

function teamsBlock(m, rnd, ui, url) {
  const t = TEAMS[ui];
  const id = spaced(rnd.digits("teams-id", 12), [3, 3, 3, 3]).join(" ");
  const text = [RULE, t[0], t[1], `${t[2]}<${url}>`, `${t[3]} ${id}`, `${t[4]} ${rnd.alnum("teams-pass", 6)}`, `${t[5]}<https://www.microsoft.com/microsoft-teams/download-app> | ${t[6]}<https://www.microsoft.com/microsoft-teams/join-a-meeting>`, `${t[7]}<https://aka.ms/JoinTeamsMeeting> | ${t[8]}<https://teams.microsoft.com/meetingOptions/?organizerId=${rnd.uuid("teams-oid", false)}>`, RULE];
  const html = `<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">${RULE}</span></div><div class="me-email-text" lang="${ui}" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif"><div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">${t[0]}</span></div><div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">${t[1]}</span></div><a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7" href="${url}" target="_blank" rel="noreferrer noopener">${t[2]}</a></div><div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span class="me-email-text-secondary" style="font-size:14px;color:#616161">${t[3]} </span><span class="me-email-text" style="font-size:14px;color:#252424">${id}</span></div></div></div><div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">${RULE}</span></div>`;
  return { text, html };
}

function googleBlock(m, rnd, ui, url) {
  const words = {
    en: [`Join with Google Meet: ${url}`, "Learn more about Meet at: https://support.google.com/a/users/answer/9282720", "Please do not edit this section."],
    "zh-CN": [`使用 Google Meet 加入：${url}`, "详细了解 Meet：https://support.google.com/a/users/answer/9282720", "请勿修改此部分。"],
    "zh-TW": [`使用 Google Meet 加入會議：${url}`, "進一步瞭解 Meet：https://support.google.com/a/users/answer/9282720", "請勿編輯這個部分。"],
  }[ui];
  return { text: [GOOGLE_RULE, words[0], "", words[1], "", words[2], GOOGLE_RULE] };
}

function zoomBlock(m, rnd, ui, url) {
  const id = url.match(/\/j\/(\d+)/)?.[1] ?? rnd.digits("zoom-id", 11);
  const shown = spaced(id, [3, 4, 4]).join(" ");
  const who = m.organizer.name || m.organizer.address;
  if (ui === "en") return { text: [`${who} is inviting you to a scheduled Zoom meeting.`, "", "Join Zoom Meeting", url, "", `Meeting ID: ${shown}`, `Passcode: ${rnd.digits("zoom-pass", 6)}`] };
  return { text: [`${who} 邀请您参加已安排的 Zoom 会议。`, "", "加入 Zoom 会议", url, "", `会议号：${shown}`, `密码：${rnd.digits("zoom-pass", 6)}`].map((l) => (ui === "zh-TW" ? l.replace("邀请您参加已安排的 Zoom 会议", "邀請您參加已排定的 Zoom 會議").replace("加入 Zoom 会议", "加入 Zoom 會議").replace("会议号", "會議號").replace("密码", "密碼") : l)) };
}

function tencentBlock(m, rnd, ui, url, when) {
  const who = m.organizer.name || m.organizer.address;
  const id = spaced(rnd.digits("tm-id", 9), [3, 3, 3]).join("-");
  const zh = [`${who} 邀请您参加腾讯会议`, `会议主题：${m.subject}`, `会议时间：${when}`, "", "点击链接入会，或添加至会议列表：", url, "", `#腾讯会议：${id}`, "", "复制该信息，打开手机腾讯会议即可参与"];
  if (ui === "zh-TW") return { text: zh.map((l) => l.replace("邀请您参加腾讯会议", "邀請您參加騰訊會議").replace("会议主题", "會議主題").replace("会议时间", "會議時間").replace("点击链接入会，或添加至会议列表", "點擊連結入會，或添加至會議列表").replace("#腾讯会议", "#騰訊會議").replace("复制该信息，打开手机腾讯会议即可参与", "複製該信息，打開手機騰訊會議即可參與")) };
  if (ui === "en") return { text: [`${who} invites you to a Tencent Meeting`, `Meeting topic: ${m.subject}`, `Time: ${when}`, "", "Click the link to join or add to your meeting list:", url, "", `#Tencent Meeting: ${id}`] };
  return { text: zh };
}

function feishuBlock(m, rnd, ui, url, when) {
  const id = url.match(/\/j\/(\d+)/)?.[1] ?? rnd.digits("fs-id", 9);
  const rows = { en: ["Lark video meeting", "Join the meeting:", "Meeting ID:"], "zh-CN": ["飞书视频会议", "点击链接直接加入会议：", "会议 ID："], "zh-TW": ["飛書視訊會議", "點擊連結直接加入會議：", "會議 ID："] }[ui];
  return { text: [`【${rows[0]}】`, `${m.subject}`, when, rows[1], url, `${rows[2]}${spaced(id, [3, 3, 3]).join(" ")}`] };
}

function dingtalkBlock(m, rnd, ui, url) {
  const rows = { en: ["DingTalk meeting", "Join link:", "Meeting ID:"], "zh-CN": ["钉钉会议", "入会链接：", "会议号："], "zh-TW": ["釘釘會議", "入會連結：", "會議號："] }[ui];
  return { text: [rows[0], `${rows[1]}${url}`, `${rows[2]}${spaced(rnd.digits("dt-id", 9), [3, 3, 3]).join(" ")}`] };
}

function webexBlock(m, rnd, ui, url) {
  const number = spaced(`2${rnd.digits("webex-id", 10)}`, [4, 3, 4]).join(" ");
  const rows = { en: ["When it's time, join your Webex meeting here.", "Join meeting", "Meeting number (access code):", "Meeting password:"], "zh-CN": ["到时间后，请在此处加入 Webex 会议。", "加入会议", "会议号（访问码）：", "会议密码："], "zh-TW": ["時間到時，請在這裡加入您的 Webex 會議。", "加入會議", "會議號（存取碼）：", "會議密碼："] }[ui];
  return { text: [rows[0], "", `${rows[1]} <${url}>`, "", `${rows[2]} ${number}`, `${rows[3]} ${rnd.alnum("webex-pass", 10)}`] };
}

const TOOLS = {
  "outlook-teams": { prodid: "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", url: teamsUrl, block: teamsBlock, outlook: true },
  outlook: { prodid: "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", url: () => "", block: null, outlook: true },
  google: { prodid: "-//Google Inc//Google Calendar 70.9054//EN", url: (rnd) => `https://meet.google.com/${rnd.lower("meet1", 3).replace(/\d/g, "q")}-${rnd.lower("meet2", 4).replace(/\d/g, "x")}-${rnd.lower("meet3", 3).replace(/\d/g, "z")}`, block: googleBlock },
  "tencent-meeting": { prodid: "-//Tencent Inc.//Tencent Meeting//CN", url: (rnd) => `https://meeting.tencent.com/dm/${rnd.alnum("tm-url", 12)}`, block: tencentBlock },
  feishu: { prodid: "-//Bytedance Inc.//Feishu Calendar//CN", url: (rnd) => `https://vc.feishu.cn/j/${rnd.digits("fs-id", 9).replace(/^0/, "1")}`, block: feishuBlock },
  dingtalk: { prodid: "-//DingTalk//DingTalk Calendar//CN", url: (rnd) => `https://meeting.dingtalk.com/j/${rnd.alnum("dt-url", 10)}`, block: dingtalkBlock },
  zoom: { prodid: "-//zoom.us//iCalendar Event//EN", url: (rnd) => `https://us06web.zoom.us/j/8${rnd.digits("zoom-id", 10)}?pwd=${rnd.alnum("zoom-pwd", 32)}`, block: zoomBlock },
  webex: { prodid: "-//Cisco Systems Inc.//Webex Meetings//EN", url: (rnd) => `https://contoso.webex.com/contoso/j.php?MTID=m${rnd.hex("webex-mtid", 32)}`, block: webexBlock },
};

module.exports = { TOOLS };
