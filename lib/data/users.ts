import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { memberships, tenants, users } from "@/db/schema";

export type SignInUser = { id: string; email: string; name: string; passwordHash: string };

/** Find the user with this e-mail address (lower-cased), for the sign-in check only. */
export async function findUserForSignIn(email: string): Promise<SignInUser | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return user ?? null;
}

export type UserTenant = { slug: string; tradeName: string; role: "owner" | "staff" | "read_only" };

/** List the bakeries a user belongs to, for the start page and the bakery switcher. */
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

/**
 * Check whether a session issued at `issuedAtSeconds` is no longer valid: the user
 * signed out after it was issued, or the user no longer exists.
 */
export async function isSessionRevoked(db: Db, userId: string, issuedAtSeconds: number): Promise<boolean> {
  const [user] = await db
    .select({ sessionsValidAfter: users.sessionsValidAfter })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return true;
  if (!user.sessionsValidAfter) return false;
  return issuedAtSeconds * 1000 < user.sessionsValidAfter.getTime();
}

/**
 * Reject every session of the user issued before the current second. JWT iat
 * has whole seconds, so a new sign-in right after signing out stays valid.
 */
export async function revokeSessions(db: Db, userId: string): Promise<void> {
  const startOfSecond = new Date(Math.floor(Date.now() / 1000) * 1000);
  await db.update(users).set({ sessionsValidAfter: startOfSecond }).where(eq(users.id, userId));
}
