import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { requireUserId } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { hasPermission, type Permission } from "./permissions";
import { resolveTenantContext } from "./resolve";
import type { TenantContext } from "./types";

export { resolveTenantContext } from "./resolve";

export type { Tenant, TenantContext, MembershipRole } from "./types";

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
