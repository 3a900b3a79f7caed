import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { loadDrafts } from "../../src/cli/load";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";

// Invitations in the shapes other calendar clients write them (Feishu / Lark, DingTalk, 腾讯会议
// / VooV, Zoom, Google, iCloud, Outlook without its VTIMEZONE), read by the CLI's loader and
// checked as `comm-policy check` does, at each file's DTSTAMP. Each file once read wrongly: a
// character cut by a fold, the tool's join block written above the agenda, an alarm or zone
// misread, a series update judged as a booking.

const DIR = join(__dirname, "..", "fixtures", "calendar-clients");

const EXPECTED: Record<string, { rules: string[]; start?: string; reminder?: number }> = {
  "outlook-taipei-teams-zh-tw-good": { rules: [] },
  "google-new-meet-iana-good": { rules: [] },
  "apple-icloud-inperson-good": { rules: [], reminder: 15 },
  "apple-alarm-at-start-bad-reminder": { rules: ["meeting/reminder"], reminder: 0 },
  "feishu-header-first-good": { rules: [] },
  "tencent-good": { rules: [] },
  "tencent-taker-not-invited": { rules: ["meeting/minute-taker"] },
  "series-exdate-override-good": { rules: [], start: "2026-12-03T14:00:00+08:00" },
  "series-updated-day-before-good": { rules: [], start: "2026-11-26T10:00:00+08:00" },
  "series-cancelled-exception-good": { rules: [], start: "2026-11-26T10:00:00+08:00" },
  "taker-optional-upper-mailto-good": { rules: [] },
  "absolute-trigger-2min": { rules: ["meeting/reminder"], reminder: 2 },
  "windows-zone-no-vtimezone-good": { rules: [], start: "2026-11-26T09:00:00-08:00" },
  "floating-x-wr-timezone-london-good": { rules: [], start: "2026-11-26T09:00:00Z" },
  "voov-zh-tw-reminder-1min": { rules: ["meeting/reminder"], reminder: 1 },
  "zoom-inviting-first-good": { rules: [] },
  "tokyo-zone-no-vtimezone-short-notice": { rules: ["meeting/advance-booking"], start: "2026-11-26T10:00:00+09:00" },
};

describe("invitations from other calendar clients", () => {
  test("every fixture has an expectation", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".ics")).map((f) => f.replace(/\.ics$/, "")).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("%s", async (name, expected) => {
    const path = join(DIR, `${name}.ics`);
    const loaded = await loadDrafts(path, readFileSync(path), { timeZone: DEFAULT_POLICY.workingHours.timeZone });
    if (!loaded.ok) throw new Error(`${name}: ${loaded.reason}`);
    expect(loaded.drafts).toHaveLength(1);
    const [draft] = loaded.drafts;
    if (draft.kind !== "meeting") throw new Error(`${name}: not a meeting`);
    if (expected.start) expect(draft.start).toBe(expected.start);
    if (expected.reminder !== undefined) expect(draft.reminderMinutes).toBe(expected.reminder);
    expect(JSON.stringify(draft.body)).not.toContain("\uFFFD");
    const findings = checkDraft(draft, DEFAULT_POLICY, { lang: "zh-CN" }).findings;
    expect([...new Set(findings.filter((f) => f.severity !== "info").map((f) => f.rule))].sort()).toEqual(expected.rules);
  });
});
