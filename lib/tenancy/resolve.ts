import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { memberships, tenants } from "@/db/schema";
import type { TenantContext } from "./types";

export const tenantColumns = {
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
};

/**
 * The tenant context for a user and a bakery slug, or null when the user is not
 * a member or the bakery is suspended. Non-members and unknown slugs are
 * indistinguishable, so a URL does not reveal which bakeries exist.
 */
export async function resolveTenantContext(db: Db, userId: string, slug: string): Promise<TenantContext | null> {
  const [row] = await db
    .select({ tenant: tenantColumns, role: memberships.role })
    .from(tenants)
    .innerJoin(memberships, and(eq(memberships.tenantId, tenants.id), eq(memberships.userId, userId)))
    .where(and(eq(tenants.slug, slug), isNull(tenants.suspendedAt)));
  if (!row) return null;
  return { tenant: row.tenant, userId, role: row.role };
}
