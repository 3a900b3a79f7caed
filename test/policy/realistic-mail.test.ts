import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { emlToDraft } from "../../src/cli/eml";
import { jsonToDrafts } from "../../src/cli/json-draft";
import { parseTenantPolicy, checkDraft } from "../../src/policy/engine";
import type { Draft, Finding, Lang } from "../../src/policy/types";

// Mails written the way colleagues at a Chinese / Taiwanese / international company write
// them (greetings, signatures, disclaimers, quoted replies in Outlook desktop, Outlook web and
// Gmail styles, mixed scripts), run through the whole engine with the tenant's policy file.
// Good mails must raise no warning or error; imperfect ones raise exactly the rules a careful
// reviewer would name. Each file's moment of sending is its own (sentAt / Date header).

const DIR = join(__dirname, "../fixtures/realistic");
const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

const parsed = parseTenantPolicy(JSON.parse(readFileSync(join(__dirname, "../../assets/policy.json"), "utf8")));
if (!parsed.ok) throw new Error(`assets/policy.json: ${parsed.errors.join("; ")}`);
const policy = parsed.policy;

/** The warnings and errors each imperfect mail must raise (info notes are not listed). */
const EXPECTED: Record<string, readonly string[]> = {
  "bad-attachment-missing.json": ["mail/attachment-missing"],
  "bad-attachment-undescribed.json": ["mail/attachments-described"],
  "bad-confidential-external.json": ["mail/confidential-external"],
  "bad-en-external-attachment-missing.eml": ["mail/attachment-missing"],
  "bad-en-vague-fyi.json": ["mail/subject-specific"],
  "bad-greets-non-recipient.json": ["mail/recipients-mentioned"],
  "bad-it-report-incomplete.json": ["mail/it-report-fields"],
  "bad-mentioned-not-recipient.json": ["mail/recipients-mentioned"],
  "bad-no-recipients.json": ["mail/recipients-present"],
  "bad-politeness-caps.json": ["mail/it-report-fields", "mail/politeness"],
  "bad-send-time-night.json": ["mail/send-time"],
  "bad-slang.json": ["mail/language-slang"],
  "bad-typo.json": ["mail/language-typo", "mail/language-typo"],
  "bad-vague-subject.json": ["mail/subject-specific"],
  "bad-wall-of-text.json": ["mail/body-paragraphs"],
  "bad-zh-tw-holiday.json": ["mail/send-time"],
  "bad-zh-cn-subject-qingchashou.json": ["mail/subject-specific"],
  // A subject in capitals is shouting (mail/politeness) and says nothing of the topic (mail/subject-specific).
  "bad-en-caps-subject.json": ["mail/politeness", "mail/subject-specific"],
  "bad-en-typos.json": ["mail/language-typo", "mail/language-typo", "mail/language-typo"],
  "bad-zh-tw-slang.json": ["mail/language-slang"],
  "bad-en-rude.json": ["mail/politeness"],
  "bad-en-label-external.json": ["mail/confidential-external"],
  "bad-zh-cn-greets-wrong-person.json": ["mail/recipients-mentioned"],
  "bad-en-background-first.json": ["mail/opening-purpose"],
  "bad-zh-cn-no-closing-action.json": ["mail/closing-action"],
  "bad-en-it-report-no-impact.json": ["mail/it-report-fields"],
  "bad-en-subject-re-only.json": ["mail/subject-present"],
  "bad-zh-cn-rude.json": ["mail/politeness", "mail/politeness"],
  "bad-zh-tw-internal-data-external.json": ["mail/confidential-external"],
  "bad-zh-cn-owa-mention-not-recipient.json": ["mail/recipients-mentioned"],
  "bad-en-pfa-nothing-attached.json": ["mail/attachment-missing"],
  "bad-zh-cn-see-attachment-missing.json": ["mail/attachment-missing"],
  "bad-zh-cn-greets-two-one-missing.json": ["mail/recipients-mentioned"],
  "bad-en-subject-hi-name.json": ["mail/subject-specific"],
};

/** Info notes a mail may carry because they are true of it. */
const EXPECTED_INFO: Record<string, readonly string[]> = {
  "good-en-urgent-after-hours.json": ["mail/send-time"],
  "bad-wall-of-text.json": ["mail/politeness"],
  "good-en-done-reply.json": ["mail/politeness"],
};

async function draftOf(file: string): Promise<Draft> {
  const bytes = new Uint8Array(readFileSync(join(DIR, file)));
  if (file.endsWith(".eml")) return emlToDraft(bytes);
  const [draft] = jsonToDrafts(bytes);
  return draft;
}

function ids(findings: readonly Finding[], keep: (f: Finding) => boolean): string[] {
  return findings.filter(keep).map((f) => f.rule).sort();
}

const files = readdirSync(DIR).filter((f) => /\.(json|eml)$/.test(f)).sort();
const isSerious = (f: Finding): boolean => f.severity !== "info";

describe("realistic mail", () => {
  it("has a set of good and imperfect mails", () => {
    expect(files.filter((f) => f.startsWith("good-")).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith("bad-")).length).toBeGreaterThanOrEqual(15);
    for (const name of Object.keys(EXPECTED)) expect(files).toContain(name);
  });

  describe.each(files)("%s", (file) => {
    it("raises exactly the expected warnings and errors", async () => {
      const draft = await draftOf(file);
      const { findings } = checkDraft(draft, policy, { lang: "en" });
      const expected = file.startsWith("good-") ? [] : [...(EXPECTED[file] ?? ["(missing from EXPECTED)"])].sort();
      expect({ file, rules: ids(findings, isSerious), messages: findings.filter(isSerious).map((f) => f.message) }).toEqual(
        expect.objectContaining({ file, rules: expected }),
      );
    });

    it("raises only the info notes that are true of it", async () => {
      const draft = await draftOf(file);
      const { findings } = checkDraft(draft, policy, { lang: "en" });
      expect(ids(findings, (f) => f.severity === "info")).toEqual([...(EXPECTED_INFO[file] ?? [])].sort());
    });

    it.each(LANGS)("renders every message in %s", async (lang) => {
      const draft = await draftOf(file);
      const { findings } = checkDraft(draft, policy, { lang });
      for (const f of findings) expect(f.message).not.toMatch(/\{\{|\}\}|undefined/);
    });
  });
});
