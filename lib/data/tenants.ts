import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { tenants } from "@/db/schema";
import type { Tenant } from "@/lib/tenancy/types";

/**
 * A tenant by id, for work that runs without a request (the dispatch worker).
 * The id comes from the tenant's own rows, never from client input.
 */
export async function getTenantById(db: Db, tenantId: string): Promise<Tenant | null> {
  const [tenant] = await db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      tradeName: tenants.tradeName,
      address: tenants.address,
      postalCode: tenants.postalCode,
      city: tenants.city,
      phone: tenants.phone,
      fax: tenants.fax,
      email: tenants.email,
      chamberOfCommerceNumber: tenants.chamberOfCommerceNumber,
      vatNumber: tenants.vatNumber,
      timeZone: tenants.timeZone,
      locale: tenants.locale,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return tenant ?? null;
}
