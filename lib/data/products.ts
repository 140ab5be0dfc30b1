import "server-only";
import { and, asc, count, desc, eq, ilike, max, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { orderLines, productGroups, products } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ProductForm, ProductListQuery, ProductSortColumn } from "@/lib/validation/product";
import { isForeignKeyViolation, isUniqueViolation } from "./database-errors";
import { containsPattern, pageOffset, type ListPage } from "./list-helpers";

export type ProductRecord = typeof products.$inferSelect;

export type ProductListRow = Pick<
  ProductRecord,
  "id" | "number" | "name" | "productGroup" | "unit" | "priceCents" | "vatRate" | "sliceable" | "active"
> & { productGroupName: string };

const uuidSchema = z.uuid();

const sortExpressions: Record<ProductSortColumn, SQL | AnyPgColumn> = {
  number: products.number,
  name: sql`lower(${products.name})`,
  productGroup: sql`lower(${productGroups.name})`,
  priceCents: products.priceCents,
};

/** The filters of the product list, also used by the CSV export. */
export type ProductFilters = Pick<ProductListQuery, "q" | "group" | "status">;

/** The WHERE clause for a tenant's products: the search text matches the number exactly or the name. */
export function productFilterCondition(tenantId: string, filters: ProductFilters): SQL {
  const conditions: (SQL | undefined)[] = [eq(products.tenantId, tenantId)];
  const search = filters.q.trim();
  if (search !== "") {
    conditions.push(
      or(
        /^\d{1,9}$/.test(search) ? eq(products.number, Number(search)) : undefined,
        ilike(products.name, containsPattern(search)),
      ),
    );
  }
  if (filters.group) conditions.push(eq(products.productGroup, filters.group));
  if (filters.status === "active") conditions.push(eq(products.active, true));
  if (filters.status === "inactive") conditions.push(eq(products.active, false));
  return and(...conditions)!;
}

/** One page of a tenant's products, sorted and filtered on the server, with the total count. */
export async function listProducts(
  db: Db,
  tenantId: string,
  query: ProductListQuery,
): Promise<ListPage<ProductListRow>> {
  const where = productFilterCondition(tenantId, query);
  const order = query.dir === "desc" ? desc(sortExpressions[query.sort]) : asc(sortExpressions[query.sort]);
  const groupJoin = and(eq(productGroups.tenantId, products.tenantId), eq(productGroups.code, products.productGroup));

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: products.id,
        number: products.number,
        name: products.name,
        productGroup: products.productGroup,
        productGroupName: productGroups.name,
        unit: products.unit,
        priceCents: products.priceCents,
        vatRate: products.vatRate,
        sliceable: products.sliceable,
        active: products.active,
      })
      .from(products)
      .innerJoin(productGroups, groupJoin)
      .where(where)
      .orderBy(order, asc(products.number))
      .limit(query.size)
      .offset(pageOffset(query.page, query.size)),
    db.select({ value: count() }).from(products).where(where),
  ]);

  const totalCount = total?.value ?? 0;
  return {
    rows,
    total: totalCount,
    page: query.page,
    pageSize: query.size,
    pageCount: Math.max(1, Math.ceil(totalCount / query.size)),
  };
}

/** A product, or null when the id is not one of the tenant's. */
export async function getProduct(db: Db, tenantId: string, productId: string): Promise<ProductRecord | null> {
  if (!uuidSchema.safeParse(productId).success) return null;
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)));
  return product ?? null;
}

/** The number the create form suggests: one more than the highest in use. */
export async function suggestProductNumber(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ highest: max(products.number) })
    .from(products)
    .where(eq(products.tenantId, tenantId));
  return (row?.highest ?? 0) + 1;
}

/** The columns a save writes, from validated fields. */
export function productColumns(fields: ProductForm) {
  return {
    number: fields.number,
    name: fields.name,
    productGroup: fields.productGroup,
    unit: fields.unit,
    priceCents: fields.priceCents,
    vatRate: fields.vatRate,
    sliceable: fields.sliceable,
    active: fields.active,
  } satisfies Partial<typeof products.$inferInsert>;
}

/** Create a product. Throws AppError "product_number_taken" or "product_group_not_found". */
export async function createProduct(db: Db, tenantId: string, input: ProductForm): Promise<{ id: string }> {
  try {
    const [created] = await db
      .insert(products)
      .values({ tenantId, ...productColumns(input) })
      .returning({ id: products.id });
    return { id: created!.id };
  } catch (error) {
    throw productSaveError(error, input);
  }
}

/** Save a product's fields. Throws AppError "not_found", "product_number_taken" or "product_group_not_found". */
export async function updateProduct(db: Db, tenantId: string, productId: string, input: ProductForm): Promise<void> {
  if (!uuidSchema.safeParse(productId).success) throw new AppError("not_found");
  let updated: { id: string }[];
  try {
    updated = await db
      .update(products)
      .set({ ...productColumns(input), updatedAt: new Date() })
      .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)))
      .returning({ id: products.id });
  } catch (error) {
    throw productSaveError(error, input);
  }
  if (updated.length === 0) throw new AppError("not_found");
}

/**
 * Delete a product that no order line uses. A product on orders is made
 * inactive instead, so that those orders keep their lines.
 */
export async function deleteOrDeactivateProduct(
  db: Db,
  tenantId: string,
  productId: string,
): Promise<"deleted" | "deactivated"> {
  if (!uuidSchema.safeParse(productId).success) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const [line] = await tx
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(and(eq(orderLines.tenantId, tenantId), eq(orderLines.productId, productId)))
      .limit(1);
    const ofProduct = and(eq(products.tenantId, tenantId), eq(products.id, productId));
    if (line) {
      const updated = await tx
        .update(products)
        .set({ active: false, updatedAt: new Date() })
        .where(ofProduct)
        .returning({ id: products.id });
      if (updated.length === 0) throw new AppError("not_found");
      return "deactivated";
    }
    const deleted = await tx.delete(products).where(ofProduct).returning({ id: products.id });
    if (deleted.length === 0) throw new AppError("not_found");
    return "deleted";
  });
}

function productSaveError(error: unknown, input: ProductForm): unknown {
  if (isUniqueViolation(error, "products_tenant_number_key")) {
    return new AppError("product_number_taken", undefined, { number: input.number });
  }
  if (isForeignKeyViolation(error, "products_product_group_fk")) {
    return new AppError("product_group_not_found", undefined, { group: input.productGroup });
  }
  return error;
}
