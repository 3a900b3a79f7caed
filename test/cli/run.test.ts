import { fixture, run, stderrLines } from "./helpers";

// runCli in-process on the fixture files: exit codes, stdout/stderr, the JSON shape, and a
// few end-to-end findings of rules whose behaviour is settled.

const NOW = "2026-11-24T10:00:00+08:00"; // a Tuesday morning in Shanghai
const GOOD_FILES = ["mail-zh-cn-reply.eml", "mail-zh-tw-attachments.eml", "meeting-teams-zh-cn.ics"].map(fixture);

interface JsonItem {
  file: string;
  kind: string;
  item?: number;
  subject: string;
  findings: { rule: string; severity: string; message: string; messageId: string; clause: string; data: object; location?: { field: string } }[];
  notices: { code: string; message: string }[];
}

function parseJson(stdout: string): JsonItem[] {
  return JSON.parse(stdout) as JsonItem[];
}

describe("comm-policy --help and usage errors", () => {
  it("prints the usage on --help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: comm-policy <command>/);
    expect(result.stdout).toContain("--now ISO-8601");
    expect(result.stderr).toBe("");
  });

  it.each([[[]], [["check"]], [["check", "--colour", fixture("mail-zh-cn-reply.eml")]], [["verify", "a.eml"]], [["check", "--lang", "de", "a.eml"]]])(
    "%j: the reason and the usage on stderr, exit 2, nothing on stdout",
    async (argv) => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^comm-policy: .+\n\nUsage: comm-policy/);
    },
  );
});

describe("comm-policy check --json", () => {
  it("prints one array with an entry per mail or meeting, and exits 0 when nothing is an error", async () => {
    const result = await run(["check", "--json", "--now", NOW, "--policy", fixture("../../assets/policy.json"), ...GOOD_FILES]);
    expect(result.stderr).toBe("");
    const items = parseJson(result.stdout);
    expect(items.map((i) => [i.file, i.kind, i.subject])).toEqual([
      [GOOD_FILES[0], "mail", "答复: Q3预算审批（修订版）"],
      [GOOD_FILES[1], "mail", "系統升級專案週報（第47週）"],
      [GOOD_FILES[2], "meeting", "Q4 服务器采购评审会"],
    ]);
    for (const item of items) {
      expect(Array.isArray(item.findings)).toBe(true);
      expect(Array.isArray(item.notices)).toBe(true);
      expect(item.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
    expect(result.code).toBe(0);
  });

  it("gives every finding its rule, severity, message id, data, clause and message", async () => {
    const result = await run(["check", "--json", fixture("mail-gbk-prefix-only-subject.eml")]);
    const [item] = parseJson(result.stdout);
    const finding = item.findings.find((f) => f.rule === "mail/subject-present");
    expect(finding).toEqual(
      expect.objectContaining({ rule: "mail/subject-present", severity: "error", messageId: "onlyPrefix", clause: "§2.2.2", data: { prefix: "回复：" }, location: expect.objectContaining({ field: "subject" }) }),
    );
    expect(finding?.message).toContain("回复：");
    expect(result.code).toBe(1);
  });

  it("numbers the items of a file with several drafts or meetings, checking a recurring series once", async () => {
    const result = await run(["check", "--json", "--now", NOW, fixture("meeting-series-and-allday.ics"), fixture("drafts-mixed.json")]);
    const items = parseJson(result.stdout);
    expect(items.map((i) => [i.kind, i.item, i.subject])).toEqual([
      ["meeting", 1, "Weekly DC migration sync"],
      ["meeting", 2, "Cut-over weekend"],
      ["mail", 1, "伺服器機房 12 月停電維護通知：請於 12/5 前確認關機時間"],
      ["meeting", 2, "Q1 2027 roadmap planning"],
    ]);
    const cutOver = items[1];
    expect(cutOver.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["meeting/attendees", "meeting/agenda"]));
    expect(result.code).toBe(1);
  });

  it("renders the messages in the language asked for", async () => {
    const file = fixture("draft-no-attendees.json");
    const [en] = parseJson((await run(["check", "--json", "--lang", "en", file])).stdout);
    const [cn] = parseJson((await run(["check", "--json", "--lang", "zh-CN", file])).stdout);
    const [tw] = parseJson((await run(["check", "--json", "--lang", "zh-TW", file])).stdout);
    const message = (item: JsonItem) => item.findings.find((f) => f.rule === "meeting/attendees")?.message ?? "";
    expect(message(en)).toMatch(/[a-z]/);
    expect(message(cn)).toMatch(/[\u4e00-\u9fff]/);
    expect(message(tw)).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set([message(en), message(cn), message(tw)]).size).toBe(3);
  });

  it("follows the policy's severities: a rule turned off reports nothing", async () => {
    const file = fixture("mail-gbk-prefix-only-subject.eml");
    const before = parseJson((await run(["check", "--json", file])).stdout)[0];
    expect(before.findings.some((f) => f.rule === "mail/subject-present")).toBe(true);
    // assets/policy.json turns mail/recipients-external off; the built-in policy reports it as info.
    const external = fixture("mail-en-forward-confidential.eml");
    const builtin = parseJson((await run(["check", "--json", "--now", NOW, external])).stdout)[0];
    const tenant = parseJson((await run(["check", "--json", "--now", NOW, "--policy", fixture("../../assets/policy.json"), external])).stdout)[0];
    expect(builtin.findings.some((f) => f.rule === "mail/recipients-external")).toBe(true);
    expect(tenant.findings.some((f) => f.rule === "mail/recipients-external")).toBe(false);
  });

  it("uses --now as the moment of sending instead of the Date header", async () => {
    const file = fixture("mail-zh-cn-reply.eml");
    const sunday = parseJson((await run(["check", "--json", "--now", "2026-11-29T23:30:00+08:00", "--policy", fixture("policy-sunday.json"), file])).stdout);
    expect(sunday[0].findings.some((f) => f.rule === "mail/send-time")).toBe(true);
    const tuesday = parseJson((await run(["check", "--json", "--now", NOW, "--policy", fixture("policy-sunday.json"), file])).stdout);
    expect(tuesday[0].findings.some((f) => f.rule === "mail/send-time")).toBe(false);
  });
});

