import { parseBody } from "../../../src/policy/text/segment";

// Quote headers as mail clients write them, beyond Outlook's English and Chinese block: each
// must start the quoted history, so that no rule reads the quoted sender's words as new text.

const kinds = (text: string) =>
  parseBody({ contentType: "text", content: text }).segments.map((s) => `${s.kind}: ${s.text.replace(/\n/g, " / ")}`);

describe("quote headers of other clients", () => {
  test.each([
    ["German Apple Mail", "Am 23.11.2026 um 18:02 schrieb Bob <bob@contoso.com>:"],
    ["French Apple Mail", "Le 23 nov. 2026 à 18:02, Bob <bob@contoso.com> a écrit :"],
    ["Spanish Gmail", "El lun, 23 nov 2026 a las 18:02, Bob (<bob@contoso.com>) escribió:"],
    ["Dutch Thunderbird", "Op 23-11-2026 om 18:02 schreef Bob:"],
    ["QQ Mail in English", "------------------ Original ------------------"],
    ["Apple Mail forward in zh-CN", "以下是转发的邮件："],
    ["Apple Mail forward in zh-TW", "以下是轉寄的郵件："],
    ["NetEase forward", "-------- 转发邮件信息 --------"],
  ])("%s", (_client, header) => {
    const text = `Hi Alice,\n\nYour laptop is ready.\n\nTom\n\n${header}\n\nWHERE IS MY LAPTOP!!!`;
    expect(kinds(text)).toEqual([
      "greeting: Hi Alice,",
      "paragraph: Your laptop is ready.",
      "paragraph: Tom",
      `quoted: ${header} /  / WHERE IS MY LAPTOP!!!`,
    ]);
  });

  test("a label 'Original:' in a before/after list is prose, not a quote header", () => {
    const text = "Hi Alice,\n\nThe setting changed.\n\nOriginal:\n10 GB\n\nNew:\n20 GB\n\nTom";
    expect(kinds(text).some((k) => k.startsWith("quoted"))).toBe(false);
  });

  test("a French sentence that starts with 'Le' is no quote header", () => {
    const text = "Bonjour,\n\nLe serveur 2 a écrit les journaux:\n\nMerci";
    expect(kinds(text).some((k) => k.startsWith("quoted"))).toBe(false);
  });

  test("iPhone: the '> ' history after 'Sent from my iPhone' is history, not the signature", () => {
    const text = "Will do this afternoon.\n\nSent from my iPhone\n\n> On Nov 23, 2026, at 6:02 PM, Alice <alice@contoso.com> wrote:\n> \n> my laptop is dead!!! fix it NOW";
    const body = parseBody({ contentType: "text", content: text });
    expect(body.hasQuotedHistory).toBe(true);
    expect(body.segments.map((s) => s.kind)).toEqual(["paragraph", "signature", "quoted"]);
    expect(body.ownText).not.toContain("dead");
  });

  test("an inline reply keeps the answers between the '> ' lines as prose", () => {
    const text = "Hi Alice,\n\n> Can you reset it?\nDone.\n\n> And the printer?\nFixed this morning.\n\nTom";
    const body = parseBody({ contentType: "text", content: text });
    expect(body.hasQuotedHistory).toBe(false);
    expect(body.paragraphs.map((p) => p.text).join(" ")).toContain("Fixed this morning.");
  });
});

describe("mobile footers in Chinese", () => {
  test.each(["從我的 iPhone 傳送", "来自我的小米手机", "从我的华为手机发送"])("'%s' is the signature, not prose", (footer) => {
    const body = parseBody({ contentType: "text", content: `好的，我下午处理。\n\n${footer}` });
    expect(body.segments.map((s) => `${s.kind}: ${s.text}`)).toEqual(["paragraph: 好的，我下午处理。", `signature: ${footer}`]);
  });

  test("a sentence that starts with 来自我的 is prose", () => {
    const body = parseBody({ contentType: "text", content: "李娜，你好：\n\n来自我的同事的反馈显示打印机已经修好了。\n\n王伟" });
    expect(body.paragraphs.map((p) => p.text)).toContain("来自我的同事的反馈显示打印机已经修好了。");
  });
});
