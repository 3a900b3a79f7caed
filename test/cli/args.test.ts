import { parseCliArgs } from "../../src/cli/args";
import { messageText } from "../../src/cli/messages";

describe("command line", () => {
  it("reads check with every option", () => {
    const parsed = parseCliArgs(["check", "--policy", "p.json", "--now", "2026-11-24T10:00:00+08:00", "--lang=zh-TW", "--json", "a.eml", "b.ics"]);
    expect(parsed).toEqual({
      ok: true,
      command: { name: "check", files: ["a.eml", "b.ics"], policy: "p.json", now: new Date("2026-11-24T02:00:00Z"), lang: "zh-TW", json: true },
    });
  });

  it("leaves unset options undefined", () => {
    expect(parseCliArgs(["check", "a.eml"])).toEqual({ ok: true, command: { name: "check", files: ["a.eml"], policy: undefined, now: undefined, lang: undefined, json: false } });
  });

  it.each([
    [["--help"], "help"],
    [["-h"], "help"],
    [["check", "--help"], "help"],
    [["help"], "help"],
    [["schema"], "schema"],
  ])("%j → %s", (argv, name) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok && parsed.command.name).toBe(name);
  });

  it.each([
    [[], /no command/],
    [["check"], /no files/],
    [["lint", "a.eml"], /^unknown command “lint”$/],
    [["chek", "a.eml"], /^unknown command “chek” \(did you mean “check”\?\)$/],
    [["check", "--jsno", "a.eml"], /^unknown option “--jsno” \(did you mean “--json”\?\)$/],
    [["check", "--colour", "a.eml"], /^unknown option “--colour”$/],
    [["check", "-x", "a.eml"], /^unknown option “-x”$/],
    [["check", "--json=yes", "a.eml"], /^--json takes no value$/],
    [["check", "--lang", "fr", "a.eml"], /--lang: “fr”/],
    [["check", "--now", "tomorrow", "a.eml"], /--now: “tomorrow”/],
    [["check", "--now", "2026-02-30T10:00:00Z", "a.eml"], /--now/],
    [["check", "--policy"], /^--policy needs a value, e\.g\. --policy policy\.json$/],
    [["check", "--policy", "--json", "a.eml"], /^--policy needs a value/],
    [["schema", "extra.json"], /no files/],
  ])("refuses %j", (argv, error) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(messageText(parsed.error, "en")).toMatch(error);
  });
});

describe("comm-policy report's command line", () => {
  it("reads every option, with defaults for the rest", () => {
    const parsed = parseCliArgs(["report", "--policy", "p.json", "--compare", "n.json", "--directory", "people.csv", "--from", "2026-11-01", "--to", "2026-11-30", "--json", "r.json", "--csv", "r.csv", "--show-names", "--no-quotes", "--jobs", "4", "--lang", "zh-CN", "--time-limit", "5", "--secret-file", "k", "exports/", "more.mbox"]);
    expect(parsed).toEqual({
      ok: true,
      command: {
        name: "report",
        options: { paths: ["exports/", "more.mbox"], policy: "p.json", compare: "n.json", directory: "people.csv", from: "2026-11-01", to: "2026-11-30", out: "report.html", json: "r.json", csv: "r.csv", showNames: true, quotes: false, jobs: 4, lang: "zh-CN", timeLimit: 5, secretFile: "k", merge: false },
      },
    });
    const plain = parseCliArgs(["report", "x"]);
    expect(plain.ok && plain.command.name === "report" && [plain.command.options.showNames, plain.command.options.quotes, plain.command.options.timeLimit, plain.command.options.jobs]).toEqual([false, true, 30, undefined]);
  });

  it.each([
    [["report"], /no files or folders/],
    [["report", "--merge"], /no reports to merge/],
    [["report", "--to", "2026-11-01", "--from", "2026-12-01", "x"], /--from is after --to/],
    [["report", "--jobs", "two", "x"], /--jobs: “two” is not a whole number from 1 to 64/],
    [["report", "--lang", "de", "x"], /--lang: “de”/],
    [["report", "--names", "x"], /^unknown option “--names”$/],
    [["report", "--show-name", "x"], /^unknown option “--show-name” \(did you mean “--show-names”\?\)$/],
    [["report", "--from", "2026-11-31x", "x"], /^--from: “2026-11-31x” is not a date such as 2026-11-01$/],
  ])("refuses %j", (argv, error) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(messageText(parsed.error, "en")).toMatch(error);
  });

  it("reads a file whose name starts with a dash when it follows --", () => {
    const parsed = parseCliArgs(["check", "--", "-odd.eml"]);
    expect(parsed.ok && parsed.command.name === "check" && parsed.command.files).toEqual(["-odd.eml"]);
  });

  it.each([
    ["zh-CN", /^未知的选项“--jsno”（是否应为“--json”？）$/],
    ["zh-TW", /^未知的選項「--jsno」（是否應為「--json」？）$/],
  ] as const)("says it in %s", (lang, expected) => {
    const parsed = parseCliArgs(["check", "--jsno", "a.eml"]);
    expect(!parsed.ok && messageText(parsed.error, lang)).toMatch(expected);
  });

  it("still gives help for report --help", () => {
    const parsed = parseCliArgs(["report", "--help"]);
    expect(parsed.ok && parsed.command.name).toBe("help");
  });
});
