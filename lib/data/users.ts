import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { memberships, tenants, users } from "@/db/schema";

export type SignInUser = { id: string; email: string; name: string; passwordHash: string };

/** The user with this e-mail address (lower-cased), for the sign-in check only. */
export async function findUserForSignIn(email: string): Promise<SignInUser | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return user ?? null;
}

export type UserTenant = { slug: string; tradeName: string; role: "owner" | "staff" | "read_only" };

/** The bakeries a user belongs to, for the start page and the bakery switcher. */
export async function listUserTenants(db: Db, userId: string): Promise<UserTenant[]> {
  return db
    .select({ slug: tenants.slug, tradeName: tenants.tradeName, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(tenants.tradeName);
}

export async function getUserProfile(db: Db, userId: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin })
    .from(users)
    .where(and(eq(users.id, userId)));
  return user ?? null;
}
