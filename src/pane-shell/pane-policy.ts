import { fetchPolicyText, loadPolicy, policyUrl, runtimeStorage, type LoadedPolicy } from "../outlook/policy-source";
import { loadOpenCC } from "./opencc-lazy";
import { loadPublicHolidays, needsPublicHolidays } from "./public-holidays-lazy";

// The policy for both panes, through the one policy loader (src/outlook/policy-source.ts:
// BOM stripped, validated, last good copy cached), with what the engine loads on demand in a
// pane ready before the first check: OpenCC's tables, and the holiday data the tenant's
// country needs.

const POLICY_TIMEOUT_MS = 4000;

/** The engine's data a check with this policy needs, loaded: OpenCC always, public holidays outside CN. */
export async function withEngineData(loaded: LoadedPolicy): Promise<LoadedPolicy> {
  await Promise.all([loadOpenCC(), needsPublicHolidays(loaded.policy.holidays.country) ? loadPublicHolidays() : undefined]);
  return loaded;
}

export function loadPanePolicy(fetchText: () => Promise<string> = () => fetchPolicyText(policyUrl(), POLICY_TIMEOUT_MS)): Promise<LoadedPolicy> {
  // OpenCC's chunk loads while policy.json is fetched.
  void loadOpenCC();
  return loadPolicy({ fetchText, storage: runtimeStorage() }).then(withEngineData);
}

/** The reader's time zone (the machine's, which is the one Outlook shows), for moments in findings. */
export function readerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
