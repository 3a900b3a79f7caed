import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";
import type { Attachment, Draft, MailDraft, MeetingDraft, Person } from "../../src/policy/types";
import { mail } from "../support/drafts";

// The engine is total: whatever Outlook, a parser or a person hands it, it returns findings
// and never throws; and its cost grows linearly with the body.

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", "\u0000", "\u202e", "\u200b", "<script>alert(1)</script>", "RE:", "回复：", "🙂🙃", "\ud800", "会议纪要", "Minutes"),
);

const person: fc.Arbitrary<Person> = fc.record({ name: fc.option(nasty, { nil: undefined }), address: fc.oneof(fc.emailAddress(), nasty) });
const attachment: fc.Arbitrary<Attachment> = fc.record({
  name: nasty,
  size: fc.option(fc.integer(), { nil: undefined }),
  isInline: fc.option(fc.boolean(), { nil: undefined }),
  isCloud: fc.option(fc.boolean(), { nil: undefined }),
});

const htmlFragment = fc.oneof(
  nasty,
  fc.constantFrom("<p>", "</p>", "<div>", "</div>", "<br>", "<blockquote>", "</blockquote>", "<table><tr><td>", "<hr>", "<!--", "-->", "<style>", "<pre>", "&nbsp;", "&#x0;", "<div id=\"divRplyFwdMsg\">", "From: a\nSent: b\nTo: c\nSubject: d", "-- ", "<a href=\"javascript:alert(1)\">x</a>", "<<>>", "<p class=MsoNormal>"),
);
const body = fc.record({
  contentType: fc.constantFrom("html" as const, "text" as const),
  content: fc.array(htmlFragment, { maxLength: 60 }).map((parts) => parts.join("")),
});
const isoish = fc.oneof(fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "not a date" : d.toISOString())), nasty);

const mailDraft: fc.Arbitrary<MailDraft> = fc.record(
  {
    kind: fc.constant("mail" as const),
    subject: nasty,
    body,
    from: person,
    to: fc.array(person, { maxLength: 5 }),
    cc: fc.array(person, { maxLength: 3 }),
    bcc: fc.array(person, { maxLength: 3 }),
    attachments: fc.array(attachment, { maxLength: 4 }),
    importance: fc.constantFrom("low" as const, "normal" as const, "high" as const),
    sensitivityLabel: nasty,
    sentAt: isoish,
  },
  { requiredKeys: ["kind"] },
);

const meetingDraft: fc.Arbitrary<MeetingDraft> = fc.record(
  {
    kind: fc.constant("meeting" as const),
    subject: nasty,
    body,
    organizer: person,
    requiredAttendees: fc.array(person, { maxLength: 5 }),
    optionalAttendees: fc.array(person, { maxLength: 3 }),
    start: isoish,
    end: isoish,
    isAllDay: fc.boolean(),
    location: nasty,
    onlineMeetingUrl: nasty,
    attachments: fc.array(attachment, { maxLength: 3 }),
    urgent: fc.boolean(),
    reminderMinutes: fc.oneof(fc.integer(), fc.double()),
    bookedAt: isoish,
  },
  { requiredKeys: ["kind"] },
);

describe("engine under arbitrary drafts", () => {
  test("never throws and never reports a rule failure", () => {
    fc.assert(
      fc.property(fc.oneof(mailDraft, meetingDraft), fc.constantFrom("en" as const, "zh-CN" as const, "zh-TW" as const), (draft: Draft, lang) => {
        const result = checkDraft(draft, DEFAULT_POLICY, { lang, now: new Date("2026-11-24T02:00:00Z") });
        expect(result.notices.filter((n) => n.code === "ruleFailed")).toEqual([]);
        for (const f of result.findings) expect(typeof f.message).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  test("thousands of recipients", () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ name: `用户${i}`, address: `user${i}@example${i % 7}.com` }));
    const result = checkDraft(mail({ to: many, cc: many.slice(0, 1000) }), DEFAULT_POLICY);
    expect(result.notices.filter((n) => n.code === "ruleFailed")).toEqual([]);
  });

  test("huge, empty and control-character bodies", () => {
    for (const content of ["", "\u0000".repeat(10000), "<".repeat(200000), "a".repeat(500000), "<div>".repeat(50000), "中".repeat(300000)]) {
      const result = checkDraft(mail({ body: { contentType: "html", content } }), DEFAULT_POLICY);
      expect(result.notices.filter((n) => n.code === "ruleFailed")).toEqual([]);
    }
  });
});

/** A realistic reply: new prose on top, a long quoted history below. */
function replyOfSize(bytes: number): string {
  const paragraph =
    "<p class=MsoNormal>各位好，关于 Q3 budget 的 review，请查看附件并于周五前回复。Please confirm the numbers in the attached sheet.<o:p></o:p></p>";
  const history = `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa<br><b>Sent:</b> Monday<br><b>To:</b> Tom<br><b>Subject:</b> Budget</p></div>`;
  let html = `<p class=MsoNormal>Hi Lisa,</p>${paragraph}${history}`;
  while (html.length < bytes) html += `<blockquote>${paragraph}</blockquote>`;
  return html;
}

function medianMs(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

describe("cost grows linearly with the body", () => {
  test("8x the body costs far less than 64x the time (median ratio)", () => {
    const small = mail({ body: { contentType: "html", content: replyOfSize(64_000) } });
    const large = mail({ body: { contentType: "html", content: replyOfSize(512_000) } });
    checkDraft(small, DEFAULT_POLICY); // warm up
    const ratio = medianMs(() => checkDraft(large, DEFAULT_POLICY), 5) / medianMs(() => checkDraft(small, DEFAULT_POLICY), 5);
    // Linear is 8; quadratic would be 64. The bound leaves room for noise on a busy machine.
    expect(ratio).toBeLessThan(24);
  });
});
