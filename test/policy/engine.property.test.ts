import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { buildContext, checkDraft } from "../../src/policy/engine";
import type { Attachment, Draft, MailDraft, MeetingDraft, Person } from "../../src/policy/types";
import { mail } from "../support/drafts";

// The engine is total: whatever Outlook, a parser or a person hands it, it returns findings
// and never throws; and the work it does grows linearly with the body.

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

/** A long mail of the sender's own prose: every rule reads all of it. */
function ownProseOfSize(bytes: number): string {
  const paragraph = "<p>各位好，关于 Q3 budget 的 review，请查看附件 plan.xlsx 并于周五前回复。Please confirm the numbers, thx. 按装 新版客户端 asap!!!</p>";
  let html = "<p>Hi Lisa,</p>";
  while (html.length < bytes) html += paragraph;
  return `${html}<p>Thanks,<br>Tom</p>`;
}

interface Work {
  /** The engine's steps: a check between rules and, in the costly rules, one between segments (each reads the clock once). */
  steps: number;
  /** Segments of the sender's own prose the rules walk. */
  segments: number;
}

/** The work one check does, counted on a clock that never reaches the deadline: no timing. */
function workFor(content: string): Work {
  const draft = mail({ body: { contentType: "html", content } });
  let steps = 0;
  const counting = (): number => {
    steps++;
    return 0;
  };
  checkDraft(draft, DEFAULT_POLICY, { deadline: 1, clock: counting });
  return { steps, segments: buildContext(draft, DEFAULT_POLICY, new Date()).body.prose.length };
}

// The wall-clock ratio is the bench's (engine.mailLargeDoublingRatio.*, engine.adversarialWorstRatio,
// as medians); here the work is counted, so the property cannot flake on a busy machine.
describe("work grows linearly with the body", () => {
  // The lower bound shows the count sees the body (the upper bound is not vacuous); a quoted
  // history is read once as a whole, so the rules' steps need not grow with it.
  test.each([
    ["the sender's own prose", ownProseOfSize, 4],
    ["a reply over a long quoted history", replyOfSize, 0],
  ] as const)("8x %s costs at most 8x the steps and the segments", (_, bodyOfSize, leastGrowth) => {
    const small = workFor(bodyOfSize(32_000));
    const large = workFor(bodyOfSize(256_000));
    expect(large.steps).toBeLessThanOrEqual(8 * small.steps);
    expect(large.segments).toBeLessThanOrEqual(8 * small.segments);
    expect(large.steps).toBeGreaterThanOrEqual(leastGrowth * small.steps);
    expect(large.segments).toBeGreaterThanOrEqual(leastGrowth * small.segments);
  });
});
