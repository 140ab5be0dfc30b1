import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db";

export type TestDatabase = DatabaseHandle & {
  /** Close the handle and drop the database, if one was created. */
  destroy(): Promise<void>;
};

/**
 * The drivers integration tests run on: PGlite always, and PostgreSQL when
 * DATABASE_URL is set. Use with describe.each.
 */
export const testDrivers: ("pglite" | "postgres")[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the
 * server of DATABASE_URL that destroy() drops again.
 */
export async function createTestDatabase(driver: "pglite" | "postgres"): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = await openDatabase({ driver: "pglite" });
    return { ...handle, destroy: () => handle.close() };
  }

  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error("DATABASE_URL is not set, so no PostgreSQL test database can be created.");
  const name = `broodbode_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: "postgres", url: url.toString(), maxConnections: 4 });
  return {
    ...handle,
    async destroy() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
