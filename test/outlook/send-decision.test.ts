import { decodeHandoff, HANDOFF_KEY } from "../../src/outlook/handoff";
import { NO_SEND_FEATURES, type SendFeatures } from "../../src/outlook/requirements";
import { decideOnFailure, decideSend, MESSAGE_LIMIT, type SendDecisionInput } from "../../src/outlook/send-decision";
import { DEFAULT_POLICY } from "../../src/policy/config";
import type { Finding, Lang, Severity } from "../../src/policy/types";

// The send decision is pure: these cases pin what Outlook is told for each combination of
// findings, tenant setting and client support, in each language.

const ALL: SendFeatures = { promptUser: true, commandButton: true, contextData: true, markdown: true, sessionData: true };
const MAILBOX_1_13: SendFeatures = { ...NO_SEND_FEATURES, sessionData: true };
const LANGS: Lang[] = ["en", "zh-CN", "zh-TW"];
const NOW = new Date("2026-11-24T02:00:00Z");

const MESSAGES: Record<string, Record<Lang, string>> = {
  subject: { en: "The subject is empty. Write a subject that sums up the mail.", "zh-CN": "邮件主题为空。请填写能概括邮件内容的主题。", "zh-TW": "郵件主旨為空。請填寫能概括郵件內容的主旨。" },
  slang: { en: "\"asap\" is chat language; say when you need it.", "zh-CN": "“asap”是口语，请写明需要的时间。", "zh-TW": "「asap」是口語，請寫明需要的時間。" },
  external: { en: "A confidential mail goes to fabrikam.com.", "zh-CN": "保密邮件发往 fabrikam.com。", "zh-TW": "機密郵件寄往 fabrikam.com。" },
  recipients: { en: "The mail has no recipient.", "zh-CN": "邮件没有收件人。", "zh-TW": "郵件沒有收件人。" },
  attachment: { en: "The mail mentions an attachment but has none.", "zh-CN": "正文提到附件，但没有附件。", "zh-TW": "內文提到附件，但沒有附件。" },
  time: { en: "It is 23:40 on a Saturday; schedule it for Monday 09:00.", "zh-CN": "现在是周六 23:40，建议定时到周一 09:00 发送。", "zh-TW": "現在是週六 23:40，建議排定於週一 09:00 傳送。" },
};

function finding(key: keyof typeof MESSAGES, severity: Severity, lang: Lang): Finding {
  return { rule: `mail/${key}`, severity, messageId: key, data: {}, message: MESSAGES[key][lang], clause: "§2.2.2" };
}

function input(lang: Lang, findings: Finding[], extra: Partial<SendDecisionInput> = {}): SendDecisionInput {
  return { kind: "mail", findings, policy: DEFAULT_POLICY, lang, features: ALL, commandId: "msgComposeCheckPolicy", now: NOW, ...extra };
}

