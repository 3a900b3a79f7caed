import rule from "../../../../src/policy/rules/meeting/online-join";
import { meeting } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";
import { GOOGLE_MEET_MAIL_TEXT, TEAMS_JOIN_TEXT, TENCENT_JOIN_TEXT, ZOOM_JOIN_TEXT, forwardedFrom, outlookHtml } from "./invitations";

const plain = "Hi all,\n\nAgenda:\n1. Status\n2. Risks\n\nThanks,\nTom";
const noTeams = { onlineMeetingUrl: undefined, isOnlineMeeting: undefined };

runRuleTable(rule, {
  valid: [
    { name: "Teams meeting from the builder", draft: meeting() },
    { name: "Teams block in the text body only", draft: meeting({ ...noTeams, location: "Microsoft Teams Meeting", body: `${plain}\n\n${TEAMS_JOIN_TEXT}` }) },
    { name: "Teams block in HTML", draft: meeting({ ...noTeams, location: "Microsoft Teams 会议", body: outlookHtml(["各位好，", "议程：<br>1. 进度<br>2. 风险"]) }) },
    { name: "Zoom link in the body", draft: meeting({ ...noTeams, location: "Zoom", body: `${plain}\n\n${ZOOM_JOIN_TEXT}` }) },
    { name: "Tencent Meeting link", draft: meeting({ ...noTeams, location: "腾讯会议", body: `各位好，\n\n议程：\n1. 供应商介绍\n2. 答疑\n\n${TENCENT_JOIN_TEXT}` }) },
    { name: "Webex link in the location", draft: meeting({ ...noTeams, location: "https://contoso.webex.com/meet/tom.chen", body: plain }) },
    { name: "Google Meet link", draft: meeting({ ...noTeams, location: "Google Meet", body: `${plain}\n\nJoin: https://meet.google.com/abc-defg-hij` }) },
    { name: "Feishu video link", draft: meeting({ ...noTeams, location: "飞书视频会议", body: "各位好，\n\n入会链接：https://vc.feishu.cn/j/283716540\n\n议程：\n1. A\n2. B" }) },
    { name: "DingTalk link", draft: meeting({ ...noTeams, location: "钉钉会议", body: "大家好，\n\n会议链接：https://meeting.dingtalk.com/j/Ab12Cd\n\n议程：\n1. A\n2. B" }) },
    { name: "hybrid room with Teams", draft: meeting({ location: "上海 3F-301 会议室; Microsoft Teams 会议" }) },
    { name: "forwarded invitation keeps its Teams link", draft: meeting({ ...noTeams, location: "Microsoft Teams Meeting", body: `FYI, join us.${forwardedFrom(`Agenda:\n1. X\n2. Y\n\n${TEAMS_JOIN_TEXT}`)}` }) },
    { name: "Outlook's Teams location before the block is added", draft: meeting({ ...noTeams, location: "Microsoft Teams Meeting", body: plain }) },
    { name: "Outlook's Teams location in Traditional", draft: meeting({ ...noTeams, location: "Microsoft Teams 會議", body: "各位好：\n\n議程：\n1. 進度\n2. 問題" }) },
    { name: "Traditional in-person with link anyway", draft: meeting({ location: "台北 12F 第一會議室" }) },
    // A phone conference is joined by its number.
    { name: "电话会议 with the number in the location", draft: meeting({ ...noTeams, location: "电话会议 400-810-1234", body: "各位：\n\n议程：\n1. 到货延迟\n2. 替代方案" }) },
    { name: "conference call with a dial-in line", draft: meeting({ ...noTeams, location: "", body: `${plain}\n\nConference call. Dial-in: +1 669 900 6833, PIN 482913#` }) },
    { name: "電話會議撥入號碼", draft: meeting({ ...noTeams, location: "電話會議", body: "各位好：\n\n撥入號碼：02-2795-9532，會議號 7186 2043#\n\n議程：\n1. A\n2. B" }) },
    // Links written without a scheme, as Google Calendar's e-mail writes Meet's.
    { name: "Google Calendar's block: meet.google.com/… without https", draft: meeting({ ...noTeams, location: "", body: `${plain}\n\n${GOOGLE_MEET_MAIL_TEXT}` }) },
    { name: "Zoom link pasted without a scheme", draft: meeting({ ...noTeams, location: "", body: `${plain}\n\nJoin: us06web.zoom.us/j/85512345678?pwd=bXlL` }) },
    { name: "腾讯会议链接没有 https", draft: meeting({ ...noTeams, location: "腾讯会议", body: "各位好，\n\n入会链接：meeting.tencent.com/dm/Xk3pQ9rT2aLm\n\n议程：\n1. A\n2. B" }) },
    { name: "飛書連結在括號內", draft: meeting({ ...noTeams, location: "", body: "各位好：\n\n視訊會議（vc.feishu.cn/j/604218337）\n\n議程：\n1. A\n2. B" }) },
  ],
  invalid: [
    {
      name: "online switch on but no link",
      draft: meeting({ onlineMeetingUrl: undefined, isOnlineMeeting: true, location: "", body: plain }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "电话会议 without a number",
      draft: meeting({ ...noTeams, location: "电话会议", body: "各位：\n\n议程：\n1. 到货延迟\n2. 替代方案" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "conference call, number to follow",
      draft: meeting({ ...noTeams, location: "", body: `${plain}\n\nConference call, dial-in details to follow.` }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "a phone number that is no dial-in: the Teams switch is on",
      draft: meeting({ onlineMeetingUrl: undefined, isOnlineMeeting: true, location: "", body: `${plain}\n\nConference call. Dial-in: +1 669 900 6833` }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "a document link without a scheme is no join link",
      draft: meeting({ ...noTeams, location: "Google Meet", body: `${plain}\n\nNotes: docs.google.com/document/d/1AbC` }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "the meeting service named without its link",
      draft: meeting({ ...noTeams, location: "", body: "各位好，\n\n本次为腾讯会议，链接稍后发。\n\n议程：\n1. A\n2. B" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "meet.google.com without a meeting code is a host, not a link",
      draft: meeting({ ...noTeams, location: "線上", body: "各位好：\n\n請用 meet.google.com 入會。\n\n議程：\n1. A\n2. B" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "plain Teams in the location, no block",
      draft: meeting({ ...noTeams, location: "Teams", body: plain }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "线上 in the location",
      draft: meeting({ ...noTeams, location: "线上", body: "各位好，\n\n议程：\n1. 进度\n2. 风险" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "视频会议 in the subject",
      draft: meeting({ ...noTeams, subject: "华南区季度视频会议", location: "", body: "各位好，\n\n议程：\n1. 业绩\n2. 计划" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "Traditional 視訊會議 in the prose, room named",
      draft: meeting({ ...noTeams, subject: "專案週會", location: "台北 12F 第一會議室", body: "各位好：\n\n本次以視訊會議方式進行，遠端同仁請準時上線。\n\n議程：\n1. 進度\n2. 問題" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "says Zoom in the body, link forgotten",
      draft: meeting({ ...noTeams, location: "", body: "Hi all,\n\nWe'll meet on Zoom, link to follow.\n\nAgenda:\n1. Demo\n2. Q&A" }),
      errors: [{ messageId: "missingLink" }],
    },
    {
      name: "neither place nor link",
      draft: meeting({ ...noTeams, location: "", body: plain }),
      errors: [{ messageId: "noPlace" }],
    },
    { name: "location TBD", draft: meeting({ ...noTeams, location: "待定", body: plain }), errors: [{ messageId: "noPlace" }] },
    {
      name: "meeting room only",
      draft: meeting({ ...noTeams, isOnlineMeeting: false, location: "上海-3F-301会议室 (12)", body: "各位好，\n\n议程：\n1. 需求评审\n2. 排期\n\n会议记录人：李娜" }),
      errors: [{ messageId: "inPerson", severity: "info", data: { location: "上海-3F-301会议室 (12)" }, excerpt: "上海-3F-301会议室 (12)" }],
    },
    {
      name: "English boardroom",
      draft: meeting({ ...noTeams, location: "Boardroom, 18th floor", body: plain }),
      errors: [{ messageId: "inPerson", severity: "info", data: { location: "Boardroom, 18th floor" } }],
    },
    {
      name: "Traditional room",
      draft: meeting({ ...noTeams, subject: "供應商季度檢討", location: "台北 12F 第一會議室", body: "各位好：\n\n議程：\n1. 交期\n2. 品質\n\n記錄人：陳志明" }),
      errors: [{ messageId: "inPerson", severity: "info" }],
    },
    {
      name: "a Teams link only in a SharePoint address does not join",
      draft: meeting({ ...noTeams, location: "Online / 线上", body: "Hi,\n\nDeck: https://contoso.sharepoint.com/sites/teams/deck.pptx\n\nAgenda:\n1. A\n2. B" }),
      errors: [{ messageId: "missingLink" }],
    },
  ],
});
