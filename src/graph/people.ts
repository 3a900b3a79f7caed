import type { User } from "@microsoft/microsoft-graph-types";
import type { GraphApi } from "./failure";

// Names for the dashboard's per-person figures (compliance.perPerson). Events carry only the
// pseudonymous user key, HMAC-SHA256 of the user's object id with the tenant's key
// (compliance/user-key.ts), and a keyed hash cannot be turned back: so the dashboard lists the
// directory's users (id and display name only) and hashes each id with the same key, keeping
// the names whose key is one of the table's. The service, the database and every export stay
// without names and object ids; only an administrator's browser, which may read the directory
// anyway, puts the two together.
//
// GET /users with $select=id,displayName and $top (at most 999 a page), paged through
// @odata.nextLink (v1.0 user-list: https://learn.microsoft.com/graph/api/user-list). id and
// displayName are in the basic profile, so the delegated User.ReadBasic.All is enough
// (https://learn.microsoft.com/graph/permissions-reference#userreadbasicall).

export const PEOPLE_SCOPE = "User.ReadBasic.All";
const PAGE_SIZE = 999;
/** At most this many pages (≈100,000 users); a key still unnamed after them shows as its key. */
export const MAX_DIRECTORY_PAGES = 100;

export interface NamedPeople {
  names: Map<string, string>;
  /** Directory users hashed (for the status line). */
  scanned: number;
}

/** The display names of the users whose key is wanted; the others are left out. Throws GraphFailure. */
export async function namesForKeys(api: GraphApi, wanted: ReadonlySet<string>, keyOf: (objectId: string) => Promise<string>, maxPages = MAX_DIRECTORY_PAGES): Promise<NamedPeople> {
  const names = new Map<string, string>();
  if (wanted.size === 0) return { names, scanned: 0 };
  const users = await api.getAll<Pick<User, "id" | "displayName">>(`/users?$select=id,displayName&$top=${PAGE_SIZE}`, maxPages);
  for (const user of users) {
    if (!user.id) continue;
    const key = await keyOf(user.id);
    if (wanted.has(key)) names.set(key, user.displayName?.trim() || user.id);
  }
  return { names, scanned: users.length };
}
