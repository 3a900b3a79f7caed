import rule from "../../../../src/policy/rules/mail/minutes-recipients";
import type { LinkedMeeting, Person } from "../../../../src/policy/types";
import { mail, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const zhang: Person = { name: "张强", address: "zhang.qiang@contoso.com" };
const huang: Person = { name: "黃美玲", address: "huang.ml@contoso.com" };
const room: Person = { name: "上海 3F 大会议室", address: "sh-3f-large@contoso.com" };
const infraTeam: Person = { name: "IT Infra Team", address: "it-infra@contoso.com" };

const erpReview: LinkedMeeting = {
  subject: "ERP 升级评审会",
  start: "2026-11-24T14:00:00+08:00",
  end: "2026-11-24T15:00:00+08:00",
  attendees: [people.tom, people.lisa, people.wang, people.li],
  departmentHeads: [zhang],
  minutesDue: "2026-11-26",
};

const securityWeekly: LinkedMeeting = {
  subject: "資安週會",
  start: "2026-11-23T10:00:00+08:00",
  end: "2026-11-23T11:00:00+08:00",
  attendees: [people.chen, people.li, room],
  departmentHeads: [huang],
};

const zhMinutes = `各位好，

以下是 ERP 升级评审会的会议纪要。

一、讨论内容：供应商升级方案
二、共识：周六晚停机
三、决定事项：采用方案 B
四、行动项：王伟：确认停机时间（11月27日前）

谢谢！
Tom Chen`;

const twMinutes = `各位同仁好：

【討論內容】釣魚郵件演練結果
【決議】下季起納入新人訓練
【負責人】陳志明：12/15 前提出教材

敬祝 順利
陳志明`;

const enMinutes = `<p>Hi all,</p><p>Minutes of today's release planning below.</p><p><b>Decisions</b>: 4.2 goes live on 3 Dec.</p><p><b>Action items</b>: Lisa to update the release notes by Friday.</p><p>Thanks,<br>Tom</p>`;

const addTo = (person: Person) => ({ messageId: "addAttendee", fix: { kind: "addRecipient", field: "to", person } });
const addCc = (person: Person) => ({ messageId: "addHead", fix: { kind: "addRecipient", field: "cc", person } });

runRuleTable(rule, {
  valid: [
    { name: "attendees in To, head in Cc", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa, people.wang, people.li], cc: [zhang], minutesOf: erpReview }) },
    { name: "everyone in To", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa, people.wang, people.li, zhang], minutesOf: erpReview }) },
    { name: "the head in Bcc", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa, people.wang, people.li], bcc: [zhang], minutesOf: erpReview }) },
    {
      name: "addresses differ only in case",
      draft: mail({ subject: "Minutes: ERP upgrade review", body: enMinutes, to: [{ name: "Lisa", address: "Lisa.Wang@Contoso.com" }, { name: "Wang Wei", address: "WANG.WEI@contoso.com" }, people.li], cc: [{ name: "Zhang", address: "Zhang.Qiang@contoso.com" }], minutesOf: erpReview }),
    },
    { name: "the room booked as an attendee is not a reader", draft: mail({ subject: "會議紀要：資安週會", body: twMinutes, from: people.chen, to: [people.li], cc: [huang], minutesOf: securityWeekly }) },
    { name: "the minute-taker sends, not the organizer", draft: mail({ subject: "會議紀要：資安週會", body: twMinutes, from: people.li, to: [people.chen], cc: [huang], minutesOf: securityWeekly }) },
    { name: "a mail that is not linked to a meeting", draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa] }) },
    {
      name: "a distribution list that was invited gets the minutes",
      draft: mail({ subject: "Meeting notes - infra weekly", body: enMinutes, to: [{ name: "IT Infra Team", address: "IT-Infra@contoso.com" }], minutesOf: { subject: "Infra weekly", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T09:30:00+08:00", attendees: [people.tom, infraTeam] } }),
    },
    {
      name: "an attendee known only by name",
      draft: mail({ subject: "会议纪要：供应商沟通会", body: zhMinutes, to: [people.wang, people.li], minutesOf: { subject: "供应商沟通会", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [{ name: "王伟", address: "" }, people.li] } }),
    },
    {
      name: "an attendee read from a JSON file without an address",
      draft: mail({ subject: "会议纪要：供应商沟通会", body: zhMinutes, to: [people.wang], minutesOf: { subject: "供应商沟通会", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [{ name: "王伟" } as unknown as Person, people.tom] } }),
    },
    {
      name: "a meeting without department heads",
      draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom] } }),
    },
    { name: "a room named 厅 (5F 黄山厅) is not a reader", draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom, { name: "5F 黄山厅", address: "huangshan@contoso.com" }] } }) },
    { name: "a room named 洽談室 (Traditional) is not a reader", draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom, { name: "台北 3F 洽談室 A", address: "tpe-3f-a@contoso.com" }] } }) },
    { name: "a huddle room is not a reader", draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom, { name: "Huddle 5B (4)", address: "huddle5b@contoso.com" }] } }) },
  ],
  invalid: [
    {
      name: "one attendee missing",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa, people.wang], cc: [zhang], minutesOf: erpReview }),
      errors: [{ messageId: "missingRecipients", data: { missing: "李娜", missingZh: "李娜", count: 1, meeting: "ERP 升级评审会" }, suggestions: [addTo(people.li)] }],
    },
    {
      name: "the department head missing",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa, people.wang, people.li], minutesOf: erpReview }),
      errors: [{ messageId: "missingRecipients", data: { missing: "张强" }, suggestions: [addCc(zhang)] }],
    },
    {
      name: "attendees and the head missing",
      draft: mail({ subject: "Minutes: ERP upgrade review", body: enMinutes, to: [people.lisa], minutesOf: erpReview }),
      errors: [{ messageId: "missingRecipients", data: { missing: "王伟, 李娜, 张强", missingZh: "王伟、李娜、张强", count: 3 }, suggestions: [addTo(people.wang), addTo(people.li), addCc(zhang)] }],
    },
    {
      name: "sent only to the sender",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.tom], minutesOf: erpReview }),
      errors: [{ messageId: "missingRecipients", data: { count: 4 }, suggestions: [addTo(people.lisa), addTo(people.wang), addTo(people.li), addCc(zhang)] }],
    },
    {
      name: "Traditional minutes without the head",
      draft: mail({ subject: "會議紀要：資安週會", body: twMinutes, from: people.chen, to: [people.li], minutesOf: securityWeekly }),
      errors: [{ messageId: "missingRecipients", data: { missing: "黃美玲" }, suggestions: [addCc(huang)] }],
    },
    {
      name: "the organizer's minutes sent by the minute-taker without the organizer",
      draft: mail({ subject: "會議紀要：資安週會", body: twMinutes, from: people.li, to: [], cc: [huang], minutesOf: securityWeekly }),
      errors: [{ messageId: "missingRecipients", data: { missing: "陳志明" }, suggestions: [addTo(people.chen)] }],
    },
    {
      name: "an attendee without a display name is named by address",
      draft: mail({ subject: "Meeting notes - vendor call", body: enMinutes, to: [people.lisa], minutesOf: { subject: "Vendor call", start: "2026-11-24T16:00:00+08:00", end: "2026-11-24T17:00:00+08:00", attendees: [people.lisa, { address: "ops.oncall@contoso.com" }] } }),
      errors: [{ messageId: "missingRecipients", data: { missing: "ops.oncall@contoso.com" }, suggestions: [addTo({ address: "ops.oncall@contoso.com" })] }],
    },
    {
      name: "a head who also attended is asked for once, in To",
      draft: mail({ subject: "会议纪要：ERP 升级评审会", body: zhMinutes, to: [people.lisa, people.wang, people.li], minutesOf: { ...erpReview, attendees: [...erpReview.attendees, zhang] } }),
      errors: [{ messageId: "missingRecipients", data: { missing: "张强", count: 1 }, suggestions: [addTo(zhang)] }],
    },
    {
      name: "an external attendee of the meeting",
      draft: mail({ subject: "Minutes: data migration kick-off", body: enMinutes, to: [people.lisa, people.wang], minutesOf: { subject: "Data migration kick-off", start: "2026-11-24T16:00:00+08:00", end: "2026-11-24T17:00:00+08:00", attendees: [people.lisa, people.wang, people.partner] } }),
      errors: [{ messageId: "missingRecipients", data: { missing: "Anna Schmidt", meeting: "Data migration kick-off" }, suggestions: [addTo(people.partner)] }],
    },
    {
      name: "a person whose name holds a room word in part (Roomi Patel) is a reader",
      draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom, { name: "Roomi Patel", address: "roomi.patel@contoso.com" }] } }),
      errors: [{ messageId: "missingRecipients", data: { missing: "Roomi Patel" }, suggestions: [addTo({ name: "Roomi Patel", address: "roomi.patel@contoso.com" })] }],
    },
    {
      name: "a person whose name holds a room word in part (张训) is a reader",
      draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom, { name: "张训", address: "zhang.xun@contoso.com" }] } }),
      errors: [{ messageId: "missingRecipients", data: { missing: "张训" }, suggestions: [addTo({ name: "张训", address: "zhang.xun@contoso.com" })] }],
    },
    {
      name: "a person whose name holds a room word in part (Amy Huddleston) is a reader",
      draft: mail({ subject: "MoM: CAB", body: enMinutes, to: [people.lisa], minutesOf: { subject: "CAB", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:00:00+08:00", attendees: [people.lisa, people.tom, { name: "Amy Huddleston", address: "amy.huddleston@contoso.com" }] } }),
      errors: [{ messageId: "missingRecipients", data: { missing: "Amy Huddleston" }, suggestions: [addTo({ name: "Amy Huddleston", address: "amy.huddleston@contoso.com" })] }],
    },
  ],
});
