import type { Db } from "@/db";
import { memberships, tenants, users } from "@/db/schema";
import type { MembershipRole } from "@/lib/tenancy/types";

/**
 * Test fixtures: a bakery with one member of the given role. The password
 * hash is a placeholder, because these tests never sign in.
 */
export async function createTestBakery(db: Db, slug: string, role: MembershipRole = "staff") {
  const [tenant] = await db
    .insert(tenants)
    .values({ slug, tradeName: `Bakkerij ${slug}` })
    .returning({ id: tenants.id });
  const [user] = await db
    .insert(users)
    .values({ email: `${slug}-${role}@example.test`, passwordHash: "not-a-hash" })
    .returning({ id: users.id });
  await db.insert(memberships).values({ tenantId: tenant!.id, userId: user!.id, role });
  return { tenantId: tenant!.id, userId: user!.id, slug };
}

/** Add another member with `role` to a bakery. */
export async function addTestMember(db: Db, tenantId: string, slug: string, role: MembershipRole) {
  const [user] = await db
    .insert(users)
    .values({
      email: `${slug}-${role}-${Math.random().toString(36).slice(2, 8)}@example.test`,
      passwordHash: "not-a-hash",
    })
    .returning({ id: users.id });
  await db.insert(memberships).values({ tenantId, userId: user!.id, role });
  return user!.id;
}
