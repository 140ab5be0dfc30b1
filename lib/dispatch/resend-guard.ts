import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { dispatches, dispatchNotes, orders } from "@/db/schema";
import type { IssuedNote } from "@/lib/data/delivery-notes";

/** Lock the orders' rows until the transaction ends. */
export async function lockOrders(db: Db, tenantId: string, orderIds: string[]): Promise<void> {
  if (orderIds.length === 0) return;
  await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), inArray(orders.id, orderIds)))
    .orderBy(asc(orders.id))
    .for("update");
}

/**
 * Numbers of the notes among `notes` that an earlier dispatch sent or is still
 * going to send; failed dispatches do not count, since nothing arrived.
 */
export async function findEmailedNotes(db: Db, tenantId: string, notes: IssuedNote[]): Promise<number[]> {
  if (notes.length === 0) return [];
  const rows = await db
    .selectDistinct({ noteId: dispatchNotes.noteId })
    .from(dispatchNotes)
    .innerJoin(
      dispatches,
      and(eq(dispatches.tenantId, dispatchNotes.tenantId), eq(dispatches.id, dispatchNotes.dispatchId)),
    )
    .where(
      and(
        eq(dispatchNotes.tenantId, tenantId),
        inArray(
          dispatchNotes.noteId,
          notes.map((note) => note.id),
        ),
        inArray(dispatches.status, ["queued", "sending", "sent", "deferred"]),
      ),
    );
  const sentIds = new Set(rows.map((row) => row.noteId));
  return notes
    .filter((note) => sentIds.has(note.id))
    .map((note) => note.number)
    .sort((a, b) => a - b);
}
