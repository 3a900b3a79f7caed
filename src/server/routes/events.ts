import type { FastifyInstance } from "fastify";
import { eventBatchSchema, type EventBatch } from "../../compliance/event";
import { pseudonymousUserKey } from "../../compliance/user-key";
import type { Db } from "../db/db";
import { storeBatch } from "../store/events";
import { callerOf } from "./caller";

// POST /api/events: one batch from one user's device. Validated whole (zod, before this
// handler runs): a bad batch is refused with 400 and nothing of it is stored. Every event
// must carry the caller's own pseudonymous key, so nobody can record under someone else.

export function registerEventRoutes(app: FastifyInstance, db: Db, tenantKey: string): void {
  app.post<{ Body: EventBatch }>("/api/events", { schema: { body: eventBatchSchema } }, async (request, reply) => {
    const caller = callerOf(request);
    const ownKey = await pseudonymousUserKey(caller.oid, tenantKey);
    if (request.body.events.some((e) => e.userKey !== ownKey)) {
      return reply.code(403).send({ error: "foreign-user-key", message: "every event must carry the caller's own user key" });
    }
    return reply.code(200).send(await storeBatch(db, request.body));
  });
}
