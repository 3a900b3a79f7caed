// The service's one door to its database. Two implementations run the same SQL: PostgreSQL
// through `pg` (DATABASE_URL, production, several instances) and PGlite, PostgreSQL compiled
// to WebAssembly with its data in a local folder (npm start, no server needed). Queries take
// numbered parameters and return plain rows; numbers that must be numbers are cast in SQL
// (::int, ::float8) because pg returns int8 as text.

export interface Queryable {
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "postgres" | "pglite";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbConfig {
  /** postgres://… ; when set, PostgreSQL is used. */
  databaseUrl?: string;
  /** PGlite's data folder; undefined with no databaseUrl: in memory (tests). */
  pgliteDir?: string;
  /** Connections per instance (pg only). */
  poolSize?: number;
}

export async function openDb(config: DbConfig): Promise<Db> {
  if (config.databaseUrl) {
    const { openPostgres } = await import("./postgres-db");
    return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  }
  const { openPglite } = await import("./pglite-db");
  return openPglite(config.pgliteDir);
}
