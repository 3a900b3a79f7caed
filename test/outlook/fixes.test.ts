import { applyFix, cancelScheduledSend, fixSupport, readScheduledSend } from "../../src/outlook/fixes";
import { templateText } from "../../src/outlook/fixes-templates";
import { renderAttachmentList } from "../../src/policy/text/attachment-list";
import { htmlToLines } from "../../src/policy/text/html";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// The fixes through the simulated Office.js mailbox: documented AsyncResult shapes, callbacks
// on timers, per-call latency and failures. Every test checks the user's text survives.

const OWA_BODY =
  "<div>Hi Lisa,</div><div><br></div><div>The Q3 budget is ready, pls recieve it before Friday.</div><div><br></div><div>Thanks,</div><div>Tom</div>";

let fake: OfficeFake;
afterEach(() => fake?.uninstall());

function install(options: Parameters<typeof installOfficeFake>[0] = {}): OfficeFake {
  fake = installOfficeFake({ item: fakeMessage({ body: { type: "html", content: OWA_BODY } }), ...options });
  return fake;
}

const linesOf = (html: string): string[] => htmlToLines(html).lines.map((l) => l.text.replace(/\u00a0/g, " ").trim());
const body = (): string => fake.sim.state.body.content;

describe("applyFix", () => {
  test("insertText at its place: one splice, every original line kept", async () => {
    install();
    const result = await applyFix({ kind: "insertText", place: "beforeSignoff", text: "Could you reply by Friday?" }, { lang: "en" });
    expect(result).toEqual({ ok: true });
    const lines = linesOf(body());
    expect(lines).toEqual(["Hi Lisa,", "", "The Q3 budget is ready, pls recieve it before Friday.", "", "Could you reply by Friday?", "", "Thanks,", "Tom"]);
    expect(body().replace("<div>Could you reply by Friday?</div><div><br></div>", "")).toBe(OWA_BODY);
  });

  test("the attachment list at the cursor leaves the cursor after the dash, ready for the description", async () => {
    install();
    const cursor = OWA_BODY.indexOf("<div>Thanks,");
    fake.sim.state.body.cursor = cursor;
    const text = renderAttachmentList(["Q3 预算.xlsx"], "zh-CN");
    const result = await applyFix({ kind: "insertText", place: "beforeSignoff", text }, { lang: "zh-CN", mode: "cursor" });
    expect(result).toEqual({ ok: true });
    expect(body().slice(0, cursor)).toBe(OWA_BODY.slice(0, cursor));
    expect(body().slice(cursor)).toBe("<br>附件：<br>1. 《Q3 预算.xlsx》—&nbsp;" + OWA_BODY.slice(cursor));
    expect(body().slice(0, fake.sim.state.body.cursor)).toMatch(/—&nbsp;$/);
  });

  test("replaceText in the body changes only the word", async () => {
    install();
    const result = await applyFix({ kind: "replaceText", field: "body", find: "recieve", replace: "receive" }, { lang: "en" });
    expect(result).toEqual({ ok: true });
    expect(body()).toBe(OWA_BODY.replace("recieve", "receive"));
  });

  test("replaceText in the subject, through Traditional script", async () => {
    install({ item: fakeMessage({ subject: "系統按裝通知" }) });
    expect(await applyFix({ kind: "replaceText", field: "subject", find: "按装", replace: "安装" }, { lang: "zh-CN" })).toEqual({ ok: true });
    expect(fake.sim.state.subject).toBe("系統安装通知");
  });

  test("a word that is gone is reported, nothing is written", async () => {
    install();
    const result = await applyFix({ kind: "replaceText", field: "body", find: "yyds", replace: "很好" }, { lang: "zh-CN" });
    expect(result).toEqual({ ok: false, reason: "notFound" });
    expect(fake.callNames()).not.toContain("body.setAsync");
  });

  test("the user types while the fix runs: it is computed again on the new text, the typing survives", async () => {
    install({ calls: { "body.getAsync": { latencyMs: 15 } } });
    let edits = 0;
    const unsubscribe = fake.sim.subscribe(() => undefined);
    const typing = setInterval(() => {
      if (edits >= 1) return;
      if (fake.callNames().filter((n) => n === "body.getAsync").length === 2) {
        edits++;
        fake.sim.edit((s) => {
          s.body.content = s.body.content.replace("Tom</div>", "Tom</div><div>P.S. the file is on SharePoint.</div>");
        });
      }
    }, 1);
    const result = await applyFix({ kind: "insertText", place: "afterGreeting", text: "I am writing to ask for your approval." }, { lang: "en" });
    clearInterval(typing);
    unsubscribe();
    expect(result).toEqual({ ok: true });
    expect(edits).toBe(1);
    expect(linesOf(body())).toContain("P.S. the file is on SharePoint.");
    expect(linesOf(body())).toContain("I am writing to ask for your approval.");
  });

  test("a failed write leaves the body as it was and says why", async () => {
    install();
    fake.sim.fail("body.setAsync", { kind: "error", message: "The item is read-only." });
    const result = await applyFix({ kind: "insertText", place: "end", text: "Thanks for checking." }, { lang: "en" });
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(body()).toBe(OWA_BODY);
  });

  test("a call that throws is a failure, not an exception", async () => {
    install();
    fake.sim.fail("subject.setAsync", { kind: "throw", message: "boom" });
    await expect(applyFix({ kind: "setSubject", subject: "Q3 budget approval" }, { lang: "en" })).resolves.toMatchObject({ ok: false, reason: "failed" });
  });

  test("templates are inserted in the pane's language", async () => {
    install({ item: fakeMessage({ body: { type: "html", content: "<div>王经理：</div><div><br></div><div>谢谢</div>" } }) });
    expect(await applyFix({ kind: "insertTemplate", template: "itReport" }, { lang: "zh-CN" })).toEqual({ ok: true });
    const lines = linesOf(body());
    for (const line of templateText("itReport", "zh-CN").split("\n")) expect(lines).toContain(line.trim());
    expect(lines[0]).toBe("王经理：");
    expect(lines[lines.length - 1]).toBe("谢谢");
  });

  test("plain-text bodies are edited as text", async () => {
    install({ item: fakeMessage({ body: { type: "text", content: "Hi Lisa,\n\nThe budget is ready.\n\nThanks,\nTom" } }) });
    expect(await applyFix({ kind: "insertText", place: "beforeSignoff", text: "Could you approve it by Friday?" }, { lang: "en" })).toEqual({ ok: true });
    expect(fake.sim.state.body.content).toBe("Hi Lisa,\n\nThe budget is ready.\n\nCould you approve it by Friday?\n\nThanks,\nTom");
  });

  test("addRecipient adds to the field; without an address it asks for one", async () => {
    install();
    expect(await applyFix({ kind: "addRecipient", field: "cc", person: { name: "王伟", address: "" } }, { lang: "zh-CN" })).toEqual({ ok: false, reason: "needsAddress" });
    expect(await applyFix({ kind: "addRecipient", field: "cc", person: { name: "王伟", address: "wang.wei@contoso.com" } }, { lang: "zh-CN" })).toEqual({ ok: true });
    expect(fake.sim.state.itemType === "message" && fake.sim.state.cc).toEqual([{ displayName: "王伟", emailAddress: "wang.wei@contoso.com", recipientType: "user" }]);
  });

  test("schedule, read back, cancel", async () => {
    install();
    const now = new Date("2026-11-24T14:00:00Z");
    const at = "2026-11-25T01:00:00.000Z";
    expect(await applyFix({ kind: "scheduleSend", at }, { lang: "en" })).toEqual({ ok: true });
    expect((await readScheduledSend(undefined, now))?.toISOString()).toBe(at);
    expect(await cancelScheduledSend(undefined, now)).toEqual({ ok: true });
    expect(await readScheduledSend(undefined, now)).toBeUndefined();
  });
});

describe("fixSupport (feature detection)", () => {
  test("Mailbox 1.12 cannot schedule; 1.2 can insert at the cursor but not rewrite the body", () => {
    install({ mailboxVersion: "1.12" });
    expect(fixSupport({ kind: "scheduleSend", at: "2026-11-25T01:00:00Z" })).toBe(false);
    expect(fixSupport({ kind: "insertText", place: "end", text: "x" })).toBe(true);
    fake.uninstall();
    install({ mailboxVersion: "1.2" });
    expect(fixSupport({ kind: "insertText", place: "end", text: "x" })).toBe(false);
    expect(fixSupport({ kind: "insertText", place: "end", text: "x" }, "cursor")).toBe(true);
    expect(fixSupport({ kind: "insertText", place: "start", text: "x" })).toBe(true);
  });

  test("an unsupported fix is refused without a call", async () => {
    install({ mailboxVersion: "1.12" });
    expect(await applyFix({ kind: "scheduleSend", at: "2026-11-25T01:00:00Z" }, { lang: "en" })).toEqual({ ok: false, reason: "unsupported" });
    expect(fake.callNames()).toEqual([]);
    expect(fixSupport({ kind: "setReminder", minutes: 15 })).toBe(false);
  });
});
