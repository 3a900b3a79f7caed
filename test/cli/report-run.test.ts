import * as path from "path";
import { MIXED, REPORT_FIXTURES, report } from "./report-helpers";

// The report on a mixed export folder (mail as .eml, .msg and .mbox, meetings as .ics and
// .json, a broken mail, an impossible meeting, a text file) as an administrator runs it.

const policy = (name: string) => path.join(REPORT_FIXTURES, name);
const CURRENT = ["--policy", policy("policy-current.json")];

describe("a mixed folder with broken files", () => {
  let run: Awaited<ReturnType<typeof report>>;
  beforeAll(async () => {
    run = await report([...CURRENT, "--directory", policy("people.csv"), MIXED]);
  });

  it("reads every format, refuses the broken ones by name and reason, skips the rest, and goes on", () => {
    expect(run.code).toBe(0);
    const f = run.figures;
    // sent/: 4 .eml + broken.eml + 1 .msg + 1 .mbox; calendar/: 2 .ics + 1 .json
    expect(f.input.files).toBe(10);
    expect(f.input.skipped).toEqual({ ".txt": 1 });
    expect(f.input.refused).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/calendar\/end-before-start\.ics: line 8: DTEND .* is before DTSTART/),
      expect.stringMatching(/sent\/broken\.eml: not a MIME message: no From, To, Subject or Date header$/),
    ]);
    // mail: 4 .eml, 1 .msg, 3 mbox messages, 1 in drafts.json; meetings: q4-review, the good one beside
    // the impossible one, 1 in drafts.json
    expect(f.base.mails.items + f.base.meetings.items).toBe(f.input.items);
    expect(f.input.items).toBe(12);
    expect(f.base.mails.items).toBe(9);
    expect(run.stdout).toMatch(/^Report written to .*report\.html: 12 items/);
  });

  it("groups by the directory's departments", () => {
    expect(Object.keys(run.figures.base.departments).sort()).toEqual(["(not in directory)", "IT 部", "市场部", "采购部"]);
    expect(run.figures.base.departments["市场部"].items).toBe(3); // the mbox
  });

  it("reads the on-send stamps: what the user saw at Send, and who went on anyway", () => {
    const s = run.figures.stamps;
    expect(s.stamped).toBe(3);
    expect(s.decisions).toEqual({ allow: 1, prompt: 1, override: 1 });
    expect(s.wentOn).toBe(2);
    expect(s.matrix.override).toEqual({ hold: 1, warn: 0, pass: 0 }); // sent without recipients: still an error now
    expect(s.examples.map((e) => e.decision).sort()).toEqual(["override", "prompt"]);
  });

  it("matches the minutes to their meeting and counts them on time", () => {
    expect(run.figures.meetings.minutes).toEqual(expect.objectContaining({ mails: 1, matched: 1, onTime: 1, late: 0 }));
    expect(run.figures.meetings.count).toBe(3);
    expect(run.figures.meetings.withLeadTime).toBe(3);
  });

  it("counts findings per rule and per §5.2 dimension", () => {
    const f = run.figures.base;
    expect(f.rules["mail/recipients-present"].error).toBe(1);
    expect(f.rules["mail/language-slang"].items).toBeGreaterThanOrEqual(1);
    expect(f.dimensions.politeness.items).toBeGreaterThanOrEqual(1);
    expect(f.dimensions.timeliness.items).toBeGreaterThanOrEqual(1); // the mail sent at 23:40
    const sum = Object.values(f.rules).reduce((n, r) => n + r.error + r.warning + r.info, 0);
    expect(sum).toBe(f.totals.error + f.totals.warning + f.totals.info);
  });

  it("writes the same figures as CSV, with a BOM for Excel", () => {
    expect(run.csv.startsWith("\uFEFFsection,key,policy,measure,value\r\n")).toBe(true);
    expect(run.csv).toContain(`totals,all,2026-11,items,12`);
    expect(run.csv).toContain(`department,IT 部,2026-11,items,${run.figures.base.departments["IT 部"].items}`);
  });
});

describe("names are hidden by default", () => {
  it("shows pseudonyms and item codes, and no address, display name or file path", async () => {
    const run = await report([...CURRENT, MIXED]);
    for (const text of [run.html, run.json, run.csv]) {
      expect(text).not.toMatch(/lisa\.wang|tom\.chen|li\.na@|Lisa Wang|Tom Chen|李娜 </);
      expect(text).not.toContain(MIXED);
    }
    expect(Object.keys(run.figures.base.people).every((p) => /^P-[A-Z2-9]{6}$|^—$/.test(p))).toBe(true);
    expect(run.figures.stamps.examples.every((e) => /^M-[A-Z2-9]{8}$/.test(e.ref))).toBe(true);
    expect(run.html).toContain("People are shown as pseudonyms");
    expect(run.figures.showNames).toBe(false);
  });

  it("gives one person the same pseudonym throughout, and another with another secret", async () => {
    const a = await report([...CURRENT, MIXED]);
    const b = await report([...CURRENT, MIXED]);
    expect(Object.keys(a.figures.base.people).sort()).toEqual(Object.keys(b.figures.base.people).sort());
    expect(a.figures.secretId).toBe(b.figures.secretId);
  });

  it("shows names with --show-names and says so at the top", async () => {
    const run = await report([...CURRENT, "--directory", policy("people.csv"), "--show-names", MIXED]);
    expect(Object.keys(run.figures.base.people)).toContainEqual("Lisa Wang <lisa.wang@contoso.com>");
    const top = run.html.slice(run.html.indexOf("<main>"), run.html.indexOf("<h2>"));
    expect(top).toContain("Names are shown in this report (--show-names)");
    expect(run.figures.stamps.examples.map((e) => e.ref)).toContainEqual(expect.stringContaining("question.eml"));
  });

  it("masks people named in finding texts, and with --no-quotes every quoted word", async () => {
    const quoted = await report([...CURRENT, MIXED]);
    const texts = Object.keys(quoted.figures.base.texts);
    expect(texts.join("\n")).toContain("按装"); // the typo, quoted as the finding says it
    const dropped = await report([...CURRENT, "--no-quotes", MIXED]);
    const plain = Object.keys(dropped.figures.base.texts).join("\n");
    expect(plain).not.toContain("按装");
    expect(plain).not.toContain("pls");
    expect(dropped.html).toContain("Words quoted from the mail are left out");
  });
});

