import { Readable } from "stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { DimensionTable } from "../../compliance/summary";
import type { Db } from "../db/db";
import { rangeQuerySchema, type RangeQuery } from "../range";
import { exportCsv } from "../store/export";
import { readSummary } from "../store/summary";
import { callerOf } from "./caller";

// The administrators' side: the dashboard's summary and the CSV export, both for the app
// role in the token's `roles` claim only.

export interface AdminSettings {
  perPerson: boolean;
  retentionDays: number;
  dimensions: DimensionTable;
}

function refuseNonAdmin(request: FastifyRequest, reply: FastifyReply): boolean {
  if (callerOf(request).admin) return false;
  void reply.code(403).send({ error: "not-admin", message: "the compliance administrator role is required" });
  return true;
}

export function registerAdminRoutes(app: FastifyInstance, db: Db, settings: AdminSettings): void {
  app.get<{ Querystring: RangeQuery }>("/api/summary", { schema: { querystring: rangeQuerySchema } }, async (request, reply) => {
    if (refuseNonAdmin(request, reply)) return reply;
    return reply.header("cache-control", "no-store").send(await readSummary(db, request.query, settings));
  });

  app.get<{ Querystring: RangeQuery }>("/api/export.csv", { schema: { querystring: rangeQuerySchema } }, async (request, reply) => {
    if (refuseNonAdmin(request, reply)) return reply;
    const { from, to } = request.query;
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="compliance-${from}-${to}.csv"`)
      .header("cache-control", "no-store")
      .send(Readable.from(exportCsv(db, request.query, settings.perPerson)));
  });
}
