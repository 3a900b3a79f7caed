import { countWaves, fakeAppointment, fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// The simulated mailbox must behave like Office.js where the product depends on it: callbacks
// never run inside the call, results have the documented AsyncResult shape, and the configured
// failures happen exactly as configured.

type Result = { status: string; value: unknown; error?: { name: string; message: string; code: number } };

function read(fn: (cb: (r: Result) => void) => void): Promise<Result> {
  return new Promise((resolve) => fn(resolve));
}

describe("office-sim", () => {
  let fake: OfficeFake;
  afterEach(() => fake.uninstall());

  it("answers later, never inside the call, with the AsyncResult shape", async () => {
    fake = installOfficeFake({ item: fakeMessage({ subject: "周报 Weekly report" }) });
    let answered = false;
    const p = read((cb) =>
      Office.context.mailbox.item!.subject.getAsync((r) => {
        answered = true;
        cb(r as unknown as Result);
      }),
    );
    expect(answered).toBe(false);
    const r = await p;
    expect(r).toMatchObject({ status: "succeeded", value: "周报 Weekly report" });
    expect(r.status).toBe(Office.AsyncResultStatus.Succeeded);
  });

  it("fails a call with an error, a throw, or no answer at all", async () => {
    fake = installOfficeFake();
    fake.sim.fail("subject.getAsync", { kind: "error", name: "AccessDenied", code: 9017 });
    fake.sim.fail("to.getAsync", { kind: "throw" });
    fake.sim.fail("cc.getAsync", { kind: "never" });
    const item = Office.context.mailbox.item!;
    const r = await read((cb) => item.subject.getAsync(cb as never));
    expect(r).toMatchObject({ status: "failed", value: undefined, error: { name: "AccessDenied", code: 9017 } });
    expect(() => item.to.getAsync(() => undefined)).toThrow();
    item.cc.getAsync(() => {
      throw new Error("must not answer");
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fake.sim.log.map((c) => c.outcome)).toEqual(["failed", "threw", "never"]);
  });

  it("reads the body as HTML and as text, and keeps edits", async () => {
    fake = installOfficeFake({ item: fakeMessage({ body: { type: "html", content: "<p>您好，</p><p>请审批 &amp; 回复。</p>" } }) });
    const body = Office.context.mailbox.item!.body;
    expect((await read((cb) => body.getAsync(Office.CoercionType.Html, cb as never))).value).toContain("<p>您好，</p>");
    expect((await read((cb) => body.getAsync(Office.CoercionType.Text, cb as never))).value).toBe("您好，\n请审批 & 回复。");
    await read((cb) => body.prependAsync("<p>[草稿]</p>", { coercionType: Office.CoercionType.Html }, cb as never));
    expect(fake.sim.state.body.content.startsWith("<p>[草稿]</p>")).toBe(true);
  });

  it("checks requirement sets against the configured Mailbox version", () => {
    fake = installOfficeFake({ mailboxVersion: "1.12" });
    expect(Office.context.requirements.isSetSupported("Mailbox", "1.12")).toBe(true);
    expect(Office.context.requirements.isSetSupported("Mailbox", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("Mailbox", "1.13")).toBe(false);
    expect(Office.context.requirements.isSetSupported("IdentityAPI", "1.3")).toBe(false);
  });

  it("fires RecipientsChanged, AttachmentsChanged and AppointmentTimeChanged on edits", async () => {
    fake = installOfficeFake({ item: fakeAppointment() });
    const seen: unknown[] = [];
    const item = Office.context.mailbox.item!;
    for (const type of [Office.EventType.RecipientsChanged, Office.EventType.AttachmentsChanged, Office.EventType.AppointmentTimeChanged]) {
      await read((cb) => item.addHandlerAsync(type, (args: unknown) => seen.push(args), cb as never));
    }
    fake.sim.edit((s) => {
      if (s.itemType !== "appointment") return;
      s.optionalAttendees = [{ displayName: "王伟", emailAddress: "wang.wei@contoso.com" }];
      s.attachments = [{ id: "a1", name: "议程.docx", size: 2048, attachmentType: "file", isInline: false }];
      s.start = new Date("2026-11-26T07:00:00Z");
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "olkRecipientsChanged", changedRecipientFields: expect.objectContaining({ optionalAttendees: true, requiredAttendees: false }) }),
        expect.objectContaining({ type: "olkAttachmentsChanged", attachmentStatus: "added" }),
        expect.objectContaining({ type: "olkAppointmentTimeChanged" }),
      ]),
    );
  });

  it("records event.completed and counts waves of calls", async () => {
    fake = installOfficeFake();
    const item = Office.context.mailbox.item!;
    Office.actions.associate("onSend", async (event: { completed: (o?: unknown) => void }) => {
      await Promise.all([read((cb) => item.subject.getAsync(cb as never)), read((cb) => item.to.getAsync(cb as never))]);
      await read((cb) => item.cc.getAsync(cb as never));
      event.completed({ allowEvent: true });
      event.completed({ allowEvent: false });
    });
    const first = await fake.sim.runLaunchEvent("onSend");
    expect(first.options).toEqual({ allowEvent: true });
    expect(fake.completions()).toHaveLength(2);
    expect(fake.wavesBeforeCompletion()).toBe(2);
    expect(countWaves([])).toBe(0);
  });

  it("keeps session data and custom properties", async () => {
    fake = installOfficeFake();
    const item = Office.context.mailbox.item!;
    await read((cb) => item.sessionData.setAsync("findings", "[1,2]", cb as never));
    expect((await read((cb) => item.sessionData.getAsync("findings", cb as never))).value).toBe("[1,2]");
    expect((await read((cb) => item.sessionData.getAsync("missing", cb as never))).status).toBe("failed");
    expect((await read((cb) => item.getItemIdAsync(cb as never))).status).toBe("failed");
    const saved = await read((cb) => item.saveAsync(cb as never));
    expect((await read((cb) => item.getItemIdAsync(cb as never))).value).toBe(saved.value);
  });
});

