import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { QUEUE_KEY } from "../../src/compliance/queue";
import { SEND_FACTS_KEY } from "../../src/compliance/send-facts";
import { customPropertiesId, PROPERTY_MEETING_POLICY, PROPERTY_MINUTES_OF } from "../../src/graph/extended-properties";
import { HANDOFF_KEY } from "../../src/outlook/handoff";
import { minutesMarkerHtml } from "../../src/outlook/minutes-link";
import { POLICY_CACHE_KEY } from "../../src/outlook/policy-source";
import { CUSTOM_PROPERTIES_PREFIX, CUSTOM_PROPERTY_NAMES, LAZY_CHUNK_NAMES, MINUTES_MARKER_PREFIX, STAMP_HEADER, STORAGE_KEYS } from "../../src/policy/names";
import { STAMP_HEADER as STAMP_HEADER_OF_STAMP } from "../../src/policy/stamp";

// The names other programs read, written once (src/policy/names.ts): their values are what
// was already written to mailboxes, devices and exports, so they are pinned here; every
// module that names one must agree with the list, and nothing under src/ spells one anew.

const SRC = join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".generated.ts") ? [path] : [];
  });
}

test("the values already written out stay as they are", () => {
  expect(STAMP_HEADER).toBe("x-comm-policy");
  expect(CUSTOM_PROPERTY_NAMES).toEqual({ meetingPolicy: "commPolicyMeeting", minutesOf: "commPolicyMinutesOf" });
  expect(CUSTOM_PROPERTIES_PREFIX).toBe("cecp-");
  expect(STORAGE_KEYS).toEqual({
    sendHandoff: "commPolicy.sendCheck",
    policyCache: "commPolicy.policy",
    complianceQueue: "comm-policy.compliance-queue.v1",
    sendFacts: "comm-policy.send-facts.v1",
    dialogScopes: "cpa-scopes",
    sendOverride: "commPolicy.sendDespite",
    department: "commPolicy.department",
    recordingNoticePrefix: "commPolicy.recordingNotice.v",
  });
});

test("every module that names one agrees with the list", () => {
  expect(STAMP_HEADER_OF_STAMP).toBe(STAMP_HEADER);
  expect(PROPERTY_MEETING_POLICY).toBe(CUSTOM_PROPERTY_NAMES.meetingPolicy);
  expect(PROPERTY_MINUTES_OF).toBe(CUSTOM_PROPERTY_NAMES.minutesOf);
  expect(customPropertiesId("ABC-1")).toMatch(new RegExp(` Name ${CUSTOM_PROPERTIES_PREFIX}abc-1$`));
  expect(QUEUE_KEY).toBe(STORAGE_KEYS.complianceQueue);
  expect(SEND_FACTS_KEY).toBe(STORAGE_KEYS.sendFacts);
  expect(HANDOFF_KEY).toBe(STORAGE_KEYS.sendHandoff);
  expect(POLICY_CACHE_KEY).toBe(STORAGE_KEYS.policyCache);
  expect(minutesMarkerHtml({ subject: "Q3", start: "2026-12-01T02:00:00Z", end: "2026-12-01T03:00:00Z", attendees: [] })).toContain(MINUTES_MARKER_PREFIX);
});

test("every lazy chunk in src/ has a listed name, and every listed name is a chunk", () => {
  const named = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const m of readFileSync(file, "utf8").matchAll(/webpackChunkName:\s*"([^"]+)"/g)) named.add(m[1]);
  }
  expect([...named].sort()).toEqual([...LAZY_CHUNK_NAMES].sort());
});

test("outside the on-send files, no module under src/ spells a listed name anew", () => {
  // Being rewritten for issue 11; they adopt the list at merge (the agreement test above holds them meanwhile).
  const onSend = /[\\/](on-send[\\/]|outlook[\\/](handoff|policy-source|minutes-link|read-draft|send-decision)\.ts$)/;
  const names = [STAMP_HEADER, ...Object.values(CUSTOM_PROPERTY_NAMES), ...Object.values(STORAGE_KEYS)];
  const spelled: string[] = [];
  for (const file of sourceFiles(SRC)) {
    if (file.endsWith(join("policy", "names.ts")) || onSend.test(file)) continue;
    // Comments and user-facing prose may mention a name; a string literal may not.
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    for (const name of names) if (code.includes(`"${name}"`) || code.includes(`'${name}'`) || code.includes(`\`${name}\``)) spelled.push(`${file}: ${name}`);
  }
  expect(spelled).toEqual([]);
});
