import type { Attachment, MailDraft, Person } from "../../src/policy/types";
import { mail, people } from "../support/drafts";

// Bodies and lists built to hit the worst case of each text step: long runs of every kind of
// white space and entity, deep nesting, huge single lines, thousands of attachments and
// recipients. `size` is the number of characters (or list entries) to aim for; the bench
// times each case at `size` and at 8 × `size`, and the property test checks the engine's
// answer on every case at moderate sizes.

export interface AdversarialCase {
  name: string;
  /** Units the size counts: characters of the body, or entries of a list. */
  unit: "chars" | "entries";
  build(size: number): MailDraft;
}

const REPLY_HEAD = "<p class=MsoNormal>Hi Lisa,</p><p class=MsoNormal>Please review the attached budget by Friday.</p>";
const OUTLOOK_HEADER =
  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa<br><b>Sent:</b> Monday<br><b>To:</b> Tom<br><b>Subject:</b> Budget</p></div>";

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

function html(content: string): MailDraft {
  return mail({ body: { contentType: "html", content } });
}

function text(content: string): MailDraft {
  return mail({ body: { contentType: "text", content } });
}

/** A run of `unit` ending in a word, so that no trim or match can stop at the end of the string. */
function runThenWord(unit: string, size: number): string {
  return `${repeatTo(unit, size)}x`;
}

function person(i: number): Person {
  return { name: `用户${i} User ${i}`, address: `user${i}@example${i % 7}.com` };
}

function attachment(i: number): Attachment {
  return { name: `报告 report-${i}.pdf`, size: 1000 + i };
}

const WHITESPACE: ReadonlyArray<[string, string]> = [
  ["spaces", " "],
  ["tabs", "\t"],
  ["nbsp", "\u00a0"],
  ["ideographic spaces", "\u3000"],
  ["blank lines", "\n"],
  ["CRLF blank lines", "\r\n"],
  ["space-newline", " \n"],
];

const ENTITIES = ["&nbsp;", "&#160;", "&amp;", "&lt;", "&#x3000;"];

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  ...WHITESPACE.map(([name, unit]): AdversarialCase => ({ name: `text: run of ${name}`, unit: "chars", build: (n) => text(`Hi Lisa,\n${runThenWord(unit, n)}`) })),
  ...WHITESPACE.map(([name, unit]): AdversarialCase => ({ name: `html: run of ${name}`, unit: "chars", build: (n) => html(`<p>${runThenWord(unit, n)}</p>`) })),
  ...ENTITIES.map((entity): AdversarialCase => ({ name: `html: run of ${entity} in the new text`, unit: "chars", build: (n) => html(`${REPLY_HEAD}<p>${runThenWord(entity, n)}</p>`) })),
  ...ENTITIES.map((entity): AdversarialCase => ({
    name: `html: run of ${entity} in the quoted history`,
    unit: "chars",
    build: (n) => html(`${REPLY_HEAD}${OUTLOOK_HEADER}<p class=MsoNormal>${runThenWord(entity, n)}</p>`),
  })),
  { name: "html: <br> blank lines", unit: "chars", build: (n) => html(`${REPLY_HEAD}${runThenWord("<br>", n)}`) },
  { name: "html: empty Outlook paragraphs", unit: "chars", build: (n) => html(`${REPLY_HEAD}${runThenWord("<p class=MsoNormal>&nbsp;</p>", n)}`) },
  { name: "html: nested <div>", unit: "chars", build: (n) => html(`${repeatTo("<div>", n)}Hi Lisa, please review.`) },
  { name: "html: nested <blockquote>", unit: "chars", build: (n) => html(`${REPLY_HEAD}${repeatTo("<blockquote>", n)}old text`) },
  { name: "html: unclosed tags", unit: "chars", build: (n) => html(`${REPLY_HEAD}${repeatTo("<p><b><i>", n)}`) },
  { name: "html: one huge line of words", unit: "chars", build: (n) => html(`<p>${repeatTo("budget review ", n)}</p>`) },
  { name: "text: one huge line of words", unit: "chars", build: (n) => text(repeatTo("budget review ", n)) },
  { name: "text: one huge line of Chinese", unit: "chars", build: (n) => text(repeatTo("请审批预算，", n)) },
  { name: "text: one huge token", unit: "chars", build: (n) => text(`Hi Lisa, ${repeatTo("a", n)}`) },
  { name: "text: many short lines in one paragraph", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${repeatTo("ok\n", n)}Thanks`) },
  { name: "text: many paragraphs", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${repeatTo("Please review.\n\n", n)}Thanks`) },
  { name: "text: repeated slang and typos", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${repeatTo("lol thx recieve 按装 ", n)}`) },
  { name: "text: repeated quote headers", unit: "chars", build: (n) => text(`Hi Lisa,\n\nPlease review.\n\n${repeatTo("From: a\n", n)}`) },
  { name: "text: repeated disclaimer wording", unit: "chars", build: (n) => text(`Hi Lisa,\n\nPlease review.\n\n${repeatTo("this email is confidential ", n)}`) },
  { name: "text: run of '>' quote marks", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${runThenWord(">", n)}`) },
  { name: "text: run of dashes and underscores", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${runThenWord("-_", n)}`) },
  { name: "text: repeated abbreviations", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${repeatTo("see no. 3 e.g. dept. ", n)}`) },
  { name: "text: run of punctuation", unit: "chars", build: (n) => text(`Hi Lisa,\n\n${runThenWord("!?。，", n)}`) },
  { name: "subject: run of spaces", unit: "chars", build: (n) => mail({ subject: runThenWord(" ", n) }) },
  { name: "subject: repeated RE:", unit: "chars", build: (n) => mail({ subject: `${repeatTo("RE: ", n)}budget` }) },
  { name: "attachments", unit: "entries", build: (n) => mail({ attachments: Array.from({ length: n }, (_, i) => attachment(i)) }) },
  { name: "recipients", unit: "entries", build: (n) => mail({ to: Array.from({ length: n }, (_, i) => person(i)), cc: [people.wang] }) },
];
