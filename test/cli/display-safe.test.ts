import { copyFileSync, mkdtempSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { visualLine } from "../support/visual-order";
import { fixture, run, stderrLines } from "./helpers";
import { report } from "./report-helpers";

// Text from a mail reaches the terminal and the HTML report display-safe: control characters
// and terminal escapes are removed, and a right-to-left override in an attachment or file name
// is isolated, so the rest of the line keeps its order. "Rendered order" is what a display
// that follows the Unicode Bidirectional Algorithm shows (test/support/visual-order.ts).

const HOSTILE = fixture("draft-hostile-text.json");
const NOW = ["--now", "2026-11-24T10:00:00+08:00"];
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("the text report", () => {
  it("lets no control character or escape sequence through", async () => {
    const result = await run(["check", ...NOW, HOSTILE], { isTTY: false });
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain("“Q3 budget review for Friday”");
  });

  it("keeps its own colours on a terminal, and only those", async () => {
    const result = await run(["check", ...NOW, HOSTILE], { isTTY: true });
    const withoutOurs = result.stdout.replace(/\u001b\[(31|33|36|1|2|0)m/g, "");
    expect(withoutOurs).not.toMatch(CONTROL);
  });

  it.each([
    ["en", 'The attachment "invoiceexe.pdf" is not mentioned in the mail. Name it and say in a few words what it is.'],
    ["zh-CN", "正文未提及附件“invoiceexe.pdf”。请列明该附件并简要说明其内容。"],
    ["zh-TW", "內文未提及附件「invoiceexe.pdf」。請列明該附件並簡要說明其內容。"],
  ])("shows a finding about a right-to-left name in reading order (%s)", async (lang, message) => {
    const result = await run(["check", ...NOW, "--lang", lang, HOSTILE]);
    const shown = result.stdout.split("\n").map(visualLine);
    expect(shown.some((line) => line.endsWith(`  ${message}`))).toBe(true);
    // The excerpt line quotes the name; nothing after it is reversed.
    expect(shown).toContainEqual(expect.stringMatching(/^ {10}[“「]invoiceexe\.pdf[”」]$/));
  });

  it("shows a file whose name holds an override, and the words after it, in order", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cpa-bidi-"));
    const named = path.join(dir, "budget\u202enosj.json");
    copyFileSync(HOSTILE, named);
    const empty = path.join(dir, "old\u202elme.eml");
    writeFileSync(empty, "");
    const result = await run(["check", ...NOW, named, empty]);
    const header = visualLine(result.stdout.split("\n")[0]);
    expect(header.endsWith(" (mail) “Q3 budget review for Friday”")).toBe(true);
    expect(visualLine(stderrLines(result)[0]).endsWith(": the file is empty")).toBe(true);
  });

  it("keeps the mail's own text untouched in --json (that is data, not display)", async () => {
    const result = await run(["check", "--json", ...NOW, HOSTILE]);
    const [item] = JSON.parse(result.stdout) as Array<{ subject: string }>;
    expect(item.subject).toBe("Q3 budget \u001b]0;pwned\u0007review\u001b[2J\u001b[31m for Friday");
  });
});

describe("the HTML report", () => {
  it("has no control character, and isolates a right-to-left name inside the finding's text", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cpa-bidi-report-"));
    copyFileSync(HOSTILE, path.join(dir, "hostile.json"));
    const result = await report(["--show-names", dir]);
    expect(result.code).toBe(0);
    expect(result.html).not.toMatch(CONTROL);
    expect(result.html).toContain("\u2068invoice\u202efdp.exe\u2069");
    const cell = /<td>([^<]*is not mentioned in the mail[^<]*)<\/td>/.exec(result.html)?.[1] ?? "";
    expect(visualLine(cell.replace(/&quot;/g, '"'))).toBe('The attachment "invoiceexe.pdf" is not mentioned in the mail. Name it and say in a few words what it is.');
  });
});
