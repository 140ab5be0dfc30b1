import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productGroups, products } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { productActions } from "./product-actions";
import { createProduct } from "./products";
import { addTestMember, createTestBakery } from "./test-bakeries";

const productInput = {
  number: "101",
  name: "Volkoren",
  productGroup: "bread",
  unit: "st",
  priceCents: "3,25",
  vatRate: "9",
};

describe.each(testDrivers)("product actions on %s", (driver) => {
  let database: TestDatabase;
  let ours: Awaited<ReturnType<typeof createTestBakery>>;
  let theirs: Awaited<ReturnType<typeof createTestBakery>>;
  let theirProductId: string;
  let readOnlyUserId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    ours = await createTestBakery(database.db, "ours");
    theirs = await createTestBakery(database.db, "theirs");
    readOnlyUserId = await addTestMember(database.db, ours.tenantId, ours.slug, "read_only");
    theirProductId = (
      await createProduct(database.db, theirs.tenantId, productActions.create.schema.parse(productInput))
    ).id;
  });

  afterAll(async () => {
    await database.destroy();
  });

  /** Everything stored for the other bakery, to compare before and after an attempt. */
  async function theirRows() {
    return {
      products: await database.db.select().from(products).where(eq(products.tenantId, theirs.tenantId)),
      groups: await database.db
        .select()
        .from(productGroups)
        .where(eq(productGroups.tenantId, theirs.tenantId))
        .orderBy(asc(productGroups.code)),
    };
  }

  async function ourProductCount() {
    return (await database.db.select().from(products).where(eq(products.tenantId, ours.tenantId))).length;
  }

  function run<Spec extends (typeof productActions)[keyof typeof productActions]>(
    spec: Spec,
    input: unknown,
    options: { userId?: string; slug?: string } = {},
  ) {
    return runTenantAction(
      { db: database.db, userId: options.userId ?? ours.userId, tenantSlug: options.slug ?? ours.slug, input },
      spec.permission,
      spec.schema,
      spec.handler as never,
    );
  }

  it("create in another bakery is not found", async () => {
    const before = await theirRows();
    expect(await run(productActions.create, productInput, { slug: theirs.slug })).toEqual({
      ok: false,
      error: "errors.not_found",
    });
    expect(await theirRows()).toEqual(before);
    expect(await ourProductCount()).toBe(0);
  });

  it("create as read-only member is forbidden", async () => {
    expect(await run(productActions.create, productInput, { userId: readOnlyUserId })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await ourProductCount()).toBe(0);
  });

  it("update of another bakery's id is not found", async () => {
    const before = await theirRows();
    const result = await run(productActions.update, {
      id: theirProductId,
      values: { ...productInput, name: "Gekaapt" },
    });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
  });

  it("delete of another bakery's id is not found", async () => {
    const before = await theirRows();
    expect(await run(productActions.delete, { id: theirProductId })).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
  });

  it("group changes stay in the own bakery", async () => {
    const before = await theirRows();
    expect(await run(productActions.updateGroup, { code: "pastry", name: "Gebak", category: "pastry" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await run(productActions.deleteGroup, { code: "other" })).toEqual({ ok: true, data: undefined });
    expect(await run(productActions.createGroup, { code: "vlaai", name: "Vlaai" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await theirRows()).toEqual(before);
  });

  it("group changes in another bakery are not found", async () => {
    const before = await theirRows();
    const result = await run(productActions.deleteGroup, { code: "pastry" }, { slug: theirs.slug });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
  });

  it("import into another bakery is not found", async () => {
    const before = await theirRows();
    const file = new Blob(["Artikelnummer;Omschrijving;Prijs;Btw %\n101;Overschreven;1,00;9\n"]);
    const result = await run(productActions.commitImport, { file, mode: "update" }, { slug: theirs.slug });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
  });

  it("import with the other bakery's numbers creates own products", async () => {
    const before = await theirRows();
    const file = new Blob(["Artikelnummer;Omschrijving;Prijs;Btw %\n101;Eigen volkoren;1,00;9\n"]);
    const result = await run(productActions.commitImport, { file, mode: "update" });
    expect(result).toEqual({ ok: true, data: { status: "imported", created: 1, updated: 0 } });
    expect(await theirRows()).toEqual(before);
    expect(await ourProductCount()).toBe(1);
  });
});
