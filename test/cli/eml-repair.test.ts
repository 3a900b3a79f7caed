import { emlToDraft } from "../../src/cli/eml";
import { utf8MisreadAsLatin1, withUtf8Headers } from "../../src/cli/mime-repair";
import { parseBody } from "../../src/policy/text/segment";

// Mails whose bytes a client got wrong, read as the person who receives them sees them.

const crlf = (lines: string[]) => lines.join("\r\n");
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
const ascii = (s: string) => new TextEncoder().encode(s);

/** "回复：打印机" / "王伟" / "李娜" in GBK, written into the header without RFC 2047 words. */
const GBK = { subject: "bbd8b8b4a3bab4f2d3a1bbfa", wang: "cdf5ceb0", li: "c0eec4c8" };
const hex = (h: string) => new Uint8Array(Buffer.from(h, "hex"));

describe("mail bytes a client got wrong", () => {
  test("8-bit GBK headers without RFC 2047 words are read in the body's charset", async () => {
    const bytes = concat(
      ascii("From: "), hex(GBK.wang), ascii(" <wang@corp.cn>\r\nTo: "), hex(GBK.li), ascii(" <li@corp.cn>\r\nSubject: "), hex(GBK.subject),
      ascii("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=gbk\r\n\r\n"), hex("c0eec4c8"), ascii("\r\n"),
    );
    const draft = await emlToDraft(bytes);
    expect(draft.subject).toBe("回复：打印机");
    expect(draft.from).toEqual({ name: "王伟", address: "wang@corp.cn" });
    expect(draft.to).toEqual([{ name: "李娜", address: "li@corp.cn" }]);
    expect(draft.body?.content.trim()).toBe("李娜");
  });

  test("undeclared 8-bit headers are read as GBK when they have its shape, else as Latin-1", async () => {
    const read = async (from: Uint8Array, subject: Uint8Array) =>
      emlToDraft(concat(ascii("From: "), from, ascii(" <x@corp.cn>\r\nTo: a@corp.cn\r\nSubject: "), subject, ascii("\r\nMIME-Version: 1.0\r\n\r\nbody\r\n")));
    const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
    // GBK, no charset anywhere: 王伟 / 回复：打印机; 李娜 with 喆 (a GBK character outside GB2312, 0x86B4).
    expect((await read(hex(GBK.wang), hex(GBK.subject))).from?.name).toBe("王伟");
    expect((await read(concat(hex(GBK.li), hex("86b4")), ascii("hi"))).from?.name).toBe("李娜喆");
    // Latin-1, no charset anywhere: names and subjects in four languages.
    for (const [name, subject] of [["Renée Dubois", "Réunion"], ["José Müller", "Überprüfung"], ["Ångström Øberg", "Möte på fredag"], ["François", "Ça marche"]]) {
      const draft = await read(latin1(name), latin1(subject));
      expect(draft.from?.name).toBe(name);
      expect(draft.subject).toBe(subject);
    }
  });

  test("8-bit UTF-8 headers and pure ASCII headers are left as they are", () => {
    const utf8 = ascii("Subject: 回复：打印机\r\n\r\nbody");
    expect(withUtf8Headers(utf8, 1024)).toBe(utf8);
    const plain = ascii("Subject: hello\r\n\r\n\u00e9");
    expect(withUtf8Headers(plain, 1024)).toBe(plain);
  });

  test("a body labelled ISO-8859-1 that is UTF-8 is read as UTF-8", async () => {
    const bytes = concat(
      ascii(crlf(["From: Tom <tom@contoso.com>", "To: li@corp.cn", "Subject: Notice", "MIME-Version: 1.0", "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: 8bit", "", ""])),
      new TextEncoder().encode("李娜，你好：\r\n\r\n系统已经恢复正常。\r\n"),
    );
    const draft = await emlToDraft(bytes);
    expect(parseBody(draft.body).greeting?.text).toBe("李娜，你好：");
  });

  test("real Latin-1 text stays Latin-1; windows-1252 readings of UTF-8 are undone too", () => {
    expect(utf8MisreadAsLatin1("café à la crème")).toBe("café à la crème");
    expect(utf8MisreadAsLatin1("plain ascii")).toBe("plain ascii");
    expect(utf8MisreadAsLatin1("already 中文 é")).toBe("already 中文 é");
    const cp1252Reading = new TextDecoder("windows-1252").decode(new TextEncoder().encode("“quoted” — 李娜"));
    expect(utf8MisreadAsLatin1(cp1252Reading)).toBe("“quoted” — 李娜");
  });
});
