import type { PaneComplianceWiring } from "../compliance/pane-recorder";
import { fromSyncStorage, memoryStorage, type QueueStorage } from "../compliance/queue-storage";

// The playground records to the local compliance service `npm start` runs (its URL comes in
// the page's `service` query), signed in with the development key: only a development build
// has it (the import below is dropped from any other), and only a development service trusts
// it. The same fixed user and department each time, so the dashboard's figures add up.

export const PLAYGROUND_OBJECT_ID = "0d0d0d0d-0000-4000-8000-00000000a11e";
export const PLAYGROUND_DEPARTMENT = "研发部";

function pageStorage(): QueueStorage {
  try {
    return fromSyncStorage(window.localStorage);
  } catch {
    return memoryStorage();
  }
}

async function devToken(): Promise<string> {
  const dev = process.env.DEV_OUTPUT === "1" ? await import(/* webpackChunkName: "dev-token" */ "../compliance/dev-token") : undefined;
  if (!dev) throw new Error("development sign-in is not in a production build");
  return dev.mintDevToken({ oid: PLAYGROUND_OBJECT_ID, name: "Playground user" });
}

async function devTenantKey(): Promise<string> {
  const dev = process.env.DEV_OUTPUT === "1" ? await import(/* webpackChunkName: "dev-token" */ "../compliance/dev-token") : undefined;
  return dev?.DEV_TENANT_KEY ?? "";
}

/** Recording for the playground when the page names a service; none otherwise. */
export async function playgroundCompliance(serviceUrl: string | null, department = PLAYGROUND_DEPARTMENT): Promise<PaneComplianceWiring | undefined> {
  if (!serviceUrl) return undefined;
  let token: Promise<string> | undefined;
  return {
    storage: pageStorage(),
    getToken: () => (token ??= devToken()),
    readDepartment: async () => department,
    policyOverride: { enabled: true, serviceUrl, tenantKey: await devTenantKey() },
    flushMs: 5000,
  };
}
