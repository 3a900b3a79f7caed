import { withoutNestedGroups } from "../../src/cli/address-groups";
import { emlToDraft } from "../../src/cli/eml";
import { loadDrafts } from "../../src/cli/load";

// Mails no client writes, read without a cost that grows faster than the file, or refused in the
// user's words: groups nested in a To header, lone-CR line ends, parts nested past postal-mime's limit.

const enc = (text: string) => new TextEncoder().encode(text);
const dec = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const HEAD = "From: Tom Li <tom@contoso.com>\r\nSubject: Plan\r\nDate: Tue, 24 Nov 2026 10:00:00 +0800\r\n";

/** Colons that open a group inside a group, as postal-mime's tokenizer sees them (quotes, comments and brackets hide one). */
function nestedOpeners(value: string): number {
  let count = 0;
  let inGroup = false;
  let closer = "";
  for (const ch of value) {
    if (ch === ";") [inGroup, closer] = [false, ""];
    else if (closer) closer = ch === closer ? "" : closer;
    else if (ch === '"' || ch === "(" || ch === "<") closer = ch === '"' ? '"' : ch === "(" ? ")" : ">";
    else if (ch === ":" && inGroup) count++;
    else if (ch === ":") inGroup = true;
  }
  return count;
}

describe("hostile mails", () => {
  it("leaves at most one group level in every address header, whatever it holds", () => {
    const header = `To: ${"g:".repeat(20_000)}a@contoso.com;\r\nCc: "x:y" <c@contoso.com>, Team: (note: here) d@contoso.com, <mailto:e@contoso.com>;\r\nSubject: a: b: c\r\n\r\n`;
    const out = dec(withoutNestedGroups(enc(header), header.length - 2));
    const [to, cc, subject] = out.split("\r\n");
    expect(nestedOpeners(to.slice(3))).toBe(0);
    expect(to.length).toBe(header.split("\r\n")[0].length);
    // Quoted, commented and bracketed colons, and headers that hold no address, are left alone.
    expect(cc).toBe('Cc: "x:y" <c@contoso.com>, Team: (note: here) d@contoso.com, <mailto:e@contoso.com>;');
    expect(subject).toBe("Subject: a: b: c");
  });

  it("still reads the members of a nested group as recipients", async () => {
    const draft = await emlToDraft(enc(`${HEAD}To: Team: lisa@contoso.com, Sub: wang@contoso.com;\r\n\r\nhi\r\n`));
    expect((draft.to ?? []).map((p) => p.address)).toEqual(["lisa@contoso.com", "wang@contoso.com"]);
  });

  it("reaches an address behind 200,000 nested group openers, beyond the first 256 KB of the header", async () => {
    // postal-mime gives up past fifty levels and returned no recipient at all.
    const draft = await emlToDraft(enc(`${HEAD}To: ${"g:".repeat(200_000)} lisa@contoso.com;\r\n\r\nhi\r\n`));
    expect((draft.to ?? []).map((p) => p.address)).toEqual(["lisa@contoso.com"]);
  });

  it("reads a mail whose lines end in a lone CR (classic Mac OS)", async () => {
    const draft = await emlToDraft(enc(`${HEAD}To: Lisa <lisa@contoso.com>\r\n\r\nHello Lisa\r\n`.replace(/\r\n/g, "\r")));
    expect(draft).toMatchObject({ subject: "Plan", to: [{ address: "lisa@contoso.com" }], from: { address: "tom@contoso.com" } });
  });

  it("refuses parts nested past postal-mime's limit, and headers past its size, in the user's language", async () => {
    const open = Array.from({ length: 2000 }, (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`).join("");
    const deep = `${HEAD}Content-Type: multipart/mixed; boundary="b0"\r\n\r\n${open}hi\r\n`;
    const deepResult = await loadDrafts("deep.eml", enc(deep), { timeZone: "Asia/Shanghai", lang: "zh-CN" });
    expect(deepResult).toMatchObject({ ok: false, cause: { code: "mimeTooDeep", data: { max: 256 } } });
    if (!deepResult.ok) expect(deepResult.reason).toBe("无法读取的 MIME 邮件：其部分嵌套超过 256 层");
    const long = `${HEAD.replace("Subject: Plan", `Subject: ${"x".repeat(3 * 1024 * 1024)}`)}\r\nhi\r\n`;
    const longResult = await loadDrafts("long.eml", enc(long), { timeZone: "Asia/Shanghai", lang: "zh-TW" });
    expect(longResult).toMatchObject({ ok: false, cause: { code: "mimeHeadersTooLarge" } });
    if (!longResult.ok) expect(longResult.reason).toBe("無法讀取的 MIME 郵件：其標頭（所有部分合計）大於 2 MB");
  });
});
