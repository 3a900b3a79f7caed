import type { Policy } from "../../config";
import { defineRule } from "../../rule";
import { isToolDefaultTitle } from "../../text/meeting-default-title";
import { judgeSubject } from "../../text/subject-quality";
import { isNoMeeting } from "../../text/meeting-notice";

// Words that name no meeting on their own, on top of the mail list ("会议", "meeting", ...):
// an invitation called "Sync" or "讨论一下" does not tell people what to prepare.
const MEETING_VAGUE = [
  "sync", "sync up", "sync-up", "catch up", "catch-up", "catchup", "call", "chat", "discussion", "discuss",
  "talk", "touch base", "huddle", "meeting invite", "invite", "invitation", "placeholder", "hold", "tbd",
  "讨论", "开会", "沟通", "碰头", "碰一下", "聊聊", "聊一下", "小会", "会", "邀请", "会议邀请", "占位", "待定",
  // A standing meeting named only by how often it meets: whose weekly meeting, about what?
  "weekly", "weekly meeting", "standup", "stand-up", "daily standup", "team meeting",
  "周会", "例会", "周例会", "月会", "晨会", "早会", "站会",
];

function withMeetingWords(policy: Policy): Policy {
  return { ...policy, lexicon: { ...policy.lexicon, vagueSubjects: [...policy.lexicon.vagueSubjects, ...MEETING_VAGUE] } };
}

/**
 * §2.3.1: a meeting is booked with a subject that says what it is about, judged as mail
 * subjects are (judgeSubject) with a few meeting words added ("Sync", "讨论一下"). Meetings
 * have no separate subject-present rule, so an empty subject is reported here.
 */
export default defineRule({
  id: "meeting/subject-specific",
  appliesTo: "meeting",
  defaultSeverity: "warning",
  clause: "§2.3.1",
  description: {
    en: "The meeting subject says what the meeting is about.",
    "zh-CN": "会议主题须说明会议内容。",
    "zh-TW": "會議主旨須說明會議內容。",
  },
  messages: {
    missing: {
      en: "The meeting has no subject. Say what it is about, e.g. \"Q3 budget review: decide Q4 cuts\".",
      "zh-CN": "会议没有主题。请写明会议内容，例如“Q3 预算评审：确定 Q4 削减项”。",
      "zh-TW": "會議沒有主旨。請寫明會議內容，例如「Q3 預算評審：確定 Q4 刪減項」。",
    },
    vague: {
      en: "The subject \"{{subject}}\" does not say what the meeting is about. Name the topic and the goal, e.g. \"Release 4.2 go/no-go\".",
      "zh-CN": "主题“{{subject}}”看不出会议内容。请写明议题和目的，例如“4.2 版本上线决策会”。",
      "zh-TW": "主旨「{{subject}}」看不出會議內容。請寫明議題和目的，例如「4.2 版本上線決策會」。",
    },
    tooShort: {
      en: "The subject \"{{subject}}\" is too short to say what the meeting is about. Name the topic, e.g. \"VPN migration cut-over plan\".",
      "zh-CN": "主题“{{subject}}”太短，不足以说明会议内容。请写明具体议题，例如“VPN 迁移割接方案评审”。",
      "zh-TW": "主旨「{{subject}}」太短，不足以說明會議內容。請寫明具體議題，例如「VPN 遷移割接方案評審」。",
    },
    toolDefault: {
      en: "The subject \"{{subject}}\" is the title the meeting tool filled in: it names the organizer or the room, not the topic. Name the topic and the goal, e.g. \"Release 4.2 go/no-go\".",
      "zh-CN": "主题“{{subject}}”是会议软件自动填写的标题，只写了发起人或会议室，看不出会议内容。请写明议题和目的，例如“4.2 版本上线决策会”。",
      "zh-TW": "主旨「{{subject}}」是會議軟體自動填寫的標題，只寫了發起人或會議室，看不出會議內容。請寫明議題和目的，例如「4.2 版本上線決策會」。",
    },
    shouting: {
      en: "The subject is written in capitals (\"{{words}}\"), which reads as shouting. Write it in normal case and name the topic.",
      "zh-CN": "主题使用了全大写英文（“{{words}}”），读起来像在喊叫。请改用正常大小写，并写明具体议题。",
      "zh-TW": "主旨使用了全大寫英文（「{{words}}」），讀起來像在喊叫。請改用正常大小寫，並寫明具體議題。",
    },
    shoutingMarks: {
      en: "The subject has a run of exclamation or question marks (\"{{marks}}\"), which reads as shouting. Keep one mark at most and name the topic plainly, e.g. \"Payment API outage review\".",
      "zh-CN": "主题使用了连串的感叹号或问号（“{{marks}}”），读起来像在喊叫。请最多保留一个，平实地写明具体议题，例如“支付接口故障复盘”。",
      "zh-TW": "主旨使用了連串的驚嘆號或問號（「{{marks}}」），讀起來像在喊叫。請最多保留一個，平實地寫明具體議題，例如「支付介面故障檢討」。",
    },
  },
  requires: ["subject"],
  check({ draft, subject, policy }) {
    if (isNoMeeting(draft)) return [];
    if (subject.stripped === "") {
      return [{ messageId: "missing", location: { field: "subject", excerpt: subject.raw.trim() } }];
    }
    if (isToolDefaultTitle(subject.stripped)) {
      return [{ messageId: "toolDefault", data: { subject: subject.stripped }, location: { field: "subject", excerpt: subject.stripped } }];
    }
    const problem = judgeSubject(subject, withMeetingWords(policy));
    if (!problem) return [];
    return [{ messageId: problem.kind, data: problem.data, location: { field: "subject", excerpt: subject.stripped } }];
  },
});
