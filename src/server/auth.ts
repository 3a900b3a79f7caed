import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_TENANT, devSigningKey } from "../compliance/dev-token";

// Who is calling. The add-in and the dashboard send Entra ID access tokens for the service's
// API; they are checked against the tenant's signing keys (JWKS) for signature, issuer,
// audience, expiry and tenant id (Microsoft identity platform, "Access token claims
// reference" and "Validate tokens"). Only RS256 is accepted, so `alg: none` and HMAC tokens
// signed with a public key never pass; a token of another tenant fails on `tid` and issuer.
// Administrators carry the service's app role in the `roles` claim.

export interface AuthConfig {
  /** The tenant's directory id (GUID). */
  tenantId: string;
  /** The API's audiences: its client id and/or App ID URI (api://…). */
  audiences: string[];
  /** Defaults: the v2.0 and v1.0 issuers of the tenant. */
  issuers?: string[];
  /** Default: https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys */
  jwksUrl?: string;
  /** The app role of administrators (default Compliance.Admin). */
  adminRole: string;
  /** Development tokens (dev-token.ts); never honoured in a production build. */
  allowDevTokens?: boolean;
}

export interface Caller {
  oid: string;
  tenantId: string;
  admin: boolean;
  name?: string;
}

export class AuthError extends Error {
  constructor(
    readonly statusCode: 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

export function defaultIssuers(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

/** Dev tokens are refused by a production build whatever its settings. */
export function devTokensAllowed(config: AuthConfig): boolean {
  return process.env.NODE_ENV !== "production" && config.allowDevTokens === true;
}

function bearer(header: string | undefined): string {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/.exec(header ?? "");
  if (!match) throw new AuthError(401, "a bearer token is required");
  return match[1];
}

function callerFrom(payload: JWTPayload, tenantId: string, adminRole: string): Caller {
  if (payload.tid !== tenantId) throw new AuthError(401, "the token is for another tenant");
  if (typeof payload.oid !== "string" || payload.oid === "") throw new AuthError(401, "the token names no user (oid)");
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  return { oid: payload.oid, tenantId, admin: roles.includes(adminRole), ...(typeof payload.name === "string" ? { name: payload.name } : {}) };
}

export type Verifier = (authorization: string | undefined) => Promise<Caller>;

export function createVerifier(config: AuthConfig): Verifier {
  const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl ?? `https://login.microsoftonline.com/${config.tenantId}/discovery/v2.0/keys`), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
  });
  const issuers = config.issuers ?? defaultIssuers(config.tenantId);
  const dev = devTokensAllowed(config);

  async function verifyDev(token: string): Promise<Caller> {
    const { payload } = await jwtVerify(token, devSigningKey(), { algorithms: ["HS256"], issuer: DEV_ISSUER, audience: DEV_AUDIENCE, requiredClaims: ["exp"] });
    return callerFrom(payload, DEV_TENANT, config.adminRole);
  }

  return async (authorization) => {
    const token = bearer(authorization);
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthError(401, "the token is not a JWT");
    }
    try {
      if (dev && alg === "HS256") return await verifyDev(token);
      const { payload } = await jwtVerify(token, jwks, { algorithms: ["RS256"], issuer: issuers, audience: config.audiences, requiredClaims: ["exp", "tid"], clockTolerance: 60 });
      return callerFrom(payload, config.tenantId, config.adminRole);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      throw new AuthError(401, `the token was refused (${error instanceof Error && "code" in error ? String((error as { code: unknown }).code) : "invalid"})`);
    }
  };
}
