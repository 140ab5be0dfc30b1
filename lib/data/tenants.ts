import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { tenants } from "@/db/schema";
import { tenantColumns } from "@/lib/tenancy/resolve";
import type { Tenant } from "@/lib/tenancy/types";

/**
 * A tenant by id, for work that runs without a request (the dispatch worker).
 * The id comes from the tenant's own rows, never from client input.
 */
export async function getTenantById(db: Db, tenantId: string): Promise<Tenant | null> {
  const [tenant] = await db.select(tenantColumns).from(tenants).where(eq(tenants.id, tenantId));
  return tenant ?? null;
}
