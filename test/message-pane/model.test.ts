import { encodeHandoff, decodeHandoff } from "../../src/outlook/handoff";
import { TASKPANE_TEXT, paneText, paneTranslator, pseudoLocalize, resolveUiLang } from "../../src/i18n/taskpane";
import { counts, findingKey, fingerprint, groupFindings, heldKeys, orderWithHandoff } from "../../src/message-pane/model";
import { fixLabel, manualHint, offersFor } from "../../src/message-pane/offers";
import { isDark } from "../../src/message-pane/use-office-theme";
import type { Finding } from "../../src/policy/types";
import { mail, file } from "../support/drafts";

// The pane's pure parts: grouping and ordering, what is offered for a finding, the strings.

function f(rule: string, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return { rule, severity, messageId: "m", data: {}, message: rule, clause: "§2.2.3", ...extra };
}

const t = paneTranslator("en");
const time = (iso: string) => iso;

describe("model", () => {
  test("groups by severity, errors first, empty groups left out", () => {
    const groups = groupFindings([f("a", "warning"), f("b", "error"), f("c", "warning")]);
    expect(groups.map((g) => [g.severity, g.findings.map((x) => x.rule)])).toEqual([
      ["error", ["b"]],
      ["warning", ["a", "c"]],
    ]);
    expect(counts([f("a", "warning"), f("b", "info")])).toEqual({ error: 0, warning: 1, info: 1 });
  });

  test("the findings that held the mail back come first", () => {
    const held = f("mail/recipients-present", "error");
    const handoff = decodeHandoff(encodeHandoff("mail", "en", new Date("2026-11-24T02:00:00Z"), [held]));
    const ordered = orderWithHandoff([f("x", "warning"), f("y", "error"), held], handoff);
    expect(ordered.map((x) => x.rule)).toEqual(["mail/recipients-present", "x", "y"]);
    expect(heldKeys(handoff).has(findingKey(held))).toBe(true);
  });

  test("the fingerprint ignores seconds of the sending moment but not the minute", () => {
    const a = mail({ sentAt: "2026-11-24T10:00:05.000Z" });
    expect(fingerprint(a, "v1", "en")).toBe(fingerprint({ ...a, sentAt: "2026-11-24T10:00:40.000Z" }, "v1", "en"));
    expect(fingerprint(a, "v1", "en")).not.toBe(fingerprint({ ...a, sentAt: "2026-11-24T10:01:00.000Z" }, "v1", "en"));
  });
});

describe("offers", () => {
  const all = () => true;
  test("the rule's fix and suggestions, with labels", () => {
    const finding = f("mail/language-typo", "warning", {
      suggestions: [{ messageId: "replace", label: "Replace with “receive”", fix: { kind: "replaceText", field: "body", find: "recieve", replace: "receive" } }],
    });
    const offers = offersFor(finding, mail(), "en", t, all, time);
    expect(offers).toEqual([expect.objectContaining({ label: "Replace with “receive”", supported: true, cursor: false })]);
  });

  test("an attachment list when the rule gives none; inline images left out", () => {
    const draft = mail({ attachments: [file("Q3 预算.xlsx"), file("logo.png", { isInline: true })] });
    const [offer] = offersFor(f("mail/attachments-described", "warning"), draft, "zh-CN", t, all, time);
    expect(offer.fix).toEqual({ kind: "insertText", place: "beforeSignoff", text: "附件：\n1. 《Q3 预算.xlsx》— " });
    expect(offer.cursor).toBe(true);
  });

  test("IT reports and minutes offer their template", () => {
    expect(offersFor(f("mail/it-report-fields", "warning"), mail(), "en", t, all, time).map((o) => o.fix)).toEqual([{ kind: "insertTemplate", template: "itReport" }]);
  });

  test("unsupported fixes stay, marked, with the manual hint", () => {
    const fix = { kind: "scheduleSend", at: "2026-11-25T01:00:00Z" } as const;
    const [offer] = offersFor(f("mail/send-time", "warning", { fix }), mail(), "en", t, () => false, time);
    expect(offer.supported).toBe(false);
    expect(manualHint(fix, t, time)).toContain("Schedule send");
    expect(fixLabel(fix, t, time)).toBe("Send at 2026-11-25T01:00:00Z");
  });
});

describe("strings", () => {
  test("every string exists in the three languages, with the same placeholders", () => {
    for (const [id, entry] of Object.entries(TASKPANE_TEXT)) {
      const names = (s: string) => Array.from(s.matchAll(/\{\{(\w+)\}\}/g), (m) => m[1]).sort();
      expect([id, names(entry["zh-CN"])]).toEqual([id, names(entry.en)]);
      expect([id, names(entry["zh-TW"])]).toEqual([id, names(entry.en)]);
      expect(entry["zh-CN"]).not.toBe("");
      expect(entry["zh-TW"]).not.toBe("");
    }
  });

  test("display languages: zh-CN, zh-TW / zh-HK / zh-Hant, others English, the pseudo-locale", () => {
    expect(resolveUiLang("zh-CN")).toBe("zh-CN");
    expect(resolveUiLang("zh-HK")).toBe("zh-TW");
    expect(resolveUiLang("fr-FR")).toBe("en");
    expect(resolveUiLang("qps-ploc")).toBe("qps-ploc");
  });

  test("the pseudo-locale keeps placeholders and marks the text", () => {
    expect(pseudoLocalize("Send at {{time}}")).toMatch(/^\[Šéñð àţ \{\{time\}\} ~+\]$/);
    expect(paneText("qps-ploc", "fixSchedule", { time: "09:00" })).toContain("09:00");
  });

  test("dark theme from the flag or from the background colour", () => {
    expect(isDark({ isDarkTheme: true })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#1f1f1f" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#ffffff" })).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });
});
