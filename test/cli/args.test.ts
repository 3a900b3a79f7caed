import { parseCliArgs } from "../../src/cli/args";

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
    [["lint", "a.eml"], /unknown command "lint"/],
    [["check", "--jsno", "a.eml"], /--jsno/],
    [["check", "--lang", "fr", "a.eml"], /--lang: "fr"/],
    [["check", "--now", "tomorrow", "a.eml"], /--now: "tomorrow"/],
    [["check", "--now", "2026-02-30T10:00:00Z", "a.eml"], /--now/],
    [["check", "--policy"], /--policy/],
    [["schema", "extra.json"], /no files/],
  ])("refuses %j", (argv, error) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});
