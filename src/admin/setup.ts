import { loadDeploymentConfig, type DeploymentConfig } from "../graph/config";
import { DEFAULT_POLICY, parsePolicyText } from "../policy/config";
import type { CompliancePolicy } from "../policy/config-compliance";

// What the dashboard needs to start: the service's URL and API scope from the tenant policy
// file (compliance block), and the Entra app from config.json, both beside the page. In a
// development build `?service=` may point at another local service (npm start, tests).

/** The development output (dist-dev/), never the production one (dist/). */
export const DEV_BUILD = process.env.DEV_OUTPUT === "1";
export const DEV_SERVICE_URL = "http://localhost:3100";

export interface DashboardSetup {
  serviceUrl: string;
  compliance: CompliancePolicy;
  deployment: DeploymentConfig;
}

function devServiceOverride(search: string): string | undefined {
  if (!DEV_BUILD) return undefined;
  const url = new URLSearchParams(search).get("service");
  return url && /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/.test(url) ? url : undefined;
}

/** The policy file's compliance block; the defaults when the file is missing or invalid. */
async function loadCompliancePolicy(url = "policy.json"): Promise<CompliancePolicy> {
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return DEFAULT_POLICY.compliance;
    const parsed = parsePolicyText(await response.text());
    return parsed.ok ? parsed.policy.compliance : DEFAULT_POLICY.compliance;
  } catch {
    return DEFAULT_POLICY.compliance;
  }
}

export async function loadSetup(search = location.search): Promise<DashboardSetup> {
  const [{ config }, compliance] = await Promise.all([loadDeploymentConfig(), loadCompliancePolicy()]);
  const serviceUrl = devServiceOverride(search) ?? (compliance.serviceUrl || (DEV_BUILD ? DEV_SERVICE_URL : ""));
  return { serviceUrl, compliance, deployment: config };
}
