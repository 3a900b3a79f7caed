import { mkdirSync } from "fs";
import { buildService } from "./app";
import { createVerifier } from "./auth";
import { serviceConfigFromEnv, type ServiceConfig } from "./config";
import { openDb } from "./db/db";
import { migrate } from "./db/migrations";
import { scheduleRetention } from "./store/retention";

// `node dist/server.js` (production build) or `npm start` (development, embedded database):
// opens the database, applies migrations, starts the daily purge and listens. SIGTERM/SIGINT
// stop accepting, let requests in flight finish (Fastify close: new requests get 503), then
// close the database, so a load balancer can drain an instance without losing a batch.

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

export async function startService(config: ServiceConfig): Promise<RunningService> {
  if (!config.db.databaseUrl && config.db.pgliteDir) mkdirSync(config.db.pgliteDir, { recursive: true });
  const db = await openDb(config.db);
  await migrate(db);
  const app = await buildService({ ...config.service, db, verify: createVerifier(config.auth) });
  const stopPurge = scheduleRetention(db, config.service.retentionDays, (m) => app.log.info(m));
  const address = await app.listen({ host: config.host, port: config.port });
  let stopping: Promise<void> | undefined;
  return {
    url: address,
    stop: () =>
      (stopping ??= (async () => {
        stopPurge();
        await app.close();
        await db.close();
      })()),
  };
}

export async function main(): Promise<void> {
  let config: ServiceConfig;
  try {
    config = serviceConfigFromEnv(process.env);
  } catch (error) {
    console.error(`compliance service: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const running = await startService(config);
  console.log(`compliance service: listening on ${running.url} (${config.db.databaseUrl ? "PostgreSQL" : `PGlite in ${config.db.pgliteDir}`})`);
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