describe("office-sim sendAsync (Mailbox 1.15)", () => {
  let fake: OfficeFake;
  afterEach(() => fake.uninstall());

  const item = () => Office.context.mailbox.item as unknown as { sendAsync?: (cb: (r: Result) => void) => void };

  it("sends the message later, once, and a second send fails", async () => {
    fake = installOfficeFake({ item: fakeMessage({ subject: "周报" }), mailboxVersion: "1.15" });
    expect(typeof item().sendAsync).toBe("function");
    const first = await read((cb) => item().sendAsync!(cb));
    expect(first.status).toBe("succeeded");
    expect(fake.sim.state.itemType === "message" && fake.sim.state.sentAt).toMatch(/^\d{4}-/);
    const second = await read((cb) => item().sendAsync!(cb));
    expect(second).toMatchObject({ status: "failed", error: { name: "ItemAlreadySent" } });
    expect(fake.callNames().filter((n) => n === "sendAsync")).toHaveLength(2);
  });

  it("is missing on a client below Mailbox 1.15, and on an appointment", () => {
    fake = installOfficeFake({ item: fakeMessage(), mailboxVersion: "1.14" });
    expect(item().sendAsync).toBeUndefined();
    fake.uninstall();
    fake = installOfficeFake({ item: fakeAppointment(), mailboxVersion: "1.15" });
    expect(item().sendAsync).toBeUndefined();
  });

  it("fails as configured, leaving the item unsent", async () => {
    fake = installOfficeFake({ item: fakeMessage(), mailboxVersion: "1.15" });
    fake.sim.fail("sendAsync", { kind: "error", name: "GenericResponseError", code: 9020 });
    const r = await read((cb) => item().sendAsync!(cb));
    expect(r).toMatchObject({ status: "failed", error: { name: "GenericResponseError" } });
    expect(fake.sim.state.itemType === "message" && fake.sim.state.sentAt).toBeUndefined();
  });
});
