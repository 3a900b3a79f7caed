import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { Db, Queryable } from "./db";

// PGlite (https://pglite.dev/docs/api): one PostgreSQL backend in this process, data in a
// folder (or in memory). It runs one query at a time; `transaction` holds it for the whole
// transaction, so concurrent requests queue here as they would on a single connection.

function pgliteQueryable(target: PGlite | Transaction): Queryable {
  return {
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await target.query<Row>(sql, params as unknown[])).rows,
    exec: async (sql: string) => {
      await target.exec(sql);
    },
  };
}

export async function openPglite(dataDir?: string): Promise<Db> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const direct = pgliteQueryable(db);
  return {
    kind: "pglite",
    query: direct.query,
    exec: direct.exec,
    transaction: (work) => db.transaction((tx) => work(pgliteQueryable(tx))),
    close: () => db.close(),
  };
}
