import { encodeHandoff, decodeHandoff } from "../../src/outlook/handoff";
import { paneText, paneTranslator, resolveUiLang } from "../../src/i18n/message-pane";
import { counts, findingKey, fingerprint, groupFindings, heldKeys, orderWithHandoff } from "../../src/message-pane/model";
import { doneText, offersFor } from "../../src/message-pane/offers";
import { isDark } from "../../src/pane-shell/use-office-theme";
import { checkDraft } from "../../src/policy/engine";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { LANGS, type Finding, type FixAction } from "../../src/policy/types";
import { mail, file } from "../support/drafts";

// The pane's pure parts: grouping and ordering, what is offered for a finding (the rule's own
// fixes with the rule's own labels), and what the pane says once a change is made.

function f(rule: string, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return { rule, severity, messageId: "m", data: {}, message: rule, clause: "§2.2.3", ...extra };
}

const moment = (iso: string) => `«${iso}»`;
const all = () => true;

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

describe("offers come from the rules, with the rules' labels", () => {
  test("each fix and suggestion of a real check is offered under the label its rule wrote, in every language", () => {
    const draft = mail({
      sentAt: "2026-11-24T22:30:00+08:00",
      body: "Hi Lisa,\n\nWe can recieve the files now, pls check.\n\nThanks,\nTom",
      attachments: [file("Q3-budget-v2.xlsx")],
    });
    for (const lang of LANGS) {
      const { findings } = checkDraft(draft, DEFAULT_POLICY, { lang, timeZone: "Asia/Shanghai" });
      const offers = findings.flatMap((x) => offersFor(x, all));
      const labels = findings.flatMap((x) => [...(x.fix && x.fixLabel ? [x.fixLabel] : []), ...(x.suggestions ?? []).map((s) => s.label)]);
      expect(offers.map((o) => o.label)).toEqual(labels);
      expect(offers.length).toBeGreaterThanOrEqual(4);
      for (const label of labels) expect({ lang, label, unfilled: /\{\{|plural,/.test(label) }).toEqual({ lang, label, unfilled: false });
    }
  });

  test("a fix without a label from its rule is not offered; an unsupported one is kept for the manual hint", () => {
    const fix: FixAction = { kind: "scheduleSend", at: "2026-11-25T01:00:00Z" };
    expect(offersFor(f("x", "warning", { fix }), all)).toEqual([]);
    const [offer] = offersFor(f("x", "warning", { fix, fixMessageId: "schedule", fixLabel: "Schedule it for Wed 25 Nov 09:00 GMT+8" }), () => false);
    expect(offer).toMatchObject({ supported: false, label: "Schedule it for Wed 25 Nov 09:00 GMT+8" });
    expect(paneText("en", "manualChange", { label: offer.label })).toBe("This Outlook cannot make this change for the add-in; please make it yourself: Schedule it for Wed 25 Nov 09:00 GMT+8.");
  });
});

describe("what the pane says once a change is made", () => {
  const fixes: FixAction[] = [
    { kind: "insertTemplate", template: "itReport" },
    { kind: "insertText", place: "beforeClosing", block: "attachmentList", text: "附件：\n1. 《a.xlsx》— " },
    { kind: "replaceText", field: "body", find: "recieve", replace: "receive" },
    { kind: "scheduleSend", at: "2026-11-25T01:00:00Z" },
    { kind: "addRecipient", field: "to", person: { name: "王伟", address: "wang.wei@contoso.com" } },
  ];

  test("a sentence that says what is now in the mail, never a bare 'Done: Insert'", () => {
    const en = paneTranslator("en");
    expect(doneText(fixes[0], en, moment)).toBe("Inserted the IT problem report template.");
    expect(doneText(fixes[3], en, moment)).toBe("The mail will be delivered at «2026-11-25T01:00:00Z».");
    expect(doneText(fixes[4], paneTranslator("zh-CN"), moment)).toBe("已将 王伟 添加到收件人。");
    expect(doneText(fixes[0], paneTranslator("zh-TW"), moment)).toBe("已插入「IT 問題報告」範本。");
    for (const lang of LANGS) {
      const t = paneTranslator(lang);
      for (const fix of fixes) {
        const text = doneText(fix, t, moment);
        expect({ lang, text, bad: /\{\{|^Done: |^已完成：/.test(text) || !/[.。]$/.test(text) }).toEqual({ lang, text, bad: false });
      }
    }
  });
});

describe("languages and theme", () => {
  test("display languages: zh-CN, zh-TW / zh-HK / zh-Hant, others English, the pseudo-locale", () => {
    expect(resolveUiLang("zh-CN")).toBe("zh-CN");
    expect(resolveUiLang("zh-HK")).toBe("zh-TW");
    expect(resolveUiLang("fr-FR")).toBe("en");
    expect(resolveUiLang("qps-ploc")).toBe("qps-ploc");
    expect(paneText("qps-ploc", "checkedAt", { time: "09:00" })).toContain("09:00");
  });

  test("dark theme from the flag or from the background colour", () => {
    expect(isDark({ isDarkTheme: true })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#1f1f1f" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#ffffff" })).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });
});
