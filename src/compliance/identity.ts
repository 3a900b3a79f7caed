import { STORAGE_KEYS } from "../policy/names";
import type { QueueStorage } from "./queue-storage";

// Who records: the user's Entra object id, read from the access token the service gets anyway
// (its `oid` claim; the service checks the signature, the pane only reads it), and the user's
// department from Microsoft Graph, cached on the device so a pane opening does not wait on
// Graph. When Graph cannot answer, the last known department is used, or "".

export const DEPARTMENT_KEY = STORAGE_KEYS.department;
/** A department changes rarely: read again after a week. */
export const DEPARTMENT_MAX_AGE_MS = 7 * 86_400_000;

function base64UrlDecode(part: string): string {
  let b64 = "";
  for (const ch of part) b64 += ch === "-" ? "+" : ch === "_" ? "/" : ch;
  while (b64.length % 4 !== 0) b64 += "=";
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The token's `oid` claim, or undefined for anything that is not a JWT carrying one. */
export function objectIdOf(token: string): string | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as { oid?: unknown };
    return typeof claims.oid === "string" && claims.oid !== "" ? claims.oid : undefined;
  } catch {
    return undefined;
  }
}

interface CachedDepartment {
  oid: string;
  department: string;
  at: number;
}

function parseCached(text: string | null): CachedDepartment | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<CachedDepartment>;
    return typeof value.oid === "string" && typeof value.department === "string" && typeof value.at === "number" ? (value as CachedDepartment) : undefined;
  } catch {
    return undefined;
  }
}

/** The user's department: the cached one while fresh, else Graph's (cached), else the stale one, else "". Never throws. */
export async function cachedDepartment(storage: QueueStorage, objectId: string, read: () => Promise<string>, now: () => number = Date.now): Promise<string> {
  const cached = parseCached(await storage.getItem(DEPARTMENT_KEY).catch(() => null));
  const mine = cached?.oid === objectId ? cached : undefined;
  if (mine && now() - mine.at < DEPARTMENT_MAX_AGE_MS) return mine.department;
  try {
    const department = (await read()).slice(0, 128);
    await storage.setItem(DEPARTMENT_KEY, JSON.stringify({ oid: objectId, department, at: now() } satisfies CachedDepartment)).catch(() => undefined);
    return department;
  } catch {
    return mine?.department ?? "";
  }
}
