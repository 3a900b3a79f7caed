// The pseudonymous user key: HMAC-SHA256 of the user's Entra object id with the tenant's key
// (the policy file's compliance.tenantKey), as 64 hex digits. The dashboard and the database
// see only this key; the dashboard can put a name to it only by hashing the directory's object
// ids with the same key (compliance.perPerson). Web Crypto is the same in the panes, the
// on-send runtime and Node 20 (globalThis.crypto.subtle, HMAC: "SubtleCrypto.sign").

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  let out = "";
  for (const b of new Uint8Array(bytes)) out += b.toString(16).padStart(2, "0");
  return out;
}

/** Object ids are GUIDs; case and surrounding space must not make a second person. */
function canonicalObjectId(objectId: string): string {
  return objectId.trim().toLowerCase();
}

export async function pseudonymousUserKey(objectId: string, tenantKey: string): Promise<string> {
  if (!tenantKey) throw new Error("no tenant key: the pseudonymous user key needs compliance.tenantKey");
  const key = await crypto.subtle.importKey("raw", encoder.encode(tenantKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return hex(await crypto.subtle.sign("HMAC", key, encoder.encode(canonicalObjectId(objectId))));
}
