import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers, dispatches, orders, tenants, users } from "@/db/schema";
import { createTestBakery, type TestBakery } from "@/lib/testing/bakery";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { withTenantScope } from "./scope";

/** The database's own message of a failed query; drizzle wraps it as the cause. */
async function databaseErrorOf(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!(error instanceof Error)) return "no error";
  return error.cause instanceof Error ? error.cause.message : error.message;
}

describe.each(testDrivers)("row-level security on %s", (driver) => {
  let database: TestDatabase;
  let bakeryA: TestBakery;
  let bakeryB: TestBakery;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const options = { smtpPort: 2525, deliveryDate: "2026-12-04" };
    bakeryA = await createTestBakery(database.db, { ...options, slug: "broodnodig", tradeName: "Bakkerij Broodnodig" });
    bakeryB = await createTestBakery(database.db, {
      ...options,
      slug: "korenschoof",
      tradeName: "Bakkerij De Korenschoof",
    });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it("hides other tenants' rows from an unfiltered query", async () => {
    const visible = await withTenantScope(database.db, bakeryA.tenant.id, (scoped) =>
      scoped.select({ tenantId: customers.tenantId }).from(customers),
    );

    expect(visible.length).toBe(3);
    expect(visible.every((row) => row.tenantId === bakeryA.tenant.id)).toBe(true);
  });

  it("shows only the tenant's own tenant row", async () => {
    const visible = await withTenantScope(database.db, bakeryA.tenant.id, (scoped) =>
      scoped.select({ id: tenants.id }).from(tenants),
    );

    expect(visible).toEqual([{ id: bakeryA.tenant.id }]);
  });

  it("rejects writing a row for another tenant", async () => {
    const attempt = withTenantScope(database.db, bakeryA.tenant.id, (scoped) =>
      scoped.insert(customers).values({ tenantId: bakeryB.tenant.id, number: 9999, name: "Indringer" }),
    );

    expect(await databaseErrorOf(attempt)).toMatch(/row-level security/);
    const stored = await database.db.select().from(customers).where(eq(customers.number, 9999));
    expect(stored).toEqual([]);
  });

  it("leaves another tenant's rows unchanged by an unfiltered update", async () => {
    await withTenantScope(database.db, bakeryA.tenant.id, (scoped) =>
      scoped.update(orders).set({ remark: "gewijzigd" }),
    );

    const remarksOfB = await database.db
      .select({ remark: orders.remark })
      .from(orders)
      .where(eq(orders.tenantId, bakeryB.tenant.id));
    expect(remarksOfB.map((row) => row.remark)).toEqual(["", "", ""]);
  });

  it("denies reading password hashes", async () => {
    const attempt = withTenantScope(database.db, bakeryA.tenant.id, (scoped) =>
      scoped.select({ hash: users.passwordHash }).from(users),
    );

    expect(await databaseErrorOf(attempt)).toMatch(/permission denied/);
  });

  it("sees nothing when no tenant is set", async () => {
    const visible = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role broodbode_tenant`);
      return tx.select().from(dispatches);
    });

    expect(visible).toEqual([]);
  });
});
