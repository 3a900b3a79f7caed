import { findMinutesParts, isMinutesSubject, isReplySubject, listMinutesParts, minutesText, renderMinutesTemplate } from "../../../src/policy/text/minutes";
import { parseBody } from "../../../src/policy/text/segment";
import { parseSubject } from "../../../src/policy/text/subject";
import { LANGS } from "../../../src/policy/types";

function partsOf(text: string) {
  return findMinutesParts(minutesText(parseBody({ contentType: "text", content: text }), false));
}

describe("isMinutesSubject", () => {
  test.each([
    "会议纪要：ERP 升级评审会",
    "會議紀要 - 資安例會",
    "RE: FW: 会议记录 11/24",
    "會議記錄：機房搬遷",
    "项目周会纪要 W48",
    "Minutes: 4.2 release planning",
    "Meeting notes - infra weekly",
    "MoM - steering committee",
    "Meeting summary: vendor review",
    "Minutes of the CAB meeting 24 Nov",
  ])("%s is minutes", (subject) => expect(isMinutesSubject(parseSubject(subject))).toBe(true));

  test.each([
    "Running 5 minutes late to the 3pm call",
    "Q3 budget approval",
    "Mom's birthday lunch on Friday",
    "Release notes for 4.2",
    "会议室预订确认",
    "30 minutes of downtime tonight",
    "会议记录人确认：周四评审会",
    "MoM growth by region, October",
    "Sales YoY and MoM comparison",
  ])("%s is not minutes", (subject) => expect(isMinutesSubject(parseSubject(subject))).toBe(false));

  test("replies and forwards", () => {
    expect(isReplySubject(parseSubject("RE: 会议纪要"))).toBe(true);
    expect(isReplySubject(parseSubject("回覆：會議紀要"))).toBe(true);
    expect(isReplySubject(parseSubject("FW: 会议纪要"))).toBe(false);
    expect(isReplySubject(parseSubject("会议纪要"))).toBe(false);
  });
});

describe("the minutes template", () => {
  test.each(LANGS)("%s: an empty template has headings but no content", (lang) => {
    const text = renderMinutesTemplate(lang, { subject: "ERP 升级评审会", when: "11月24日 14:00", attendees: ["王伟", "李娜"], minuteTaker: "李娜" });
    expect(text).toContain("ERP 升级评审会");
    expect(partsOf(`Hi,\n\n${text}\n\nThanks`).missing).toEqual(["discussion", "consensus", "decisions", "actions"]);
  });

  test.each(LANGS)("%s: every heading of the filled-in template is recognised", (lang) => {
    const filled = renderMinutesTemplate(lang)
      .split("\n")
      .map((line) => (line === "- " ? "- 供应商方案 vendor proposal" : line.replace(/^- .*/, "- 王伟: 确认停机时间 by 11/27")))
      .join("\n");
    expect(partsOf(filled).missing).toEqual([]);
  });
});

describe("findMinutesParts", () => {
  test("headings need content under them", () => {
    expect(partsOf("讨论内容：\n\n共识：\n\n决定：\n\n负责人：").missing).toHaveLength(4);
  });
  test("labels before a colon are not owners", () => {
    expect(partsOf("会议时间：11月24日 14:00\n地点：3F 会议室\n\n讨论内容：机房搬迁").found.has("actions")).toBe(false);
  });
  test("who: what (by when) lines are owners with tasks", () => {
    expect(partsOf("Notes:\n- Lisa Wang: update the release notes by Fri 27 Nov").found.has("actions")).toBe(true);
    expect(partsOf("李娜 - 发送报价单 - 周五前").found.has("actions")).toBe(true);
  });
  test("lists read naturally in each language", () => {
    expect(listMinutesParts(["consensus", "decisions"], "en")).toBe("the consensus reached and the decisions");
    expect(listMinutesParts(["consensus", "decisions"], "zh-TW")).toBe("達成的共識、決定事項");
  });
});
