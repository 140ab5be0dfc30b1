import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { tenantCounters } from "@/db/schema";

export type CounterName = "order" | "delivery_note";

/**
 * The next number of a per-tenant sequence. Run it inside the transaction that
 * stores the number: the row lock serialises concurrent callers.
 */
export async function nextNumber(db: Db, tenantId: string, name: CounterName): Promise<number> {
  const [row] = await db
    .insert(tenantCounters)
    .values({ tenantId, name, value: 1 })
    .onConflictDoUpdate({
      target: [tenantCounters.tenantId, tenantCounters.name],
      set: { value: sql`${tenantCounters.value} + 1` },
    })
    .returning({ value: tenantCounters.value });
  return row!.value;
}

/** Make the next number of a sequence at least `next` (used when importing or seeding). */
export async function raiseCounter(db: Db, tenantId: string, name: CounterName, next: number): Promise<void> {
  await db
    .insert(tenantCounters)
    .values({ tenantId, name, value: next - 1 })
    .onConflictDoUpdate({
      target: [tenantCounters.tenantId, tenantCounters.name],
      set: { value: sql`greatest(${tenantCounters.value}, ${next - 1})` },
    });
}
