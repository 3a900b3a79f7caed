import { mkdtempSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { fixture, run, stderrLines } from "./helpers";
import { MIXED, REPORT_FIXTURES, report } from "./report-helpers";

// Everything the CLI prints is in the language asked for (--lang, else LC_ALL / LC_MESSAGES /
// LANG): the refusal of each file, usage errors, the policy's problems, the text report and
// the report command's stderr. English words left in a Chinese line are what this looks for.

/** A line with the paths, file names, option names and technical tokens taken out. */
function wordsOf(line: string): string {
  return line
    .replace(/“[^”]*”|「[^」]*」/g, "")
    .replace(/[\w[\].\/-]+(?=[:：])/g, "")
    .replace(/\/[^\s：:]*|[\w.-]+\.(eml|ics|json|msg|mbox|csv|md)\b/g, "")
    .replace(/--?[a-z-]+|comm-policy|MIME|JSON|VEVENT|BEGIN:VCALENDAR|From|To|Subject|Date|Outlook|\.msg|iCalendar|HH:MM|workingHours\.\w+|[a-z]+\/[a-z-]+|\b(en|zh-CN|zh-TW)\b|ID/g, "");
}

const ENGLISH_WORD = /\b[a-zA-Z]{3,}\b/;

const BAD = ["empty.eml", "not-a-mail.eml", "outlook-item-renamed.eml", "binary-renamed.ics", "meeting-no-event.ics", "draft-truncated.json", "draft-invalid-field.json", "no-such-file.eml"];

describe("comm-policy check in Chinese", () => {
  it.each(["zh-TW", "zh-CN"])("--lang %s: each file it cannot check is refused in that language", async (lang) => {
    const result = await run(["check", "--json", "--lang", lang, ...BAD.map(fixture), fixture(".")]);
    const lines = stderrLines(result);
    expect(lines).toHaveLength(BAD.length + 1);
    for (const line of lines) expect([line, wordsOf(line)]).toEqual([line, expect.not.stringMatching(ENGLISH_WORD)]);
    expect(result.code).toBe(2);
  });

  it("pins the Traditional Chinese words of a few refusals", async () => {
    const lines = stderrLines(await run(["check", "--json", "--lang", "zh-TW", ...["empty.eml", "draft-truncated.json", "draft-invalid-field.json", "no-such-file.eml", "outlook-item-renamed.eml"].map(fixture)]));
    expect(lines.map((l) => l.replace(/^comm-policy: .*?\.(eml|json): /, ""))).toEqual([
      "檔案是空的",
      "不是有效的草稿：檔案不是有效的 JSON：錯誤位於第 2 行第 14 欄",
      "不是有效的草稿：to[0].address：缺少此項；to[0]：未知的設定項「adress」（是否應為「address」？）",
      "檔案不存在",
      "此 Outlook .msg 檔案沒有郵件類別、主旨或內文",
    ]);
  });

  it.each([
    [["--lang", "zh-CN", "check", "--jsno", "a.eml"], {}, "comm-policy: 未知的选项“--jsno”（是否应为“--json”？）", "用法：comm-policy"],
    [["check", "--jsno", "a.eml"], { LANG: "zh_TW.UTF-8" }, "comm-policy: 未知的選項「--jsno」（是否應為「--json」？）", "用法：comm-policy"],
    [["chek", "a.eml"], { LC_ALL: "zh_CN.UTF-8" }, "comm-policy: 未知的命令“chek”（是否应为“check”？）", "用法："],
    [["check", "--policy"], { LANG: "zh_CN" }, "comm-policy: --policy需要一个值，例如 --policy policy.json", "用法："],
    [["check", "--lang", "fr", "a.eml"], { LANG: "zh_TW" }, "comm-policy: --lang：「fr」不是 en、zh-CN、zh-TW 之一", "用法："],
  ])("usage error %j %j in the user's language, with the usage in it", async (argv, env, first, usage) => {
    const result = await run(argv, { env });
    expect(result.code).toBe(2);
    const [line, blank, usageLine] = result.stderr.split("\n");
    expect([line, blank]).toEqual([first, ""]);
    expect(usageLine.startsWith(usage)).toBe(true);
    expect(result.stdout).toBe("");
  });

  it.each([
    ["zh-CN", "用法：comm-policy <命令> [选项] 文件..."],
    ["zh-TW", "用法：comm-policy <命令> [選項] 檔案..."],
    ["en", "Usage: comm-policy <command> [options] FILE..."],
  ])("--help in %s", async (lang, first) => {
    const result = await run(["--help", "--lang", lang]);
    expect(result.stdout.split("\n")[0]).toBe(first);
    expect(result.code).toBe(0);
  });

  it("reports every problem of a broken policy at once, each with its key, in our words and the user's language", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cpa-policy-"));
    const file = path.join(dir, "policy.json");
    writeFileSync(file, JSON.stringify({ workingHour: {}, workingHours: { start: "9:00" }, meeting: { minAdvanceHours: -1 }, rules: { "mail/subjct-present": "off", "mail/politeness": "fatal" } }));
    const tw = stderrLines(await run(["check", "--lang", "zh-TW", "--policy", file, fixture("mail-zh-cn-reply.eml")]));
    expect(tw.map((l) => l.replace(`comm-policy: 制度檔案 ${file}：`, ""))).toEqual([
      "workingHours.start：應為 HH:MM 格式的時間（24 小時制）",
      "meeting.minAdvanceHours：不能小於 0",
      "rules.mail/politeness：應為以下之一：「error」、「warning」、「info」、「off」",
      "未知的設定項「workingHour」（是否應為「workingHours」？）",
      "rules：未知的規則 ID「mail/subjct-present」（是否應為「mail/subject-present」？）",
    ]);
    const en = await run(["check", "--policy", file, fixture("mail-zh-cn-reply.eml")]);
    expect(stderrLines(en)).toHaveLength(5);
    expect(en.stderr).not.toMatch(/Invalid|expected \w+, received|Unrecognized|Too small|>=/);
    expect([en.code, en.stdout]).toEqual([2, ""]);
  });

  it("writes the text report's own words in the language, with English plurals right", async () => {
    const tw = await run(["check", "--lang", "zh-TW", "--now", "2026-11-24T10:00:00+08:00", fixture("draft-no-attendees.json"), fixture("empty.eml")]);
    expect(tw.stdout.trim().split("\n").pop()).toMatch(/^已檢查 1 項：\d+ 個錯誤，\d+ 個警告，\d+ 條提示。另有 1 個檔案或項目無法檢查（見上文）。$/);
    const en = await run(["check", "--now", "2026-11-24T10:00:00+08:00", fixture("draft-no-attendees.json"), fixture("empty.eml"), fixture("not-a-mail.eml")]);
    expect(en.stdout.trim().split("\n").pop()).toMatch(/^Checked 1 item: \d+ errors?, \d+ warnings?, \d+ info findings?\. 2 files or items could not be checked \(see above\)\.$/);
    expect(en.stdout).not.toMatch(/\(s\)/);
  });
});

