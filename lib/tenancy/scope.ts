import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/**
 * Run `work` in a transaction as the database role broodbode_tenant with
 * broodbode.tenant_id set, so row-level security hides and rejects every other
 * tenant's rows. This is the second line behind the tenant filter in every
 * query: a query that forgets its filter still sees only this tenant.
 */
export async function withTenantScope<T>(db: Db, tenantId: string, work: (scoped: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('broodbode.tenant_id', ${tenantId}, true)`);
    await tx.execute(sql`set local role broodbode_tenant`);
    return work(tx as unknown as Db);
  });
}
