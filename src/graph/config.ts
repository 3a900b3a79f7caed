import { z } from "zod";

// Deployment configuration: which Entra app the panes sign in with. IT writes `config.json`
// beside the add-in's pages (same origin as manifest.xml points at), so one build serves any
// tenant and no id lives in the code. Every field is optional: without a client id the panes
// run every local check and say which checks need Microsoft Graph.
//
//   { "clientId": "00000000-0000-0000-0000-000000000000",
//     "tenantId": "contoso.onmicrosoft.com",
//     "addInId": "<the <Id> of manifest.xml>" }

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const deploymentConfigSchema = z
  .object({
    clientId: z.string().regex(GUID, "the Application (client) ID, a GUID").optional(),
    /** Directory (tenant) ID or a verified domain; "organizations" for any work account. */
    tenantId: z.string().min(1).default("organizations"),
    /** The manifest's <Id>: custom properties live in the extended property `cecp-<addInId>`. */
    addInId: z.string().regex(GUID, "the add-in's <Id> from manifest.xml, a GUID").optional(),
    /** Graph root; only tests and the playground change it. */
    graphBaseUrl: z.string().url().default("https://graph.microsoft.com/"),
  })
  .strip();

export type DeploymentConfig = z.output<typeof deploymentConfigSchema>;

export const EMPTY_DEPLOYMENT_CONFIG: DeploymentConfig = deploymentConfigSchema.parse({});

export interface LoadedConfig {
  config: DeploymentConfig;
  /** Why the file could not be used (missing, not JSON, invalid); undefined when it was. */
  problem?: string;
}

export function parseDeploymentConfig(input: unknown): LoadedConfig {
  const parsed = deploymentConfigSchema.safeParse(input);
  if (parsed.success) return { config: parsed.data };
  return { config: EMPTY_DEPLOYMENT_CONFIG, problem: parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ") };
}

/** Loads `config.json` next to the page. Never throws: a broken file means "no Graph". */
export async function loadDeploymentConfig(url = "config.json", fetchImpl: typeof fetch = fetch): Promise<LoadedConfig> {
  try {
    const response = await fetchImpl(url, { cache: "no-cache" });
    if (!response.ok) return { config: EMPTY_DEPLOYMENT_CONFIG, problem: `${url}: HTTP ${response.status}` };
    return parseDeploymentConfig(JSON.parse(await response.text()));
  } catch (error) {
    return { config: EMPTY_DEPLOYMENT_CONFIG, problem: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
