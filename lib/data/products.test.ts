import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers, orderLines, orders, productGroups } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { productFormSchema, productListQuerySchema, type ProductFormInput } from "@/lib/validation/product";
import { createProductGroup, deleteProductGroup, listProductGroups, updateProductGroup } from "./product-groups";
import {
  createProduct,
  deleteOrDeactivateProduct,
  getProduct,
  listProducts,
  suggestProductNumber,
  updateProduct,
} from "./products";
import { createTestBakery } from "./test-bakeries";

function form(input: Partial<ProductFormInput> & { number: string; name: string }) {
  return productFormSchema.parse({ productGroup: "bread", unit: "st", priceCents: "1,00", vatRate: "9", ...input });
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe.each(testDrivers)("products on %s", (driver) => {
  let database: TestDatabase;
  let tenantId: string;
  let otherTenantId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    tenantId = (await createTestBakery(database.db, "bakker")).tenantId;
    otherTenantId = (await createTestBakery(database.db, "ander")).tenantId;
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("gives every new bakery bread, pastry and other", async () => {
    const groups = await listProductGroups(database.db, tenantId);
    expect(groups.map((group) => [group.code, group.category])).toEqual([
      ["bread", "bread"],
      ["pastry", "pastry"],
      ["other", "bread"],
    ]);
  });

  it("creates, lists and updates a product", async () => {
    const { id } = await createProduct(
      database.db,
      tenantId,
      form({ number: "101", name: "Volkoren", priceCents: "3,25" }),
    );
    await createProduct(
      database.db,
      tenantId,
      form({ number: "201", name: "Appeltaart", productGroup: "pastry", priceCents: "14,95" }),
    );
    await updateProduct(
      database.db,
      tenantId,
      id,
      form({ number: "101", name: "Volkoren heel", priceCents: "3,45", sliceable: true }),
    );

    expect(await getProduct(database.db, tenantId, id)).toMatchObject({
      name: "Volkoren heel",
      priceCents: 345,
      sliceable: true,
    });
    const page = await listProducts(
      database.db,
      tenantId,
      productListQuerySchema.parse({ sort: "priceCents", dir: "desc" }),
    );
    expect(page.rows.map((row) => [row.number, row.productGroupName])).toEqual([
      [201, "Banket"],
      [101, "Brood"],
    ]);
    expect(await suggestProductNumber(database.db, tenantId)).toBe(202);
  });

  it("searches and filters by group", async () => {
    const byName = await listProducts(database.db, tenantId, productListQuerySchema.parse({ q: "TAART" }));
    expect(byName.rows.map((row) => row.number)).toEqual([201]);
    const byGroup = await listProducts(database.db, tenantId, productListQuerySchema.parse({ group: "bread" }));
    expect(byGroup.rows.map((row) => row.number)).toEqual([101]);
  });

  it("rejects a taken number and an unknown group", async () => {
    await expectAppError(
      createProduct(database.db, tenantId, form({ number: "101", name: "Dubbel" })),
      "product_number_taken",
    );
    await expectAppError(
      createProduct(database.db, tenantId, form({ number: "102", name: "Zwerver", productGroup: "bestaat-niet" })),
      "product_group_not_found",
    );
    expect(await listProducts(database.db, tenantId, productListQuerySchema.parse({ q: "Zwerver" }))).toMatchObject({
      total: 0,
    });
  });

  it("does not touch another tenant's product", async () => {
    const { id } = await createProduct(database.db, otherTenantId, form({ number: "101", name: "Van een ander" }));
    await expectAppError(
      updateProduct(database.db, tenantId, id, form({ number: "101", name: "Gekaapt" })),
      "not_found",
    );
    await expectAppError(deleteOrDeactivateProduct(database.db, tenantId, id), "not_found");
    expect(await getProduct(database.db, otherTenantId, id)).toMatchObject({ name: "Van een ander", active: true });
    expect(await getProduct(database.db, tenantId, id)).toBeNull();
  });

  it("deactivates a product on orders instead of deleting it", async () => {
    const { id } = await createProduct(database.db, tenantId, form({ number: "300", name: "Besteld" }));
    const [customer] = await database.db
      .insert(customers)
      .values({ tenantId, number: 1, name: "Klant" })
      .returning({ id: customers.id });
    const [order] = await database.db
      .insert(orders)
      .values({ tenantId, number: 1, deliveryDate: "2026-03-02", customerId: customer!.id })
      .returning({ id: orders.id });
    await database.db.insert(orderLines).values({
      tenantId,
      orderId: order!.id,
      position: 1,
      productId: id,
      quantity: 2,
      unitPriceCents: 100,
      vatRate: 9,
    });

    expect(await deleteOrDeactivateProduct(database.db, tenantId, id)).toBe("deactivated");
    expect(await getProduct(database.db, tenantId, id)).toMatchObject({ active: false });

    const { id: unused } = await createProduct(database.db, tenantId, form({ number: "301", name: "Nooit besteld" }));
    expect(await deleteOrDeactivateProduct(database.db, tenantId, unused)).toBe("deleted");
    expect(await getProduct(database.db, tenantId, unused)).toBeNull();
  });

  describe("product groups", () => {
    it("adds, renames and deletes a group", async () => {
      await createProductGroup(database.db, tenantId, { code: "vlaai", name: "Vlaaien", category: "pastry" });
      await updateProductGroup(database.db, tenantId, { code: "vlaai", name: "Limburgse vlaaien", category: "pastry" });
      const groups = await listProductGroups(database.db, tenantId);
      expect(groups.at(-1)).toEqual({ code: "vlaai", name: "Limburgse vlaaien", category: "pastry", productCount: 0 });

      await deleteProductGroup(database.db, tenantId, "vlaai");
      expect((await listProductGroups(database.db, tenantId)).map((group) => group.code)).not.toContain("vlaai");
    });

    it("rejects a taken code", async () => {
      await expectAppError(
        createProductGroup(database.db, tenantId, { code: "bread", name: "Nog eens brood", category: "bread" }),
        "product_group_code_taken",
      );
    });

    it("keeps a group that products use", async () => {
      await expectAppError(deleteProductGroup(database.db, tenantId, "bread"), "product_group_in_use");
    });

    it("deletes only the tenant's own group", async () => {
      await deleteProductGroup(database.db, tenantId, "other");
      const theirs = await database.db
        .select()
        .from(productGroups)
        .where(and(eq(productGroups.tenantId, otherTenantId), eq(productGroups.code, "other")));
      expect(theirs).toHaveLength(1);
      await expectAppError(deleteProductGroup(database.db, tenantId, "other"), "not_found");
    });
  });
});
