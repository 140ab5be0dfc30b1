import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { customers } from "@/db/schema";
import type { CustomerFields } from "@/lib/validation/customer";
import { customerFilterCondition, type CustomerFilters } from "./customer-list";
import { customerColumns, type CustomerRecord } from "./customers";
import { excludedColumns } from "./upsert";

/** Rows per INSERT: 37 columns × 500 rows stays well below PostgreSQL's 65,535 parameters. */
const insertChunkSize = 500;
const lookupChunkSize = 1_000;

/** The tenant's customers with these numbers, by number. */
export async function findCustomersByNumbers(
  db: Db,
  tenantId: string,
  numbers: number[],
): Promise<Map<number, CustomerRecord>> {
  const found = new Map<number, CustomerRecord>();
  const unique = [...new Set(numbers)];
  for (let start = 0; start < unique.length; start += lookupChunkSize) {
    const rows = await db
      .select()
      .from(customers)
      .where(
        and(eq(customers.tenantId, tenantId), inArray(customers.number, unique.slice(start, start + lookupChunkSize))),
      );
    for (const row of rows) found.set(row.number, row);
  }
  return found;
}

/**
 * Insert customers, or with `updateExisting` overwrite the fields of the
 * customers whose number already exists. Run it inside a transaction, so that
 * a failure leaves nothing half-imported.
 */
export async function saveCustomersByNumber(
  db: Db,
  tenantId: string,
  rows: CustomerFields[],
  updateExisting: boolean,
): Promise<void> {
  for (let start = 0; start < rows.length; start += insertChunkSize) {
    const values = rows.slice(start, start + insertChunkSize).map((row) => ({ tenantId, ...customerColumns(row) }));
    const insert = db.insert(customers).values(values);
    if (updateExisting) {
      await insert.onConflictDoUpdate({
        target: [customers.tenantId, customers.number],
        set: {
          ...excludedColumns(
            customers,
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

/** Every customer matching the filters, by number, for the CSV export. */
export async function listCustomersForExport(
  db: Db,
  tenantId: string,
  filters: CustomerFilters,
): Promise<CustomerRecord[]> {
  return db.select().from(customers).where(customerFilterCondition(tenantId, filters)).orderBy(asc(customers.number));
}
