import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { loadDrafts } from "../../src/cli/load";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";
import type { Lang } from "../../src/policy/types";

// Outlook/Teams invitations as Outlook exports them (.ics with the China Standard Time
// VTIMEZONE, the Teams join block in DESCRIPTION and X-ALT-DESC, VALARM, attendees with CN and
// ROLE), read by the CLI's loader and checked by the engine as `comm-policy check` does. The
// booking moment is each file's DTSTAMP. Invitations that follow the policy get no warning or
// error (an info note at most); careless ones get exactly the rules they break.

const DIR = join(__dirname, "..", "fixtures", "realistic-meetings");

const EXPECTED: Record<string, string[]> = {
  "good-en-all-day-workshop": [],
  "good-en-in-person-room": [],
  "good-en-no-slides-needed": [],
  "good-en-post-incident-review": [],
  "good-en-release-go-no-go": [],
  "good-en-vendor-sow": [],
  "good-mixed-q4-hiring": [],
  "good-zh-cn-dc-migration": [],
  "good-zh-cn-file-share-materials": [],
  "good-zh-cn-taker-nickname": [],
  "good-zh-cn-weekly-recurring": [],
  "good-zh-tw-discussion-items": [],
  "good-zh-tw-erp-weekly": [],
  "good-zh-tw-urgent-incident": [],
  "bad-en-agenda-tbd-reminder-at-start": ["meeting/agenda", "meeting/reminder"],
  "bad-en-sync-no-taker": ["meeting/minute-taker", "meeting/reminder", "meeting/subject-specific"],
  "bad-en-urgent-no-reason": ["meeting/advance-booking"],
  "bad-mixed-video-no-link": ["meeting/online-join"],
  "bad-zh-cn-no-attendees": ["meeting/attendees"],
  "bad-zh-cn-short-notice-no-agenda": ["meeting/advance-booking", "meeting/agenda"],
  "bad-zh-tw-taker-not-invited-slides": ["meeting/materials", "meeting/minute-taker"],
};

async function findingsOf(name: string, lang: Lang) {
  const path = join(DIR, `${name}.ics`);
  const loaded = await loadDrafts(path, readFileSync(path), { timeZone: DEFAULT_POLICY.workingHours.timeZone });
  if (!loaded.ok) throw new Error(`${name}: ${loaded.reason}`);
  expect(loaded.drafts).toHaveLength(1);
  return checkDraft(loaded.drafts[0], DEFAULT_POLICY, { lang }).findings;
}

describe("realistic Outlook invitations", () => {
  test("every fixture has an expectation", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".ics")).map((f) => f.replace(/\.ics$/, "")).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("%s", async (name, expected) => {
    const findings = await findingsOf(name, "zh-TW");
    expect([...new Set(findings.filter((f) => f.severity !== "info").map((f) => f.rule))].sort()).toEqual(expected);
    // Every finding reads in the user's language, with no unfilled placeholder.
    for (const f of findings) expect(f.message).not.toMatch(/\{\{|undefined/);
  });

  test("the urgent incident meeting gets only the notify-at-once note", async () => {
    const findings = await findingsOf("good-zh-tw-urgent-incident", "zh-CN");
    expect(findings.map((f) => [f.rule, f.messageId, f.severity])).toEqual([["meeting/advance-booking", "urgentNotify", "info"]]);
  });
});
