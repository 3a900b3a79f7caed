import { complianceEventSchema, MAX_REASON_CHARS } from "../../src/compliance/event";
import { cachedDepartment, DEPARTMENT_KEY, DEPARTMENT_MAX_AGE_MS, objectIdOf } from "../../src/compliance/identity";
import { dismissNotice, noticeDismissed } from "../../src/compliance/notice-seen";
import {
  checkReason,
  findingsGone,
  fixedOutcome,
  handoffCheckId,
  oneLine,
  paneCheckId,
  reasonRequired,
  reportedWrongOutcome,
  sameFindings,
  sentDespiteOutcomes,
  shownOutcomes,
} from "../../src/compliance/pane-events";
import { memoryStorage } from "../../src/compliance/queue-storage";
import { mintDevToken } from "../../src/compliance/dev-token";
import type { Finding } from "../../src/policy/types";

// The pane's event mapping: what the user saw and did becomes outcomes with rule ids and
// decisions only; each is a valid event once the recorder adds who and when.

function finding(rule: string, severity: Finding["severity"], data: Record<string, string> = {}): Finding {
  return { rule, severity, messageId: "m", data, message: `message of ${rule}`, clause: "§2.2.3", location: { excerpt: "secret words of the mail" } as Finding["location"] };
}

const subject = finding("mail/subject-present", "error");
const politeness = finding("mail/politeness", "warning", { word: "喂" });
const typo = finding("mail/language-typo", "warning", { word: "recieve" });
const note = finding("mail/send-time", "info");

const shared = {
  id: "evt-00000001",
  time: "2026-12-01T10:00:00.000Z",
  userKey: "a".repeat(64),
  department: "IT",
  policyVersion: "2026-11",
  client: "OutlookWebApp",
  requirementSet: "1.15",
  itemKind: "message",
  checkId: "pane-abcdef123456",
} as const;

describe("shown", () => {
  test("once per check and finding, however often the same findings are rendered", () => {
    const first = shownOutcomes([subject, politeness, politeness], "check-1", new Set());
    expect(first.outcomes).toEqual([
      { rule: "mail/subject-present", severity: "error", action: "shown" },
      { rule: "mail/politeness", severity: "warning", action: "shown" },
    ]);
    const seen = new Set(first.keys);
    expect(shownOutcomes([subject, politeness], "check-1", seen).outcomes).toEqual([]);
    // A new finding of the same rule (other words) is a new finding; a new check shows all again.
    const other = finding("mail/politeness", "warning", { word: "搞定" });
    expect(shownOutcomes([subject, other], "check-1", seen).outcomes).toEqual([{ rule: "mail/politeness", severity: "warning", action: "shown" }]);
    expect(shownOutcomes([subject], "check-2", seen).outcomes).toHaveLength(1);
  });

  test("carries no word of the mail: no excerpt, message or data", () => {
    const { outcomes } = shownOutcomes([typo], "c", new Set());
    expect(JSON.stringify(outcomes)).not.toMatch(/recieve|secret|message of/);
  });
});

describe("fixed, sent-despite, reported-wrong", () => {
  test("fixed names the fix by its kind, never its text", () => {
    const outcome = fixedOutcome(typo, { kind: "replaceText", field: "body", find: "recieve", replace: "receive" });
    expect(outcome).toEqual({ rule: "mail/language-typo", severity: "warning", action: "fixed", fixId: "replaceText" });
    expect(fixedOutcome(subject, { kind: "setSubject", subject: "季度报告 Q4" }).fixId).toBe("setSubject");
  });

  test("sent-despite: one per rule that held the mail, the error's severity kept, notes left out", () => {
    const weakSubject = finding("mail/subject-present", "warning");
    const outcomes = sentDespiteOutcomes([weakSubject, subject, politeness, note, politeness], "客户要求今天发出");
    expect(outcomes).toEqual([
      { rule: "mail/subject-present", severity: "error", action: "sent-despite", reason: "客户要求今天发出" },
      { rule: "mail/politeness", severity: "warning", action: "sent-despite", reason: "客户要求今天发出" },
    ]);
  });

  test("reported-wrong keeps the comment as given", () => {
    expect(reportedWrongOutcome(politeness, "这是客户的原话 <b>quoted</b>")).toEqual({ rule: "mail/politeness", severity: "warning", action: "reported-wrong", reason: "这是客户的原话 <b>quoted</b>" });
  });

  test("every outcome is a valid event once the recorder adds who and when", () => {
    const outcomes = [
      ...shownOutcomes([subject, politeness, note], "c", new Set()).outcomes,
      fixedOutcome(typo, { kind: "insertTemplate", template: "structuredMail" }),
      ...sentDespiteOutcomes([subject], "deadline"),
      reportedWrongOutcome(note, ""),
    ];
    for (const outcome of outcomes) expect(complianceEventSchema.safeParse({ ...shared, ...outcome }).success).toBe(true);
  });
});