describe("unusable input", () => {
  const BAD = ["empty.eml", "not-a-mail.eml", "outlook-item-renamed.eml", "binary-renamed.ics", "meeting-no-event.ics", "draft-truncated.json", "draft-invalid-field.json", "no-such-file.eml"];

  it("reports each bad file in one line on stderr, still checks the good ones, and exits 2", async () => {
    const files = [fixture("mail-gbk-prefix-only-subject.eml"), ...BAD.map(fixture), fixture("meeting-teams-zh-cn.ics")];
    const result = await run(["check", "--json", "--now", NOW, ...files]);
    expect(result.code).toBe(2);
    const lines = stderrLines(result);
    expect(lines).toHaveLength(BAD.length);
    BAD.forEach((name, i) => expect(lines[i]).toMatch(new RegExp(`^comm-policy: .*${name.replace(/\./g, "\\.")}: \\S`)));
    expect(lines[BAD.indexOf("no-such-file.eml")]).toMatch(/no such file$/);
    expect(parseJson(result.stdout).map((i) => i.subject)).toEqual(["回复：", "Q4 服务器采购评审会"]);
  });

  it("refuses other file types and directories", async () => {
    const result = await run(["check", fixture("../../package.json").replace("package.json", "README.md"), fixture(".")]);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([expect.stringMatching(/README\.md: unknown file type/), expect.stringMatching(/: (unknown file type|is a directory)/)]);
  });

  it("refuses an invalid policy naming the key, and checks nothing", async () => {
    const result = await run(["check", "--policy", fixture("policy-invalid.json"), ...GOOD_FILES]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = stderrLines(result);
    expect(lines[0]).toMatch(/^comm-policy: policy .*policy-invalid\.json: workingHours\.start: must be a time as HH:MM/);
    for (const line of lines) expect(line).toMatch(/^comm-policy: policy .*policy-invalid\.json: workingHours\./);
  });

  it("refuses a policy with a misspelt rule id, a missing policy file and one that is not JSON", async () => {
    const unknown = await run(["check", "--policy", fixture("policy-unknown-rule.json"), GOOD_FILES[0]]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/rules: unknown rule id “mail\/subjct-present” \(did you mean “mail\/subject-present”\?\)/);
    const missing = await run(["check", "--policy", fixture("no-such-policy.json"), GOOD_FILES[0]]);
    expect(missing.stderr).toMatch(/policy .*no-such-policy\.json: no such file/);
    const notJson = await run(["check", "--policy", fixture("meeting-teams-zh-cn.ics"), GOOD_FILES[0]]);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    expect([missing.code, notJson.code]).toEqual([2, 2]);
  });
});

describe("readable report", () => {
  it("prints a header per item, a line per finding with severity, rule, clause and excerpt, and a summary", async () => {
    const result = await run(["check", "--now", NOW, fixture("mail-gbk-prefix-only-subject.eml"), fixture("meeting-teams-zh-cn.ics")]);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${fixture("mail-gbk-prefix-only-subject.eml")} (mail) “回复：”`);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}error +mail\/subject-present {2}§2\.2\.2 Subject {2}The subject is only/));
    expect(lines).toContainEqual("          “回复：”");
    expect(lines[lines.length - 2]).toMatch(/^Checked 2 items: [1-9]\d* errors?, \d+ warnings?, \d+ info findings?\.$/);
    expect(result.stdout).not.toContain("\x1b[");
    expect(result.code).toBe(1);
  });

  it("speaks Traditional Chinese with --lang zh-TW, and the language of LANG otherwise", async () => {
    const tw = await run(["check", "--lang", "zh-TW", fixture("draft-no-attendees.json")]);
    expect(tw.stdout).toContain("(會議)");
    expect(tw.stdout).toMatch(/錯誤 +meeting\/attendees/);
    expect(tw.stdout).toMatch(/已檢查 1 項：\d+ 個錯誤/);
    const cn = await run(["check", fixture("draft-no-attendees.json")], { env: { LANG: "zh_CN.UTF-8" } });
    expect(cn.stdout).toMatch(/已检查 1 项/);
  });

  it("colours only on a terminal, and never with NO_COLOR", async () => {
    const file = fixture("mail-gbk-prefix-only-subject.eml");
    expect((await run(["check", file], { isTTY: true })).stdout).toContain("\x1b[31m");
    expect((await run(["check", file], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
  });

  it("says so when an item has no findings, and counts the files it could not check", async () => {
    const result = await run(["check", "--now", NOW, "--policy", fixture("../../assets/policy.json"), fixture("meeting-teams-zh-cn.ics"), fixture("empty.eml")]);
    expect(result.stdout).toContain("✓ no findings");
    expect(result.stdout).toContain("1 file or item could not be checked");
    expect(result.code).toBe(2);
  });
});

describe("comm-policy draft", () => {
  it("prints what it read as JSON drafts that check reads back", async () => {
    const result = await run(["draft", fixture("mail-zh-tw-attachments.eml")]);
    expect(result.code).toBe(0);
    const drafts = JSON.parse(result.stdout) as { kind: string; attachments: { name: string }[] }[];
    expect(drafts[0].attachments.map((a) => a.name)).toEqual(["image001.png", "專案進度報告.xlsx"]);
  });
});

describe("notices", () => {
  it("says which fields the file did not give, in the file's terms", async () => {
    const result = await run(["check", "--json", "--now", NOW, fixture("draft-no-subject.json")]);
    const [mail] = parseJson(result.stdout);
    expect(mail.notices).toContainEqual(expect.objectContaining({ code: "fieldUnavailable", message: expect.stringMatching(/^Not checked: the file does not give from, subject\./) }));
  });

  it("takes a list left out of a hand-written draft as empty, not unknown", async () => {
    const result = await run(["check", "--json", "--now", NOW, fixture("drafts-mixed.json")]);
    const [mail] = parseJson(result.stdout);
    expect(mail.notices.filter((n: { code: string }) => n.code === "fieldUnavailable")).toEqual([]);
  });
});

describe("end to end on real Outlook replies", () => {
  it("judges only the new text: slang, '!!!' and 'see attachment' in the quoted history are not findings", async () => {
    const result = await run(["check", "--json", "--now", NOW, "--policy", fixture("../../assets/policy.json"), fixture("mail-zh-tw-reply.eml"), fixture("mail-zh-cn-reply.eml")]);
    for (const item of parseJson(result.stdout)) {
      expect(item.findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(["mail/language-slang"]));
      expect(item.findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(["mail/attachment-missing"]));
      expect(item.findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(["mail/politeness"]));
    }
    expect(result.code).toBe(0);
  });
});
