import { jsonToDrafts } from "../../src/cli/json-draft";
import { parseDrafts, parseDraftText, parsePersonText } from "../../src/policy/draft-schema";
import { fixtureBytes } from "./helpers";

describe("JSON draft format", () => {
  it("reads an array of drafts with the person and body shorthands", () => {
    const [mail, meeting] = jsonToDrafts(fixtureBytes("drafts-mixed.json"));
    expect(mail.kind).toBe("mail");
    if (mail.kind !== "mail") throw new Error("unreachable");
    expect(mail.from).toEqual({ name: "陳志明", address: "chen.zm@contoso.com" });
    expect(mail.to).toEqual([
      { name: "Lisa Wang", address: "lisa.wang@contoso.com" },
      { name: "李娜", address: "li.na@contoso.com" },
    ]);
    expect(mail.body).toEqual({ contentType: "text", content: expect.stringContaining("各位主管好") });
    expect(mail.bcc).toEqual([]); // a list left out of a hand-written file is empty
    expect(meeting.kind).toBe("meeting");
    if (meeting.kind !== "meeting") throw new Error("unreachable");
    expect(meeting.organizer).toEqual({ address: "tom.chen@contoso.com" });
    expect(meeting.body?.contentType).toBe("html");
  });

  it("reads a single draft", () => {
    const drafts = jsonToDrafts(fixtureBytes("draft-no-attendees.json"));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: "meeting", subject: "机房搬迁方案评审", requiredAttendees: [] });
  });

  it.each([
    [{ kind: "mail", to: [{ name: "Lisa", adress: "lisa@contoso.com" }] }, "to[0]: unknown key “adress” (did you mean “address”?)"],
    [{ kind: "mail", to: [{ name: "Lisa" }] }, "to[0].address: is missing"],
    [{ kind: "mail", recipients: ["lisa@contoso.com"] }, "unknown key “recipients”"],
    [{ kind: "mail", subjet: "Q3" }, "unknown key “subjet” (did you mean “subject”?)"],
    [{ kind: "mail", subject: 42 }, "subject: must be text in quotes"],
    [{ kind: "email" }, "kind: must be one of “mail”, “meeting”"],
    [{ subject: "no kind" }, "kind: must be one of “mail”, “meeting”"],
    [{ kind: "mail", sentAt: "next Tuesday" }, "sentAt: must be an ISO-8601 date-time"],
    [{ kind: "meeting", importance: "urgent" }, "importance:"],
    [{ kind: "meeting", reminderMinutes: -5 }, "reminderMinutes:"],
    [{ kind: "mail", body: { contentType: "rtf", content: "x" } }, "body.contentType:"],
    [{ kind: "mail", attachments: [{ name: "a.pdf", size: "20KB" }] }, "attachments[0].size:"],
    [[{ kind: "mail" }, { kind: "meeting", start: "2026-13-45T10:00" }], "[1].start:"],
    [[], "is an empty list: there is no draft to check"],
    ["just text", "the file must hold a JSON object"],
  ])("refuses %j naming the field", (input, message) => {
    const result = parseDrafts(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join("\n")).toContain(message);
    // Our words, never the validator's.
    expect(result.errors.join("\n")).not.toMatch(/Invalid input|expected \w+, received|Unrecognized key|Too (small|big)/);
  });

  it("refuses a truncated file and a file with a misspelt field with a one-line reason", () => {
    expect(() => jsonToDrafts(fixtureBytes("draft-truncated.json"))).toThrow(/^not a valid draft: the file is not valid JSON: the error is at line \d+, column \d+$/);
    expect(() => jsonToDrafts(fixtureBytes("draft-invalid-field.json"))).toThrow(/^not a valid draft: .*to\[0\]: unknown key “adress” \(did you mean “address”\?\)/);
  });

  it("accepts a byte-order mark and a minutes mail with its linked meeting", () => {
    const text = `\uFEFF${JSON.stringify({
      kind: "mail",
      subject: "会议纪要：Q4 服务器采购评审会",
      minutesOf: { subject: "Q4 服务器采购评审会", start: "2026-11-27T14:00:00+08:00", end: "2026-11-27T15:00:00+08:00", attendees: ["li.na@contoso.com"], minutesDue: "2026-12-01" },
    })}`;
    const result = parseDraftText(text);
    expect(result.ok).toBe(true);
    if (!result.ok || result.drafts[0].kind !== "mail") return;
    expect(result.drafts[0].minutesOf?.attendees).toEqual([{ address: "li.na@contoso.com" }]);
  });

  it.each([
    ["Tom Chen <tom.chen@contoso.com>", { name: "Tom Chen", address: "tom.chen@contoso.com" }],
    ['"Chen, Tom" <tom.chen@contoso.com>', { name: "Chen, Tom", address: "tom.chen@contoso.com" }],
    ["王伟<wang.wei@contoso.com>", { name: "王伟", address: "wang.wei@contoso.com" }],
    ["<lisa.wang@contoso.com>", { address: "lisa.wang@contoso.com" }],
    [" lisa.wang@contoso.com ", { address: "lisa.wang@contoso.com" }],
  ])("reads the person %j", (text, person) => {
    expect(parsePersonText(text)).toEqual(person);
  });
});
