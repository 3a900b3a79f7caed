import { SignJWT } from "jose";

// Development sign-in for `npm start`, the playground and the dashboard's development build:
// tokens signed with a key everyone can read in this file. The dashboard offers it only in the
// development output (DEV_OUTPUT is compiled in; dist/ has no trace of this file); the service
// trusts these tokens only when it is not a production build and DEV_AUTH=1 is set;
// production trusts only the tenant's Entra signing keys.

export const DEV_ISSUER = "urn:comm-policy:dev";
export const DEV_AUDIENCE = "urn:comm-policy:dev-api";
export const DEV_TENANT = "00000000-0000-0000-0000-00000000dev0";
export const DEV_TENANT_KEY = "development tenant key: not secret, never used in production";
const DEV_SECRET = "comm-policy-assistant development signing key - trusted by development builds only";

export function devSigningKey(): Uint8Array {
  return new TextEncoder().encode(DEV_SECRET);
}

export interface DevIdentity {
  oid: string;
  name?: string;
  roles?: string[];
}

export async function mintDevToken(identity: DevIdentity, lifetimeSeconds = 3600): Promise<string> {
  return new SignJWT({ tid: DEV_TENANT, oid: identity.oid, name: identity.name ?? "Developer", roles: identity.roles ?? [] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(identity.oid)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(devSigningKey());
}
