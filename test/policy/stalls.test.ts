import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";
import { parseBody } from "../../src/policy/text/segment";
import type { CheckResult, MailDraft } from "../../src/policy/types";
import { mail, people } from "../support/drafts";

// The four bodies of the issue that stalled the engine (18.5 s at Send; no answer within 60 s
// or 1.7 GB). Each must now be read correctly: the answers below are the ones for the same mail
// without the padding. Their cost is watched by `npm run bench` (engine.adversarialWorstRatio),
// not timed here.

const REPLY_HEAD =
  "<p class=MsoNormal>Hi Lisa,</p><p class=MsoNormal>I am writing to ask you to approve the Q3 budget by Friday.</p><p class=MsoNormal>Thanks,</p><p class=MsoNormal>Tom</p>";
const OUTLOOK_HEADER =
  "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lisa Wang<br><b>Sent:</b> Monday<br><b>To:</b> Tom Chen<br><b>Subject:</b> Budget</p></div>";

function withBody(content: string, contentType: "html" | "text"): MailDraft {
  return mail({ to: [people.lisa], body: { contentType, content } });
}

function judged(result: CheckResult): unknown {
  return { findings: result.findings, notices: result.notices, outcomes: result.outcomes };
}

describe("the bodies that stalled the engine", () => {
  test("a reply whose quoted history carries one long run of &nbsp; (480 KB of HTML)", () => {
    const history = (run: string) => `${REPLY_HEAD}${OUTLOOK_HEADER}<p class=MsoNormal>Old text${run}and more old text.</p>`;
    const padded = history("&nbsp;".repeat(80_000));
    expect(padded.length).toBeGreaterThan(480_000);
    const result = checkDraft(withBody(padded, "html"), DEFAULT_POLICY);
    expect(judged(result)).toEqual(judged(checkDraft(withBody(history("&nbsp;"), "html"), DEFAULT_POLICY)));
    const body = parseBody({ contentType: "html", content: padded });
    expect(body.hasQuotedHistory).toBe(true);
    expect(body.paragraphs.map((p) => p.text)).toEqual(["I am writing to ask you to approve the Q3 budget by Friday."]);
  });

  test("1 MB of plain spaces reads as an empty body", () => {
    const spaces = withBody(" ".repeat(1_000_000), "text");
    expect(judged(checkDraft(spaces, DEFAULT_POLICY))).toEqual(judged(checkDraft(withBody("", "text"), DEFAULT_POLICY)));
  });

  test("a 50 MB single line is read as one paragraph", () => {
    const line = "Please approve the budget ".repeat(2_000_000);
    expect(line.length).toBeGreaterThanOrEqual(50_000_000);
    const result = checkDraft(withBody(line, "text"), DEFAULT_POLICY);
    expect(result.notices.filter((n) => n.code === "ruleFailed")).toEqual([]);
    expect(result.findings.find((f) => f.rule === "mail/body-paragraphs")?.messageId).toBe("singleBlock");
  });

  test("2 MB of blank lines around a short mail read as the short mail", () => {
    const text = "Hi Lisa,\n\nCould you approve the Q3 budget by Friday?\n\nThanks,\nTom";
    const padded = `${"\n".repeat(1_000_000)}${text.replace("\n\n", "\n".repeat(1_000_000))}`;
    expect(padded.length).toBeGreaterThan(2_000_000);
    expect(judged(checkDraft(withBody(padded, "text"), DEFAULT_POLICY))).toEqual(judged(checkDraft(withBody(text, "text"), DEFAULT_POLICY)));
  });
});
