import { emlToDraft } from "../../src/cli/eml";
import { parseBody } from "../../src/policy/text/segment";

// A mail forwarded as an attachment (message/rfc822) is a file the recipient opens, named by
// its subject as Outlook lists it; its text is never the sender's.

function forwardAsAttachment(disposition: string | undefined): Uint8Array {
  return new TextEncoder().encode([
    "From: Tom <tom@contoso.com>", "To: alice@contoso.com", "Subject: FW: suspicious", "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="fw"', "", "--fw", "Content-Type: text/plain; charset=utf-8", "",
    "Hi Alice,", "", "The suspicious mail is attached for the security team.", "", "Tom", "", "--fw",
    "Content-Type: message/rfc822", ...(disposition ? [`Content-Disposition: ${disposition}`] : []), "",
    "From: Bank <bank@evil.example>", "To: tom@contoso.com", "Subject: =?utf-8?B?6LSm5oi35byC5bi46YCa55+l?=", "Content-Type: text/plain", "",
    "VERIFY NOW!!! SEND YOUR PASSWORD!!!", "", "--fw--", "",
  ].join("\r\n"));
}

describe("a mail forwarded as an attachment", () => {
  test.each([["without a Content-Disposition", undefined], ["with Content-Disposition: attachment", "attachment"]])("%s is a file named by its subject", async (_label, disposition) => {
    const draft = await emlToDraft(forwardAsAttachment(disposition));
    expect((draft.attachments ?? []).map((a) => [a.name, a.contentType, a.isInline])).toEqual([["账户异常通知.eml", "message/rfc822", false]]);
    const body = parseBody(draft.body);
    expect(body.text).not.toContain("VERIFY");
    expect(body.paragraphs.map((p) => p.text)).toEqual(["The suspicious mail is attached for the security team.", "Tom"]);
  });

  test("a forwarded message whose part names a file keeps that name", async () => {
    const draft = await emlToDraft(forwardAsAttachment('attachment; filename="sample.eml"'));
    expect(draft.attachments?.[0].name).toBe("sample.eml");
  });
});
