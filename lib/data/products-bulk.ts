import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { products } from "@/db/schema";
import type { ProductForm } from "@/lib/validation/product";
import { productColumns, productFilterCondition, type ProductFilters, type ProductRecord } from "./products";
import { excludedColumns } from "./upsert";

const insertChunkSize = 1_000;
const lookupChunkSize = 1_000;

/** The tenant's products with these numbers, by number. */
export async function findProductsByNumbers(
  db: Db,
  tenantId: string,
  numbers: number[],
): Promise<Map<number, ProductRecord>> {
  const found = new Map<number, ProductRecord>();
  const unique = [...new Set(numbers)];
  for (let start = 0; start < unique.length; start += lookupChunkSize) {
    const rows = await db
      .select()
      .from(products)
      .where(
        and(eq(products.tenantId, tenantId), inArray(products.number, unique.slice(start, start + lookupChunkSize))),
      );
    for (const row of rows) found.set(row.number, row);
  }
  return found;
}

/**
 * Insert products, or with `updateExisting` overwrite the fields of the
 * products whose number already exists. Run it inside a transaction.
 */
export async function saveProductsByNumber(db: Db, tenantId: string, rows: ProductForm[], updateExisting: boolean) {
  for (let start = 0; start < rows.length; start += insertChunkSize) {
    const values = rows.slice(start, start + insertChunkSize).map((row) => ({ tenantId, ...productColumns(row) }));
    const insert = db.insert(products).values(values);
    if (updateExisting) {
      await insert.onConflictDoUpdate({
        target: [products.tenantId, products.number],
        set: {
          ...excludedColumns(
            products,
            Object.keys(values[0]!).filter((key) => key !== "tenantId"),
          ),
          updatedAt: sql`now()`,
        },
      });
    } else {
      await insert;
    }
  }
}

/** Every product matching the filters, by number, for the CSV export. */
export async function listProductsForExport(
  db: Db,
  tenantId: string,
  filters: ProductFilters,
): Promise<ProductRecord[]> {
  return db.select().from(products).where(productFilterCondition(tenantId, filters)).orderBy(asc(products.number));
}
