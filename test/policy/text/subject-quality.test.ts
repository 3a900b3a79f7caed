import { DEFAULT_POLICY, policySchema } from "../../../src/policy/config";
import { judgeSubject, shoutedMarks, subjectLength } from "../../../src/policy/text/subject-quality";
import { parseSubject } from "../../../src/policy/text/subject";

const judge = (subject: string, policy = DEFAULT_POLICY) => judgeSubject(parseSubject(subject), policy)?.kind ?? null;

describe("judgeSubject", () => {
  test.each([
    "Hi", "Question", "Quick question", "A quick question", "Update", "FYI", "Help", "Urgent", "Re: hello",
    "test", "Please check", "Follow up", "Important!!", "Quick question for you", "Documents attached",
    "你好", "请查收", "通知", "问题", "资料", "文件", "汇报", "一个问题", "请查收！", "回复：你好", "有个小问题",
    "請查收", "會議通知", "重要通知", "工作汇报", "[IT] 通知", "IT Update", "【IT】請知悉", "IT notice", "FW: [IT] 提醒",
  ])("vague: %s", (subject) => {
    expect(judge(subject)).toBe("vague");
  });

  test.each([
    "Update: Q3 sales forecast", "通知：12月1日机房断电维护", "问题：VPN 无法连接", "Q3 OKR review", "IT HR API SLA",
    "PO-2231", "Quick question about the VPN certificate", "報銷流程確認", "RE: 下周三系统升级的时间", "Meeting notes 11/24",
    "UAT 测试结果", "ACTION REQUIRED: Complete the security training by 30 Nov", "Question for Lisa on the SAP licence", "Hi 王经理 - 合同续签", "报销", "FW: JSON API rate limits",
    "IT 预算 2027", "[IT] 12月5日机房断电", "IT asset inventory for 5F", "【IT】印表機驅動更新", "Fix it: VPN client crashes on start",
  ])("specific: %s", (subject) => {
    expect(judge(subject)).toBeNull();
  });

  test.each(["URGENT PLEASE READ", "SERVER DOWN AGAIN", "PLEASE APPROVE NOW", "READ THIS: 系统切换"])("shouting: %s", (subject) => {
    expect(judge(subject)).toBe("shouting");
  });

  test.each(["OK", "VPN", "Q3", "a1", "票"])("too short: %s", (subject) => {
    expect(judge(subject)).toBe("tooShort");
  });

  test("an empty subject is left to mail/subject-present", () => {
    expect(judge("")).toBeNull();
    expect(judge("RE:")).toBeNull();
  });

  test("a run of marks is three or more, spaces inside it kept, \u203c counted as two", () => {
    expect(shoutedMarks("Down!!")).toBeNull();
    expect(shoutedMarks("Why? Really? Now?")).toBeNull();
    expect(shoutedMarks("Down!! Again!!!!")).toBe("!!!!");
    expect(shoutedMarks("宕机了 ！ ！ ！ 快看")).toBe("！ ！ ！");
    expect(shoutedMarks("宕机了‼!")).toBe("‼!");
    expect(shoutedMarks("❗❗❗ 工资系统")).toBe("❗❗❗");
  });

  test("a run of marks is found in linear time", () => {
    const long = "!? a ".repeat(200_000) + "!!!";
    const started = Date.now();
    expect(shoutedMarks(long)).toBe("!!!");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("CJK characters count double", () => {
    expect(subjectLength("报销")).toBe(4);
    expect(subjectLength("Q3 预算")).toBe(6);
    expect(subjectLength("a-b")).toBe(2);
  });

  test("tenant words are generic too; the minimum length is the tenant's", () => {
    const policy = policySchema.parse({ lexicon: { vagueSubjects: ["周报", "Weekly"] }, mail: { minSubjectChars: 8 } });
    expect(judge("周报", policy)).toBe("vague");
    expect(judge("Weekly update", policy)).toBe("vague");
    expect(judge("周报：第47周", policy)).toBeNull();
    expect(judge("VPN 连不上", policy)).toBeNull();
    expect(judge("VPN is down", policy)).toBeNull();
    expect(judge("报销", policy)).toBe("tooShort");
  });

  test("the problem carries its data", () => {
    expect(judgeSubject(parseSubject("RE: URGENT PLEASE READ"), DEFAULT_POLICY)).toEqual({
      kind: "shouting",
      data: { subject: "URGENT PLEASE READ", words: "URGENT PLEASE READ" },
    });
    expect(judgeSubject(parseSubject("VPN"), DEFAULT_POLICY)).toEqual({ kind: "tooShort", data: { subject: "VPN", length: 3, min: 4 } });
  });
});
