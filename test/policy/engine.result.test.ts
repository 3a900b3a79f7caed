import { checkDraft } from "../../src/policy/engine";
import { DEFAULT_POLICY, policySchema } from "../../src/policy/config";
import { FSI, PDI } from "../../src/policy/bidi";
import { file, mail, meeting, people } from "../support/drafts";

// What the check result answers beyond the findings: the order a person reads them in, moments
// written once in the reader's zone, the draft's own words isolated inside a message, the
// rule's label for its fix, and the parsed parts the panes show.

describe("findings in reading order within each severity", () => {
  test("subject, recipients, then the body from top to bottom (not by rule id)", () => {
    const draft = mail({
      subject: "Hi",
      to: [people.lisa, people.partner],
      body: "Hi Lisa,\n\nThe VPN rollout is done, we can recieve traffic now.\n\nThe old gateway goes away on Friday, pls check your bookmarks, thx.\n\nThanks,\nTom",
    });
    const { findings } = checkDraft(draft, DEFAULT_POLICY, { lang: "en" });
    const warnings = findings.filter((f) => f.severity === "warning");
    const places = warnings.map((f) => `${f.location?.field}:${f.location?.start ?? ""}`);
    expect(warnings[0].location?.field).toBe("subject");
    const bodyStarts = warnings.filter((f) => f.location?.field === "body").map((f) => f.location?.start ?? 0);
    expect(bodyStarts).toEqual([...bodyStarts].sort((a, b) => a - b));
    expect(bodyStarts.length).toBeGreaterThanOrEqual(3);
    expect(places.indexOf(`body:${bodyStarts[0]}`)).toBeGreaterThan(0);
    // Errors still come first on every face (the Send dialog shows three at most).
    const severities = findings.map((f) => ["error", "warning", "info"].indexOf(f.severity));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });

  test("a meeting: subject, attendees, time before the body's agenda", () => {
    const draft = meeting({ subject: "会议", requiredAttendees: [], body: "各位好，\n\n讨论一下。", bookedAt: "2026-11-26T10:00:00+08:00" });
    const fields = checkDraft(draft, DEFAULT_POLICY, { lang: "zh-CN" }).findings.filter((f) => f.severity === "error").map((f) => f.location?.field);
    const order = ["subject", "attendees", "time", "body"];
    const ranks = fields.map((f) => order.indexOf(f ?? "")).filter((r) => r >= 0);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe("one time zone per finding, labelled", () => {
  const night = mail({ sentAt: "2026-11-24T22:30:00+08:00" });

  test("the reader in the policy's zone: one time, with its offset, in the message and the button alike", () => {
    const [f] = checkDraft(night, DEFAULT_POLICY, { lang: "en", timeZone: "Asia/Shanghai" }).findings.filter((x) => x.rule === "mail/send-time");
    expect(f.message).toContain("Tue 24 Nov 22:30 GMT+8");
    expect(f.message).toContain("Wed 25 Nov 09:00 GMT+8");
    expect(f.message).not.toMatch(/policy's time zone/);
    expect(f.fixLabel).toBe("Schedule it for Wed 25 Nov 09:00 GMT+8");
  });

  test("a reader in Berlin: their time first, the policy's beside it, in all three languages", () => {
    const en = checkDraft(night, DEFAULT_POLICY, { lang: "en", timeZone: "Europe/Berlin" }).findings.find((x) => x.rule === "mail/send-time");
    expect(en?.fixLabel).toBe("Schedule it for Wed 25 Nov 02:00 GMT+1 (Wed 25 Nov 09:00 GMT+8 in the policy's time zone)");
    const zh = checkDraft(night, DEFAULT_POLICY, { lang: "zh-CN", timeZone: "Europe/Berlin" }).findings.find((x) => x.rule === "mail/send-time");
    expect(zh?.fixLabel).toBe("定时发送：11月25日（周三）02:00 GMT+1（规范时区：11月25日（周三）09:00 GMT+8）");
    const tw = checkDraft(night, DEFAULT_POLICY, { lang: "zh-TW", timeZone: "Europe/Berlin" }).findings.find((x) => x.rule === "mail/send-time");
    expect(tw?.message).toContain("11月24日（週二）15:30 GMT+1（規範時區：11月24日（週二）22:30 GMT+8）");
  });

  test("an unknown zone falls back to the policy's, never throws", () => {
    const f = checkDraft(night, DEFAULT_POLICY, { lang: "en", timeZone: "Mars/Olympus" }).findings.find((x) => x.rule === "mail/send-time");
    expect(f?.fixLabel).toBe("Schedule it for Wed 25 Nov 09:00 GMT+8");
  });
});

describe("the draft's words are isolated inside a message", () => {
  test("a right-to-left override in a file name cannot run on into the sentence", () => {
    const name = "invoice\u202Excod.exe";
    const [f] = checkDraft(mail({ attachments: [file(name)] }), DEFAULT_POLICY, { lang: "en" }).findings.filter((x) => x.rule === "mail/attachments-described");
    expect(f.message).toContain(`${FSI}${name}${PDI}`);
    expect(f.data.name).toBe(name);
  });

  test("plain names are left as they are", () => {
    const [f] = checkDraft(mail({ attachments: [file("Q3 预算.xlsx")] }), DEFAULT_POLICY, { lang: "zh-CN" }).findings.filter((x) => x.rule === "mail/attachments-described");
    expect(f.message).toContain("“Q3 预算.xlsx”");
    expect(f.message).not.toContain(FSI);
  });
});

describe("plurals", () => {
  test("English counts agree with their noun; Chinese has one form", () => {
    const policy = policySchema.parse({ internalDomains: ["contoso.com"] });
    const one = checkDraft(mail({ to: [people.lisa, people.partner] }), policy, { lang: "en" }).findings.find((f) => f.rule === "mail/recipients-external");
    expect(one?.message).toMatch(/^1 recipient outside the company/);
    const two = checkDraft(mail({ to: [people.partner, { name: "Bo", address: "bo@fabrikam.com" }] }), policy, { lang: "en" }).findings.find((f) => f.rule === "mail/recipients-external");
    expect(two?.message).toMatch(/^2 recipients outside the company/);
    const zh = checkDraft(mail({ to: [people.partner] }), policy, { lang: "zh-CN" }).findings.find((f) => f.rule === "mail/recipients-external");
    expect(zh?.message).toMatch(/^有 1 位收件人在公司外部/);
  });
});

describe("the parsed parts the panes show", () => {
  test("a meeting: agenda, minute-taker and the invitee it is, due date, reminder, notice", () => {
    const draft = meeting({ body: "议程：\n1. Q3 支出回顾（20分钟）— 王伟\n2. Q4 预算调整\n\n会议记录人：李娜\n紧急原因：审计明天到场" });
    const parts = checkDraft(draft, DEFAULT_POLICY, { lang: "zh-CN" }).parts?.meeting;
    expect(parts?.agenda).toEqual([{ title: "Q3 支出回顾", minutes: 20, owner: "王伟" }, { title: "Q4 预算调整" }]);
    expect(parts?.minuteTaker).toEqual({ person: { name: "李娜", address: "" }, attendee: "li.na@contoso.com" });
    expect(parts?.urgencyReason).toBe("审计明天到场");
    expect(parts?.hoursAhead).toBe(52);
    expect(parts?.minutesDue).toBe("2026-11-30");
    expect(parts?.reminderAtLeast).toBe(5);
  });

  test("a mail: the attachment list as written, where each file is named, who is greeted and @-mentioned", () => {
    const body = "Hi Lisa and Tom,\n\nThe numbers, as @王伟 asked.\n\nAttachments:\n1. Q3.xlsx — the budget\n2. notes.docx — \n\nThanks,\nTom";
    const parts = checkDraft(mail({ body, attachments: [file("Q3.xlsx"), file("notes.docx"), file("logo.png", { isInline: true })] }), DEFAULT_POLICY).parts?.mail;
    expect(parts?.attachmentList).toEqual(["Q3.xlsx — the budget", "notes.docx —"]);
    expect(parts?.attachmentMentions.map((m) => [m.name, body.slice(m.start, m.end)])).toEqual([
      ["Q3.xlsx", "Q3.xlsx"],
      ["notes.docx", "notes.docx"],
    ]);
    expect(parts?.greetedNames.map((n) => [n.name, n.kind])).toEqual([
      ["Lisa", "greeting"],
      ["Tom", "greeting"],
      ["王伟", "mention"],
    ]);
  });
});
