import { Pool, type PoolClient } from "pg";
import type { Db, Queryable } from "./db";

// PostgreSQL through node-postgres' Pool (https://node-postgres.com/apis/pool). A transaction
// holds one client from the pool from BEGIN to COMMIT/ROLLBACK.

function clientQueryable(client: Pool | PoolClient): Queryable {
  return {
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, params as unknown[])).rows as Row[],
    // Without parameters node-postgres uses the simple query protocol, which takes several statements.
    exec: async (sql: string) => {
      await client.query(sql);
    },
  };
}

export async function openPostgres(databaseUrl: string, poolSize: number): Promise<Db> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle client's network error is emitted on the pool; without a listener it would end the process.
  pool.on("error", () => undefined);
  const direct = clientQueryable(pool);
  await direct.query("SELECT 1");
  return {
    kind: "postgres",
    query: direct.query,
    exec: direct.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(clientQueryable(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
