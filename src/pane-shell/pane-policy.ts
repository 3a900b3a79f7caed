import { fetchPolicyText, loadPolicy, policyUrl, runtimeStorage, type LoadedPolicy } from "../outlook/policy-source";
import { loadPublicHolidays, needsPublicHolidays } from "./public-holidays-lazy";

// The policy for both panes, through the one policy loader (src/outlook/policy-source.ts:
// BOM stripped, validated, last good copy cached), with the holiday data the tenant's
// country needs loaded before the first check.

const POLICY_TIMEOUT_MS = 4000;

/** Makes the policy usable by the working calendar: non-CN tenants get their public holidays. */
export async function withHolidayData(loaded: LoadedPolicy): Promise<LoadedPolicy> {
  if (needsPublicHolidays(loaded.policy.holidays.country)) await loadPublicHolidays();
  return loaded;
}

export function loadPanePolicy(fetchText: () => Promise<string> = () => fetchPolicyText(policyUrl(), POLICY_TIMEOUT_MS)): Promise<LoadedPolicy> {
  return loadPolicy({ fetchText, storage: runtimeStorage() }).then(withHolidayData);
}

/** The reader's time zone (the machine's, which is the one Outlook shows), for moments in findings. */
export function readerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
