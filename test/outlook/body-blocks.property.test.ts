import fc from "fast-check";
import { bodyAfter, planMeetingBlock, type EditPlan, type MeetingBlock } from "../../src/outlook/edit-plan";
import { renderAttachmentList, readAttachmentList } from "../../src/policy/text/attachment-list";
import { readMeetingBody } from "../../src/policy/text/meeting-body";
import { parseBody } from "../../src/policy/text/segment";
import type { ItemBody, Lang } from "../../src/policy/types";
import { bodies, isSubsequence, plainLine, quotedLines, squash, visibleLines } from "../support/body-generators";

// Property: writing one of the blocks the add-in reads back (the meeting pane's agenda,
// minute-taker and urgency reason, the message pane's attachment list) never loses what the
// user wrote, changes nothing outside its own lines, and writing it again replaces the block
// instead of adding a second one.

const lang = fc.constantFrom<Lang>("en", "zh-CN", "zh-TW");
const title = plainLine.map((t) => t.replace(/[:：]/g, " ").trim() || "Status");

const meetingBlock: fc.Arbitrary<MeetingBlock> = fc.oneof(
  fc.array(fc.record({ title, minutes: fc.option(fc.integer({ min: 5, max: 90 }), { nil: undefined }) }), { minLength: 1, maxLength: 4 }).map((items) => ({
    kind: "agenda" as const,
    items: items.map((i) => (i.minutes === undefined ? { title: i.title } : { title: i.title, minutes: i.minutes })),
  })),
  fc.constantFrom({ name: "李娜", address: "li.na@contoso.com" }, { name: "Lisa Wang", address: "lisa.wang@contoso.com" }).map((person) => ({ kind: "minuteTaker" as const, person })),
  plainLine.map((reason) => ({ kind: "urgency" as const, reason: `${reason} 生产故障` })),
);

const FILES = ["Q3-budget-v2.xlsx", "机房巡检报告.pdf", "會議紀錄.docx", "plan.pptx"];
const attachmentPlan = fc.tuple(fc.subarray(FILES, { minLength: 1 }), lang).map(([names, l]): EditPlan => ({
  target: "body",
  change: { kind: "insert", place: "beforeClosing", block: "attachmentList", text: renderAttachmentList(names, l) },
}));

function write(body: ItemBody, plan: EditPlan): ItemBody | null {
  if (plan.target !== "body") throw new Error("a block is a body edit");
  return bodyAfter(plan.change, body)?.body ?? null;
}

function blockCount(body: ItemBody, plan: EditPlan): number {
  const text = parseBody(body).text;
  if (plan.target === "body" && plan.change.kind === "insert" && plan.change.block === "attachmentList") return text.split("\n").filter((l) => /^(附件|Attachments)[:：]$/.test(l.trim())).length;
  return text.split("\n").filter((l) => /^(Agenda|议程|議程)[:：]$|^(Minute-taker|会议记录人|會議記錄人)[:：]|^(Reason for urgency|紧急原因|緊急原因)[:：]/.test(l.trim())).length;
}

const plans = fc.oneof(
  fc.tuple(meetingBlock, lang).map(([block, l]) => planMeetingBlock(block, l)),
  attachmentPlan,
);

describe("writing a block keeps all the original text (property)", () => {
  test("written once: every original line intact and in order, the quoted history untouched", () => {
    fc.assert(
      fc.property(bodies, plans, ({ body }, plan) => {
        const after = write(body, plan);
        expect(after).not.toBeNull();
        if (!after) return;
        expect(isSubsequence(visibleLines(body.content), visibleLines(after.content))).toBe(true);
        expect(quotedLines(after.content)).toEqual(quotedLines(body.content));
        expect(blockCount(after, plan)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  test("written twice: the second replaces the first, nothing else changes, one block remains", () => {
    const sameKind = fc.tuple(plans, plans).filter(([a, b]) => a.target === "body" && b.target === "body" && a.change.kind === "insert" && b.change.kind === "insert" && a.change.block === b.change.block);
    fc.assert(
      fc.property(bodies, sameKind, ({ body }, [first, second]) => {
        const once = write(body, first);
        const twice = once ? write(once, second) : null;
        expect(twice).not.toBeNull();
        if (!once || !twice) return;
        expect(isSubsequence(visibleLines(body.content), visibleLines(twice.content))).toBe(true);
        expect(blockCount(twice, second)).toBe(1);
        if (second.target !== "body" || second.change.kind !== "insert") return;
        const written = second.change.text.split("\n").map(squash);
        expect(isSubsequence(written, visibleLines(twice.content))).toBe(true);
        const parsed = parseBody(twice);
        if (second.change.block === "attachmentList") expect(readAttachmentList(parsed)?.items.length).toBe(written.length - 1);
        if (second.change.block === "agenda") expect(readMeetingBody(parsed).agenda?.items.length).toBe(written.length - 1);
      }),
      { numRuns: 500 },
    );
  });
});
