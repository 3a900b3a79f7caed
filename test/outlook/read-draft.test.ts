import { minutesMarkerHtml } from "../../src/outlook/minutes-link";
import { readAppointmentDraft, readMessageDraft } from "../../src/outlook/read-draft";
import { fakeAppointment, fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// Office.js item → draft: every field read in one wave, each read guarded by its requirement
// set, and a read that fails or is unsupported leaves its field undefined.

const NOW = new Date("2026-11-24T02:00:00Z");

describe("readMessageDraft", () => {
  let fake: OfficeFake;
  afterEach(() => fake.uninstall());

  function message() {
    return Office.context.mailbox.item as Office.MessageCompose;
  }

  it("reads a realistic compose item in one wave", async () => {
    fake = installOfficeFake({
      item: fakeMessage({
        subject: "RE: 服务器迁移计划 / server migration plan",
        body: { type: "html", content: "<div>王伟，您好：</div><div>附件是迁移计划，请于周五前确认。</div><div>谢谢！<br>Tom</div>" },
        cc: [{ displayName: "李娜", emailAddress: "li.na@contoso.com" }],
        attachments: [
          { id: "1", name: "迁移计划.xlsx", size: 40960, attachmentType: "file", isInline: false, contentType: "application/vnd.ms-excel" },
          { id: "2", name: "image001.png", size: 2048, attachmentType: "file", isInline: true },
          { id: "3", name: "Design spec", size: 0, attachmentType: "cloud", isInline: false },
        ],
        sensitivityLabelId: "label-confidential",
      }),
    });
    const { draft, failed, unsupported } = await readMessageDraft(message(), NOW);
    expect(draft).toMatchObject({
      kind: "mail",
      subject: "RE: 服务器迁移计划 / server migration plan",
      body: { contentType: "html", content: expect.stringContaining("王伟，您好") },
      from: { name: "Tom Chen", address: "tom.chen@contoso.com" },
      to: [{ name: "Lisa Wang", address: "lisa.wang@contoso.com" }],
      cc: [{ name: "李娜", address: "li.na@contoso.com" }],
      bcc: [],
      sensitivityLabel: "Confidential",
      sentAt: NOW.toISOString(),
    });
    expect(draft.attachments).toEqual([
      { name: "迁移计划.xlsx", size: 40960, contentType: "application/vnd.ms-excel", isInline: false, isCloud: false },
      { name: "image001.png", size: 2048, isInline: true, isCloud: false },
      { name: "Design spec", size: 0, isInline: false, isCloud: true },
    ]);
    expect(failed).toEqual([]);
    expect(unsupported).toEqual([]);
    expect(fake.waves()).toBe(1);
  });

  it("links a minutes mail to its meeting from the custom properties, in the same wave", async () => {
    const link = {
      subject: "Q3 预算评审会",
      start: "2026-11-26T06:00:00Z",
      end: "2026-11-26T07:00:00Z",
      attendees: [{ name: "李娜", address: "li.na@contoso.com" }],
      departmentHeads: [{ name: "Head Finance", address: "head.finance@contoso.com" }],
      minutesDue: "2026-11-30",
    };
    fake = installOfficeFake({ item: fakeMessage({ subject: "会议纪要：Q3 预算评审会", customProperties: { commPolicyMinutesOf: JSON.stringify(link) } }) });
    const { draft } = await readMessageDraft(message(), NOW);
    expect(draft.minutesOf).toEqual(link);
    expect(fake.waves()).toBe(1);
  });

  describe("the minutes marker in the body", () => {
    const ours = {
      subject: "Q3 预算评审会",
      start: "2026-11-26T06:00:00Z",
      end: "2026-11-26T07:00:00Z",
      attendees: [{ name: "李娜", address: "li.na@contoso.com" }],
      minutesDue: "2026-11-30",
    };
    // An outsider's marker: its attendee is an address they chose, shown as a trusted name.
    const theirs = { ...ours, attendees: [{ name: "李娜", address: "li.na@evil.example" }] };
    const own = "<div>各位好：</div><div>会议纪要如下，请查收。</div><div>Tom</div>";

    async function minutesOf(html: string) {
      fake = installOfficeFake({ item: fakeMessage({ subject: "会议纪要：Q3 预算评审会", body: { type: "html", content: html } }) });
      return (await readMessageDraft(message(), NOW)).draft.minutesOf;
    }

    it("is read from the sender's own text", async () => {
      expect(await minutesOf(`${own}${minutesMarkerHtml(ours)}`)).toEqual(ours);
    });

    it.each([
      ["an Outlook reply header (en)", `<div><b>From:</b> Mallory &lt;m@evil.example&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Tom<br><b>Subject:</b> minutes</div>`],
      ["an Outlook reply header (zh-CN)", `<div><b>发件人:</b> Mallory<br><b>发送时间:</b> 2026年11月26日<br><b>收件人:</b> Tom<br><b>主题:</b> 纪要</div>`],
      ["an Original Message line", `<div>-----Original Message-----</div><div>From: Mallory</div>`],
      ["a blockquote", `<blockquote type="cite"><div>On Mon, Mallory wrote:</div>`],
    ])("is never read from quoted history behind %s", async (_name, header) => {
      const quoted = `${header}<div>see you</div>${minutesMarkerHtml(theirs)}${header.startsWith("<blockquote") ? "</blockquote>" : ""}`;
      expect(await minutesOf(`${own}${quoted}`)).toBeUndefined();
    });

    it("is never read from a body the sender did not write at all (a forward of the outsider's mail)", async () => {
      expect(await minutesOf(`<div>FYI</div><div>-----Original Message-----</div><div>From: Mallory</div>${minutesMarkerHtml(theirs)}`)).toBeUndefined();
    });
  });

  it("leaves minutesOf out for an ordinary mail", async () => {
    fake = installOfficeFake({ item: fakeMessage({ subject: "Server migration plan" }) });
    const { draft } = await readMessageDraft(message(), NOW);
    expect(draft.minutesOf).toBeUndefined();
  });

  it("judges a scheduled mail at its delivery time (Mailbox 1.13)", async () => {
    fake = installOfficeFake({ item: fakeMessage({ delayDeliveryTime: new Date("2026-11-30T01:00:00Z") }) });
    expect((await readMessageDraft(message(), NOW)).draft.sentAt).toBe("2026-11-30T01:00:00.000Z");
  });

  it("gives an empty label when none is applied", async () => {
    fake = installOfficeFake();
    expect((await readMessageDraft(message(), NOW)).draft.sensitivityLabel).toBe("");
  });

  const READS: [string, string][] = [
    ["subject.getAsync", "subject"],
    ["body.getAsync", "body"],
    ["to.getAsync", "to"],
    ["cc.getAsync", "cc"],
    ["bcc.getAsync", "bcc"],
    ["from.getAsync", "from"],
    ["getAttachmentsAsync", "attachments"],
    ["sensitivityLabel.getAsync", "sensitivityLabel"],
  ];

  it.each(READS)("leaves the field undefined when %s fails", async (call, field) => {
    fake = installOfficeFake();
    fake.sim.fail(call, { kind: "error", name: "InternalServerError", code: 9020 });
    const { draft, failed } = await readMessageDraft(message(), NOW);
    expect((draft as unknown as Record<string, unknown>)[field]).toBeUndefined();
    expect(failed).toEqual([field]);
    expect(draft.subject === undefined || draft.subject.length > 0).toBe(true);
  });

  it.each(READS)("survives %s throwing synchronously", async (call, field) => {
    fake = installOfficeFake();
    fake.sim.fail(call, { kind: "throw" });
    const { draft, failed } = await readMessageDraft(message(), NOW);
    expect((draft as unknown as Record<string, unknown>)[field]).toBeUndefined();
    expect(failed).toEqual([field]);
  });

  it("falls back to the click time when delayDeliveryTime fails", async () => {
    fake = installOfficeFake();
    fake.sim.fail("delayDeliveryTime.getAsync");
    const { draft, failed } = await readMessageDraft(message(), NOW);
    expect(draft.sentAt).toBe(NOW.toISOString());
    expect(failed).toEqual(["delayDeliveryTime"]);
  });

  it("does not call what a Mailbox 1.7 client lacks", async () => {
    fake = installOfficeFake({ mailboxVersion: "1.7" });
    const { draft, unsupported } = await readMessageDraft(message(), NOW);
    expect(unsupported.sort()).toEqual(["attachments", "delayDeliveryTime", "sensitivityLabel"]);
    expect(draft.attachments).toBeUndefined();
    expect(draft.sensitivityLabel).toBeUndefined();
    expect(draft.from).toBeDefined();
    expect(fake.callNames()).not.toContain("getAttachmentsAsync");
  });
});

describe("readAppointmentDraft", () => {
  let fake: OfficeFake;
  afterEach(() => fake.uninstall());

  function appointment() {
    return Office.context.mailbox.item as Office.AppointmentCompose;
  }

  it("reads an invitation in one wave, with its Teams link", async () => {
    fake = installOfficeFake({
      item: fakeAppointment({
        body: {
          type: "html",
          content:
            '<div>议程：</div><ol><li>Q3 复盘</li></ol><div>________________</div><div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA@thread.v2/0?context=%7b%7d">Join the meeting now</a></div>',
        },
        isAllDayEvent: false,
        location: "Microsoft Teams Meeting",
      }),
    });
    const { draft, failed } = await readAppointmentDraft(appointment(), NOW);
    expect(draft).toMatchObject({
      kind: "meeting",
      organizer: { name: "Tom Chen", address: "tom.chen@contoso.com" },
      requiredAttendees: [{ name: "Lisa Wang" }, { name: "李娜" }],
      optionalAttendees: [],
      start: "2026-11-26T06:00:00.000Z",
      end: "2026-11-26T07:00:00.000Z",
      isAllDay: false,
      location: "Microsoft Teams Meeting",
      isOnlineMeeting: true,
      bookedAt: NOW.toISOString(),
    });
    expect(draft.onlineMeetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(failed).toEqual([]);
    expect(fake.waves()).toBe(1);
  });

  it("says nothing about online meetings without a join link", async () => {
    fake = installOfficeFake({ item: fakeAppointment({ location: "3F 会议室 A" }) });
    const { draft } = await readAppointmentDraft(appointment(), NOW);
    expect(draft.isOnlineMeeting).toBeUndefined();
    expect(draft.onlineMeetingUrl).toBeUndefined();
  });

  it.each([
    ["start.getAsync", "start"],
    ["end.getAsync", "end"],
    ["location.getAsync", "location"],
    ["isAllDayEvent.getAsync", "isAllDay"],
    ["requiredAttendees.getAsync", "requiredAttendees"],
    ["optionalAttendees.getAsync", "optionalAttendees"],
    ["organizer.getAsync", "organizer"],
  ])("leaves the field undefined when %s fails", async (call, field) => {
    fake = installOfficeFake({ item: fakeAppointment() });
    fake.sim.fail(call);
    const { draft, failed } = await readAppointmentDraft(appointment(), NOW);
    expect((draft as unknown as Record<string, unknown>)[field]).toBeUndefined();
    expect(failed).toHaveLength(1);
  });

  it("marks a series (Mailbox 1.7 recurrence) in the same wave, and a failed read costs nothing", async () => {
    fake = installOfficeFake({ item: fakeAppointment({ recurrence: { recurrenceType: "weekly" } }) });
    const series = await readAppointmentDraft(appointment(), NOW);
    expect(series.draft.recurring).toBe(true);
    expect(fake.waves()).toBe(1);
    fake.uninstall();
    fake = installOfficeFake({ item: fakeAppointment() });
    expect((await readAppointmentDraft(appointment(), NOW)).draft.recurring).toBeUndefined();
    fake.uninstall();
    fake = installOfficeFake({ item: fakeAppointment({ recurrence: { recurrenceType: "daily" } }) });
    fake.sim.fail("recurrence.getAsync");
    const failing = await readAppointmentDraft(appointment(), NOW);
    expect(failing.draft.recurring).toBeUndefined();
    expect(failing.failed).toEqual([]);
  });

  it("does not ask a Mailbox 1.10 client for isAllDayEvent (1.11)", async () => {
    fake = installOfficeFake({ item: fakeAppointment(), mailboxVersion: "1.10" });
    const { draft, unsupported } = await readAppointmentDraft(appointment(), NOW);
    expect(unsupported).toEqual(["isAllDayEvent"]);
    expect(draft.isAllDay).toBeUndefined();
  });
});