describe("reasons", () => {
  test("a reason is required only when an error held the mail and the policy asks for one", () => {
    expect(reasonRequired([subject, politeness], true)).toBe(true);
    expect(reasonRequired([politeness, note], true)).toBe(false);
    expect(reasonRequired([subject], false)).toBe(false);
    expect(reasonRequired([], true)).toBe(false);
  });

  test.each([
    ["  客户\n要求\t今天  发出 ", "客户 要求 今天 发出"],
    ["Customer in the US,\r\n time zone", "Customer in the US, time zone"],
    ["\u3000全角空格\u3000理由\u3000", "全角空格 理由"],
    ["nul\u0000inside", "nulinside"],
    ["", ""],
  ])("one line: %j → %j", (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });

  test("empty when required, too long, or fine; nothing is cut", () => {
    expect(checkReason("   \n ", true)).toEqual({ ok: false, problem: "required", text: "" });
    expect(checkReason("", false)).toEqual({ ok: true, text: "" });
    const long = "理".repeat(MAX_REASON_CHARS + 1);
    expect(checkReason(long, false)).toEqual({ ok: false, problem: "tooLong", text: long });
    expect(checkReason("理".repeat(MAX_REASON_CHARS), true).ok).toBe(true);
    // Astral characters count once, as the user sees them.
    expect(checkReason("😀".repeat(MAX_REASON_CHARS), true).ok).toBe(true);
  });

  test("one line of a long input keeps every word (the loop makes one pass)", () => {
    const text = " a\n".repeat(300_000);
    expect(oneLine(text).length).toBe(2 * 300_000 - 1);
  });
});

describe("check ids", () => {
  test("the handoff's id is used when it is a valid event id, else none", () => {
    expect(handoffCheckId({ checkId: "k3j9x0a1b2c3" })).toBe("k3j9x0a1b2c3");
    expect(handoffCheckId({ id: "k3j9x0a1b2c3" })).toBe("k3j9x0a1b2c3");
    expect(handoffCheckId({ checkId: "short" })).toBeUndefined();
    expect(handoffCheckId({ checkId: "has space in it" })).toBeUndefined();
    expect(handoffCheckId({ checkId: 12345678 })).toBeUndefined();
    expect(handoffCheckId(undefined)).toBeUndefined();
  });

  test("the pane's own id is a valid event id", () => {
    const id = paneCheckId();
    expect(complianceEventSchema.safeParse({ ...shared, checkId: id, rule: "mail/politeness", severity: "info", action: "shown" }).success).toBe(true);
    expect(paneCheckId(() => "12345678-aaaa-bbbb-cccc-1234567890ab")).toBe("pane-12345678aaaabbbbcccc1234");
  });
});

describe("identity", () => {
  test("the object id comes from the token's oid claim; anything else gives none", async () => {
    const token = await mintDevToken({ oid: "5e5e5e5e-0000-4000-8000-000000000001" });
    expect(objectIdOf(token)).toBe("5e5e5e5e-0000-4000-8000-000000000001");
    expect(objectIdOf("not a token")).toBeUndefined();
    expect(objectIdOf("a.%%%.c")).toBeUndefined();
    const noOid = `x.${Buffer.from(JSON.stringify({ sub: "s" })).toString("base64url")}.y`;
    expect(objectIdOf(noOid)).toBeUndefined();
  });

  test("the department is read once and cached; Graph failing gives the cached one or \"\"", async () => {
    const storage = memoryStorage();
    let now = 1_000_000;
    let reads = 0;
    const graph = async () => {
      reads++;
      return "市场部";
    };
    expect(await cachedDepartment(storage, "oid-1", graph, () => now)).toBe("市场部");
    expect(await cachedDepartment(storage, "oid-1", graph, () => now)).toBe("市场部");
    expect(reads).toBe(1);
    const down = async (): Promise<string> => {
      throw new Error("Graph unavailable");
    };
    now += DEPARTMENT_MAX_AGE_MS + 1;
    expect(await cachedDepartment(storage, "oid-1", down, () => now)).toBe("市场部");
    // Another user on the same device never gets this user's department.
    expect(await cachedDepartment(storage, "oid-2", down, () => now)).toBe("");
    storage.data.set(DEPARTMENT_KEY, "{broken");
    expect(await cachedDepartment(storage, "oid-1", down, () => now)).toBe("");
  });
});

describe("the notice", () => {
  test("shown until dismissed, and dismissed once for good", async () => {
    const storage = memoryStorage();
    expect(await noticeDismissed(storage)).toBe(false);
    await dismissNotice(storage);
    expect(await noticeDismissed(storage)).toBe(true);
  });

  test("a storage that fails means the notice shows (never the other way round)", async () => {
    const broken = { getItem: () => Promise.reject(new Error("no storage")), setItem: () => Promise.reject(new Error("no storage")) };
    expect(await noticeDismissed(broken)).toBe(false);
    await expect(dismissNotice(broken)).resolves.toBeUndefined();
  });
});

describe("what an edit made go away (the meeting pane's `fixed`)", () => {
  const agenda = finding("meeting/agenda", "error");
  const taker = finding("meeting/minute-taker", "warning");
  const typoOther = finding("mail/language-typo", "warning", { word: "teh" });

  test("the findings of the check before that the check after no longer has", () => {
    expect(findingsGone([agenda, taker], [taker])).toEqual([agenda]);
    expect(findingsGone([agenda, taker], [])).toEqual([agenda, taker]);
    expect(findingsGone([agenda], [agenda, taker])).toEqual([]);
    // The same rule about other words is another finding: the one that went is the one recorded.
    expect(findingsGone([typo, typoOther], [typoOther])).toEqual([typo]);
  });

  test("a re-read that found the same things (in any order) is the same check; anything else differs", () => {
    expect(sameFindings([agenda, taker], [{ ...taker }, { ...agenda }])).toBe(true);
    expect(sameFindings([], [])).toBe(true);
    expect(sameFindings([agenda], [agenda, taker])).toBe(false);
    expect(sameFindings([typo], [typoOther])).toBe(false);
  });

  test("an edit's kind is its fix id", () => {
    expect(fixedOutcome(agenda, "agenda")).toEqual({ rule: "meeting/agenda", severity: "error", action: "fixed", fixId: "agenda" });
  });
});
