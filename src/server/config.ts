import { readFileSync } from "fs";
import { z } from "zod";
import { DEV_TENANT, DEV_TENANT_KEY } from "../compliance/dev-token";
import { parsePolicyText } from "../policy/config";
import type { Policy } from "../policy/config";
import type { AuthConfig } from "./auth";
import type { DbConfig } from "./db/db";
import type { ServiceOptions } from "./app";

// The service's settings come from its environment (twelve-factor: the same build runs
// anywhere) plus the tenant policy file's `compliance` block (POLICY_FILE), which the add-in
// reads too: retention, per-person figures and the tenant key are the tenant's policy.
//
//   DATABASE_URL          postgres://user:pass@host/db (else PGlite in PGLITE_DIR)
//   PGLITE_DIR            embedded database folder (default .data/compliance)
//   POLICY_FILE           the tenant policy.json (compliance block)
//   AUTH_TENANT_ID        the tenant's directory id
//   AUTH_AUDIENCE         the API's client id and/or api://… URI, comma-separated
//   AUTH_JWKS_URL, AUTH_ISSUER   override the Entra defaults (tests)
//   ADMIN_ROLE            app role of administrators (default Compliance.Admin)
//   COMPLIANCE_TENANT_KEY overrides compliance.tenantKey
//   CORS_ORIGINS          origins of the add-in and the dashboard, comma-separated
//   RATE_LIMIT_PER_MINUTE per user (default 120)
//   HOST, PORT            listen address (default 127.0.0.1:3100)
//   DEV_AUTH=1            development tokens (ignored by a production build)

const list = (text: string | undefined) => (text ?? "").split(",").map((s) => s.trim()).filter(Boolean);

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().default(".data/compliance"),
  POLICY_FILE: z.string().optional(),
  AUTH_TENANT_ID: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().optional(),
  ADMIN_ROLE: z.string().default("Compliance.Admin"),
  COMPLIANCE_TENANT_KEY: z.string().optional(),
  CORS_ORIGINS: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  DEV_AUTH: z.string().optional(),
});

export interface ServiceConfig {
  db: DbConfig;
  auth: AuthConfig;
  service: Omit<ServiceOptions, "db" | "verify">;
  host: string;
  port: number;
}

/** The tenant policy's blocks the service needs: `compliance` and the §5.2 table `report.dimensions`. */
function tenantPolicy(policyFile: string | undefined): Pick<Policy, "compliance" | "report"> {
  const parsed = parsePolicyText(policyFile ? readFileSync(policyFile, "utf8") : "{}");
  if (!parsed.ok) throw new Error(`${policyFile}: ${parsed.errors.join("; ")}`);
  return parsed.policy;
}

/** Throws with every problem named when the environment cannot run the service. */
export function serviceConfigFromEnv(env: NodeJS.ProcessEnv): ServiceConfig {
  const e = envSchema.parse(env);
  const dev = e.DEV_AUTH === "1" && process.env.NODE_ENV !== "production";
  const tenant = tenantPolicy(e.POLICY_FILE);
  const policy = tenant.compliance;
  const tenantId = e.AUTH_TENANT_ID ?? (dev ? DEV_TENANT : "");
  const tenantKey = e.COMPLIANCE_TENANT_KEY ?? (policy.tenantKey || (dev ? DEV_TENANT_KEY : ""));
  const problems = [
    ...(tenantId ? [] : ["AUTH_TENANT_ID is required"]),
    ...(dev || list(e.AUTH_AUDIENCE).length > 0 ? [] : ["AUTH_AUDIENCE is required"]),
    ...(tenantKey.length >= 32 ? [] : ["compliance.tenantKey (or COMPLIANCE_TENANT_KEY) of at least 32 characters is required"]),
  ];
  if (problems.length > 0) throw new Error(problems.join("; "));
  return {
    db: { databaseUrl: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR },
    auth: {
      tenantId,
      audiences: list(e.AUTH_AUDIENCE),
      ...(e.AUTH_ISSUER ? { issuers: list(e.AUTH_ISSUER) } : {}),
      ...(e.AUTH_JWKS_URL ? { jwksUrl: e.AUTH_JWKS_URL } : {}),
      adminRole: e.ADMIN_ROLE,
      allowDevTokens: dev,
    },
    service: {
      tenantKey,
      perPerson: policy.perPerson,
      retentionDays: policy.retentionDays,
      dimensions: tenant.report.dimensions,
      corsOrigins: list(e.CORS_ORIGINS),
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      logger: true,
    },
    host: e.HOST,
    port: e.PORT,
  };
}
