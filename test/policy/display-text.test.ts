import fc from "fast-check";
import { changesDirection, displayText, FSI, isolate, isolateValues, oneLineText, PDI, withoutControls } from "../../src/policy/display-text";
import { visualLine } from "../support/visual-order";

// Text from a mail, shown inside our own words: no control character or terminal escape gets
// through, and text that changes direction is isolated so that the words after it keep their
// order (looked at as a bidi display shows them, left to right).

describe("text without controls", () => {
  it.each([
    ["colour", "\u001b[31mred\u001b[0m text", "red text"],
    ["clear screen and cursor", "a\u001b[2J\u001b[1;1Hb", "ab"],
    ["private mode", "x\u001b[?1049hy", "xy"],
    ["window title (OSC, BEL)", "\u001b]0;pwned\u0007Budget", "Budget"],
    ["hyperlink (OSC 8, ST)", "\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\", "click"],
    ["charset switch", "a\u001b(0b", "ab"],
    ["8-bit CSI", "a\u009b31mb", "ab"],
    ["8-bit OSC", "a\u009d0;t\u009cb", "ab"],
    ["NUL, backspace, bell, DEL", "a\u0000b\u0008c\u0007d\u007fe", "abcde"],
    ["a lone ESC at the end", "abc\u001b", "abc"],
    ["an OSC that never ends keeps the text after it", "a\u001b]0;title and more", "a0;title and more"],
  ])("removes %s", (_what, input, expected) => {
    expect(withoutControls(input)).toBe(expected);
  });

  it("keeps tabs and line breaks, and everything that is not a control", () => {
    const text = "Hi Lisa,\n\tQ3 預算 ✓ — نعم\r\n";
    expect(withoutControls(text)).toBe(text);
  });

  it("puts a mail's subject on one line", () => {
    expect(oneLineText("  Q3\r\n budget\t\u001b[5mreview  ")).toBe("Q3 budget review");
  });

  it("never lets a control through, whatever the text", () => {
    const unit = fc.constantFrom("a", "中", "\u001b", "[", "]", "\\", "\u0007", "\u009b", "\u009c", "\u009d", "0", ";", "m", "\n", "\u202e");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const out = withoutControls(text);
        expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        expect(withoutControls(out)).toBe(out);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads thousands of unterminated control strings to the end (each is searched once)", () => {
    const text = "\u001b]".repeat(200_000);
    expect(withoutControls(text)).toBe("");
  });
});

describe("isolated text", () => {
  const NAME = "invoice\u202efdp.exe"; // shows as "invoiceexe.pdf"

  it("leaves text that does not change direction as it is", () => {
    for (const text of ["Q3 budget.xlsx", "預算審批", "Lisa Wang <lisa@contoso.com>", ""]) {
      expect(changesDirection(text)).toBe(false);
      expect(isolate(text)).toBe(text);
    }
  });

  it.each([
    ["a right-to-left override", NAME],
    ["a right-to-left embedding", "a\u202bb"],
    ["a left-to-right override", "a\u202db"],
    ["a right-to-left mark", "a\u200fb"],
    ["Hebrew", "שלום"],
    ["Arabic", "تقرير"],
    ["an isolate of its own", "\u2067x\u2069"],
  ])("isolates %s", (_what, text) => {
    expect(isolate(text)).toMatch(new RegExp(`^${FSI}.*${PDI}$`, "su"));
  });

  it("keeps the words after a hostile name in their order", () => {
    const raw = `The attachment "${NAME}" is not mentioned in the mail.`;
    expect(visualLine(raw)).not.toContain("is not mentioned in the mail.");
    const shown = visualLine(`The attachment "${isolate(NAME)}" is not mentioned in the mail.`);
    expect(shown).toBe('The attachment "invoiceexe.pdf" is not mentioned in the mail.');
  });

  it.each([
    ["a stray pop-isolate", "\u2069\u202eabc"],
    ["two stray pop-isolates", "\u2069\u2069\u202eabc"],
    ["an isolate left open", "\u2067abc"],
    ["an override left open inside an isolate", "\u2066\u202eabc"],
    ["an embedding and an override", "\u202b\u202eabc"],
  ])("cannot be closed early by %s", (_what, name) => {
    expect(visualLine(`Dear ${isolate(name)}, see the plan below.`)).toMatch(/, see the plan below\.$/);
  });

  it("keeps the sentence in order, whatever the name holds", () => {
    const unit = fc.constantFrom("a", "b", " ", "ש", "ت", "1", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (name) => {
        const shown = visualLine(`Before ${isolate(name)} after the name.`);
        expect(shown.startsWith("Before ")).toBe(true);
        expect(shown.endsWith(" after the name.")).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("isolates the values of a sentence already filled in, once", () => {
    const message = `The attachment "${NAME}" is not mentioned in the mail.`;
    const isolated = isolateValues(message, { name: NAME, count: 2 });
    expect(isolated).toBe(`The attachment "${isolate(NAME)}" is not mentioned in the mail.`);
    expect(isolateValues(isolated, { name: NAME })).toBe(isolated);
    expect(isolateValues("Nothing to do.", { name: "Lisa" })).toBe("Nothing to do.");
  });

  it("makes a value safe for one line of a terminal", () => {
    expect(displayText(`\u001b]0;x\u0007${NAME}\n`)).toBe(isolate(NAME));
  });
});