describe("comm-policy report's stderr in Chinese", () => {
  it("refuses a bad directory and a broken policy in zh-TW, before any work", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cpa-policy-"));
    const policy = path.join(dir, "policy.json");
    writeFileSync(policy, '{ "report": { "dimensions": { "accuracy": ["mail/subject-presnt"] } } }');
    const result = await report(["--lang", "zh-TW", "--policy", policy, "--directory", path.join(REPORT_FIXTURES, "people-bad.csv"), MIXED]);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([
      `comm-policy: 制度檔案 ${policy}：report.dimensions.accuracy：未知的規則 ID「mail/subject-presnt」（是否應為「mail/subject-present」？）`,
      `comm-policy: 通訊錄 ${path.join(REPORT_FIXTURES, "people-bad.csv")}：第 3 行：「Li Na」不是電子郵件地址`,
    ]);
  });

  it("says in zh-CN that parts of a merge do not add up", async () => {
    const a = await report(["--lang", "zh-CN", MIXED]);
    const b = await report(["--lang", "zh-CN", "--policy", path.join(REPORT_FIXTURES, "policy-current.json"), MIXED]);
    const merged = await report(["--merge", "--lang", "zh-CN", path.join(a.dir, "report.json"), path.join(b.dir, "report.json"), fixture("empty.eml")]);
    expect(merged.code).toBe(2);
    const lines = stderrLines(merged);
    expect(lines[0]).toMatch(/^comm-policy: .*report\.json: 按制度“2026-11”检查，而不是“builtin”$/);
    expect(lines[1]).toMatch(/^comm-policy: .*empty\.eml: 文件为空$/);
    for (const line of lines) expect(wordsOf(line.replace(/“[^”]*”/g, ""))).not.toMatch(ENGLISH_WORD);
  });

  it("refuses an unknown report option in the language of LANG", async () => {
    const result = await run(["report", "--show-name", MIXED], { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.stderr.split("\n")[0]).toBe("comm-policy: 未知的选项“--show-name”（是否应为“--show-names”？）");
  });
});
