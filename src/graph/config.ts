import * as z from "zod/mini";
import { CLOUDS, DEFAULT_CLOUD, isCloudName, type CloudName } from "./clouds";

// Deployment configuration: which Entra app the panes sign in with. IT writes `config.json`
// beside the add-in's pages (same origin as the manifests point at), so one build serves any
// tenant of its cloud and no id lives in the code. Every field is optional: without a client id
// the panes run every local check and say which checks need Microsoft Graph.
//
//   { "clientId": "00000000-0000-0000-0000-000000000000",
//     "tenantId": "contoso.onmicrosoft.com",
//     "addInId": "<the <Id> of manifest.xml>" }
//
// The cloud is the build's (CLOUD=global|china|usgov, src/graph/clouds.ts), never the file's:
// the sign-in authority and the Graph endpoint follow from it, and a `graphBaseUrl` in the file
// is accepted only when it is that cloud's Graph endpoint, so the bearer token cannot be sent
// anywhere else.

declare const process: { env: { CLOUD?: string } };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cloud this build was made for (webpack writes CLOUD in); global where none was. */
export function buildCloud(): CloudName {
  let name: string | undefined;
  try {
    name = process.env.CLOUD;
  } catch {
    name = undefined;
  }
  return isCloudName(name) ? name : DEFAULT_CLOUD;
}

/** The same URL with exactly one trailing slash: "https://graph.microsoft.com" and "…com/" are one endpoint. */
function withTrailingSlash(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end -= 1;
  return `${url.slice(0, end)}/`;
}

function fileSchema(cloud: CloudName) {
  const graph = CLOUDS[cloud].graph;
  // zod/mini, as the policy schema: the panes then carry one zod, not two.
  return z.object({
    clientId: z.optional(z.string().check(z.regex(GUID, "the Application (client) ID, a GUID"))),
    /** Directory (tenant) ID or a verified domain; "organizations" for any work account. */
    tenantId: z._default(z.string().check(z.minLength(1)), "organizations"),
    /** The manifest's <Id>: custom properties live in the extended property `cecp-<addInId>`. */
    addInId: z.optional(z.string().check(z.regex(GUID, "the add-in's <Id> from manifest.xml, a GUID"))),
    /** May only repeat the cloud's Graph endpoint (older files carried it). */
    graphBaseUrl: z.optional(
      z.string().check(
        z.refine((url) => withTrailingSlash(url.trim()).toLowerCase() === graph, `must be ${graph}, the Microsoft Graph endpoint of this build's cloud (${cloud}); the add-in sends its sign-in token nowhere else`),
      ),
    ),
  });
}

export interface DeploymentConfig {
  clientId?: string;
  tenantId: string;
  addInId?: string;
  /** The build's cloud. */
  cloud: CloudName;
  /** Entra ID sign-in authority: the cloud's sign-in host and the tenant. */
  authority: string;
  /** The cloud's Graph root. */
  graphBaseUrl: string;
}

function configFor(cloud: CloudName, file: { clientId?: string; tenantId: string; addInId?: string }): DeploymentConfig {
  const endpoints = CLOUDS[cloud];
  return {
    ...(file.clientId ? { clientId: file.clientId } : {}),
    tenantId: file.tenantId,
    ...(file.addInId ? { addInId: file.addInId } : {}),
    cloud,
    authority: `${endpoints.login}/${encodeURIComponent(file.tenantId)}`,
    graphBaseUrl: endpoints.graph,
  };
}

/** No config.json (or an unusable one) in the build's cloud: no Graph. */
export function emptyDeploymentConfig(cloud: CloudName = buildCloud()): DeploymentConfig {
  return configFor(cloud, { tenantId: "organizations" });
}

export interface LoadedConfig {
  config: DeploymentConfig;
  /** Why the file could not be used (missing, not JSON, invalid); undefined when it was. */
  problem?: string;
}

export function parseDeploymentConfig(input: unknown, cloud: CloudName = buildCloud()): LoadedConfig {
  const parsed = fileSchema(cloud).safeParse(input);
  if (parsed.success) return { config: configFor(cloud, parsed.data) };
  return { config: emptyDeploymentConfig(cloud), problem: parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ") };
}

/** Loads `config.json` next to the page. Never throws: a broken file means "no Graph". */
export async function loadDeploymentConfig(url = "config.json", fetchImpl: typeof fetch = fetch): Promise<LoadedConfig> {
  try {
    const response = await fetchImpl(url, { cache: "no-cache" });
    if (!response.ok) return { config: emptyDeploymentConfig(), problem: `${url}: HTTP ${response.status}` };
    return parseDeploymentConfig(JSON.parse(await response.text()));
  } catch (error) {
    return { config: emptyDeploymentConfig(), problem: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