describe.each(LANGS)("decideSend in %s", (lang) => {
  it("lets a clean draft go", () => {
    expect(decideSend(input(lang, []))).toEqual({ verdict: "allow", options: { allowEvent: true } });
  });

  it("lets a draft with only info notes go", () => {
    expect(decideSend(input(lang, [finding("time", "info", lang)])).options).toEqual({ allowEvent: true });
  });

  it("holds warnings once with Send Anyway", () => {
    const d = decideSend(input(lang, [finding("slang", "warning", lang), finding("time", "warning", lang)]));
    expect(d.verdict).toBe("prompt");
    expect(d.options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", commandId: "msgComposeCheckPolicy" });
    expect(d.options.errorMessage).toContain(MESSAGES.slang[lang]);
    expect(d.options.errorMessage).toContain(MESSAGES.time[lang]);
  });

  it("lets warnings through silently when the tenant says so", () => {
    const d = decideSend(input(lang, [finding("slang", "warning", lang)], { policy: { ...DEFAULT_POLICY, warningsOnSend: "allow" } }));
    expect(d.options).toEqual({ allowEvent: true });
  });

  it("lets warnings through on a client without Send Anyway (Mailbox 1.12/1.13)", () => {
    expect(decideSend(input(lang, [finding("slang", "warning", lang)], { features: MAILBOX_1_13 })).options).toEqual({ allowEvent: true });
  });

  it("blocks errors, lists them first, at most three, then 'and N more'", () => {
    const findings = [
      finding("slang", "warning", lang),
      finding("subject", "error", lang),
      finding("external", "error", lang),
      finding("recipients", "error", lang),
      finding("attachment", "error", lang),
    ];
    const d = decideSend(input(lang, findings));
    expect(d.verdict).toBe("block");
    expect(d.options.allowEvent).toBe(false);
    expect(d.options.sendModeOverride).toBeUndefined();
    const lines = d.options.errorMessage!.split("\n");
    expect(lines[1]).toContain(MESSAGES.subject[lang]);
    expect(lines[2]).toContain(MESSAGES.external[lang]);
    expect(lines[3]).toContain(MESSAGES.recipients[lang]);
    expect(d.options.errorMessage).not.toContain(MESSAGES.slang[lang]);
    expect(lines[4]).toContain("2");
    expect(d.options.cancelLabel).toBe({ en: "Fix", "zh-CN": "修正", "zh-TW": "修正" }[lang]);
    expect(d.options.commandId).toBe("msgComposeCheckPolicy");
  });

  it("hands every finding to the pane in contextData (Mailbox 1.14)", () => {
    const findings = [finding("subject", "error", lang), finding("slang", "warning", lang)];
    const d = decideSend(input(lang, findings));
    const handoff = decodeHandoff(d.options.contextData);
    expect(handoff).toMatchObject({ kind: "mail", lang, omitted: 0 });
    expect(handoff!.findings.map((f) => f.messageId)).toEqual(["subject", "slang"]);
    expect(d.sessionData).toBeUndefined();
  });

  it("hands the findings over in item.sessionData where contextData is missing (Mailbox 1.11–1.13)", () => {
    const d = decideSend(input(lang, [finding("subject", "error", lang)], { features: MAILBOX_1_13 }));
    expect(d.options.contextData).toBeUndefined();
    expect(d.options.commandId).toBeUndefined();
    expect(d.options.cancelLabel).toBeUndefined();
    expect(d.sessionData?.key).toBe(HANDOFF_KEY);
    expect(decodeHandoff(d.sessionData?.value)?.findings).toHaveLength(1);
  });

  it("gives no markdown to a client without errorMessageMarkdown (Mailbox 1.14)", () => {
    const d = decideSend(input(lang, [finding("subject", "error", lang)], { features: { ...ALL, markdown: false } }));
    expect(d.options.errorMessageMarkdown).toBeUndefined();
    expect(d.options.errorMessage).toBeTruthy();
  });

  it("keeps both messages within the documented 500 characters", () => {
    const long = { ...finding("subject", "error", lang), message: `${MESSAGES.subject[lang]} `.repeat(20) };
    const d = decideSend(input(lang, [long, long, long, long, long]));
    expect(d.options.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(d.options.errorMessageMarkdown!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it("fails open or closed as the tenant chose", () => {
    expect(decideOnFailure("allow", lang).options).toEqual({ allowEvent: true });
    const blocked = decideOnFailure("block", lang).options;
    expect(blocked.allowEvent).toBe(false);
    expect(blocked.errorMessage!.length).toBeGreaterThan(10);
    expect(blocked.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });
});

describe("decideSend messages", () => {
  it("writes the whole message in the user's language", () => {
    const zh = decideSend(input("zh-CN", [finding("subject", "error", "zh-CN")]));
    expect(zh.options.errorMessage).toBe("这封邮件还不符合沟通规范：\n• 邮件主题为空。请填写能概括邮件内容的主题。\n选择“修正”查看全部问题并修正。");
    const tw = decideSend(input("zh-TW", [finding("subject", "error", "zh-TW")], { kind: "meeting", commandId: "apptComposeCheckPolicy" }));
    expect(tw.options.errorMessage!.startsWith("這個會議邀請還不符合溝通規範：")).toBe(true);
    expect(tw.options.commandId).toBe("apptComposeCheckPolicy");
  });

  it("escapes Markdown in the findings' own words", () => {
    const f = { ...finding("slang", "error", "en"), message: 'Replace "*urgent*" [asap] with a date' };
    const md = decideSend(input("en", [f])).options.errorMessageMarkdown!;
    expect(md).toContain("\\*urgent\\*");
    expect(md).toContain("\\[asap\\]");
    expect(md.startsWith("**")).toBe(true);
  });

  it("points to the ribbon button when the client has no Fix button", () => {
    const d = decideSend(input("en", [finding("subject", "error", "en")], { features: NO_SEND_FEATURES }));
    expect(d.options.errorMessage).toContain("Check policy");
    expect(d.sessionData).toBeUndefined();
  });
});
