import "server-only";
import { and, asc, count, eq, max } from "drizzle-orm";
import type { Db } from "@/db";
import { productGroups, products } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ProductGroupInput } from "@/lib/validation/product";
import { isUniqueViolation } from "./database-errors";

export type ProductGroup = {
  code: string;
  name: string;
  category: "bread" | "pastry";
  productCount: number;
};

/** The tenant's product groups in display order, with how many products each has. */
export async function listProductGroups(db: Db, tenantId: string): Promise<ProductGroup[]> {
  const [groups, counts] = await Promise.all([
    db
      .select({ code: productGroups.code, name: productGroups.name, category: productGroups.category })
      .from(productGroups)
      .where(eq(productGroups.tenantId, tenantId))
      .orderBy(asc(productGroups.position), asc(productGroups.name)),
    db
      .select({ code: products.productGroup, value: count() })
      .from(products)
      .where(eq(products.tenantId, tenantId))
      .groupBy(products.productGroup),
  ]);
  const countByCode = new Map(counts.map((row) => [row.code, row.value]));
  return groups.map((group) => ({ ...group, productCount: countByCode.get(group.code) ?? 0 }));
}

/** Add a product group after the existing ones. Throws AppError("product_group_code_taken"). */
export async function createProductGroup(db: Db, tenantId: string, input: ProductGroupInput): Promise<void> {
  const [last] = await db
    .select({ position: max(productGroups.position) })
    .from(productGroups)
    .where(eq(productGroups.tenantId, tenantId));
  try {
    await db.insert(productGroups).values({
      tenantId,
      code: input.code,
      name: input.name,
      category: input.category,
      position: (last?.position ?? 0) + 1,
    });
  } catch (error) {
    if (isUniqueViolation(error, "product_groups_tenant_id_code_pk")) {
      throw new AppError("product_group_code_taken", undefined, { code: input.code });
    }
    throw error;
  }
}

/** Rename a product group or change its category; the code stays. Throws AppError("not_found"). */
export async function updateProductGroup(db: Db, tenantId: string, input: ProductGroupInput): Promise<void> {
  const updated = await db
    .update(productGroups)
    .set({ name: input.name, category: input.category })
    .where(and(eq(productGroups.tenantId, tenantId), eq(productGroups.code, input.code)))
    .returning({ code: productGroups.code });
  if (updated.length === 0) throw new AppError("not_found");
}

/** Delete a product group that no product uses. Throws AppError "not_found" or "product_group_in_use". */
export async function deleteProductGroup(db: Db, tenantId: string, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [used] = await tx
      .select({ value: count() })
      .from(products)
      .where(and(eq(products.tenantId, tenantId), eq(products.productGroup, code)));
    if ((used?.value ?? 0) > 0) {
      throw new AppError("product_group_in_use", undefined, { count: used!.value });
    }
    const deleted = await tx
      .delete(productGroups)
      .where(and(eq(productGroups.tenantId, tenantId), eq(productGroups.code, code)))
      .returning({ code: productGroups.code });
    if (deleted.length === 0) throw new AppError("not_found");
  });
}
