import type { FastifyInstance } from "fastify";

// The add-in's pages and the dashboard are served from another origin than the service, so
// the browser asks first (CORS preflight). Only the listed origins get an answer; tokens
// travel in the Authorization header, never in cookies, so no credentials mode is needed.

export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  const any = allowed.has("*");
  app.addHook("onRequest", async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || (!any && !allowed.has(origin))) {
      if (request.method === "OPTIONS" && origin) return reply.code(403).send({ error: "origin-not-allowed" });
      return;
    }
    reply.header("access-control-allow-origin", any ? "*" : origin).header("vary", "Origin");
    if (request.method === "OPTIONS") {
      return reply
        .code(204)
        .header("access-control-allow-methods", "GET, POST, OPTIONS")
        .header("access-control-allow-headers", "authorization, content-type")
        .header("access-control-max-age", "600")
        .send();
    }
  });
}
