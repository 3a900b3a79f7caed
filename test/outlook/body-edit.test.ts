import { cursorMarkup, insertIntoBody } from "../../src/outlook/body-edit";
import { replaceInBody, replaceInSubject } from "../../src/outlook/body-replace";
import { applySplice } from "../../src/outlook/body-view";
import { htmlToLines } from "../../src/policy/text/html";
import type { InsertPlace, ItemBody } from "../../src/policy/types";

// The body fixes on bodies as the clients write them: Outlook on the web (<div> per line),
// classic Outlook (<p class=MsoNormal> with <span> and <o:p>), Gmail-style <br> runs, plain
// <p> editors, and plain-text bodies. Each edit is one splice; the rest stays byte for byte.

const html = (content: string): ItemBody => ({ contentType: "html", content });
const text = (content: string): ItemBody => ({ contentType: "text", content });
const linesOf = (body: ItemBody): string[] =>
  body.contentType === "html" ? htmlToLines(body.content).lines.map((l) => l.text) : body.content.split("\n");

const OWA = html(
  `<html><head><style>p{margin:0}</style></head><body>` +
    `<div class="elementToProof" style="font-family: Aptos; font-size: 12pt;">Hi Lisa,</div>` +
    `<div class="elementToProof" style="font-family: Aptos;"><br></div>` +
    `<div class="elementToProof" style="font-family: Aptos;">The Q3 budget is ready. Pls recieve it &amp; check the totals.</div>` +
    `<div><br></div><div>Thanks,</div><div>Tom</div>` +
    `<div id="Signature"><p>Tom Chen | IT Infrastructure | +86 21 5555 0100</p></div>` +
    `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday<br><b>To:</b> Tom</div>` +
    `<div>Please recieve the draft first.</div></body></html>`,
);

const CLASSIC = html(
  `<p class=MsoNormal><span lang=ZH-CN style='font-family:等线'>王经理：<o:p></o:p></span></p>` +
    `<p class=MsoNormal><span lang=ZH-CN style='font-family:等线'>本周的系统按装已完成，请审阅附件中的报告。<o:p></o:p></span></p>` +
    `<p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
    `<p class=MsoNormal><span style='font-family:等线'>谢谢<o:p></o:p></span></p>` +
    `<p class=MsoNormal><span style='font-family:等线'>李娜<o:p></o:p></span></p>`,
);

const BR_RUN = html(`Hi team,<br><br>Quick update on the mail migration: we are on track for Friday.<br>No action needed.<br><br>Best regards,<br>Tom`);

const LOOSE_P = html(`<p>各位好：</p><p>下周一 9:00 进行网络维护，期间 VPN 不可用。</p><p>此致</p><p>敬礼</p>`);

const PLAIN = text("Hi Lisa,\n\n\nThe budget is ready, pls review it.\n\nThanks,\nTom\n-- \nTom Chen\nIT Infrastructure");

const PLACES: InsertPlace[] = ["start", "afterGreeting", "beforeSignoff", "end"];

describe("insertIntoBody", () => {
  test.each([
    ["Outlook on the web", OWA],
    ["classic Outlook", CLASSIC],
    ["a <br> run", BR_RUN],
    ["loose <p>", LOOSE_P],
    ["plain text", PLAIN],
  ])("%s: every place is one insertion that keeps every line", (_name, body) => {
    for (const place of PLACES) {
      const edit = insertIntoBody(body, place, "附件：\n1. 《Q3 预算.xlsx》— ");
      expect(edit).not.toBeNull();
      if (!edit) continue;
      expect(edit.splice.remove).toBe(0);
      const { at, insert } = edit.splice;
      expect(edit.body.content.slice(0, at) + edit.body.content.slice(at + insert.length)).toBe(body.content);
      const after = linesOf(edit.body).map((l) => l.replace(/\u00a0/g, " ").trim());
      const before = linesOf(body).map((l) => l.trim()).filter((l) => l !== "");
      // The original lines are still there, in order, and the new lines stand on their own.
      let k = 0;
      for (const line of after) if (k < before.length && line === before[k]) k++;
      expect(k).toBe(before.length);
      expect(after).toContain("附件：");
      expect(after).toContain("1. 《Q3 预算.xlsx》—");
    }
  });

  test("afterGreeting in Outlook on the web: a new line in the neighbour's style, before the first paragraph", () => {
    const edit = insertIntoBody(OWA, "afterGreeting", "I'm writing to ask you to approve the Q3 budget.");
    const lines = linesOf(edit!.body);
    expect(lines.slice(0, 5)).toEqual(["Hi Lisa,", "", "I'm writing to ask you to approve the Q3 budget.", "", "The Q3 budget is ready. Pls recieve it & check the totals."]);
    expect(edit!.splice.insert).toContain(`<div class="elementToProof" style="font-family: Aptos;">I'm writing`);
  });

  test("beforeSignoff in classic Outlook keeps the MsoNormal paragraphs and the font span", () => {
    const edit = insertIntoBody(CLASSIC, "beforeSignoff", "请于周五前回复。");
    expect(edit!.splice.insert).toContain(`<p class="MsoNormal"><span style='font-family:等线'>请于周五前回复。</span></p>`);
    const lines = linesOf(edit!.body);
    expect(lines.indexOf("请于周五前回复。")).toBeLessThan(lines.indexOf("谢谢"));
    expect(lines.indexOf("请于周五前回复。")).toBeGreaterThan(lines.indexOf("本周的系统按装已完成，请审阅附件中的报告。"));
  });

  test("end goes after the last paragraph, never after the sign-off or into the quoted history", () => {
    const edit = insertIntoBody(OWA, "end", "Could you reply by Friday?");
    const lines = linesOf(edit!.body);
    const at = lines.indexOf("Could you reply by Friday?");
    expect(at).toBeGreaterThan(lines.indexOf("The Q3 budget is ready. Pls recieve it & check the totals."));
    expect(at).toBeLessThan(lines.indexOf("Thanks,"));
    const plain = insertIntoBody(PLAIN, "end", "Could you reply by Friday?");
    expect(plain!.body.content).toBe("Hi Lisa,\n\n\nThe budget is ready, pls review it.\n\nCould you reply by Friday?\n\nThanks,\nTom\n-- \nTom Chen\nIT Infrastructure");
  });

  test("an empty body gets the text as its content; HTML special characters stay text", () => {
    const edit = insertIntoBody(html("<html><body></body></html>"), "afterGreeting", "Purpose: <b>budget</b> & plan");
    expect(edit!.body.content).toBe("<html><body><div>Purpose: &lt;b&gt;budget&lt;/b&gt; &amp; plan</div></body></html>");
    expect(insertIntoBody(text(""), "end", "Hello")!.body.content).toBe("Hello");
  });

  test("nothing to insert is not an edit", () => {
    expect(insertIntoBody(OWA, "end", "")).toBeNull();
  });

  test("a trailing space stays typeable (the attachment list's cursor position)", () => {
    expect(cursorMarkup("附件：\n1. 《a.pdf》— ")).toBe("<br>附件：<br>1. 《a.pdf》—&nbsp;");
    expect(cursorMarkup("I am writing to ")).toBe("I am writing to&nbsp;");
  });
});

