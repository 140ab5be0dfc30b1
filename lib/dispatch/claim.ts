import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { dispatches } from "@/db/schema";

export type ClaimedDispatch = typeof dispatches.$inferSelect;

/** How long a claimed dispatch stays with its worker before another may take it over. */
export const leaseMs = 5 * 60_000;

/**
 * Claim up to `limit` due dispatches: queued or deferred ones whose time has
 * come, and "sending" ones whose worker's lease ran out (it crashed). Rows
 * locked by another worker are skipped, so concurrent workers never share one.
 */
export async function claimDueDispatches(db: Db, limit: number): Promise<ClaimedDispatch[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ tenantId: dispatches.tenantId, id: dispatches.id })
      .from(dispatches)
      .where(
        or(
          and(inArray(dispatches.status, ["queued", "deferred"]), lte(dispatches.nextAttemptAt, sql`now()`)),
          and(eq(dispatches.status, "sending"), lte(dispatches.leaseUntil, sql`now()`)),
        ),
      )
      .orderBy(asc(dispatches.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];

    return tx
      .update(dispatches)
      .set({
        status: "sending",
        attempts: sql`${dispatches.attempts} + 1`,
        leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
        updatedAt: sql`now()`,
      })
      .where(or(...due.map((row) => and(eq(dispatches.tenantId, row.tenantId), eq(dispatches.id, row.id)))))
      .returning();
  });
}
