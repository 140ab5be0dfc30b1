import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/db";
import { memberships, tenants } from "@/db/schema";
import { requireUserId } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { hasPermission, type Permission } from "./permissions";
import type { TenantContext } from "./types";

export type { Tenant, TenantContext, MembershipRole } from "./types";

const tenantColumns = {
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

/**
 * The context for a page under /[tenant]/: redirects to sign-in without a
 * session and answers 404 to a non-member. Cached per request.
 */
export const requireTenantPage = cache(async (slug: string, permission?: Permission): Promise<TenantContext> => {
  const userId = await requireUserId();
  const context = await resolveTenantContext(await getDb(), userId, slug);
  if (!context) notFound();
  if (permission && !hasPermission(context.role, permission)) notFound();
  return context;
});

/** Throw AppError("forbidden") unless the member's role grants the permission. */
export function assertPermission(context: TenantContext, permission: Permission): void {
  if (!hasPermission(context.role, permission)) throw new AppError("forbidden");
}

export { hasPermission, type Permission } from "./permissions";
