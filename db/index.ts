import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { logger } from "@/lib/logger";
import * as schema from "./schema";

/** A drizzle database or transaction on either driver. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { driver: "postgres"; url: string; maxConnections?: number }
  /** dataDir undefined keeps the database in memory (tests). */
  | { driver: "pglite"; dataDir?: string };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Key of the advisory lock that serialises migrations across processes. */
const migrationLockKey = 727_001;

/**
 * Open a database and bring its schema up to date, then give tables added by
 * any migration their row-level security policy (db/migrations/0004).
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");

    // Migrations run on one connection that holds an advisory lock, so an app
    // server and worker processes starting together do not migrate twice.
    const migrationClient = postgres(options.url, { max: 1, onnotice: () => {} });
    try {
      await migrationClient`select pg_advisory_lock(${migrationLockKey})`;
      await migrate(drizzle(migrationClient), { migrationsFolder });
      await migrationClient`select broodbode_apply_tenant_policies()`;
      await migrationClient`select pg_advisory_unlock(${migrationLockKey})`;
    } finally {
      await migrationClient.end();
    }

    const client = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema }) as unknown as Db;
    return { db, driver: "postgres", close: () => client.end() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(options.dataDir);
  const pgliteDb = drizzle(client, { schema });
  await migrate(pgliteDb, { migrationsFolder });
  await client.query("select broodbode_apply_tenant_policies()");
  return { db: pgliteDb as unknown as Db, driver: "pglite", close: () => client.close() };
}

/** The options the environment selects: PostgreSQL with DATABASE_URL, PGlite under .data/ without. */
export function databaseOptionsFromEnv(): DatabaseOptions {
  const url = process.env.DATABASE_URL;
  if (url) return { driver: "postgres", url };
  return { driver: "pglite", dataDir: process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite") };
}

// One handle per process. It lives on globalThis because Next.js may load this
// module in more than one bundle (instrumentation, route handlers, actions),
// and two PGlite instances on one folder would corrupt it.
const store = globalThis as typeof globalThis & { __broodbodeDatabase?: Promise<DatabaseHandle> };

/**
 * The process's database, opened and migrated on first use. Opening is lazy
 * because `next build` imports route modules without needing a database.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  if (!store.__broodbodeDatabase) {
    const options = databaseOptionsFromEnv();
    store.__broodbodeDatabase = openDatabase(options).then((handle) => {
      logger.info({ driver: handle.driver }, "database ready");
      return handle;
    });
    store.__broodbodeDatabase.catch(() => {
      store.__broodbodeDatabase = undefined;
    });
  }
  return store.__broodbodeDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Close the process's database, if it was opened. */
export async function closeDatabase(): Promise<void> {
  const pending = store.__broodbodeDatabase;
  store.__broodbodeDatabase = undefined;
  if (pending) await (await pending).close();
}

export { schema };
