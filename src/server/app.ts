import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { DimensionTable } from "../compliance/summary";
import { AuthError, type Verifier } from "./auth";
import { registerCors } from "./cors";
import type { Db } from "./db/db";
import { registerAdminRoutes } from "./routes/admin";
import { maybeCallerOf, setCaller } from "./routes/caller";
import { registerEventRoutes } from "./routes/events";
import { ValidationFailure, zodValidatorCompiler } from "./zod-validation";

// The compliance service as a Fastify app. It keeps no state of its own between requests
// (the database holds everything; the rate limit is per instance), so a tenant runs as many
// instances as it likes behind any load balancer.

export interface ServiceOptions {
  db: Db;
  verify: Verifier;
  tenantKey: string;
  perPerson: boolean;
  retentionDays: number;
  dimensions: DimensionTable;
  corsOrigins: readonly string[];
  /** Requests per user per minute before 429. */
  rateLimitPerMinute: number;
  /** Largest request body in bytes (413 beyond). */
  bodyLimit?: number;
  logger?: boolean;
}

/** 100 events with 500-character Chinese reasons fit about five times over. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

function errorBody(error: FastifyError | Error): { status: number; body: Record<string, unknown> } {
  if (error instanceof AuthError) return { status: error.statusCode, body: { error: error.statusCode === 401 ? "unauthenticated" : "forbidden", message: error.message } };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation || error instanceof ValidationFailure || fastifyError.cause instanceof ValidationFailure) {
    const failure = error instanceof ValidationFailure ? error : fastifyError.cause instanceof ValidationFailure ? fastifyError.cause : undefined;
    return { status: 400, body: { error: "invalid-request", message: "the request was refused whole; nothing was stored", issues: failure?.issues ?? [] } };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) return { status, body: { error: "too-large", message: "the request body is too large" } };
  if (status === 429) return { status, body: { error: "rate-limited", message: error.message } };
  if (status >= 400 && status < 500) return { status, body: { error: "bad-request", message: error.message } };
  return { status: 503, body: { error: "unavailable", message: "the service could not complete the request; try again later" } };
}

export async function buildService(options: ServiceOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT, return503OnClosing: true, forceCloseConnections: "idle" });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorBody(error instanceof Error ? error : new Error(String(error)));
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send(body);
  });
  registerCors(app, options.corsOrigins);
  app.options("/*", async (_request, reply) => reply.code(204).send());

  app.get("/health", async (_request, reply) => {
    try {
      await options.db.query("SELECT 1 AS ok");
      return reply.send({ status: "ok", database: options.db.kind });
    } catch {
      return reply.code(503).send({ status: "database-unavailable", database: options.db.kind });
    }
  });

  // Authentication first (onRequest: before the body is read), then the per-user rate limit.
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/") || request.method === "OPTIONS") return;
    setCaller(request, await options.verify(request.headers.authorization));
  });
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    hook: "onRequest",
    keyGenerator: (request) => maybeCallerOf(request)?.oid ?? request.ip,
    allowList: (request) => !request.url.startsWith("/api/"),
  });

  registerEventRoutes(app, options.db, options.tenantKey);
  registerAdminRoutes(app, options.db, options);
  return app;
}