describe("--compare: the policy simulation", () => {
  it("shows both policies side by side and lists the mails newly held, newly warned and released", async () => {
    const run = await report([...CURRENT, "--compare", policy("policy-proposed.json"), "--show-names", MIXED]);
    const f = run.figures;
    expect(f.compare?.policyVersion).toBe("2027-01 draft");
    expect(f.compare?.totals.items).toBe(f.base.totals.items);
    expect(f.changes?.examples.newlyHeld.map((r) => path.basename(r.ref))).toContain("question.eml");
    expect(f.changes?.newlyHeld).toBe(f.changes?.examples.newlyHeld.length);
    expect(f.changes?.examples.newlyHeld.find((r) => r.ref.endsWith("question.eml"))?.rules).toEqual(expect.arrayContaining(["mail/subject-specific:error"]));
    // With send-time, politeness and typos off, the late "收到，按装好后告诉你" passes.
    expect(f.changes?.examples.released.map((r) => r.ref)).toEqual([expect.stringMatching(/li-na\.mbox:\d+$/)]);
    expect(run.html).toContain("Simulation: every figure is shown for the current policy “2026-11” and the proposed policy “2027-01 draft”.");
    expect(run.html).toContain("Newly held (error)");
  });
});

describe("period, language and progress", () => {
  it("keeps only the period asked for", async () => {
    const run = await report([...CURRENT, "--from", "2026-11-26", "--to", "2026-11-30", MIXED]);
    expect(run.figures.period).toEqual(expect.objectContaining({ from: "2026-11-26", to: "2026-11-30", first: "2026-11-26", last: "2026-11-30" }));
    expect(run.figures.input.outsidePeriod).toBeGreaterThan(0);
    expect(run.figures.input.items + run.figures.input.outsidePeriod).toBe(12);
  });

  it.each([
    ["zh-CN", "沟通规范合规报告", "人员以化名"],
    ["zh-TW", "溝通規範合規報告", "人員以化名"],
  ])("speaks %s", async (lang, title, privacy) => {
    const run = await report([...CURRENT, "--lang", lang, MIXED]);
    expect(run.html).toContain(`<title>${title}</title>`);
    expect(run.html).toContain(privacy);
    expect(run.stderr).toMatch(/不是 MIME (邮件|郵件)/);
  });

  it("draws a progress bar on stderr only when stderr is a terminal", async () => {
    const tty = await report([...CURRENT, MIXED], { stderrIsTTY: true });
    expect(tty.stderr).toMatch(/\r\x1b\[K\[[#.]{24}\] \d+\/10 files · \d+ msg\/s · .+ left/);
    const pipe = await report([...CURRENT, MIXED], { stderrIsTTY: false });
    expect(pipe.stderr).not.toContain("\r");
    expect(pipe.stderr).not.toContain("msg/s");
  });
});

describe("--merge", () => {
  it("adds up the parts' --json into the same figures as one run", async () => {
    const whole = await report([...CURRENT, MIXED]);
    const sent = await report([...CURRENT, path.join(MIXED, "sent")]);
    const calendar = await report([...CURRENT, path.join(MIXED, "calendar")]);
    const merged = await report(["--merge", path.join(sent.dir, "report.json"), path.join(calendar.dir, "report.json")]);
    expect(merged.code).toBe(0);
    expect(merged.figures.base.totals).toEqual(whole.figures.base.totals);
    expect(merged.figures.base.rules).toEqual(whole.figures.base.rules);
    expect(merged.figures.base.departments).toEqual(whole.figures.base.departments);
    expect(merged.figures.input.refused).toBe(whole.figures.input.refused);
    expect(merged.html).toContain("Communication policy compliance report");
  });

  it("refuses parts checked with different policies", async () => {
    const a = await report([...CURRENT, path.join(MIXED, "sent")]);
    const b = await report([path.join(MIXED, "calendar")]);
    const merged = await report(["--merge", path.join(a.dir, "report.json"), path.join(b.dir, "report.json")]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/checked with policy “builtin”, not “2026-11”/);
  });
});

describe("refusals before any work", () => {
  it.each([
    [["--policy", path.join(REPORT_FIXTURES, "..", "policy-invalid.json"), MIXED], /policy .*policy-invalid\.json: workingHours\.start/],
    [["--directory", policy("people-bad.csv"), MIXED], /directory .*people-bad\.csv: line 3: “Li Na” is not an e-mail address/],
    [["--from", "2026-13-01", MIXED], /--from: “2026-13-01” is not a date such as 2026-11-01/],
    [["--jobs", "0", MIXED], /--jobs: “0” is not a whole number from 1 to 64/],
  ])("%j", async (args, error) => {
    const run = await report(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(error);
    expect(run.html).toBe("");
  });
});
