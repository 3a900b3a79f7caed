import { emlToDraft, importanceOf, sensitivityLabelOf } from "../../src/cli/eml";
import { InputError } from "../../src/cli/input-error";
import { parseBody } from "../../src/policy/text/segment";
import { fixtureBytes } from "./helpers";

const header = (key: string, value: string) => ({ key, originalKey: key, value });

describe(".eml → MailDraft", () => {
  it("reads an Outlook zh-CN reply in GB2312 with an RFC 2047 subject, names and importance", async () => {
    const draft = await emlToDraft(fixtureBytes("mail-zh-cn-reply.eml"));
    expect(draft.kind).toBe("mail");
    expect(draft.subject).toBe("答复: Q3预算审批（修订版）");
    expect(draft.from).toEqual({ name: "李娜", address: "li.na@contoso.com" });
    expect(draft.to).toEqual([{ name: "王伟", address: "wang.wei@contoso.com" }]);
    expect(draft.cc).toEqual([
      { name: "Tom Chen", address: "tom.chen@contoso.com" },
      { name: "陈志明", address: "chen.zm@contoso.com" },
    ]);
    expect(draft.bcc).toEqual([]);
    expect(draft.importance).toBe("high");
    expect(draft.attachments).toEqual([]);
    expect(draft.sentAt).toBe("2026-11-24T02:15:30.000Z");
    expect(draft.sensitivityLabel).toBeUndefined();
  });

  it("prefers the HTML part, decoded from quoted-printable GB2312, and keeps the quoted history apart", async () => {
    const draft = await emlToDraft(fixtureBytes("mail-zh-cn-reply.eml"));
    expect(draft.body?.contentType).toBe("html");
    expect(draft.body?.content).toContain("请您在本周五前回复是否同意");
    const body = parseBody(draft.body);
    expect(body.text).toContain("服务器采购太多了");
    expect(body.prose.map((s) => body.text.slice(s.start, s.end)).join("\n")).not.toContain("服务器采购太多了");
  });

  it("reads Big5 with an inline logo in multipart/related and an attachment with an encoded name", async () => {
    const draft = await emlToDraft(fixtureBytes("mail-zh-tw-attachments.eml"));
    expect(draft.subject).toBe("系統升級專案週報（第47週）");
    expect(draft.from?.name).toBe("陳志明");
    expect(draft.to).toEqual([{ name: "IT專案組", address: "it-project@contoso.com" }]);
    expect(draft.body?.content).toContain("請各組於週四下班前更新自己負責的部分");
    expect(draft.attachments).toEqual([
      { name: "image001.png", size: 70, contentType: "image/png", isInline: true, isCloud: false },
      { name: "專案進度報告.xlsx", size: 10244, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", isInline: false, isCloud: false },
    ]);
    expect(draft.importance).toBe("high"); // X-Priority: 1
    expect(draft.sentAt).toBe("2026-11-23T09:05:12.000Z");
  });

  it("reads the Purview label, an inline image referenced by Content-ID and a PDF attachment", async () => {
    const draft = await emlToDraft(fixtureBytes("mail-en-forward-confidential.eml"));
    expect(draft.sensitivityLabel).toBe("Confidential");
    expect(draft.to).toEqual([{ name: "Anna Schmidt", address: "anna@fabrikam.com" }]);
    expect(draft.attachments?.map((a) => [a.name, a.isInline])).toEqual([
      ["Outlook-contoso-lo.png", true],
      ["SOW_Contoso_Fabrikam_v3.pdf", false],
    ]);
    expect(draft.attachments?.[1].size).toBe(8016);
    expect(draft.importance).toBe("normal");
    expect(draft.sentAt).toBe("2026-11-24T02:20:43.000Z");
  });

  it("reads a GBK plain-text mail with Q- and B-encoded names, a Bcc and low priority", async () => {
    const draft = await emlToDraft(fixtureBytes("mail-gbk-prefix-only-subject.eml"));
    expect(draft.subject).toBe("回复：");
    expect(draft.body).toEqual({ contentType: "text", content: expect.stringContaining("请您今天下午再测一下连通性") });
    expect(draft.from).toEqual({ name: "王伟", address: "wang.wei@contoso.com" });
    expect(draft.to).toEqual([{ name: "张建国", address: "zhang.jg@contoso.com" }]);
    expect(draft.bcc).toEqual([{ address: "ops-archive@contoso.com" }]);
    expect(draft.importance).toBe("low"); // X-Priority: 5
  });

  it("gives a mail without a Subject header an empty subject, and one without Date no moment", async () => {
    const text = "From: Tom Chen <tom.chen@contoso.com>\r\nTo: lisa.wang@contoso.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Lisa,\r\n\r\nsee below.\r\n";
    const draft = await emlToDraft(new TextEncoder().encode(text));
    expect(draft.subject).toBe("");
    expect(draft.sentAt).toBeUndefined();
    expect(draft.to).toEqual([{ address: "lisa.wang@contoso.com" }]);
  });

  it("expands address groups into their members", async () => {
    const text = "From: tom.chen@contoso.com\r\nTo: IT Team: Lisa Wang <lisa.wang@contoso.com>, li.na@contoso.com;\r\nSubject: Firewall change window\r\n\r\nBody\r\n";
    const draft = await emlToDraft(new TextEncoder().encode(text));
    expect(draft.to).toEqual([{ name: "Lisa Wang", address: "lisa.wang@contoso.com" }, { address: "li.na@contoso.com" }]);
  });

  it("reads Outlook's single-quoted display names without the quotes", async () => {
    const text = "From: tom.chen@contoso.com\r\nTo: \"'lisa@gmail.com'\" <lisa@gmail.com>, 'Wang Wei' <wang.wei@fabrikam.com>\r\nSubject: Q4 roadmap\r\n\r\nBody\r\n";
    const draft = await emlToDraft(new TextEncoder().encode(text));
    expect(draft.to).toEqual([{ name: "lisa@gmail.com", address: "lisa@gmail.com" }, { name: "Wang Wei", address: "wang.wei@fabrikam.com" }]);
  });

  it("counts a signature part and the calendar part of an invitation as inline, not as files to describe", async () => {
    const text = [
      "From: Tom Chen <tom.chen@contoso.com>",
      "To: lisa.wang@contoso.com",
      "Subject: Firewall change window",
      'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s1"',
      "",
      "--s1",
      'Content-Type: multipart/mixed; boundary="m1"',
      "",
      "--m1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hi Lisa, the change window is Saturday 02:00-04:00.",
      "--m1",
      'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
      "",
      "BEGIN:VCALENDAR",
      "END:VCALENDAR",
      "--m1--",
      "--s1",
      'Content-Type: application/pkcs7-signature; name="smime.p7s"',
      'Content-Disposition: attachment; filename="smime.p7s"',
      "Content-Transfer-Encoding: base64",
      "",
      "MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIF",
      "--s1--",
      "",
    ].join("\r\n");
    const draft = await emlToDraft(new TextEncoder().encode(text));
    expect(draft.attachments?.map((a) => [a.contentType, a.isInline])).toEqual([
      ["text/calendar", true],
      ["application/pkcs7-signature", true],
    ]);
  });

  it.each([
    ["empty.eml", /empty/],
    ["not-a-mail.eml", /not a MIME message/],
    ["outlook-item-renamed.eml", /Outlook \.msg/],
  ])("refuses %s with a reason", async (name, reason) => {
    await expect(emlToDraft(fixtureBytes(name))).rejects.toThrow(InputError);
    await expect(emlToDraft(fixtureBytes(name))).rejects.toThrow(reason);
  });

  it("still reads a truncated multipart message (the part that is there)", async () => {
    const text = 'From: tom.chen@contoso.com\r\nSubject: Broken\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nHello Lisa, the report';
    const draft = await emlToDraft(new TextEncoder().encode(text));
    expect(draft.subject).toBe("Broken");
    expect(draft.body?.content).toContain("Hello Lisa");
  });
});

describe("importance headers", () => {
  it.each([
    [[header("importance", "High")], "high"],
    [[header("importance", "low")], "low"],
    [[header("x-priority", "2 (High)")], "high"],
    [[header("x-priority", "3 (Normal)")], "normal"],
    [[header("x-priority", "5 (Lowest)")], "low"],
    [[header("x-msmail-priority", "High")], "high"],
    [[header("priority", "urgent")], "high"],
    [[header("importance", "normal"), header("x-priority", "1")], "normal"],
    [[], "normal"],
  ])("%j → %s", (headers, expected) => {
    expect(importanceOf({ headers })).toBe(expected);
  });
});

describe("msip_labels", () => {
  const id = "MSIP_Label_3a1b5c7d-2e4f-4a6b-8c0d-1e2f3a4b5c6d";
  const sub = "MSIP_Label_9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
  it("takes the name of the enabled label", () => {
    expect(sensitivityLabelOf({ headers: [header("msip_labels", `${id}_Enabled=true; ${id}_Name=Highly Confidential; ${id}_Method=Privileged`)] })).toBe("Highly Confidential");
  });
  it("ignores a disabled label and takes the last enabled one", () => {
    const value = `${id}_Enabled=false; ${id}_Name=Public; ${sub}_Enabled=true; ${sub}_Name=Confidential`;
    expect(sensitivityLabelOf({ headers: [header("msip_labels", value)] })).toBe("Confidential");
  });
  it("is undefined without the header or without a name", () => {
    expect(sensitivityLabelOf({ headers: [] })).toBeUndefined();
    expect(sensitivityLabelOf({ headers: [header("msip_labels", `${id}_Enabled=true`)] })).toBeUndefined();
  });
});