describe("replaceInBody", () => {
  test("replaces in the sender's prose only, not in the quoted history", () => {
    const edit = replaceInBody(OWA, "recieve", "receive");
    expect(edit!.body.content).toContain("Pls receive it &amp; check");
    expect(edit!.body.content).toContain("Please recieve the draft first.");
    expect(edit!.splice).toEqual(expect.objectContaining({ remove: 7, insert: "receive" }));
  });

  test("Chinese inside Outlook's spans: only the characters change", () => {
    const edit = replaceInBody(CLASSIC, "按装", "安装");
    expect(edit!.body.content).toBe(CLASSIC.content.replace("按装", "安装"));
  });

  test("matches Traditional script and full-width letters through normalize()", () => {
    const body = html("<div>系統按裝已完成</div>");
    expect(replaceInBody(body, "按装", "安装")!.body.content).toBe("<div>系統安装已完成</div>");
  });

  test("Latin words need word boundaries", () => {
    const body = html("<div>Thx for the thxgiving plan, thx!</div>");
    const edit = replaceInBody(body, "thx", "thanks", 1);
    expect(edit!.body.content).toBe("<div>Thx for the thxgiving plan, thanks!</div>");
  });

  test("never across tags: a word split by formatting is left alone", () => {
    expect(replaceInBody(html("<div>Pls <b>rec</b>ieve it</div>"), "recieve", "receive")).toBeNull();
  });

  test("entities around the word stay as they were", () => {
    const body = html("<div>A&nbsp;seperate&nbsp;file &lt;v2&gt;</div>");
    expect(replaceInBody(body, "seperate", "separate")!.body.content).toBe("<div>A&nbsp;separate&nbsp;file &lt;v2&gt;</div>");
  });

  test("the replacement is escaped", () => {
    const body = html("<div>Pls check</div>");
    expect(replaceInBody(body, "Pls", "<Please>")!.body.content).toBe("<div>&lt;Please&gt; check</div>");
  });

  test("plain text", () => {
    expect(replaceInBody(PLAIN, "pls", "please")!.body.content).toContain("The budget is ready, please review it.");
  });

  test("applySplice is the only change", () => {
    const edit = replaceInBody(OWA, "Pls", "Please")!;
    expect(applySplice(OWA.content, edit.splice)).toBe(edit.body.content);
  });
});

describe("replaceInSubject", () => {
  test("exact, then folded", () => {
    expect(replaceInSubject("RE: 系统按装通知", "按装", "安装")).toBe("RE: 系统安装通知");
    expect(replaceInSubject("RE: 系統按裝通知", "按装", "安装")).toBe("RE: 系統安装通知");
    expect(replaceInSubject("Budget", "pls", "please")).toBeNull();
  });
});

describe("the new lines take the font of the line they follow", () => {
  test("classic Outlook: after the last paragraph, inside the same <span> formatting", () => {
    const edit = insertIntoBody(CLASSIC, "end", "请于周五前回复。");
    expect(edit!.splice.insert).toContain(`<p class="MsoNormal"><span lang=ZH-CN style='font-family:等线'>请于周五前回复。</span></p>`);
  });
});
