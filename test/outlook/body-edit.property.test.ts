import fc from "fast-check";
import { insertIntoBody } from "../../src/outlook/body-edit";
import { replaceInBody } from "../../src/outlook/body-replace";
import { tokenize } from "../../src/outlook/body-edit-html";
import { htmlToLines } from "../../src/policy/text/html";
import { bodies, GREETINGS, insertText, isSubsequence, place, plainLine, quotedLines, SIGNOFFS, squash, visibleLines } from "../support/body-generators";

// Property: no body transform the fixes use loses or changes what the user wrote (bodies from
// test/support/body-generators.ts; the block writer's property is in body-blocks.property.test.ts).

const RUNS = 1000;

describe("body transforms keep all the original text (property)", () => {
  test("insertIntoBody: one insertion, every original line intact and in order, the new lines on their own", () => {
    fc.assert(
      fc.property(bodies, place, insertText, ({ body }, where, text) => {
        const edit = insertIntoBody(body, where, text);
        if (!edit) return; // not offered: nothing changed
        const { at, insert, remove } = edit.splice;
        expect(remove).toBe(0);
        // Byte for byte: the user's HTML around the insertion is untouched.
        expect(edit.body.content.slice(0, at) + edit.body.content.slice(at + insert.length)).toBe(body.content);
        const before = visibleLines(body.content);
        const after = visibleLines(edit.body.content);
        expect(isSubsequence(before, after)).toBe(true);
        for (const line of text.split("\n")) expect(after).toContain(squash(line));
        // The quoted history is never touched.
        expect(quotedLines(edit.body.content)).toEqual(quotedLines(body.content));
      }),
      { numRuns: RUNS },
    );
  });

  test("insertIntoBody always finds a place in a body without <pre>", () => {
    fc.assert(
      fc.property(bodies, place, ({ body }, where) => {
        expect(insertIntoBody(body, where, "Could you reply by Friday?")).not.toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  test("replaceInBody: exactly the word changes; every tag, comment and entity elsewhere stays", () => {
    const withTypo = fc.tuple(bodies, fc.constantFrom("recieve", "按装", "seperate"), fc.constantFrom("receive", "安装", "separate")).map(([g, find, replace]) => {
      const marker = `<div>Please ${find} the file.</div>`;
      const content = g.body.content.includes("<body") ? g.body.content.replace(/(<body[^>]*>)/, `$1${marker}`) : marker + g.body.content;
      return { body: { contentType: "html" as const, content }, find, replace };
    });
    fc.assert(
      fc.property(withTypo, ({ body, find, replace }) => {
        const edit = replaceInBody(body, find, replace);
        expect(edit).not.toBeNull();
        if (!edit) return;
        const { at, remove, insert } = edit.splice;
        expect(body.content.slice(at, at + remove)).toBe(find);
        expect(insert).toBe(replace);
        const tags = (html: string) => tokenize(html).filter((t) => t.kind !== "text" && !t.implied).map((t) => html.slice(t.start, t.end));
        expect(tags(edit.body.content)).toEqual(tags(body.content));
        const before = htmlToLines(body.content).lines.map((l) => l.text).join("\n");
        const after = htmlToLines(edit.body.content).lines.map((l) => l.text).join("\n");
        const i = before.indexOf(find);
        expect(after).toBe(before.slice(0, i) + replace + before.slice(i + find.length));
      }),
      { numRuns: RUNS },
    );
  });

  test("plain-text bodies: inserting keeps every source line", () => {
    const plain = fc.array(fc.oneof(plainLine, fc.constant(""), fc.constant("-- "), fc.constantFrom(...GREETINGS, ...SIGNOFFS)), { maxLength: 12 });
    fc.assert(
      fc.property(plain, place, insertText, fc.boolean(), (lines, where, text, crlf) => {
        const content = lines.join(crlf ? "\r\n" : "\n");
        const edit = insertIntoBody({ contentType: "text", content }, where, text);
        expect(edit).not.toBeNull();
        if (!edit) return;
        const { at, insert } = edit.splice;
        expect(edit.body.content.slice(0, at) + edit.body.content.slice(at + insert.length)).toBe(content);
        expect(insert.replace(/\r\n|\n/g, "")).toBe(text.replace(/\n/g, ""));
      }),
      { numRuns: RUNS },
    );
  });
});
